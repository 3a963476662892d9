#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer to a file descriptor (standard output by default).
///
/// Output is flushed when the buffer fills, on ``flush()``, and when the writer is released.
/// A closed pipe (the reader went away, as with `| head`) ends the process quietly, as
/// command-line filters do.
public final class OutputWriter {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// A writer to a descriptor (1: standard output).
    public init(fileDescriptor: Int32 = 1, capacity: Int = 1 << 16) {
        descriptor = fileDescriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    /// Appends text.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { flush() }
    }

    /// Appends text and a line feed.
    public func writeLine(_ text: String) {
        write(text)
        buffer.append(0x0A)
        if buffer.count >= capacity { flush() }
    }

    /// Writes out everything buffered.
    public func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

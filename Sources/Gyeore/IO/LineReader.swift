#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or standard input line by line, in constant memory, as validated UTF-8.
///
/// Lines end at LF; a CR before it is dropped (CR LF). Each line is checked before it is
/// returned: invalid UTF-8 and NUL bytes (binary files: a NUL in the first 8 KiB makes the
/// whole file binary) are errors naming the byte offset,
/// and a line longer than ``maximumLineBytes`` is an error raised as soon as the limit is
/// passed, so a huge single-line file never exhausts memory.
public final class LineReader {
    /// One line of input.
    public struct Line: Sendable, Equatable {
        /// 1-based line number.
        public var number: Int
        /// Byte offset of the line's first byte in the input.
        public var byteOffset: Int
        /// Unicode scalar offset of the line's first scalar in the input.
        public var scalarOffset: Int
        /// The line, without its terminator.
        public var text: String
        /// The terminator's length in scalars: 0 (last line without one), 1 (LF) or 2 (CR LF).
        public var terminatorLength: Int

        /// A line as a reader would give it (for callers that hold text in memory).
        public init(number: Int, byteOffset: Int, scalarOffset: Int, text: String, terminatorLength: Int) {
            self.number = number
            self.byteOffset = byteOffset
            self.scalarOffset = scalarOffset
            self.text = text
            self.terminatorLength = terminatorLength
        }

        /// The lines of a text held in memory, split at LF (a CR before it is part of the
        /// terminator), with their offsets.
        public static func lines(of text: String) -> [Line] {
            var lines: [Line] = []
            // Split on the UTF-8 bytes: the generic split of its scalars, a string made of each
            // piece and each counted again cost more than extracting a document's quotations.
            // On bytes, "\r\n" is two, as on scalars; in Swift's Characters it would be one.
            var text = text
            text.withUTF8 { bytes in
                var scalarOffset = 0, byteOffset = 0, start = 0, number = 1
                while true {
                    var end = start
                    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                    let isLast = end == bytes.count
                    // A text ending in a line feed has no empty line after it (unless it is all one).
                    if isLast && start == end && number > 1 { break }
                    var bodyEnd = end
                    var terminator = isLast ? 0 : 1
                    if !isLast && bodyEnd > start && bytes[bodyEnd - 1] == 0x0D { bodyEnd -= 1; terminator = 2 }
                    let body = UnsafeBufferPointer(rebasing: bytes[start..<bodyEnd])
                    lines.append(Line(number: number, byteOffset: byteOffset, scalarOffset: scalarOffset, text: String(decoding: body, as: UTF8.self),
                                      terminatorLength: terminator))
                    scalarOffset += body.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + terminator
                    byteOffset += body.count + terminator
                    if isLast { break }
                    start = end + 1
                    number += 1
                }
            }
            return lines
        }
    }

    /// The default limit on one line: 16 MiB.
    public static let defaultMaximumLineBytes = 16 << 20

    /// The input's name as the user gave it ("-" for standard input).
    public let name: String
    /// Lines longer than this many bytes are rejected.
    public var maximumLineBytes: Int
    /// Called before each blocking read, so a caller can flush its output (streaming).
    public var willRead: (() -> Void)?

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0, end = 0
    private var pending: [UInt8] = []
    private var atEOF = false
    private var sniffed = false
    private var lineNumber = 0
    private var byteOffset = 0
    private var scalarOffset = 0
    private static let chunkSize = 1 << 20

    /// Opens a file for reading; "-" reads standard input.
    public convenience init(path: String, maximumLineBytes: Int = LineReader.defaultMaximumLineBytes) throws(InputError) {
        if path == "-" {
            self.init(descriptor: 0, name: "-", ownsDescriptor: false, maximumLineBytes: maximumLineBytes)
            return
        }
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw InputError(file: path, reason: .cannotOpen(String(cString: strerror(errno)))) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw InputError(file: path, reason: .isDirectory)
        }
        self.init(descriptor: fd, name: path, ownsDescriptor: true, maximumLineBytes: maximumLineBytes)
    }

    /// Reads from an open descriptor, which the reader does not close.
    public convenience init(fileDescriptor: Int32, name: String, maximumLineBytes: Int = LineReader.defaultMaximumLineBytes) {
        self.init(descriptor: fileDescriptor, name: name, ownsDescriptor: false, maximumLineBytes: maximumLineBytes)
    }

    private init(descriptor: Int32, name: String, ownsDescriptor: Bool, maximumLineBytes: Int) {
        self.descriptor = descriptor
        self.name = name
        self.ownsDescriptor = ownsDescriptor
        self.maximumLineBytes = maximumLineBytes
        buffer = [UInt8](repeating: 0, count: Self.chunkSize)
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The next line, or nil at the end of the input.
    public func next() throws(InputError) -> Line? {
        while true {
            if start < end {
                let found: Int? = buffer.withUnsafeBytes { raw in
                    guard let hit = memchr(raw.baseAddress! + start, 0x0A, end - start) else { return nil }
                    return raw.baseAddress!.distance(to: UnsafeRawPointer(hit))
                }
                if let newline = found {
                    let length = pending.count + (newline - start)
                    if length > maximumLineBytes { throw tooLong() }
                    let line: Line
                    if pending.isEmpty {
                        line = try buffer.withUnsafeBufferPointer { (all) throws(InputError) in
                            try makeLine(UnsafeBufferPointer(rebasing: all[start..<newline]), terminated: true)
                        }
                    } else {
                        pending.append(contentsOf: buffer[start..<newline])
                        line = try pending.withUnsafeBufferPointer { (bytes) throws(InputError) in try makeLine(bytes, terminated: true) }
                        pending.removeAll(keepingCapacity: pending.count <= Self.chunkSize)
                    }
                    start = newline + 1
                    return line
                }
                pending.append(contentsOf: buffer[start..<end])
                start = end
                if pending.count > maximumLineBytes { throw tooLong() }
            }
            if atEOF {
                guard !pending.isEmpty else { return nil }
                let line = try pending.withUnsafeBufferPointer { (bytes) throws(InputError) in try makeLine(bytes, terminated: false) }
                pending.removeAll()
                return line
            }
            try fill()
        }
    }

    private func fill() throws(InputError) {
        willRead?()
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, Self.chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(file: name, line: lineNumber + 1, reason: .readFailed(String(cString: strerror(errno))))
            }
            start = 0
            end = count
            if count == 0 { atEOF = true }
            if !sniffed { try sniffBinary() }
            return
        }
    }

    /// Like git and grep: a NUL byte in the first block means a binary file, reported as such
    /// even when the bytes before it are not UTF-8 either (a PNG header, say).
    private func sniffBinary() throws(InputError) {
        sniffed = true
        let block = min(end, 8192)
        guard block > 0 else { return }
        // A UTF-16 byte-order mark: text, but not UTF-8; say what to do instead of "binary".
        if block >= 2, (buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF) {
            throw InputError(file: name, line: 1, reason: .utf16)
        }
        let found: (offset: Int, line: Int)? = buffer.withUnsafeBytes { raw in
            guard let nul = memchr(raw.baseAddress!, 0, block) else { return nil }
            let offset = raw.baseAddress!.distance(to: UnsafeRawPointer(nul))
            return (offset, 1 + raw[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
        }
        if let found { throw InputError(file: name, line: found.line, reason: .binary(byteOffset: found.offset)) }
    }

    private func tooLong() -> InputError {
        InputError(file: name, line: lineNumber + 1, reason: .lineTooLong(limit: maximumLineBytes))
    }

    /// Whether the bytes hold U+FFFD's encoding (EF BF BD).
    private static func holdsReplacementCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var base = bytes.baseAddress else { return false }
        var remaining = bytes.count
        while remaining >= 3, let found = memchr(base, 0xEF, remaining) {
            let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            let offset = base.distance(to: at)
            if remaining - offset >= 3 && at[1] == 0xBF && at[2] == 0xBD { return true }
            base = at + 1
            remaining -= offset + 1
        }
        return false
    }

    private func makeLine(_ raw: UnsafeBufferPointer<UInt8>, terminated: Bool) throws(InputError) -> Line {
        lineNumber += 1
        let crlf = terminated && raw.last == 0x0D
        let bytes = crlf ? UnsafeBufferPointer(rebasing: raw.dropLast()) : raw
        if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) {
            throw InputError(file: name, line: lineNumber, reason: .binary(byteOffset: byteOffset + base.distance(to: nul.assumingMemoryBound(to: UInt8.self))))
        }
        // Decoding repairs invalid UTF-8 with U+FFFD (EF BF BD), which changes the length or adds
        // that character: a line that decodes to its own length without one was valid. The rare
        // line with U+FFFD is validated exactly. (`String(validating:as:)` is generic in the
        // standard library and paid a metadata look-up per line.)
        let text = String(decoding: bytes, as: UTF8.self)
        if text.utf8.count != bytes.count || Self.holdsReplacementCharacter(bytes) {
            let invalid = UTF8Validation.firstInvalidOffset(bytes)
            if invalid < bytes.count {
                throw InputError(file: name, line: lineNumber, reason: .invalidUTF8(byteOffset: byteOffset + invalid))
            }
        }
        let terminator = terminated ? (crlf ? 2 : 1) : 0
        let line = Line(number: lineNumber, byteOffset: byteOffset, scalarOffset: scalarOffset, text: text, terminatorLength: terminator)
        byteOffset += raw.count + (terminated ? 1 : 0)
        // The scalars, counted as the bytes that start one (the line is valid UTF-8): the scalar
        // view walked every scalar of every line.
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
        scalarOffset += scalars + terminator
        return line
    }
}

/// Locates UTF-8 errors.
enum UTF8Validation {
    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence
    /// (overlong forms, surrogates and values past U+10FFFF count as invalid).
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int, minimum: UInt32
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            var value = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return bytes.count
    }
}

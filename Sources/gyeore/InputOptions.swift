import ArgumentParser
import Gyeore

/// Options shared by every command that reads text.
struct InputOptions: ParsableArguments {
    @Argument(help: "Input files (UTF-8 text). Standard input when none are given, or for \"-\".")
    var files: [String] = []

    @Option(help: "Reject lines longer than this many bytes.")
    var maxLineBytes: Int = LineReader.defaultMaximumLineBytes

    init() {}

    init(files: [String], maxLineBytes: Int) {
        self.files = files
        self.maxLineBytes = maxLineBytes
    }

    func validate() throws {
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    }

    /// The inputs in order ("-" for standard input).
    var paths: [String] { files.isEmpty ? ["-"] : files }

    /// Calls body for every line of every input, in order.
    ///
    /// One rule for every command: every readable input is processed; an input that cannot be
    /// opened or read (or stops being valid text part way) is reported on its own line and
    /// skipped from there, and the others are still processed; at the end, after the output is
    /// flushed, the command fails with the first failure's status.
    func forEachLine(flushing output: OutputWriter? = nil, _ body: (String, LineReader.Line) throws -> Void) throws {
        var firstFailure: CLIError?
        for path in paths {
            do {
                let reader: LineReader
                do { reader = try LineReader(path: path, maximumLineBytes: maxLineBytes) } catch { throw CLIError.input(error) }
                if let output { reader.willRead = { try? output.flush() } } // a failure is kept, and thrown by the next write
                while true {
                    let line: LineReader.Line?
                    do { line = try reader.next() } catch { throw CLIError.input(error) }
                    guard let line else { break }
                    try body(path, line)
                }
            } catch let error as CLIError {
                guard case .input = error else { throw error }
                Diagnostics.warn(error.description)
                if firstFailure == nil { firstFailure = error }
            }
        }
        if let firstFailure {
            try output?.flush()
            throw CLIError.reported(firstFailure.exitCode)
        }
    }
}

/// A problem with an input file, located as precisely as the reader can.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened (the system's reason).
        case cannotOpen(String)
        /// The path names a directory.
        case isDirectory
        /// Reading failed part way (the system's reason).
        case readFailed(String)
        /// The bytes at this offset (from the start of the file) are not UTF-8.
        case invalidUTF8(byteOffset: Int)
        /// A NUL byte at this offset: the file is binary, not text.
        case binary(byteOffset: Int)
        /// The file starts with a UTF-16 byte-order mark.
        case utf16
        /// A line longer than the limit, in bytes.
        case lineTooLong(limit: Int)
        /// Anything else, in words.
        case other(String)
    }

    /// The file as named by the user ("-" for standard input).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates an input error.
    public init(file: String, line: Int? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// The problem in words, without the location.
    public var message: String {
        switch reason {
        case .cannotOpen(let why): return "cannot open: \(why)"
        case .isDirectory: return "is a directory, not a text file"
        case .readFailed(let why): return "read failed: \(why)"
        case .invalidUTF8(let offset): return "invalid UTF-8 at byte offset \(offset) (the input must be UTF-8 text)"
        case .binary(let offset): return "binary data (NUL byte at byte offset \(offset)); the input must be UTF-8 text"
        case .utf16: return "UTF-16 text (convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8)"
        case .lineTooLong(let limit): return "line longer than \(limit) bytes (raise the limit with --max-line-bytes)"
        case .other(let text): return text
        }
    }

    /// `FILE:LINE: error: message`, the form editors and CI logs understand.
    public var description: String {
        let location = line.map { "\(displayName):\($0)" } ?? displayName
        return "\(location): error: \(message)"
    }

    private var displayName: String { file == "-" ? "<stdin>" : file }
}

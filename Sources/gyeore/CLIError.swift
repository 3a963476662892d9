import Gyeore

/// Errors the CLI reports on one line of standard error, with a stable exit status.
enum CLIError: Error, CustomStringConvertible {
    /// Bad input data (invalid UTF-8, binary, too long) or an unreadable file.
    case input(InputError)
    /// A bundled resource or ICU failed: a bug or a broken installation.
    case internalError(String)
    /// Standard output (or a file being written) could not be written.
    case output(OutputError)
    /// A file could not be read or replaced (glossary import's target).
    case file(FileWriteError)
    /// A usage error found after parsing (a list of paths over a limit), with its message.
    case usage(String)
    /// Failures already reported on standard error, one line each: exit with this status.
    case reported(Int32)
    /// Something the user asked for was not found, or a check found problems (already reported).
    case findings(String?)

    /// Exit statuses, documented in README.md.
    enum ExitStatus {
        static let findings: Int32 = 1
        static let usage: Int32 = 64
        static let dataError: Int32 = 65
        static let noInput: Int32 = 66
        static let internalError: Int32 = 70
        static let ioError: Int32 = 74
    }

    var exitCode: Int32 {
        switch self {
        case .input(let error):
            switch error.reason {
            case .cannotOpen, .isDirectory: return ExitStatus.noInput
            default: return ExitStatus.dataError
            }
        case .internalError: return ExitStatus.internalError
        case .output: return ExitStatus.ioError
        case .file(let error):
            switch error.stage {
            case .read: return ExitStatus.noInput
            case .contents: return ExitStatus.dataError
            case .write: return ExitStatus.ioError
            }
        case .findings: return ExitStatus.findings
        case .reported(let status): return status
        case .usage: return ExitStatus.usage
        }
    }

    var description: String {
        switch self {
        case .input(let error): return error.description
        case .internalError(let message): return "gyeore: internal error: \(message)"
        case .output(let error): return "gyeore: error: \(error)"
        case .file(let error): return error.description
        case .findings(let message): return message ?? ""
        case .reported: return ""
        case .usage(let message): return message
        }
    }
}

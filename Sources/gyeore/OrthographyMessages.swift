import Gyeore
import GyeoreOrthography

/// The orthography engine's errors as the command line says them: the library speaks of its
/// initializer's `dictionaryFolder`, a command of its options.
enum OrthographyMessages {
    static func message(_ error: any Error) -> String {
        guard case OrthographyError.dictionaryNotFound(let name, let searched) = error else { return "\(error)" }
        return "the \(name) dictionary was not found (looked in \(searched.joined(separator: ", "))); run 'bash scripts/setup.sh --deps-only' to fetch it, or name its folder with --dictionary-dir or GYEORE_DICTIONARIES"
    }

    /// The input error of a dictionary folder that could not be opened (`folder`, as the command
    /// line named it or where it was looked for).
    static func cannotOpen(_ folder: String, _ error: any Error) -> CLIError {
        .input(InputError(file: folder, reason: .cannotOpen(message(error))))
    }
}

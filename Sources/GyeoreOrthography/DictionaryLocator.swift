import Foundation
import Gyeore

/// Finds the MeCab dictionaries `scripts/setup.sh` fetches.
///
/// Search order for a dictionary `name` (`nkhandic` or `handic`):
/// 1. `<folder>/<name>` for a folder given explicitly (the CLI's `--dictionary-dir`), and only
///    there: an explicit choice is not second-guessed;
/// 2. else `$GYEORE_DICTIONARIES/<name>`, and only there;
/// 3. else `./deps/<name>` (the package root, where setup puts them), then `deps/<name>` beside
///    the package the running binary was built in (`.build/…/gyeore`).
public enum DictionaryLocator {
    /// The folders searched for `name`, in order (see ``DictionaryLocator``).
    public static func candidates(_ name: String, folder: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        DependencyLocator.candidates(name, folder: folder, environment: environment)
    }

    /// The first candidate folder holding a compiled dictionary.
    public static func locate(_ name: String, folder: String? = nil) throws(OrthographyError) -> String {
        let searched = candidates(name, folder: folder)
        for candidate in searched where FileManager.default.fileExists(atPath: (candidate as NSString).appendingPathComponent("sys.dic")) {
            return candidate
        }
        throw .dictionaryNotFound(name: name, searched: searched)
    }
}

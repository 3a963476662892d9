import Foundation

/// Finds the MeCab dictionaries `scripts/setup.sh` fetches.
///
/// Search order for a dictionary `name` (`nkhandic` or `handic`), first match wins:
/// 1. `<folder>/<name>` for a folder given explicitly (the CLI's `--dictionary-dir`);
/// 2. `$GYEORE_DICTIONARIES/<name>`;
/// 3. `./deps/<name>` (the package root, where setup puts them);
/// 4. `deps/<name>` beside the package the running binary was built in (`.build/…/gyeore`).
public enum DictionaryLocator {
    /// The folders searched for `name`, in order.
    public static func candidates(_ name: String, folder: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var result: [String] = []
        if let folder { result.append((folder as NSString).appendingPathComponent(name)) }
        if let root = environment["GYEORE_DICTIONARIES"] { result.append((root as NSString).appendingPathComponent(name)) }
        result.append((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("deps/\(name)"))
        // <package>/.build/<triple>/<config>/gyeore -> <package>/deps
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            if url.lastPathComponent == ".build" { result.append(url.deletingLastPathComponent().appendingPathComponent("deps/\(name)").path); break }
            url.deleteLastPathComponent()
        }
        return result
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

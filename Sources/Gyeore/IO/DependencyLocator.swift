import Foundation

/// Finds the data `scripts/setup.sh` fetches into `deps/` (MeCab dictionaries, the Hanja glosses).
///
/// Search order for a folder `name`:
/// 1. `<folder>/<name>` for a folder given explicitly (the CLI's `--dictionary-dir`), and only
///    there: an explicit choice is not second-guessed;
/// 2. else `$GYEORE_DICTIONARIES/<name>`, and only there;
/// 3. else `./deps/<name>` (the package root, where setup puts them), then `deps/<name>` beside
///    the package the running binary was built in (`.build/…/gyeore`).
public enum DependencyLocator {
    /// The folders searched for `name`, in order.
    public static func candidates(_ name: String, folder: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if let folder { return [(folder as NSString).appendingPathComponent(name)] }
        if let root = environment["GYEORE_DICTIONARIES"] { return [(root as NSString).appendingPathComponent(name)] }
        var result: [String] = []
        result.append((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("deps/\(name)"))
        // <package>/.build/<triple>/<config>/gyeore -> <package>/deps
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            if url.lastPathComponent == ".build" {
                // Run from the package root, both are the same folder: named once.
                let beside = url.deletingLastPathComponent().appendingPathComponent("deps/\(name)").path
                if !result.contains(beside) { result.append(beside) }
                break
            }
            url.deleteLastPathComponent()
        }
        return result
    }

    /// The first candidate folder holding `file`, or nil.
    public static func locate(_ name: String, holding file: String, folder: String? = nil) -> String? {
        candidates(name, folder: folder).first { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent(file)) }
    }
}

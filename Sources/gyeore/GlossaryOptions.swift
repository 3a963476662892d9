import Foundation
import ArgumentParser
import Gyeore

/// Where the glossary comes from.
struct GlossaryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Glossary folder (default: $GYEORE_GLOSSARY, else ./glossary, else the glossary shipped with gyeore). A glossary of 64 KiB or more is compiled once into $GYEORE_CACHE_DIR (default ~/.cache/gyeore; empty: never).", valueName: "dir"))
    var glossary: String?

    var folder: String { glossary ?? Glossary.defaultFolder() }

    /// Whether the user named the folder (`--glossary` or `GYEORE_GLOSSARY`), rather than
    /// leaving the default `./glossary`.
    var isNamed: Bool { glossary != nil || ProcessInfo.processInfo.environment["GYEORE_GLOSSARY"] != nil }

    /// For commands that work without a glossary (quotes, align, romanize): the glossary when
    /// there is one; nil, with a warning, when the default folder is missing. A folder the user
    /// named and that cannot be loaded is an error, never silently ignored.
    func loadIfPresent() throws -> Glossary? {
        if !isNamed && !FileManager.default.fileExists(atPath: folder) {
            Diagnostics.warn("gyeore: warning: no glossary folder at \(folder) (name one with --glossary or GYEORE_GLOSSARY): names, speakers and terms are not resolved")
            return nil
        }
        return try load()
    }

    /// Loads the glossary; a glossary with problems is still used, with a warning on stderr.
    func load(warnAboutProblems: Bool = true) throws -> Glossary {
        let loaded: Glossary
        do { loaded = try Glossary(folder: folder, cache: GlossaryCache.standard()) } catch {
            switch error {
            case .folderNotFound, .noFiles: throw CLIError.input(InputError(file: folder, reason: .cannotOpen(inputMessage(error))))
            default: throw CLIError.input(InputError(file: folder, reason: .other(inputMessage(error))))
            }
        }
        KeptUntilExit.keep(loaded)
        if warnAboutProblems && !loaded.problems.isEmpty {
            Diagnostics.warn("\(folder): warning: the glossary has \(loaded.problems.count) problem(s); run 'gyeore glossary validate'")
        }
        return loaded
    }

    private func inputMessage(_ error: GlossaryError) -> String {
        switch error {
        case .folderNotFound: return "glossary folder not found (name one with --glossary or GYEORE_GLOSSARY)"
        case .noFiles: return "no glossary files (*.tsv) in this folder"
        case .icu(let error): return "ICU: \(error)"
        case .tooLarge(let limit, let file): return "more than \(limit) entries in all, passed in \(file) (split the glossary or raise the limit in Glossary.maximumEntries)"
        }
    }
}

/// Messages to standard error.
enum Diagnostics {
    static func warn(_ line: String) { write(line + "\n") }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Foundation.write(2, $0.baseAddress, $0.count) }
    }
}

/// Values a command uses until it ends, kept from being freed when it returns: freeing a
/// glossary of 100,000 entries, or its term automaton, entry by entry took a tenth of a
/// command's start, work the process's exit does at once.
enum KeptUntilExit {
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) { kept.append(value) }
}

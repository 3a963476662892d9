import Foundation
import ArgumentParser
import Gyeore

/// Where the glossary comes from.
struct GlossaryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Glossary folder (default: $GYEORE_GLOSSARY, else ./glossary).", valueName: "dir"))
    var glossary: String?

    var folder: String { glossary ?? Glossary.defaultFolder() }

    /// Loads the glossary; a glossary with problems is still used, with a warning on stderr.
    func load(warnAboutProblems: Bool = true) throws -> Glossary {
        let loaded: Glossary
        do { loaded = try Glossary(folder: folder) } catch { throw CLIError.input(InputError(file: folder, reason: .other(inputMessage(error)))) }
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
        case .tooLarge(let limit): return "more than \(limit) entries (split the glossary or raise the limit in Glossary.maximumEntries)"
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

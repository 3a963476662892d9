import ArgumentParser
import Gyeore

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check, export and extend the glossary.",
        subcommands: [ValidateCommand.self, ExportCommand.self, ImportCommand.self]
    )
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every glossary file; report each problem as FILE:LINE: message.",
        discussion: "Exits with status 1 when any problem is found, 0 for a valid glossary."
    )

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let glossary = try glossaryOptions.load(warnAboutProblems: false)
        for problem in glossary.problems { Diagnostics.warn("\(problem.location): error: \(problem.message)") }
        if !glossary.problems.isEmpty {
            throw CLIError.findings("gyeore: \(glossary.problems.count) problem(s) in \(glossaryOptions.folder)")
        }
        let output = OutputWriter()
        try output.writeLine("\(glossaryOptions.folder): \(glossary.entries.count) entries, \(glossary.entries.reduce(0) { $0 + $1.forms.count }) forms, no problems")
        try output.flush()
    }
}

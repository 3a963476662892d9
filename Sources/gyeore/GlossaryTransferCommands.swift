import ArgumentParser
import Foundation
import Gyeore
import GyeoreOrthography

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole glossary as TSV, CSV or TBX-Basic to standard output.",
        discussion: """
        TBX is TBX-Basic (TBX v3, ISO 30042:2019, DCA style): one conceptEntry per glossary entry,
        language sections ko-KR, ko-KP, ko (other Korean spellings), en, ko-Latn-KR (RR) and
        ko-Latn-KP (DPRK romanization), with term types and administrative status.
        """
    )

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "tsv, csv or tbx.")
    var format: GlossaryExporter.Format = .tsv

    @Flag(help: "CSV: write cells starting with = + - @ as they are (by default they get a leading ' so that spreadsheets do not run them as formulas).")
    var rawCells = false

    func run() throws {
        let glossary = try glossaryOptions.load()
        let output = OutputWriter()
        try output.write(GlossaryExporter.export(glossary, format: format, rawCells: rawCells))
        try output.flush()
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a word list (CSV or TSV) into a glossary file, reporting conflicts instead of overwriting.",
        discussion: """
        --columns names what each input column holds (glossary column names: id, kind, sk, nk, ko_other,
        en, en_other, rr, dprk, note, source; - skips a column). Rows whose forms are new become new
        entries appended to --into; rows already in the glossary are skipped; rows that touch existing
        entries differently are reported as FILE:LINE: conflict: … and left out. Exit status 1 when
        any row conflicts.
        """
    )

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "csv or tsv.")
    var format: ListFormat = .csv

    @Option(help: "The input's columns, comma-separated (e.g. nk,sk,en).")
    var columns: String

    @Option(help: "The glossary file to append new entries to (created if missing).")
    var into: String

    @Option(help: "Kind of the new entries when the input has no kind column.")
    var kind: GlossaryEntry.Kind = .term

    @Option(help: "Where the list comes from, when the input has no source column.")
    var source: String?

    @Flag(help: "The input's first row is a header: skip it.")
    var header = false

    @Flag(help: "Report what would happen without writing anything.")
    var dryRun = false

    @Argument(help: "The word list to import.")
    var file: String

    func run() throws {
        let glossary = try glossaryOptions.load()
        let text = try readText(file)
        let rows: [(line: Int, fields: [String])]
        do { rows = try DelimitedText.rows(text, separator: format == .csv ? "," : "\t") } catch {
            throw CLIError.input(InputError(file: file, line: error.line, reason: .other(error.message)))
        }
        let importer: GlossaryImporter
        do {
            importer = try GlossaryImporter(columns: columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
                                            kind: kind, source: source)
        } catch { throw ValidationError(error.message) }
        let report = importer.merge(rows: rows, into: glossary, skipHeader: header, romanizer: try? Romanizer())
        if !dryRun && !report.newLines.isEmpty {
            try append(report.newLines, to: into) // first: "added" is said only of what was written
        }
        // How each new entry's North Korean forms will convert.
        let byID = Dictionary(report.newEntries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func conversion(_ id: String) -> String {
            guard let entry = byID[id] else { return "" }
            let forms = entry.forms(.nk)
            guard !forms.isEmpty else { return "; no North Korean form: nothing to convert" }
            return forms.map { form in
                let level = GlossaryConversion.of(form, in: entry)
                return (level == .never ? "; warning: " : "; ") + level.describe(form, in: entry)
            }.joined()
        }
        for (line, outcome) in report.outcomes {
            switch outcome {
            case .added(let id): Diagnostics.warn("\(file):\(line): \(dryRun ? "would add" : "added") \(id)\(conversion(id))")
            case .present(let id): Diagnostics.warn("\(file):\(line): already present as \(id)")
            case .conflict(let message): Diagnostics.warn("\(file):\(line): conflict: \(message)")
            }
        }
        let summary = "gyeore: \(report.newLines.count) new, \(report.outcomes.count - report.newLines.count - report.conflicts.count) already present, \(report.conflicts.count) conflict(s)\(dryRun ? " (dry run: nothing written)" : "")"
        if !report.conflicts.isEmpty { throw CLIError.findings(summary) }
        Diagnostics.warn(summary)
    }

    private func readText(_ path: String) throws -> String {
        let reader: LineReader
        do { reader = try LineReader(path: path) } catch { throw CLIError.input(error) }
        var lines: [String] = []
        do { while let line = try reader.next() { lines.append(line.text) } } catch { throw CLIError.input(error) }
        return lines.joined(separator: "\n")
    }

    /// Appends the new rows to the target under a lock, through a temporary file renamed over
    /// it (``AtomicFile``): concurrent imports all land, a killed import leaves the old file, and
    /// a target that cannot be read as a glossary file is refused with nothing written.
    private func append(_ lines: [String], to path: String) throws {
        do {
            try AtomicFile.update(path) { existing in
                guard let existing else {
                    let header = "# Imported with gyeore glossary import. See README.md for the columns.\n" + GlossaryReader.columns.joined(separator: "\t") + "\n"
                    return Array((header + lines.joined(separator: "\n") + "\n").utf8)
                }
                guard let text = String(validating: existing, as: UTF8.self) else {
                    throw FileWriteError(path: path, message: "not UTF-8 text, so it cannot be merged into; nothing was written", stage: .contents)
                }
                if !text.isEmpty, let problem = GlossaryReader.read(text, file: path).problems.first(where: { $0.message.hasPrefix("the header") || $0.message.hasPrefix("empty") }) {
                    throw FileWriteError(path: path, message: "not a glossary file (\(problem.message)); nothing was written", stage: .contents)
                }
                let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
                return Array((text + separator + lines.joined(separator: "\n") + "\n").utf8)
            }
        } catch let error as FileWriteError {
            throw CLIError.file(error)
        }
    }
}

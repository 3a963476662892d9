import ArgumentParser
import Foundation
import Gyeore
import GyeoreOrthography

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Group the quotations of several reports into clusters of the same statement and explain the differences.",
        discussion: """
        Quotations are matched on normalized text: North Korean spelling converted to South Korean
        (when the MeCab dictionaries are set up), glossary terms as anchors (so a Korean and an English
        quotation of one statement can meet), spacing and punctuation ignored. Each pair in a cluster
        lists its differences by category: identical, spelling, spacing, punctuation, lexical,
        omission, addition, paraphrase. Only clusters of two or more quotations are listed unless --all.
        """
    )

    @OptionGroup var alignerOptions: AlignerOptions

    @Argument(help: "The reports to compare (with --quotations: files of quotations as `gyeore quotes --jsonl` writes them).")
    var files: [String] = []

    @Flag(name: .customLong("quotations"), help: "The files hold quotations (JSON Lines, as `gyeore quotes --jsonl` writes them), not reports.")
    var quotationInput = false

    @Option(name: .customLong("source"), help: ArgumentHelp("An original (a speech or statement as its speaker's outlet published it): every sentence of its body is aligned, quoted or not, and each cluster shows the span a rendering comes from. Repeat for several.", valueName: "file"))
    var sources: [String] = []

    @Option(help: ArgumentHelp("Read the reports' paths from this file, one per line (for more paths than a command line holds).", valueName: "list"))
    var filesFrom: String?

    @Option(help: ArgumentHelp("Documents' outlet, date, language and side (north-korean, south-korean, foreign), one JSON object per line: {\"document\": path, …}. Front matter in the reports gives the same.", valueName: "file.jsonl"))
    var meta: String?

    @Option(help: "json (default: one report object), jsonl (one cluster per line, for streaming), text, or html (one self-contained page).")
    var format: Format = .json

    /// The report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, text, html }

    @Flag(help: "List clusters of a single quotation too.")
    var all = false

    @Option(help: "Reject input lines longer than this many bytes.")
    var maxLineBytes: Int = LineReader.defaultMaximumLineBytes

    @Option(help: "Stop when the quotations read hold more than this many bytes of text in all (they are held in memory).")
    var maxQuotedBytes: Int = AlignCommand.maximumQuotedBytes

    @Option(help: "Stop when more than this many quotations have been read (at most 2,000,000: they are held in memory).")
    var maxQuotations: Int = AlignCommand.maximumQuotations

    func validate() throws {
        guard maxQuotedBytes > 0 else { throw ValidationError("--max-quoted-bytes must be positive") }
        guard (1...Self.maximumQuotations).contains(maxQuotations) else { throw ValidationError("--max-quotations must be between 1 and \(Self.maximumQuotations)") }
        guard !files.isEmpty || filesFrom != nil || !sources.isEmpty else { throw ValidationError("name at least one file") }
        guard files.count <= Self.maximumFiles else { throw ValidationError("at most \(Self.maximumFiles) files (align holds their quotations in memory)") }
    }

    /// The paths named on the command line, then those of `--files-from`, counted against the
    /// limit as they are read (before any report is).
    func allPaths() throws -> [String] {
        var paths = files
        guard let list = filesFrom else { return paths }
        let reader: LineReader
        do { reader = try LineReader(path: list) } catch { throw CLIError.input(error) }
        do {
            while let line = try reader.next() {
                let path = line.text.trimmingCharacters(in: .whitespaces)
                if path.isEmpty { continue }
                paths.append(path)
                if paths.count > Self.maximumFiles {
                    throw CLIError.usage("\(list):\(line.number): error: more than \(Self.maximumFiles) files (align holds their quotations in memory); align fewer at a time")
                }
            }
        } catch let error as InputError { throw CLIError.input(error) }
        guard !paths.isEmpty else { throw CLIError.usage("\(list): error: no paths in this list") }
        return paths
    }

    /// Limits (README.md, Limits): align keeps every quotation in memory.
    static let maximumFiles = 100_000
    static let maximumQuotations = 2_000_000
    /// The default limit on quoted text in all, in UTF-8 bytes: 512 MiB (each item holds its
    /// text, canonical form and features).
    static let maximumQuotedBytes = 512 << 20

    func run() throws {
        let (glossary, aligner) = try alignerOptions.makeAligner()
        let extractor: QuoteExtractor
        do { extractor = try QuoteExtractor(glossary: glossary) } catch { throw CLIError.internalError("\(error)") }

        let progress = Progress()
        var quotations: [Quotation] = []
        var quotedBytes = 0
        var firstFailure: CLIError?
        // The sources first (each once), then the reports.
        let sourceSet = Set(sources)
        let paths = Array(NSOrderedSet(array: sources)).compactMap { $0 as? String } + (try allPaths()).filter { !sourceSet.contains($0) }
        let given: [String: DocumentMetadata]
        do { given = try meta.map(DocumentMetadata.read(jsonLines:)) ?? [:] } catch { throw CLIError.input(error) }
        var metadata: [String: DocumentMetadata] = [:]
        var documents: [String] = []
        /// The limits on what align holds in memory, checked after each input is read.
        func checkLimits(after path: String) throws {
            if quotedBytes > maxQuotedBytes {
                throw CLIError.input(InputError(file: path, reason: .other("more than \(maxQuotedBytes) bytes of quoted text in all (align holds it in memory); align fewer files at a time or raise --max-quoted-bytes")))
            }
            if quotations.count > maxQuotations {
                throw CLIError.input(InputError(file: path, reason: .other("more than \(maxQuotations) quotations in all (align holds them in memory); align fewer files at a time")))
            }
        }
        for path in paths {
            if quotationInput && !sourceSet.contains(path) {
                // Quotations already extracted (by `quotes --jsonl`, on any machine): read, not found.
                var found: [Quotation] = []
                do {
                    try CorpusRecords.forEach(QuotationRecord.self, in: InputOptions(files: [path], maxLineBytes: maxLineBytes), what: "a quotation (gyeore quotes --jsonl)") { record, file, line in
                        do { found.append(try record.quotation()) } catch { throw CLIError.input(InputError(file: file, line: line, reason: .other(CorpusRecords.describe(error)))) }
                        // Counted as they are read, not after the file: a limit stops the run before the work.
                        if quotations.count + found.count > maxQuotations {
                            throw CLIError.input(InputError(file: file, line: line, reason: .other("more than \(maxQuotations) quotations in all (align holds them in memory); align fewer at a time")))
                        }
                    }
                } catch let failure as CLIError {
                    if case .reported = failure { if firstFailure == nil { firstFailure = failure } } else { throw failure }
                }
                for quotation in found where Self.aligns(quotation) {
                    if metadata[quotation.document] == nil {
                        metadata[quotation.document] = given[quotation.document] ?? DocumentMetadata()
                        documents.append(quotation.document)
                    }
                    var quotation = quotation
                    if let date = given[quotation.document]?.date.flatMap(QuoteExtractor.isoDate(in:)) { quotation.date = date }
                    quotedBytes += quotation.text.utf8.count
                    quotations.append(quotation)
                }
                try checkLimits(after: path)
                continue
            }
            documents.append(path)
            // Every readable report is aligned; one that cannot be read is reported and left out,
            // and the run fails at the end (as every command does).
            extractor.begin(document: path, source: sourceSet.contains(path))
            do {
                let reader = try LineReader(path: path, maximumLineBytes: maxLineBytes)
                while let line = try reader.next() { extractor.add(line) }
            } catch {
                let failure = CLIError.input(error)
                Diagnostics.warn(failure.description)
                if firstFailure == nil { firstFailure = failure }
                continue
            }
            metadata[path] = DocumentMetadata.frontMatter(ofFile: path).overridden(by: given[path])
            var found = extractor.finish().filter(Self.aligns)
            // A date from --meta counts for alignment as the front matter's does.
            if let date = given[path]?.date.flatMap(QuoteExtractor.isoDate(in:)) { for i in found.indices { found[i].date = date } }
            quotedBytes += found.reduce(0) { $0 + $1.text.utf8.count }
            quotations += found
            try checkLimits(after: path)
            progress.report("reading", Double(quotations.count))
        }
        let items = quotations.enumerated().map { index, quotation in
            if index % 500 == 0 { progress.report("normalizing", Double(index) / Double(max(1, quotations.count))) }
            return aligner.item(quotation)
        }
        let pairs = aligner.pairs(items) { progress.report("matching", $0) }
        progress.finish()
        let everyGroup = aligner.clusters(items, pairs: pairs)
        let groups = everyGroup.filter { all || $0.count > 1 }
        let unmatched = format == .html && !all ? everyGroup.filter { $0.count == 1 }.map { $0[0] } : []
        let report = AlignmentReport(files: documents, sources: sourceSet, metadata: metadata, items: items, pairs: pairs, groups: groups, unmatched: unmatched, aligner: aligner, placement: try DiffPlacement())
        try Self.write(report, format: format)
        if let firstFailure { throw CLIError.reported(firstFailure.exitCode) }
    }

    /// Whether a quotation takes part in alignment: an unbalanced mark's run of a few
    /// characters is noise (`features` leaves out the same).
    static func aligns(_ quotation: Quotation) -> Bool { quotation.kind != .unbalanced || quotation.text.count > 12 }

    /// Writes a report to standard output in a format.
    static func write(_ report: AlignmentReport, format: Format) throws {
        let output = OutputWriter()
        switch format {
        case .text: try output.write(report.text)
        case .html: try output.write(report.html)
        case .json: try output.writeLine(report.json)
        case .jsonl: for line in report.jsonLines { try output.writeLine(line) }
        }
        try output.flush()
    }
}

/// A progress line on standard error, only on a terminal and only for runs longer than a second.
final class Progress {
    private let start = Date()
    private let enabled = isatty(2) != 0
    private var shown = false

    func report(_ phase: String, _ fraction: Double) {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        let width = 30, filled = Int(min(1, max(0, fraction)) * Double(width))
        Diagnostics.write("\r\(phase.padding(toLength: 12, withPad: " ", startingAt: 0)) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(Int(min(1, fraction) * 100))%")
        shown = true
    }

    func finish() { if shown { Diagnostics.write("\r\u{1B}[K") } }
}

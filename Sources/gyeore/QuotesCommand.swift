import Foundation
import ArgumentParser
import Gyeore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Extract every quotation: offsets, marks, kind, reporting clause and verb, speaker (JSON Lines).",
        discussion: """
        One object per quotation: document, start and end (Unicode scalar offsets of the quoted text,
        inside its marks, in the original file), line, text, marks, depth and parent (nesting), kind
        (direct, partial, headline, title, unbalanced), clause and verb, speaker (resolved to a glossary
        name where possible), speakerText (as written), language, and occurrences (a quotation repeated
        in a document, as in front matter and body, is one quotation with several occurrences).
        A file is a document; with --per-line every input line is a document of its own and its
        quotations are written at once (for streaming, e.g. as the map step of a distributed job).
        """
    )

    @OptionGroup var glossaryOptions: GlossaryOptions
    @OptionGroup var input: InputOptions

    @Flag(help: "Treat every input line as a document of its own and write its quotations at once.")
    var perLine = false

    @OptionGroup var documents: JSONLinesDocuments

    func validate() throws {
        if documents.jsonl && perLine { throw ValidationError("--jsonl and --per-line do not go together: with --jsonl every record is a document") }
    }

    func run() throws {
        let glossary = try glossaryOptions.loadIfPresent()
        let extractor: QuoteExtractor
        do { extractor = try QuoteExtractor(glossary: glossary) } catch { throw CLIError.internalError("\(error)") }
        let output = OutputWriter()
        let jsonLines = JSONLines()
        if documents.jsonl { return try runJSONLines(extractor: extractor, output: output, jsonLines: jsonLines) }
        var current: String? = nil
        var writer = JSONLineWriter()
        func flush() throws {
            for (index, quotation) in extractor.finish().enumerated() {
                QuotationRecord(quotation, index: index).write(to: &writer)
                try writer.writeLine(to: output)
            }
        }
        var failure: CLIError?
        let perLine = perLine // read once: a property wrapper's value is looked up at every read
        do { try input.forEachLine(flushing: output) { path, line in
            let document = perLine ? "\(path):\(line.number)" : path
            if document != current {
                if current != nil { try flush() }
                extractor.begin(document: document)
                current = document
            }
            extractor.add(line)
            if perLine { try flush(); current = nil }
        } } catch let error as CLIError {
            // Inputs that failed are reported already; the documents read are still written.
            guard case .reported = error else { throw error }
            failure = error
        }
        if current != nil { try flush() }
        try output.flush()
        if let failure { throw failure }
    }
}

extension QuotesCommand {
    /// `--jsonl`: each input line is a document object; its quotations are written at once, with
    /// the caller's id as `document` and offsets into the document's text.
    func runJSONLines(extractor: QuoteExtractor, output: OutputWriter, jsonLines: JSONLines) throws {
        var failure: CLIError?
        var writer = JSONLineWriter()
        do {
            try documents.forEachDocumentRecord(input, output: output, jsonLines: jsonLines) { id, text, date in
                // The record's date, where the text gives none (a dateline or front matter wins).
                let recordDate = date.flatMap(QuoteExtractor.isoDate(in:))
                for (index, found) in extractor.quotations(in: text, document: id).enumerated() {
                    var quotation = found
                    if quotation.date == nil { quotation.date = recordDate }
                    QuotationRecord(quotation, index: index).write(to: &writer)
                    try writer.writeLine(to: output)
                }
            }
        } catch let error as CLIError {
            guard case .reported = error else { throw error }
            failure = error
        }
        try output.flush()
        if let failure { throw failure }
    }
}

/// The JSON object `quotes` writes for one quotation (and `align --quotations`, `features` read).
struct QuotationRecord: Codable {
    /// Always written (``RecordVersion/current``); nil in a record read from a tool that leaves it out.
    var version: Int? = RecordVersion.current
    var document: String
    var index: Int
    var start: Int
    var end: Int
    var line: Int
    var text: String
    var marks: String
    var depth: Int
    var parent: Int?
    var kind: String
    var clause: String?
    var verb: String?
    var speaker: String?
    var speakerText: String?
    var speakerEntry: String?
    var language: String
    var occurrences: [Quotation.Occurrence]
    var date: String?
    /// ``Quotation/reportedClause``.
    var reportedClause: String?

    init(_ q: Quotation, index: Int) {
        document = q.document
        self.index = index
        start = q.start
        end = q.end
        line = q.line
        text = q.text
        marks = q.marks
        depth = q.depth
        parent = q.parent
        kind = q.kind.rawValue
        clause = q.clause
        verb = q.verb
        speaker = q.speaker
        speakerText = q.speakerText
        speakerEntry = q.speakerEntry
        language = q.language.rawValue
        occurrences = q.occurrences
        date = q.date
        reportedClause = q.reportedClause
    }

    /// The record as `JSONLines` encodes it (keys sorted, absent values left out), written by
    /// hand into `writer`: `JSONEncoder` took three quarters of the time of `quotes` on a line of
    /// unbalanced marks (one short record per mark).
    func write(to writer: inout JSONLineWriter) {
        writer.reset()
        writer.beginObject()
        if let clause { writer.field("clause", clause) }
        if let date { writer.field("date", date) }
        writer.key("depth"); writer.int(depth)
        writer.field("document", document)
        writer.key("end"); writer.int(end)
        writer.key("index"); writer.int(index)
        writer.field("kind", kind)
        writer.field("language", language)
        writer.key("line"); writer.int(line)
        writer.field("marks", marks)
        writer.key("occurrences")
        writer.beginArray()
        for occurrence in occurrences {
            writer.beginObject()
            writer.field("context", occurrence.context.rawValue)
            writer.key("end"); writer.int(occurrence.end)
            writer.key("line"); writer.int(occurrence.line)
            writer.key("start"); writer.int(occurrence.start)
            writer.endObject()
        }
        writer.endArray()
        if let parent { writer.key("parent"); writer.int(parent) }
        if let reportedClause { writer.field("reportedClause", reportedClause) }
        if let speaker { writer.field("speaker", speaker) }
        if let speakerEntry { writer.field("speakerEntry", speakerEntry) }
        if let speakerText { writer.field("speakerText", speakerText) }
        writer.key("start"); writer.int(start)
        writer.field("text", text)
        if let verb { writer.field("verb", verb) }
        if let version { writer.key("version"); writer.int(version) }
        writer.endObject()
    }

    /// The quotation this record describes (its text as the normalized text: matching
    /// normalizes it again).
    func quotation() throws -> Quotation {
        if let problem = RecordVersion.problem(version) { throw CorpusRecords.Problem(problem) }
        guard let kind = Quotation.Kind(rawValue: kind) else { throw CorpusRecords.Problem("unknown kind '\(kind)'") }
        guard let language = Quotation.Language(rawValue: language) else { throw CorpusRecords.Problem("unknown language '\(language)' (ko or en)") }
        guard start >= 0, end >= start, line >= 1 else { throw CorpusRecords.Problem("start, end and line must be offsets (0 ≤ start ≤ end, line ≥ 1)") }
        var quotation = Quotation(document: document, start: start, end: end, line: line, text: text, normalized: text, marks: marks, depth: depth, parent: parent,
                                  kind: kind, clause: clause, verb: verb, speaker: speaker, speakerText: speakerText, speakerEntry: speakerEntry,
                                  language: language, occurrences: occurrences, date: date)
        quotation.reportedClause = reportedClause
        return quotation
    }
}

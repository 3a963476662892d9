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

    @Flag(help: "Read documents as JSON Lines: one object per line, its id and text in --id-field and --text-field; offsets are into that text, newlines in it kept.")
    var jsonl = false

    @Option(help: "With --jsonl: the field holding the document's id (a string or a number).")
    var idField = "id"

    @Option(help: "With --jsonl: the field holding the document's text.")
    var textField = "text"

    @Option(help: "With --jsonl: a bad record (not JSON, no id or text) fails the run (fail, the default), is left out with a line on standard error (skip), or becomes {\"document\": id, \"error\": …} in the output (record).")
    var onError: ErrorPolicy = .fail

    enum ErrorPolicy: String, ExpressibleByArgument, CaseIterable { case fail, skip, record }

    func validate() throws {
        if jsonl && perLine { throw ValidationError("--jsonl and --per-line do not go together: with --jsonl every record is a document") }
    }

    func run() throws {
        let glossary = try glossaryOptions.loadIfPresent()
        let extractor: QuoteExtractor
        do { extractor = try QuoteExtractor(glossary: glossary) } catch { throw CLIError.internalError("\(error)") }
        let output = OutputWriter()
        let jsonLines = JSONLines()
        if jsonl { return try runJSONLines(extractor: extractor, output: output, jsonLines: jsonLines) }
        var current: String? = nil
        func flush() throws {
            for (index, quotation) in extractor.finish().enumerated() {
                try output.writeLine(jsonLines.line(QuotationRecord(quotation, index: index)))
            }
        }
        var failure: CLIError?
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
    /// The error record `--on-error record` writes for a bad input record.
    struct ErrorRecord: Encodable { var document: String; var line: Int; var error: String }

    /// `--jsonl`: each input line is a document object; its quotations are written at once, with
    /// the caller's id as `document` and offsets into the document's text.
    func runJSONLines(extractor: QuoteExtractor, output: OutputWriter, jsonLines: JSONLines) throws {
        var failure: CLIError?
        do { try input.forEachLine(flushing: output) { path, line in
            guard !line.text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
            let id: String, text: String
            do {
                (id, text) = try Self.document(line.text, idField: idField, textField: textField)
            } catch let problem as RecordProblem {
                let where_ = "\(path == "-" ? "<stdin>" : path):\(line.number)"
                switch onError {
                case .fail: throw CLIError.input(InputError(file: path, line: line.number, reason: .other(problem.message)))
                case .skip: Diagnostics.warn("\(where_): warning: record left out: \(problem.message)")
                case .record: try output.writeLine(jsonLines.line(ErrorRecord(document: problem.id ?? where_, line: line.number, error: problem.message)))
                }
                return
            }
            for (index, quotation) in extractor.quotations(in: text, document: id).enumerated() {
                try output.writeLine(jsonLines.line(QuotationRecord(quotation, index: index)))
            }
        } } catch let error as CLIError {
            guard case .reported = error else { throw error }
            failure = error
        }
        try output.flush()
        if let failure { throw failure }
    }

    struct RecordProblem: Error { var message: String; var id: String? }

    /// The id and text of one JSON Lines record.
    static func document(_ line: String, idField: String, textField: String) throws -> (String, String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw RecordProblem(message: "not a JSON object", id: nil)
        }
        let id: String
        switch object[idField] {
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        default: throw RecordProblem(message: "no \"\(idField)\" field (a string or a number)", id: nil)
        }
        guard let text = object[textField] as? String else { throw RecordProblem(message: "no \"\(textField)\" field (a string)", id: id) }
        return (id, text)
    }
}

/// The JSON object `quotes` writes for one quotation.
struct QuotationRecord: Encodable {
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
        language = q.language
        occurrences = q.occurrences
        date = q.date
    }
}

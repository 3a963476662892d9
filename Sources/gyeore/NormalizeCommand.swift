import ArgumentParser
import Gyeore
import GyeoreOrthography

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize text line by line (Unicode, width, white space, quotes, separators).",
        discussion: """
        Streams: each input line is normalized and written as soon as it is read, so the command
        works in pipelines on input of any size. With --json, each line becomes one JSON object
        holding the original and normalized text and the changes between them. Offsets in JSON are
        Unicode scalar offsets (Python str indices): "start" locates the line in its document, and
        "changes" and "quotes" are relative to the line. With --jsonl, each input line is a JSON
        document ({"id", "text"}); every line of its text becomes one JSON object as with --json,
        "document" holding the document's id and "start" counting from the start of its text.
        Field names mean the same in every command's records (README.md, "JSON output").
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var documents: JSONLinesDocuments

    @Flag(help: "Write JSON Lines: text, normalized text, changes and quote marks per line.")
    var json = false

    @Option(help: "Unicode normalization form: nfc, nfkc or none.")
    var form: UnicodeForm = .nfc

    @Option(help: ArgumentHelp("Convert orthography: 'sk' turns North Korean spelling and spacing into South Korean.", valueName: "sk"))
    var to: TargetOrthography?

    @Flag(help: "With --to sk: list every change with the rule or dictionary entry that made it.")
    var explain = false

    @Flag(help: "With --to sk: contract 되어 to 돼 (되었다 → 됐다).")
    var contract = false

    @Flag(help: "With --to sk: apply the initial-sound law to North Korean personal names too (리선권 → 이선권).")
    var convertNames = false

    @Flag(help: "With --to sk: treat all input as North Korean (apply the spacing rules everywhere).")
    var assumeNorthKorean = false

    @Flag(help: "With --to sk: replace North Korean words by different South Korean ones too (기간공업 → 기간산업), not only their spelling.")
    var wording = false

    @Option(help: ArgumentHelp("With --to sk: the folder holding the nkhandic/ and handic/ dictionaries (default: $GYEORE_DICTIONARIES, else ./deps).", valueName: "dir"))
    var dictionaryDir: String?

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Flag(help: "Keep full-width ASCII forms.") var noWidth = false
    @Flag(help: "Leave white space as it is.") var noWhitespace = false
    @Flag(help: "Leave quotation marks as they are.") var noQuotes = false
    @Flag(help: "Leave middle dots and abbreviation dashes as they are.") var noSeparators = false

    func validate() throws {
        if to == nil && (explain || contract || convertNames || assumeNorthKorean || wording) {
            throw ValidationError("--explain, --contract, --convert-names, --assume-north-korean and --wording go with --to sk")
        }
    }

    func run() throws {
        var configuration = NormalizerConfiguration()
        configuration.unicodeForm = UnicodeNormalizationStep.Form(rawValue: form.rawValue)
        configuration.foldsWidth = !noWidth
        configuration.normalizesWhitespace = !noWhitespace
        configuration.lineBreaks = .toSpace // input arrives split into lines
        configuration.foldsQuotes = !noQuotes
        configuration.canonicalizesSeparators = !noSeparators
        if to == .sk {
            var options = OrthographyOptions()
            options.contracts = contract
            options.convertsNames = convertNames
            options.assumesNorthKorean = assumeNorthKorean
            options.replacesWording = wording
            let glossary = try glossaryOptions.load()
            do {
                configuration.orthography = OrthographyStep(converter: try OrthographyConverter(glossary: glossary, dictionaryFolder: dictionaryDir, options: options))
            } catch {
                throw OrthographyMessages.cannotOpen(dictionaryDir ?? "deps", error)
            }
        }
        let normalizer: Normalizer
        do { normalizer = try Normalizer(configuration: configuration) } catch { throw CLIError.internalError("\(error)") }

        // The options read once: a property wrapper's value is looked up through generic
        // metadata at every read, which per line cost more than the line's scan.
        let json = json, explain = explain
        let output = OutputWriter()
        var writer = JSONLineWriter()
        if documents.jsonl {
            // Each record a document: its id as the document, lines and offsets within its text.
            try documents.forEachDocument(input, output: output, jsonLines: JSONLines()) { id, text in
                for line in LineReader.Line.lines(of: text) {
                    NormalizedLineRecord.write(path: id, line: line, result: normalizer.normalize(line.text), explain: explain, to: &writer)
                    try writer.writeLine(to: output)
                }
            }
            return try output.flush()
        }
        try input.forEachLine(flushing: output) { path, line in
            let result = normalizer.normalize(line.text)
            if json {
                NormalizedLineRecord.write(path: path, line: line, result: result, explain: explain, to: &writer)
                try writer.writeLine(to: output)
            } else {
                try output.writeLine(result.normalized)
                if explain {
                    for explanation in Self.explanations(result) {
                        try output.writeLine("  \(explanation.original.lowerBound)-\(explanation.original.upperBound) [\(explanation.rule)] \(explanation.note)")
                    }
                }
            }
        }
        try output.flush()
    }
}

extension NormalizeCommand {
    /// The step's explanations, plus rule 9: North Korean quotation marks 《》〈〉 folded to “” ‘’.
    static func explanations(_ result: NormalizedText) -> [NormalizedText.Explanation] {
        var list = result.explanations
        for mark in result.quoteMarks where [.doubleAngle, .singleAngle].contains(mark.style) && result.explanations.count + result.quoteMarks.count > 0 {
            list.append(NormalizedText.Explanation(rule: .init(OrthographyRule.punctuation), note: "\(mark.original) → \(mark.canonical) (North Korean quotation mark)",
                                                   original: mark.originalOffset..<mark.originalOffset + 1,
                                                   normalized: mark.normalizedOffset..<mark.normalizedOffset + 1,
                                                   level: .spelling, from: mark.original, to: mark.canonical))
        }
        return list.sorted { ($0.original.lowerBound, $0.rule) < ($1.original.lowerBound, $1.rule) }
    }
}

/// The JSON object `normalize --json` writes for one line.
struct NormalizedLineRecord: Encodable {
    struct Change: Encodable {
        /// [start, end) in the original line, in scalars.
        var original: [Int]
        /// [start, end) in the normalized line, in scalars.
        var normalized: [Int]
    }
    struct Quote: Encodable {
        var role: String
        var depth: Int
        var style: String
        var mark: String
        var canonical: String
        var start: Int
        var normalizedStart: Int
        var partner: Int?
    }
    var version = RecordVersion.current
    var document: String
    var line: Int
    var start: Int
    var byteOffset: Int
    var text: String
    var normalized: String
    var changes: [Change]
    var quotes: [Quote]
    var explanations: [Explanation]?

    struct Explanation: Encodable {
        var rule: String
        var note: String
        var original: [Int]
        var normalized: [Int]
        var entry: String?
        var level: String?
        var from: String?
        var to: String?
    }

    /// The record as `JSONEncoder` (keys sorted, slashes unescaped, nil left out) would encode
    /// it, written by hand into `writer` (reset first) straight from the normalizer's result:
    /// no record, no per-change arrays. `NormalizeJSONTests` checks the bytes are the same.
    static func write(path: String, line: LineReader.Line, result: NormalizedText, explain: Bool, to writer: inout JSONLineWriter) {
        writer.reset()
        writer.beginObject()
        writer.key("byteOffset"); writer.int(line.byteOffset)
        writer.key("changes"); writer.beginArray()
        for change in result.offsetMap.changes {
            writer.beginObject()
            writer.key("normalized"); writer.range(change.normalized.lowerBound, change.normalized.upperBound)
            writer.key("original"); writer.range(change.original.lowerBound, change.original.upperBound)
            writer.endObject()
        }
        writer.endArray()
        writer.field("document", path)
        if explain {
            writer.key("explanations"); writer.beginArray()
            for explanation in NormalizeCommand.explanations(result) {
                writer.beginObject()
                if let entry = explanation.entry { writer.field("entry", entry) }
                if let from = explanation.from { writer.field("from", from) }
                if let level = explanation.level { writer.field("level", level.rawValue) }
                writer.key("normalized"); writer.range(explanation.normalized.lowerBound, explanation.normalized.upperBound)
                writer.field("note", explanation.note)
                writer.key("original"); writer.range(explanation.original.lowerBound, explanation.original.upperBound)
                writer.field("rule", explanation.rule.rawValue)
                if let to = explanation.to { writer.field("to", to) }
                writer.endObject()
            }
            writer.endArray()
        }
        writer.key("line"); writer.int(line.number)
        writer.field("normalized", result.normalized)
        writer.key("quotes"); writer.beginArray()
        for mark in result.quoteMarks {
            writer.beginObject()
            writer.field("canonical", mark.canonical)
            writer.key("depth"); writer.int(mark.depth)
            writer.field("mark", mark.original)
            writer.key("normalizedStart"); writer.int(mark.normalizedOffset)
            if let partner = mark.partner { writer.key("partner"); writer.int(partner) }
            writer.field("role", mark.role.rawValue)
            writer.key("start"); writer.int(mark.originalOffset)
            writer.field("style", mark.style.rawValue)
            writer.endObject()
        }
        writer.endArray()
        writer.key("start"); writer.int(line.scalarOffset)
        writer.field("text", result.original)
        writer.key("version"); writer.int(RecordVersion.current)
        writer.endObject()
    }

    init(path: String, line: LineReader.Line, result: NormalizedText, explain: Bool = false) {
        document = path
        self.line = line.number
        start = line.scalarOffset
        byteOffset = line.byteOffset
        text = result.original
        normalized = result.normalized
        changes = result.offsetMap.changes.map {
            Change(original: [$0.original.lowerBound, $0.original.upperBound],
                   normalized: [$0.normalized.lowerBound, $0.normalized.upperBound])
        }
        quotes = result.quoteMarks.map {
            Quote(role: $0.role.rawValue, depth: $0.depth, style: $0.style.rawValue, mark: $0.original, canonical: $0.canonical,
                  start: $0.originalOffset, normalizedStart: $0.normalizedOffset, partner: $0.partner)
        }
        explanations = explain ? NormalizeCommand.explanations(result).map {
            Explanation(rule: $0.rule.rawValue, note: $0.note, original: [$0.original.lowerBound, $0.original.upperBound],
                        normalized: [$0.normalized.lowerBound, $0.normalized.upperBound], entry: $0.entry,
                        level: $0.level?.rawValue, from: $0.from, to: $0.to)
        } : nil
    }
}

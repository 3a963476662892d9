import ArgumentParser
import Gyeore

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize text line by line (Unicode, width, white space, quotes, separators).",
        discussion: """
        Streams: each input line is normalized and written as soon as it is read, so the command
        works in pipelines on input of any size. With --json, each line becomes one JSON object
        holding the original and normalized text and the changes between them. Offsets in JSON are
        Unicode scalar offsets (Python str indices): "offset" locates the line in its file, and
        "changes" and "quotes" are relative to the line.
        """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Write JSON Lines: text, normalized text, changes and quote marks per line.")
    var json = false

    @Option(help: "Unicode normalization form: nfc, nfkc or none.")
    var form: String = "nfc"

    @Flag(help: "Keep full-width ASCII forms.") var noWidth = false
    @Flag(help: "Leave white space as it is.") var noWhitespace = false
    @Flag(help: "Leave quotation marks as they are.") var noQuotes = false
    @Flag(help: "Leave middle dots and abbreviation dashes as they are.") var noSeparators = false

    func validate() throws {
        guard ["nfc", "nfkc", "none"].contains(form) else { throw ValidationError("--form must be nfc, nfkc or none") }
    }

    func run() throws {
        var configuration = NormalizerConfiguration()
        configuration.unicodeForm = form == "none" ? nil : UnicodeNormalizationStep.Form(rawValue: form)
        configuration.foldsWidth = !noWidth
        configuration.normalizesWhitespace = !noWhitespace
        configuration.lineBreaks = .toSpace // input arrives split into lines
        configuration.foldsQuotes = !noQuotes
        configuration.canonicalizesSeparators = !noSeparators
        let normalizer: Normalizer
        do { normalizer = try Normalizer(configuration: configuration) } catch { throw CLIError.internalError("\(error)") }

        let output = OutputWriter()
        defer { output.flush() }
        let jsonLines = JSONLines()
        try input.forEachLine(flushing: output) { path, line in
            let result = normalizer.normalize(line.text)
            if json {
                output.writeLine(jsonLines.line(NormalizedLineRecord(path: path, line: line, result: result)))
            } else {
                output.writeLine(result.normalized)
            }
        }
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
        var offset: Int
        var normalizedOffset: Int
        var partner: Int?
    }
    var file: String
    var line: Int
    var offset: Int
    var byteOffset: Int
    var text: String
    var normalized: String
    var changes: [Change]
    var quotes: [Quote]

    init(path: String, line: LineReader.Line, result: NormalizedText) {
        file = path
        self.line = line.number
        offset = line.scalarOffset
        byteOffset = line.byteOffset
        text = result.original
        normalized = result.normalized
        changes = result.offsetMap.changes.map {
            Change(original: [$0.original.lowerBound, $0.original.upperBound],
                   normalized: [$0.normalized.lowerBound, $0.normalized.upperBound])
        }
        quotes = result.quoteMarks.map {
            Quote(role: $0.role.rawValue, depth: $0.depth, style: $0.style, mark: $0.original, canonical: $0.canonical,
                  offset: $0.originalOffset, normalizedOffset: $0.normalizedOffset, partner: $0.partner)
        }
    }
}

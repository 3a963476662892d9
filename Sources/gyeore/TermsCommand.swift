import ArgumentParser
import Gyeore
import GyeoreOrthography

struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Find every glossary term in running text; write JSON Lines.",
        discussion: """
        One object per term found: document, line, start and end (Unicode scalar offsets into the
        original file: text[start:end] is the match), the matched text, the entry id and kind, which
        form matched (nk, sk, variant, en, romanization) and the entry's canonical South Korean and
        English forms. Longest match first; forms tagged {homograph} are not matched in text.
        With the MeCab dictionaries (scripts/setup.sh), a short form is also found inside a word
        written solid where the analyzer divides the word around it (교육일군, 김정은동지), and
        a one-syllable form before a particle (북과 남); without them, with a warning, only where
        it starts a word.
        """
    )

    @Option(help: ArgumentHelp("The folder holding the nkhandic/ dictionary (default: $GYEORE_DICTIONARIES, else ./deps).", valueName: "dir"))
    var dictionaryDir: String?

    @Flag(help: "Do not ask the morphological analyzer about short forms inside words (match by position only).")
    var noMorphology = false

    @OptionGroup var glossaryOptions: GlossaryOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var documents: JSONLinesDocuments

    func run() throws {
        let glossary = try glossaryOptions.load()
        let matcher: TermMatcher
        var segmenter: MeCabWordSegmenter?
        if !noMorphology {
            do { segmenter = try MeCabWordSegmenter(dictionaryFolder: dictionaryDir) } catch {
                // A folder named on the command line that holds no dictionary is a mistake to report.
                if let dictionaryDir { throw OrthographyMessages.cannotOpen(dictionaryDir, error) }
                Diagnostics.warn("gyeore: warning: terms inside words written solid are not found: \(OrthographyMessages.message(error))")
            }
        }
        do { matcher = try TermMatcher(glossary: glossary, segmenter: segmenter) } catch { throw CLIError.internalError("\(error)") }
        KeptUntilExit.keep(matcher)
        let output = OutputWriter()
        let jsonLines = JSONLines()
        var writer = JSONLineWriter()
        if documents.jsonl {
            // Each record a document: its id as document, lines and offsets within its text.
            try documents.forEachDocument(input, output: output, jsonLines: jsonLines) { id, text in
                for line in LineReader.Line.lines(of: text) {
                    for match in matcher.matches(in: line.text) {
                        TermRecord.write(document: id, line: line, match: match, to: &writer)
                        try writer.writeLine(to: output)
                    }
                }
            }
            return try output.flush()
        }
        try input.forEachLine(flushing: output) { path, line in
            for match in matcher.matches(in: line.text) {
                TermRecord.write(document: path, line: line, match: match, to: &writer)
                try writer.writeLine(to: output)
            }
        }
        try output.flush()
    }
}

/// The JSON object `terms` writes for one match.
struct TermRecord: Encodable {
    var version = RecordVersion.current
    var document: String
    var line: Int
    var start: Int
    var end: Int
    var text: String
    var entry: String
    var kind: String
    var form: String
    var matched: String
    var sk: String
    var en: String

    /// The record of a match as `JSONLines` encodes it (keys sorted), written by hand into
    /// `writer` straight from the match: no record is built (building and freeing one cost a
    /// fifth of writing it).
    static func write(document: String, line: LineReader.Line, match: TermMatcher.Match, to writer: inout JSONLineWriter) {
        writer.reset()
        writer.beginObject()
        writer.field("document", document)
        writer.field("en", match.entry.english)
        writer.key("end"); writer.int(line.scalarOffset + match.range.upperBound)
        writer.field("entry", match.entry.id)
        writer.field("form", match.kind.rawValue)
        writer.field("kind", match.entry.kind.rawValue)
        writer.key("line"); writer.int(line.number)
        writer.field("matched", match.form)
        writer.field("sk", match.entry.southKorean)
        writer.key("start"); writer.int(line.scalarOffset + match.range.lowerBound)
        writer.field("text", match.text)
        writer.key("version"); writer.int(RecordVersion.current)
        writer.endObject()
    }

    init(document: String, line: LineReader.Line, match: TermMatcher.Match) {
        self.document = document
        self.line = line.number
        start = line.scalarOffset + match.range.lowerBound
        end = line.scalarOffset + match.range.upperBound
        text = match.text
        entry = match.entry.id
        kind = match.entry.kind.rawValue
        form = match.kind.rawValue
        matched = match.form
        sk = match.entry.southKorean
        en = match.entry.english
    }
}

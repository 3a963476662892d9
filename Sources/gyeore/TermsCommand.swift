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
        var writer = TermRecordWriter()
        // The records of one line's matches, each match lent, not copied: a match taken out of
        // the array is a copy, its entry's strings retained and released per record.
        func writeMatches(document: String, line: LineReader.Line) throws(OutputError) {
            try matcher.matches(in: line.text).withUnsafeBufferPointer { matches throws(OutputError) in
                for i in matches.indices {
                    writer.write(document: document, line: line, match: matches.baseAddress! + i)
                    try writer.writeLine(to: output)
                }
            }
        }
        if documents.jsonl {
            // Each record a document: its id as document, lines and offsets within its text.
            try documents.forEachDocument(input, output: output, jsonLines: jsonLines) { id, text in
                for line in LineReader.Line.lines(of: text) { try writeMatches(document: id, line: line) }
            }
            return try output.flush()
        }
        try input.forEachLine(flushing: output) { path, line in try writeMatches(document: path, line: line) }
        try output.flush()
    }
}

import ArgumentParser
import Gyeore

struct RomanizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "romanize",
        abstract: "Romanize Korean in the Revised Romanization (rr) or the DPRK system as KCNA writes it (dprk).",
        discussion: """
        Reads TEXT, or standard input line by line when no text is given. Words the glossary knows use
        its recorded forms (김일성 → Kim Il Sung) and people are romanized as names; --name treats the
        whole text as one personal name.
        """
    )

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "rr (Revised Romanization, 2000) or dprk (DPRK system as KCNA prints it).")
    var system: Romanizer.System = .revised

    @Flag(help: "Treat the text as a personal name: surname, then given name.")
    var name = false

    @Flag(help: "Write common words in lower case instead of capitalizing each word.")
    var lowercase = false

    @Flag(help: "RR: write ㄱ ㄷ ㅂ ㅈ + ㅎ as aspirates, as in verbs (잡혀 → japyeo); nouns keep the h.")
    var aspirate = false

    @Flag(help: "RR: insert a hyphen between syllables that could be misread (중앙 → Jung-ang).")
    var hyphenate = false

    @Flag(help: "Ignore the glossary.")
    var noGlossary = false

    @Argument(help: "Text to romanize (standard input when omitted).")
    var text: [String] = []

    @Option(help: "Reject input lines longer than this many bytes.")
    var maxLineBytes: Int = LineReader.defaultMaximumLineBytes

    func run() throws {
        let glossary = noGlossary ? nil : try glossaryOptions.loadIfPresent()
        let romanizer: Romanizer
        do { romanizer = try Romanizer(glossary: glossary) } catch { throw CLIError.internalError("\(error)") }
        var options = Romanizer.Options()
        options.capitalizes = !lowercase
        options.aspiratesBeforeH = aspirate
        options.hyphenatesAmbiguities = hyphenate
        let chosen = system
        let output = OutputWriter()
        if !text.isEmpty {
            try output.writeLine(romanizer.romanize(text.joined(separator: " "), system: chosen, asName: name, options: options))
            try output.flush()
            return
        }
        try InputOptions(files: [], maxLineBytes: maxLineBytes).forEachLine(flushing: output) { _, line in
            try output.writeLine(romanizer.romanize(line.text, system: chosen, asName: name, options: options))
        }
        try output.flush()
    }
}

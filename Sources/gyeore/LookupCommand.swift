import ArgumentParser
import Gyeore

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find a glossary entry by any of its forms (North or South Korean, English, romanized).",
        discussion: """
        Matching ignores case, width, spacing, middle dots and hyphens: 로씨야련방, 러시아연방, 러시아 연방,
        Russian Federation and russian federation all find the same entry. A Latin query no form spells
        is compared with the Revised and DPRK romanizations of every Korean form (Gim Jeong-eun, Rossiya).
        When no entry has it, the proposals set-up generates from field data (NK-HanDic's proper
        nouns and North Korean nouns, the English of Sino-Korean nouns' Hanja in CC-CEDICT;
        deps/glossary-proposals) are searched, and what is found is printed marked "proposed": not
        reviewed, and never used in matching or conversion. A miss there too exits with status 1
        and suggests the closest entries.
        """
    )

    @Option(help: ArgumentHelp("Folder holding the generated proposals (default: ./deps, then $GYEORE_DICTIONARIES).", valueName: "dir"))
    var dictionaryDir: String?

    @Flag(help: "Never search the proposals: reviewed entries only.")
    var reviewedOnly = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Flag(help: "Write one JSON object per entry found.")
    var json = false

    @Argument(help: "The term to look up (several words are joined with spaces).")
    var term: [String]

    func run() throws {
        let glossary = try glossaryOptions.load()
        let query = term.joined(separator: " ")
        var found = glossary.lookup(query)
        // A South Korean spelling of a form written as the North does (이철만 for 리철만).
        if found.isEmpty { found = glossary.lookup(southernSpellingOf: query) }
        // No row spells it: a romanization of a Korean form, in either system (Gim Jeong-eun, Rossiya).
        if found.isEmpty, query.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }), let systematic = try? Romanizer() {
            found = RomanizedIndex(glossary: glossary, romanizer: systematic).lookup(query)
        }
        let output = OutputWriter()
        if found.isEmpty && !reviewedOnly, let path = GlossaryProposals.locate(folder: dictionaryDir) {
            // One pass over the file, no index: a lookup reads a few of its 94,000 rows.
            let matches: [GlossaryProposal]
            do { matches = try GlossaryProposals.lookup(query, inFileAt: path) } catch { throw CLIError.input(error) }
            if !matches.isEmpty {
                let romanizer = try? Romanizer(glossary: glossary)
                let jsonLines = JSONLines()
                for proposal in matches {
                    let record = EntryRecord(proposal, query: query, file: path, romanizer: romanizer)
                    if json { try output.writeLine(jsonLines.line(record)) } else { try output.write(record.text) }
                }
                try output.flush()
                return
            }
        }
        guard !found.isEmpty else {
            let suggestions = glossary.suggestions(for: query)
            var message = "gyeore: no glossary entry for '\(query)'"
            if !suggestions.isEmpty {
                message += "; did you mean " + suggestions.map { "\($0.form) (\($0.entry.id))" }.joined(separator: ", ") + "?"
            }
            throw CLIError.findings(message)
        }
        // Built only when there is something to print: it indexes every entry.
        let romanizer = try? Romanizer(glossary: glossary)
        let jsonLines = JSONLines()
        for entry in found {
            let record = EntryRecord(entry, query: query, glossary: glossary, romanizer: romanizer)
            if json { try output.writeLine(jsonLines.line(record)) } else { try output.write(record.text) }
        }
        try output.flush()
    }
}

/// An entry as `lookup` prints it.
struct EntryRecord: Encodable {
    struct Form: Encodable {
        var text: String
        var field: String
        var tags: [String]
        var canonical: Bool
    }
    var id: String
    var kind: String
    var query: String
    var sk: String
    var nk: String
    var en: String
    var rr: String
    var dprk: String
    var forms: [Form]
    var note: String
    var source: String
    /// The glossary file that holds the entry (or the proposals file), and its line there: the
    /// `document` and `line` of every record name where the record's text stands.
    var document: String
    var line: Int
    var version = RecordVersion.current
    /// `reviewed` (a glossary entry) or `proposed` (generated from field data, not reviewed).
    var status = "reviewed"

    init(_ entry: GlossaryEntry, query: String, glossary: Glossary, romanizer: Romanizer?) {
        id = entry.id
        kind = entry.kind.rawValue
        self.query = query
        sk = entry.southKorean
        nk = entry.northKorean
        en = entry.english
        rr = entry.forms(.rr).first?.text ?? romanizer?.romanize(entry.southKorean, system: .revised, asName: entry.kind == .person) ?? ""
        dprk = entry.forms(.dprk).first?.text ?? romanizer?.romanize(entry.northKorean, system: .dprk, asName: entry.kind == .person) ?? ""
        forms = entry.forms.map { Form(text: $0.text, field: $0.field.rawValue, tags: $0.tags.map(\.rawValue).sorted(), canonical: $0.isCanonical) }
        note = entry.note
        source = entry.source
        document = entry.location.file
        line = entry.location.line
    }

    /// A proposal as `lookup` prints it: the forms it has, marked proposed.
    init(_ proposal: GlossaryProposal, query: String, file: String, romanizer: Romanizer?) {
        id = "proposed:\(proposal.line)"
        kind = proposal.kind.rawValue
        self.query = query
        sk = proposal.southKorean
        nk = proposal.northKorean
        en = proposal.english.first ?? ""
        // A foreign name has its own Latin spelling (Zhào Lèjì): a Korean romanization of its
        // Hangul would mislead. Korean forms are romanized as the glossary's are.
        let korean = proposal.southKorean.isEmpty ? proposal.northKorean : proposal.southKorean
        let foreign = proposal.kind != .term && !proposal.english.isEmpty
        rr = foreign ? "" : romanizer?.romanize(korean, system: .revised, asName: proposal.kind == .person) ?? ""
        dprk = foreign ? "" : romanizer?.romanize(proposal.northKorean.isEmpty ? korean : proposal.northKorean, system: .dprk, asName: proposal.kind == .person) ?? ""
        var forms: [Form] = []
        if !proposal.southKorean.isEmpty { forms.append(Form(text: proposal.southKorean, field: "sk", tags: [], canonical: true)) }
        if !proposal.northKorean.isEmpty { forms.append(Form(text: proposal.northKorean, field: "nk", tags: [], canonical: true)) }
        if !proposal.hanja.isEmpty { forms.append(Form(text: proposal.hanja, field: "ko_other", tags: ["hanja"], canonical: false)) }
        for (index, word) in proposal.english.enumerated() { forms.append(Form(text: word, field: index == 0 ? "en" : "en_other", tags: [], canonical: index == 0)) }
        self.forms = forms
        note = proposal.note
        source = proposal.source
        document = file
        line = proposal.line
        status = "proposed"
    }

    var text: String {
        func list(_ field: GlossaryForm.Field) -> String {
            let items = forms.filter { $0.field == field.rawValue }
            guard !items.isEmpty else { return "—" }
            return items.map { $0.tags.isEmpty ? $0.text : "\($0.text) (\($0.tags.joined(separator: ", ")))" }.joined(separator: "; ")
        }
        var lines = [status == "proposed" ? "\(id) (\(kind); proposed, not reviewed)" : "\(id) (\(kind))"]
        lines.append("  South Korean:  \(list(.sk))")
        lines.append("  North Korean:  \(forms.contains { $0.field == "nk" } ? list(.nk) : "— (as in the South)")")
        lines.append("  Other Korean:  \(list(.koOther))")
        lines.append("  English:       \(list(.en))")
        lines.append("  Other English: \(list(.enOther))")
        lines.append("  Romanization:  RR \(rr.isEmpty ? "—" : rr); DPRK \(dprk.isEmpty ? "—" : dprk)")
        if !note.isEmpty { lines.append("  Note:          \(note)") }
        lines.append("  Source:        \(source)")
        lines.append("  Defined at:    \(document):\(line)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Romanizes Korean in the South's Revised Romanization (2000) or the DPRK's own system as
/// KCNA prints it, applying each system's sound-change rules.
///
/// ICU's `Hangul-Latin` transliterates letter by letter and follows neither standard, so the
/// systems are implemented here from their published rules; letter values, assimilation
/// rules and surname forms are data under `Resources/romanization/`.
///
/// ```swift
/// let romanizer = try Romanizer()
/// romanizer.romanize("독립문", system: .revised)              // "Dongnimmun"
/// romanizer.romanize("리선권", system: .dprk, asName: true)    // "Ri Son Gwon"
/// ```
/// With a glossary, recorded forms win (김일성 → Kim Il Sung) and person entries are
/// romanized as names.
public struct Romanizer: Sendable {
    /// A romanization system.
    public enum System: String, Sendable, CaseIterable {
        /// Revised Romanization of Korean (South Korea, 2000).
        case revised = "rr"
        /// The DPRK system (1992/2002) as KCNA prints it.
        case dprk
    }

    /// Choices within a system.
    public struct Options: Sendable {
        /// Write ㄱ ㄷ ㅂ ㅈ + ㅎ as aspirated sounds (잡혀 → japyeo), as RR does in verbs. Off by
        /// default: RR keeps the h in nouns (묵호 → Mukho), and names and places are nouns.
        public var aspiratesBeforeH = false
        /// Capitalize each word (proper nouns). Off: common words in lower case (같이 → gachi).
        public var capitalizes = true
        /// RR: a hyphen where syllables could be misread (중앙 → Jung-ang, 해운대 → Hae-undae).
        /// Off by default: RR allows it, and official names omit it (Yongin, Haeundae).
        public var hyphenatesAmbiguities = false
        /// Creates default options.
        public init() {}
    }

    private struct Letters: Sendable {
        var initial: [Character: String] = [:]
        var vowel: [Character: String] = [:]
        var final: [String: String] = [:]
    }

    private let letters: [System: Letters]
    private let assimilation: [System: [String: (final: String, initial: Character)]] // key "K|ㄴ"
    private let surnames: [String: [System: String]]
    private let pronunciations: [String: String]
    /// The glossary whose Korean forms are romanized as recorded.
    private let glossary: Glossary?

    /// Loads the romanization tables, and the glossary's recorded forms when one is given.
    public init(glossary: Glossary? = nil) throws(ResourceError) {
        var letters: [System: Letters] = [.revised: Letters(), .dprk: Letters()]
        let jamoPath = "romanization/jamo.tsv"
        for row in try ResourceFile.rows(jamoPath, minimumColumns: 4) {
            let (type, jamo, rr, dprk) = (row.fields[0], row.fields[1], row.fields[2], row.fields[3])
            for (system, value) in [(System.revised, rr), (.dprk, dprk)] {
                switch type {
                case "initial": letters[system]!.initial[Character(jamo)] = value
                case "vowel": letters[system]!.vowel[Character(jamo)] = value
                case "final": letters[system]!.final[jamo] = value
                default: throw ResourceError(file: jamoPath, line: row.line, message: "type must be initial, vowel or final")
                }
            }
        }
        var assimilation: [System: [String: (final: String, initial: Character)]] = [.revised: [:], .dprk: [:]]
        let rulesPath = "romanization/assimilation.tsv"
        for row in try ResourceFile.rows(rulesPath, minimumColumns: 5) {
            let systems: [System]
            switch row.fields[0] {
            case "both": systems = [.revised, .dprk]
            case "rr": systems = [.revised]
            case "dprk": systems = [.dprk]
            default: throw ResourceError(file: rulesPath, line: row.line, message: "system must be rr, dprk or both")
            }
            guard let initial = row.fields[2].first, let newInitial = row.fields[4].first else {
                throw ResourceError(file: rulesPath, line: row.line, message: "initial letters must not be empty")
            }
            for system in systems { assimilation[system]!["\(row.fields[1])|\(initial)"] = (row.fields[3], newInitial) }
        }
        var surnames: [String: [System: String]] = [:]
        for row in try ResourceFile.rows("romanization/surnames.tsv", minimumColumns: 3) {
            surnames[row.fields[0]] = [.revised: row.fields[1], .dprk: row.fields[2]]
        }
        var pronunciations: [String: String] = [:]
        for row in try ResourceFile.rows("romanization/pronunciations.tsv", minimumColumns: 2) {
            pronunciations[row.fields[0]] = row.fields[1]
        }
        self.pronunciations = pronunciations
        self.letters = letters
        self.assimilation = assimilation
        self.surnames = surnames
        // Looked up word by word, not indexed here: a glossary of 100,000 entries would
        // cost every command that romanizes a quarter of a second before its first word.
        self.glossary = glossary
    }

    /// The entry whose Korean form (not a homograph) `word` is; of several, the last in
    /// glossary order.
    private func recordedEntry(_ word: String) -> GlossaryEntry? {
        guard let glossary else { return nil }
        let key = glossary.key(word)
        return glossary.lookup(key: key).last { entry in
            entry.forms.contains { $0.field.isKorean && !$0.tags.contains(.homograph) && glossary.key($0.text) == key }
        }
    }

    /// Romanizes running text: each run of Hangul is one word; everything else is kept.
    /// Words the glossary knows take its recorded form, and people are romanized as names.
    public func romanize(_ text: String, system: System, asName: Bool = false, options: Options = Options()) -> String {
        if asName { return romanizeName(text.filter { $0 != " " }, system: system, options: options) }
        var result = ""
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty else { return }
            result += romanizeWord(String(scalars: word), system: system, options: options)
            word.removeAll()
        }
        for scalar in text.unicodeScalars {
            if (0xAC00...0xD7A3).contains(scalar.value) { word.append(scalar) } else { flush(); result.unicodeScalars.append(scalar) }
        }
        flush()
        return result
    }

    private func romanizeWord(_ word: String, system: System, options: Options) -> String {
        if let known = recordedEntry(word) {
            if let form = (system == .revised ? known.forms(.rr) : known.forms(.dprk)).first?.text { return form }
            if known.kind == .person { return romanizeName(word, system: system, options: options) }
        }
        let spoken = pronunciations[word] ?? word
        let syllables = spoken.unicodeScalars.compactMap(HangulSyllable.init)
        return spell(syllables, system: system, options: options, applySoundChanges: true)
    }

    /// A personal name: surname, then the given name. RR writes the given name's syllables
    /// without sound changes, joined by a hyphen (Kim Jeong-eun); the DPRK writes each syllable
    /// separately (Kim Jong Un), voicing ㄱ ㄷ ㅂ after a vowel or n, m, ng, l (Ri Son Gwon).
    public func romanizeName(_ name: String, system: System, options: Options = Options()) -> String {
        let syllables = name.unicodeScalars.compactMap(HangulSyllable.init)
        guard syllables.count > 1 else { return spell(syllables, system: system, options: options, applySoundChanges: false) }
        let scalars = Array(name.unicodeScalars)
        let surnameLength = scalars.count > 2 && surnames[String(scalars: Array(scalars[0..<2]))] != nil ? 2 : 1
        let surnameText = String(scalars: Array(scalars[0..<surnameLength]))
        let surname = surnames[surnameText]?[system]
            ?? capitalized(spell(Array(syllables[0..<surnameLength]), system: system, options: options, applySoundChanges: true))
        let given = Array(syllables[surnameLength...])
        var parts: [String] = []
        for (i, syllable) in given.enumerated() {
            // Each syllable alone; the DPRK voices its first letter after a vowel or a resonant.
            var text = spell([syllable], system: system, options: options, applySoundChanges: false)
            if system == .dprk, i > 0, isVoicingContext(after: given[i - 1]), let voiced = voicedInitial(syllable.initial) {
                text = voiced + text.dropFirst(1)
            }
            parts.append(text.lowercased())
        }
        let givenText = system == .revised
            ? capitalized(parts.joined(separator: "-"))
            : parts.map(capitalized).joined(separator: " ")
        return "\(surname) \(givenText)"
    }

    // MARK: - Spelling

    private func spell(_ input: [HangulSyllable], system: System, options: Options, applySoundChanges: Bool) -> String {
        var syllables = input
        guard !syllables.isEmpty else { return "" }
        if applySoundChanges { resyllabify(&syllables, options: options) }
        // Reduce finals to their sound class, then apply the assimilation table.
        var finals: [String?] = syllables.map { $0.final.map(HangulSyllable.finalClass) }
        if applySoundChanges {
            for i in 0..<(syllables.count - 1) {
                guard let final = finals[i], let rule = assimilation[system]!["\(final)|\(syllables[i + 1].initial)"] else { continue }
                finals[i] = rule.final
                syllables[i + 1].initial = rule.initial
            }
        }
        let table = letters[system]!
        var pieces: [String] = []
        for (i, syllable) in syllables.enumerated() {
            var initial = table.initial[syllable.initial] ?? ""
            if i > 0 {
                if syllable.initial == "ㄹ", finals[i - 1] == "L" { initial = "l" } // ㄹㄹ is ll
                if system == .dprk, isVoicingContext(vowelFinal: finals[i - 1]), let voiced = voicedInitial(syllable.initial) {
                    initial = voiced
                }
            }
            let final = finals[i].map { table.final[$0] ?? "" } ?? ""
            pieces.append(initial + (table.vowel[syllable.vowel] ?? "") + final)
        }
        var word = pieces[0]
        for i in 1..<pieces.count {
            if system == .revised && options.hyphenatesAmbiguities && isAmbiguous(previous: pieces[i - 1], next: pieces[i], nextInitial: syllables[i].initial) {
                word += "-"
            }
            word += pieces[i]
        }
        return options.capitalizes ? capitalized(word) : word
    }

    /// Liaison, ㅎ and palatalization (표준 발음법 12-17항; RR article 3(1) 3-4).
    private func resyllabify(_ syllables: inout [HangulSyllable], options: Options) {
        for i in 0..<(syllables.count - 1) {
            guard let final = syllables[i].final else { continue }
            let next = syllables[i + 1]
            if next.initial == "ㅇ" {
                switch final {
                case "ㅇ": continue
                case "ㅎ": syllables[i].final = nil
                case "ㄶ": syllables[i].final = nil; syllables[i + 1].initial = "ㄴ"
                case "ㅀ": syllables[i].final = nil; syllables[i + 1].initial = "ㄹ"
                case "ㄷ" where next.vowel == "ㅣ": syllables[i].final = nil; syllables[i + 1].initial = "ㅈ"
                case "ㅌ" where next.vowel == "ㅣ": syllables[i].final = nil; syllables[i + 1].initial = "ㅊ"
                case "ㄾ" where next.vowel == "ㅣ": syllables[i].final = "ㄹ"; syllables[i + 1].initial = "ㅊ"
                default:
                    let (stays, moves) = HangulSyllable.split(final)
                    syllables[i].final = stays
                    syllables[i + 1].initial = moves
                }
            } else if ["ㅎ", "ㄶ", "ㅀ"].contains(final), let aspirated = Self.aspirated[next.initial], next.initial != "ㅂ" {
                // 좋고 → joko, 놓다 → nota, 낳지 → nachi
                syllables[i].final = final == "ㅎ" ? nil : (final == "ㄶ" ? "ㄴ" : "ㄹ")
                syllables[i + 1].initial = aspirated
            } else if next.initial == "ㅎ", (final == "ㄷ" || final == "ㅌ"), next.vowel == "ㅣ" {
                // Palatalization before 히 (표준 발음법 17항): 굳히다 → guchida.
                syllables[i].final = nil
                syllables[i + 1].initial = "ㅊ"
            } else if next.initial == "ㅎ", options.aspiratesBeforeH, ["K", "T", "P"].contains(HangulSyllable.finalClass(final)) {
                let (stays, moves) = HangulSyllable.split(final)
                let base: Character
                switch HangulSyllable.finalClass(String(moves).first!) {
                case "K": base = "ㅋ"
                case "P": base = "ㅍ"
                default: base = next.vowel == "ㅣ" || next.vowel == "ㅕ" ? "ㅊ" : (moves == "ㅈ" ? "ㅊ" : "ㅌ") // 굳히다 → guchida
                }
                syllables[i].final = stays
                syllables[i + 1].initial = base
            }
        }
    }

    private static let aspirated: [Character: Character] = ["ㄱ": "ㅋ", "ㄷ": "ㅌ", "ㅈ": "ㅊ", "ㅂ": "ㅍ"]

    private func voicedInitial(_ initial: Character) -> String? {
        switch initial {
        case "ㄱ": return "g"
        case "ㄷ": return "d"
        case "ㅂ": return "b"
        default: return nil
        }
    }

    private func isVoicingContext(after syllable: HangulSyllable) -> Bool {
        isVoicingContext(vowelFinal: syllable.final.map(HangulSyllable.finalClass))
    }

    /// A vowel (no final) or a resonant final (n, m, ng, l) voices a following plain stop.
    private func isVoicingContext(vowelFinal final: String?) -> Bool {
        guard let final else { return true }
        return ["N", "M", "NG", "L"].contains(final)
    }

    /// RR article 3(2): a hyphen may separate syllables that could be read otherwise.
    private func isAmbiguous(previous: String, next: String, nextInitial: Character) -> Bool {
        guard nextInitial == "ㅇ", let first = next.first, first != "y", first != "w" else { return false }
        if previous.hasSuffix("ng") { return true }                         // 중앙 Jung-ang
        guard let last = previous.last else { return false }
        return ["ae", "eo", "eu", "oe", "ui"].contains(String(last) + String(first)) // 해운대 Hae-undae
    }

    private func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}

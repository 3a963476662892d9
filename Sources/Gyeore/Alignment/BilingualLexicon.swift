/// Korean ↔ English counterparts, as concepts both languages' words map to: a concept is a row
/// of `data/bilingual-lexicon.tsv` (spelled) or `data/bilingual-lemmas.tsv` (by lemma), or a
/// glossary entry.
///
/// A Korean word maps to the concepts whose Korean form starts it (핵 in 핵단추가), or lies
/// inside it when two syllables or more (사정권 in 핵타격사정권안에), and to the lemma rows of the
/// lemmas an analyzer reads in it (``concepts(lemmas:)``: 보다01 in 보게); an English word or
/// phrase to the concepts it renders. Two renderings in different languages are compared by how many of
/// their content words find a counterpart on the other side.
public struct BilingualLexicon: Sendable {
    private var korean: [String: [UInt32]] = [:]
    /// The concepts of the lemma rows (`data/bilingual-lemmas.tsv`), by HanDic lemma (보다01).
    private var lemmaConcepts: [String: [UInt32]] = [:]
    private let koreanPrefixes: Set<String>
    private var english: [[String]: [UInt32]] = [:]
    /// The concepts of the one-word English forms by their ``inflectionStem(_:)``: a word of a
    /// text no form spells out (developing, deepened, firmly) finds the senses of the form it
    /// inflects (develop, deepen, firm).
    private let englishStems: [String: [UInt32]]
    private let longestKorean: Int
    private let longestEnglish: Int
    /// English function words: no content.
    public let functionWords: Set<String>
    /// British spellings and the American ones English is compared in (`data/english-spellings.tsv`),
    /// and the words whose final s is no plural, each mapped to itself (`data/english-words-in-s.tsv`).
    public let americanSpellings: [String: String]
    /// Korean function words and light verbs (것, 수, 있다, 하다, 위해): no content.
    public let koreanFunctionWords: Set<String>
    /// Light verbs and the verbs of postpositional phrases as HanDic writes their lemmas (하다01,
    /// 위하다01): a word whose content morphemes are all among them is a function word in any
    /// form (했다, 한다, 위한), which ``isKoreanFunctionWord(_:)``'s spelling misses
    /// (``isKoreanFunctionWord(lemmas:)``).
    public let functionLemmas: Set<String>
    /// The one-syllable function words that are one only alone or before a particle or the
    /// copula (것이다, 이를; not 이번, 나라): `korean-function-words.tsv`'s `particles` rows.
    let particleTakers: Set<String>
    /// The particles (and particle sequences) that may follow them (`korean-particles.tsv`).
    let koreanParticles: Set<String>
    /// The copula's first syllables (이다, 입니다, 인, 일, 임, 였다): a word part starting with
    /// one is the copula and its ending.
    let copulaSyllables: Set<Unicode.Scalar>
    /// How a word of negation matches a word of a text (`data/negation-words.tsv`).
    enum NegationMatch: String { case word, prefix, suffix, contains }
    /// Words of negation by language, each with how it matches a word (``isNegated(_:language:)``).
    let negationWords: [String: [(form: String, match: NegationMatch)]]
    /// The longest function word, in syllables.
    let longestFunctionWord: Int
    /// Sino-Korean nouns with the English words of their Hanja, when set-up generated them.
    public let hanja: HanjaGlosses?

    /// The concepts of the glossary's people and titles (Xi Jinping, Comrade, General Secretary):
    /// who speaks or is spoken of, not what is said.
    public let nameConcepts: Set<UInt32>

    /// Loads the bundled lexicon and function words; glossary entries add concepts (their
    /// Korean forms and English forms), numbered after the lexicon's rows. Hanja glosses, when
    /// given, add a gloss concept to Korean words the lexicon and glossary do not list
    /// (``glossConcepts(koreanWord:)``) and to every English content word.
    /// `bundled: false` leaves out the curated rows (to measure what field data alone gives).
    public init(glossary: Glossary?, hanja: HanjaGlosses? = nil, bundled: Bool = true) throws(ResourceError) {
        self.hanja = hanja
        // Spelling is normalization, not a curated sense: read whether or not the rows are.
        var spellings = Dictionary(try ResourceFile.rows("data/english-spellings.tsv", minimumColumns: 3).map { ($0.fields[0], $0.fields[1]) }, uniquingKeysWith: { first, _ in first })
        // Words whose final s is no plural: each read as itself, before any -s is dropped.
        for row in try ResourceFile.rows("data/english-words-in-s.tsv", minimumColumns: 2) {
            guard row.fields[0].hasSuffix("s") else {
                throw ResourceError(file: "data/english-words-in-s.tsv", line: row.line, message: "a word here ends in s, not '\(row.fields[0])'")
            }
            spellings[row.fields[0]] = row.fields[0]
        }
        americanSpellings = spellings
        var korean: [String: [UInt32]] = [:]
        var english: [[String]: [UInt32]] = [:]
        let spelled = bundled ? try ResourceFile.rows("data/bilingual-lexicon.tsv", minimumColumns: 3) : []
        // Lemma rows are numbered after the spelled ones and share their English: a lemma row's
        // English words find it as a spelled row's find that row.
        let lemmaRows = bundled ? try ResourceFile.rows("data/bilingual-lemmas.tsv", minimumColumns: 3) : []
        for row in lemmaRows where row.fields[0].unicodeScalars.last.map({ !("0"..."9").contains($0) && !(0xAC00...0xD7A3).contains($0.value) }) ?? true {
            throw ResourceError(file: "data/bilingual-lemmas.tsv", line: row.line, message: "a lemma is HanDic's dictionary form, with its homograph number where HanDic gives one (보다01), not '\(row.fields[0])'")
        }
        let rows = spelled + lemmaRows
        // A row may name several Korean words of one sense (쌍방,양측: both sides), so that two
        // Korean renderings meet through it as a Korean and an English one do.
        let koreanForms = spelled.map { $0.fields[0].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            + lemmaRows.map { _ in [String]() }
        for (index, forms) in koreanForms.enumerated() { for form in forms { korean[form, default: []].append(UInt32(index)) } }
        var lemmaConcepts: [String: [UInt32]] = [:]
        for (offset, row) in lemmaRows.enumerated() { lemmaConcepts[row.fields[0], default: []].append(UInt32(spelled.count + offset)) }
        self.lemmaConcepts = lemmaConcepts
        for (index, row) in rows.enumerated() {
            // An English word also carries the senses of the rows whose Korean form begins its
            // own row's (successfully, 성과적, is also success, 성과): a Korean word takes every
            // form that starts it, so both renderings of 성과적으로 meet the English of either.
            var senses = [UInt32(index)]
            for form in koreanForms[index] {
                let scalars = Array(form.unicodeScalars)
                if scalars.count > 2 {
                    for length in 2..<scalars.count { senses += korean[String(scalars: scalars[..<length])] ?? [] }
                }
            }
            for form in row.fields[1].split(separator: ",") {
                english[Self.englishWords(String(form), spellings: spellings), default: []].append(contentsOf: senses)
            }
        }
        var names = Set<UInt32>()
        if let glossary {
            // General vocabulary (kind `word`) takes no part: the curated rows and the Hanja
            // glosses speak for a text's own words.
            let concepts = Self.glossaryConcepts(ids: glossary.entries.filter { !$0.isLookupOnly }.map(\.id), rows: rows.count)
            for entry in glossary.entries where !entry.isLookupOnly {
                guard let concept = concepts[entry.id] else { continue }
                if [.person, .title, .organization, .outlet].contains(entry.kind) { names.insert(concept) }
                for form in entry.forms where [.sk, .nk, .koOther].contains(form.field) {
                    let key = String(form.text.unicodeScalars.filter { !$0.properties.isWhitespace })
                    if key.unicodeScalars.count >= 2 { korean[key, default: []].append(concept) }
                }
                for form in entry.forms where [.en, .enOther, .rr, .dprk].contains(form.field) {
                    let words = Self.englishWords(form.text, spellings: spellings)
                    if !words.isEmpty { english[words, default: []].append(concept) }
                }
            }
            // English names a country by its adjective where Korean names it (the Russian side,
            // 러시아 측): the adjective takes the concepts of the country's English form.
            for row in try ResourceFile.rows("data/english-demonyms.tsv", minimumColumns: 3) {
                guard let concepts = english[Self.englishWords(row.fields[1], spellings: spellings)] else { continue }
                let adjective = Self.englishWords(row.fields[0], spellings: spellings)
                for concept in concepts where !(english[adjective]?.contains(concept) ?? false) { english[adjective, default: []].append(concept) }
            }
        }
        self.korean = korean
        nameConcepts = names
        // Every proper prefix of a form: reading can stop as soon as the text is none of them.
        var prefixes = Set<String>()
        for form in korean.keys {
            var prefix = String.UnicodeScalarView()
            for scalar in form.unicodeScalars.dropLast() { prefix.append(scalar); prefixes.insert(String(prefix)) }
        }
        koreanPrefixes = prefixes
        self.english = english
        var stems: [String: [UInt32]] = [:]
        for (words, concepts) in english where words.count == 1 {
            let stem = Self.inflectionStem(words[0])
            for concept in concepts where !(stems[stem]?.contains(concept) ?? false) { stems[stem, default: []].append(concept) }
        }
        englishStems = stems
        longestKorean = korean.keys.map { $0.unicodeScalars.count }.max() ?? 1
        longestEnglish = english.keys.map(\.count).max() ?? 1
        // Each as listed and as the text's words are read (does → doe, as a plural's -s goes).
        functionWords = Set(try ResourceFile.rows("data/english-function-words.tsv", minimumColumns: 1).flatMap { [$0.fields[0]] + Self.englishWords($0.fields[0]) })
        let functionRows = try ResourceFile.rows("data/korean-function-words.tsv", minimumColumns: 2)
        for row in functionRows where !["particles", "endings", "lemma"].contains(row.fields[1]) {
            throw ResourceError(file: "data/korean-function-words.tsv", line: row.line, message: "the second field must be `particles`, `endings` or `lemma`, not `\(row.fields[1])`")
        }
        koreanFunctionWords = Set(functionRows.filter { $0.fields[1] != "lemma" }.map { $0.fields[0] })
        functionLemmas = Set(functionRows.filter { $0.fields[1] == "lemma" }.map { $0.fields[0] })
        particleTakers = Set(functionRows.filter { $0.fields[1] == "particles" }.map { $0.fields[0] })
        longestFunctionWord = functionRows.map { $0.fields[0].unicodeScalars.count }.max() ?? 1
        var negation: [String: [(form: String, match: NegationMatch)]] = [:]
        for row in try ResourceFile.rows("data/negation-words.tsv", minimumColumns: 3) {
            guard let match = NegationMatch(rawValue: row.fields[2]) else {
                throw ResourceError(file: "data/negation-words.tsv", line: row.line, message: "match must be word, prefix, suffix or contains, not `\(row.fields[2])`")
            }
            negation[row.fields[0], default: []].append((row.fields[1], match))
        }
        negationWords = negation
        let particleRows = try ResourceFile.rows("data/korean-particles.tsv", minimumColumns: 2)
        koreanParticles = Set(particleRows.map { $0.fields[0] })
        copulaSyllables = Set(particleRows.filter { $0.fields[1] == "copula" }.compactMap { $0.fields[0].unicodeScalars.first })
    }

    /// Whether a text in `language` (`ko`, `en`) holds a word of negation
    /// (`data/negation-words.tsv`): not, never or -n't in English (the table lists no Korean).
    public func isNegated(_ text: String, language: String) -> Bool {
        guard let forms = negationWords[language] else { return false }
        let lowered = language == "en" ? text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") : text
        for word in lowered.split(whereSeparator: { $0.isWhitespace || ($0.isPunctuation && $0 != "'") }) {
            for (form, match) in forms {
                switch match {
                case .word: if word == form { return true }
                case .prefix: if word.hasPrefix(form) { return true }
                case .suffix: if word.hasSuffix(form) { return true }
                case .contains: if word.contains(form) { return true }
                }
            }
        }
        return false
    }

    /// Whether a Korean word is a function word or light verb with its particles or endings
    /// (것이다, 수도, 있으며, 하여야, 위해서): a listed word starts it and it is short, and a
    /// listed noun, pronoun or adverb of one syllable is followed by nothing but a particle or
    /// the copula (이를 and 것입니다, not 이번 or 수준).
    public func isKoreanFunctionWord(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars.filter { (0xAC00...0xD7A3).contains($0.value) })
        guard !scalars.isEmpty, scalars.count <= 4 else { return false }
        for length in 1...min(longestFunctionWord, scalars.count) {
            let head = String(scalars: scalars[..<length])
            guard koreanFunctionWords.contains(head) else { continue }
            guard particleTakers.contains(head), length < scalars.count else { return true }
            let rest = scalars[length...]
            if copulaSyllables.contains(rest[rest.startIndex]) || koreanParticles.contains(String(scalars: rest)) { return true }
        }
        return false
    }

    /// Whether a word whose content morphemes an analyzer read as `lemmas` carries no content:
    /// it has some, and each is a light verb or the verb of a postpositional phrase
    /// (``functionLemmas``). 했다 and 위한 are; 수행하는 (수행) and 한 'one' (a determiner) are not.
    public func isKoreanFunctionWord(lemmas: [String]) -> Bool {
        !lemmas.isEmpty && lemmas.allSatisfy(functionLemmas.contains)
    }

    /// English words of a text as this lexicon compares them (``englishWords(_:spellings:)``
    /// with the American spelling of each British one).
    public func englishWords(_ text: String) -> [String] { Self.englishWords(text, spellings: americanSpellings) }

    /// ``englishWords(_:)`` with where each word stands in `text`, in Unicode scalars: the
    /// letters as written, without a possessive 's or a full stop after the word (U.S. keeps its
    /// own).
    public func locatedEnglishWords(_ text: String) -> [(word: String, range: Range<Int>)] {
        Self.locatedEnglishWords(text, spellings: americanSpellings)
    }

    /// English words of a text: letters and digits, lower case, a plural -s dropped, then a
    /// British spelling as its American one when `spellings` lists it (honour, defence,
    /// manoeuvre); U.S. and US (in capitals) read as `usa`, so as not to be the pronoun.
    public static func englishWords(_ text: String, spellings: [String: String] = [:]) -> [String] {
        locatedEnglishWords(text, spellings: spellings).map(\.word)
    }

    /// ``englishWords(_:spellings:)`` with each word's range of scalars in `text`.
    static func locatedEnglishWords(_ text: String, spellings: [String: String] = [:]) -> [(word: String, range: Range<Int>)] {
        var words: [(word: String, range: Range<Int>)] = []
        var current = ""
        var capitals = 0
        var start = 0, offset = 0
        func finish() {
            guard !current.isEmpty else { return }
            var word = current.lowercased()
            var end = offset
            if (word == "us" && capitals == 2) || word == "u.s" || word == "u.s." { word = "usa" }
            word = word.replacingOccurrences(of: ".", with: "")
            if word.hasSuffix("'s") || word.hasSuffix("’s") {
                word.removeLast(2)
                end -= 2
            }
            if word.hasSuffix("s"), let asWritten = spellings[word] {
                // A word whose s is no plural (news, means, always: data/english-words-in-s.tsv).
                word = asWritten
            } else {
                if word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") { word.removeLast() }
                // A plural in -ies is the singular in -y (countries, parties, allies): both are read
                // in -y, and so is a word ending in -ie itself (movie, movies), so that each pair
                // stays one word.
                if word.count > 4 && word.hasSuffix("ie") { word.removeLast(2); word += "y" }
                if let american = spellings[word] { word = american }
            }
            // A full stop ending the token is punctuation, not part of the word (U.S. keeps it).
            if current.unicodeScalars.last == "." && word != "usa" { end -= 1 }
            if !word.isEmpty { words.append((word, start..<max(start, end))) }
            current = ""
            capitals = 0
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || ((scalar == "." || scalar == "'" || scalar == "’") && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
                if scalar.properties.isUppercase { capitals += 1 }
            } else {
                finish()
            }
            offset += 1
        }
        finish()
        // A trailing full stop is punctuation, not part of an abbreviation.
        return words.map { $0.word.hasSuffix(".") ? (String($0.word.dropLast()), $0.range) : $0 }
    }

    /// The concepts of the lemma rows naming these lemmas (HanDic's, with homograph numbers:
    /// ``KoreanLemmatizer``).
    public func concepts(lemmas: [String]) -> Set<UInt32> {
        var found = Set<UInt32>()
        for lemma in lemmas { found.formUnion(lemmaConcepts[lemma] ?? []) }
        return found
    }

    /// The concepts of each Korean word (eojeol) of a normalized text: every listed form that
    /// starts the word, or lies inside it when two syllables or more. Forms are found by walking
    /// out from each start while the text read so far begins some form.
    public func concepts(koreanWords words: [String]) -> [Set<UInt32>] {
        words.map { word in
            let scalars = Array(word.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            var found = Set<UInt32>()
            for start in scalars.indices {
                var key = String.UnicodeScalarView()
                for end in start..<min(scalars.count, start + longestKorean) {
                    key.append(scalars[end])
                    let text = String(key)
                    if (start == 0 || end > start), let concepts = korean[text] { found.formUnion(concepts) }
                    // A verb stem ending in a vowel takes an ending as its last syllable's final
                    // consonant (바라 → 바란다, 바랍니다, 바랄, 바랐다): the stem is found there too.
                    if start == 0, end > start, let stem = Self.withoutEndingConsonant(key), let concepts = korean[stem] { found.formUnion(concepts) }
                    // A stem ending in ㅣ, ㅗ, ㅜ or ㅚ contracts with the ending -어/-아 (합치 →
                    // 합쳐, 이루 → 이뤄, 되 → 돼), past tense too (지켰다): found there as well.
                    if start == 0, end > start, let stem = Self.uncontracted(key), let concepts = korean[stem] { found.formUnion(concepts) }
                    if !koreanPrefixes.contains(text) { break }
                }
            }
            return found
        }
    }

    /// The final consonants an ending adds to a vowel-final stem's last syllable: ㄴ (-ㄴ다,
    /// -ㄴ), ㄹ (-ㄹ), ㅁ (-ㅁ), ㅂ (-ㅂ니다) and the ㅆ of a contracted past (-았/-었).
    static let endingFinals: Set<UInt32> = [4, 8, 16, 17, 20]

    /// A text whose last Hangul syllable carries one of ``endingFinals``, with that final taken
    /// off (바란 → 바라); nil otherwise.
    static func withoutEndingConsonant(_ text: String.UnicodeScalarView) -> String? {
        guard let last = text.last, let final = Jamo.indices(last).map({ UInt32($0.tail) }),
              endingFinals.contains(final), let open = Unicode.Scalar(last.value - final) else { return nil }
        var stem = String.UnicodeScalarView(text.dropLast())
        stem.append(open)
        return String(stem)
    }

    /// Vowels a stem's last vowel becomes when contracted with -어/-아 (ㅕ ← ㅣ, ㅘ ← ㅗ, ㅝ ← ㅜ,
    /// ㅙ ← ㅚ), as vowel indices of the Hangul syllable block (한글 맞춤법 제35·36항).
    static let contractedVowels: [Int: Int] = [6: 20, 9: 8, 14: 13, 10: 11]

    /// A text whose last syllable is a contracted stem vowel with the ending (합쳐, 이뤄, 지켰),
    /// with the stem's own vowel restored and the final (none, or the past's ㅆ) taken off
    /// (합치, 이루, 지키); nil otherwise.
    static func uncontracted(_ text: String.UnicodeScalarView) -> String? {
        guard let last = text.last, let (lead, vowel, tail) = Jamo.indices(last), tail == 0 || tail == 20,
              let stemVowel = contractedVowels[vowel], let open = Unicode.Scalar(0xAC00 + UInt32((lead * 21 + stemVowel) * 28)) else { return nil }
        var stem = String.UnicodeScalarView(text.dropLast())
        stem.append(open)
        return String(stem)
    }

    /// Gloss concepts (bit 30 set) stand for an English word by its stem (`glossStem`); the
    /// lexicon's and glossary's concepts are numbered from 0, word concepts have bit 31.
    public static func glossConcept(_ englishWord: String) -> UInt32 {
        UInt32(truncatingIfNeeded: QuoteAligner.stableHash(glossStem(englishWord))) & 0x3FFF_FFFF | 1 << 30
    }

    /// The stem a gloss concept stands for: the word without its inflection (-s, -ies, -ed,
    /// -ing) and without one derivational suffix that keeps its sense (-ful, -ment, -ness,
    /// -edly, -ally, -ly, -al), a final -e dropped and -y read as -i, cut to eight letters. So
    /// territory and territorial, nation and national, peace and peaceful, develop and
    /// development, repeated and repeatedly meet; international and internal, general and generation, represent and
    /// repress, secretary and secret do not (they did when a word was its first six letters).
    static func glossStem(_ englishWord: String) -> String {
        var word = Array(englishWord.lowercased().unicodeScalars)
        func strip(_ suffix: String, keeping minimum: Int) -> Bool {
            let tail = Array(suffix.unicodeScalars)
            guard word.count - tail.count >= minimum, word.suffix(tail.count).elementsEqual(tail) else { return false }
            word.removeLast(tail.count)
            return true
        }
        // Inflection.
        if strip("ies", keeping: 3) || strip("ied", keeping: 3) {
            word.append("y")
        } else if !strip("ing", keeping: 4) && !strip("ed", keeping: 4), word.count > 3, word.last == "s", !["s", "u", "i"].contains(word[word.count - 2]) {
            word.removeLast()
        }
        // One derivational suffix that keeps the word's sense family.
        for (suffix, minimum) in [("fully", 4), ("ful", 4), ("ments", 4), ("ment", 4), ("ness", 4), ("edly", 4), ("ally", 5), ("ly", 5), ("al", 5)] where strip(suffix, keeping: minimum) { break }
        // A noun in -ence or -ance is read as its adjective in -ent or -ant (patience and patient,
        // importance and important).
        if strip("ence", keeping: 4) { word += "ent".unicodeScalars } else if strip("ance", keeping: 4) { word += "ant".unicodeScalars }
        if word.count > 4, word.last == "e" { word.removeLast() }
        if word.count > 4, word.last == "y" { word[word.count - 1] = "i" }
        return String(scalars: word.prefix(8))
    }

    /// The concepts of glossary entries: numbers from 2^29 up drawn from each entry's id (the
    /// curated rows are numbered from 0, gloss concepts set bit 30, word concepts bit 31), so that
    /// adding an entry changes no other entry's concept, nor which of two equally rare concepts a
    /// quotation looks its candidates up by. Two ids drawing the same number take the next free
    /// one, in the order of their ids.
    static func glossaryConcepts(ids: [String], rows: Int) -> [String: UInt32] {
        precondition(rows < 1 << 29, "the curated lexicon's rows must stay below 2^29")
        return QuoteAligner.stableSlots(ids: ids, count: 1 << 29).mapValues { UInt32(1 << 29 + $0) }
    }

    /// Whether a concept is a gloss concept (see ``glossConcept(_:)``).
    public static func isGlossConcept(_ concept: UInt32) -> Bool { concept & (3 << 30) == 1 << 30 }

    /// The gloss concepts of a Korean word: the English words of the Hanja of each Sino-Korean
    /// noun it is read as, except nouns the lexicon or glossary lists (their sense is curated:
    /// 평화 is peace, though 平和 is "gentle" in Chinese). Empty without Hanja glosses.
    public func glossConcepts(koreanWord word: String) -> Set<UInt32> {
        guard let hanja else { return [] }
        var result = Set<UInt32>()
        // The word is read with the lexicon's forms too: a listed noun is not cut into the
        // table's (정세가 is 정세 and a particle, not 世家 'aristocratic family').
        for form in hanja.forms(in: word, alsoReading: { korean[$0] != nil }, prefixes: koreanPrefixes, longest: longestKorean) where korean[form] == nil {
            result.formUnion(hanja.concepts(of: form))
        }
        return result
    }

    /// The gloss concepts of an English word or phrase: one per word. Empty without Hanja
    /// glosses (they would find nothing).
    public func glossConcepts(englishPhrase text: String) -> Set<UInt32> {
        guard hanja != nil else { return [] }
        return Set(text.split(separator: " ").map { Self.glossConcept(String($0)) })
    }

    /// The concepts of each English content word (function words left out), phrases first.
    public func concepts(englishWords words: [String]) -> [Set<UInt32>] {
        contentWords(englishWords: words).map(\.concepts)
    }

    /// The English content words (a phrase of the lexicon as one) with their concepts.
    public func contentWords(englishWords words: [String]) -> [(text: String, concepts: Set<UInt32>)] {
        contentWordSpans(englishWords: words).map { ($0.text, $0.concepts) }
    }

    /// An English word without its inflection, as the words of a text (``englishWords(_:)``,
    /// whose plural -s is already gone) and the lexicon's one-word forms are compared when the
    /// lexicon does not spell the text's word out: -ing, -ed and -ly dropped from a word of more
    /// than three letters besides, then -ie or -i as -y (policies, applied), a final -e (decide,
    /// reaches) and one of a doubled final consonant but l, s and z (planned, committed). Both
    /// sides go through it, so develop, developed and developing meet, as do decide and deciding;
    /// it is no dictionary form (decid).
    static func inflectionStem(_ word: String) -> String {
        var stem = word
        for suffix in ["ing", "ed", "ly"] where stem.count > suffix.count + 3 && stem.hasSuffix(suffix) {
            stem.removeLast(suffix.count)
            break
        }
        if stem.hasSuffix("ie") { stem.removeLast(2); stem += "y" } else if stem.hasSuffix("i") { stem.removeLast(); stem += "y" }
        if stem.count > 3 && stem.hasSuffix("e") { stem.removeLast() }
        if stem.count > 3, let last = stem.last, stem.dropLast().last == last, !"lszaeiou".contains(last) { stem.removeLast() }
        return stem
    }

    /// ``contentWords(englishWords:)`` with the words each one is made of (indices into `words`).
    func contentWordSpans(englishWords words: [String]) -> [(text: String, concepts: Set<UInt32>, words: Range<Int>)] {
        var result: [(text: String, concepts: Set<UInt32>, words: Range<Int>)] = []
        var i = 0
        while i < words.count {
            var matched = false
            for length in stride(from: min(longestEnglish, words.count - i), through: 2, by: -1) {
                if let concepts = english[Array(words[i..<i + length])] {
                    // The phrase's words keep their own senses too (nuclear weapon is also
                    // nuclear), as a Korean compound keeps its parts' (핵무기 is also 핵).
                    var senses = Set(concepts)
                    for word in words[i..<i + length] { senses.formUnion(english[[word]] ?? []) }
                    result.append((words[i..<i + length].joined(separator: " "), senses, i..<i + length))
                    i += length
                    matched = true
                    break
                }
            }
            if matched { continue }
            if !functionWords.contains(words[i]) {
                let senses = english[[words[i]]] ?? englishStems[Self.inflectionStem(words[i])] ?? []
                result.append((words[i], Set(senses), i..<i + 1))
            }
            i += 1
        }
        return result
    }
}

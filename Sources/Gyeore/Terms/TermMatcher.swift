/// Finds glossary terms in running text: longest match first, reported in the original
/// text's scalar offsets.
///
/// The text is normalized (Unicode, width, white space, quotes, separators) and folded for
/// matching (``MatchFoldingStep``); every glossary form is folded the same way, with a
/// spaceless variant for Korean forms written with spaces (러시아 연방 / 러시아연방), and all
/// are searched at once with ``AhoCorasick``. Forms tagged `{homograph}` are never matched
/// in text. Short Korean forms must stand at a word's start, since Korean attaches
/// particles and compounds at the end: one syllable (러, 北) only as a word of its own (Hanja
/// may touch Hangul: 北국방상), two syllables (조로, 미국) at a word's start, longer forms
/// anywhere (반로씨야적). Latin forms match whole words, though particles may follow (TASS는).
public struct TermMatcher: Sendable {
    /// Which column of the entry a match came from.
    public enum FormKind: String, Sendable, Codable {
        case nk, sk, variant, en, romanization
    }

    /// One term found in a text.
    ///
    /// A match names its entry and form by their places in the glossary and reads them when
    /// asked: with a large glossary, copying the entry into every match (its strings retained
    /// and released) and reading the form to compare it with the text cost more than finding
    /// the match.
    public struct Match: Sendable, Equatable {
        /// Scalar range in the original text.
        public var range: Range<Int>
        /// The original text of the range.
        public var text: String { spelling ?? form }
        /// The entry.
        public var entry: GlossaryEntry { entries[Int(entryIndex)] }
        /// The glossary form that matched.
        public var form: String { entries[Int(entryIndex)].forms[Int(formIndex)].text }
        /// Its column.
        public var kind: FormKind
        /// The matcher's number for the form that matched (this entry, this form): every match
        /// of one form carries the same number, from 0 up, so a caller can keep what it derives
        /// from the form alone (a record's fixed fields) by it. Numbers belong to one matcher.
        public var formNumber: Int
        /// Whether ``text`` equals ``form`` (as `==` compares strings); without reading the
        /// form when the text spells it scalar for scalar, as it nearly always does.
        public var textIsForm: Bool { spelling.map { $0 == form } ?? true }

        /// The glossary's entries (one array, shared by every match).
        private let entries: [GlossaryEntry]
        private let entryIndex: Int32
        private let formIndex: Int32
        /// The text, when it is not the form's scalars.
        private let spelling: String?

        init(range: Range<Int>, kind: FormKind, formNumber: Int, entries: [GlossaryEntry], entryIndex: Int32, formIndex: Int32, spelling: String?) {
            self.range = range
            self.kind = kind
            self.formNumber = formNumber
            self.entries = entries
            self.entryIndex = entryIndex
            self.formIndex = formIndex
            self.spelling = spelling
        }

        public static func == (a: Match, b: Match) -> Bool {
            a.range == b.range && a.kind == b.kind && a.formNumber == b.formNumber && a.text == b.text && a.form == b.form && a.entry == b.entry
        }
    }

    /// A form as the automaton searches it, and what a match of it must satisfy.
    struct Pattern: Sendable, Equatable {
        /// The entry's position in the glossary.
        var entry: Int
        /// The form's position among the entry's forms.
        var form: Int
        var kind: FormKind
        var syllables: Int
        var isLatin: Bool
        var isHanja: Bool
        /// Whether the form as the glossary writes it is the pattern, scalar for scalar (folding
        /// leaves it as it is, and it is no spaceless variant).
        var spellsForm = false

        /// A Korean form of one syllable or none: it counts only where it opens a word (after a
        /// space or an opening mark, or at the text's start).
        var opensWordOnly: Bool { !isLatin && !isHanja && syllables <= 1 }
    }

    /// What the rules read of a pattern at each of its matches, in sixteen bytes: one place to
    /// read per match, where a pattern, its entry and three flag arrays each cost a cache miss
    /// with a large glossary.
    struct Facts: Sendable {
        var entry: Int32
        var form: Int32
        /// The entry's kind, as ``GlossaryEntry/Kind/bit``.
        var kindBit: UInt16
        /// The pattern's syllables, at most 255.
        var syllables: UInt8
        private var flags: UInt8
        /// 1 for a word of the general vocabulary (it hides names, is never reported), 2 for a
        /// person's name, 0 otherwise.
        var role: UInt8
        /// The form's column.
        var kind: FormKind

        init(_ pattern: Pattern, kind: GlossaryEntry.Kind, role: UInt8, capitalsOnly: Bool) {
            entry = Int32(pattern.entry)
            form = Int32(pattern.form)
            kindBit = kind.bit
            syllables = UInt8(min(pattern.syllables, 255))
            self.role = role
            self.kind = pattern.kind
            flags = (pattern.opensWordOnly ? 1 : 0) | (pattern.isLatin ? 2 : 0) | (pattern.isHanja ? 4 : 0)
                | (capitalsOnly ? 8 : 0) | (pattern.spellsForm ? 16 : 0)
        }

        var opensWordOnly: Bool { flags & 1 != 0 }
        var isLatin: Bool { flags & 2 != 0 }
        var isHanja: Bool { flags & 4 != 0 }
        /// A Latin abbreviation in capitals, matched only where the text writes it in capitals.
        var capitalsOnly: Bool { flags & 8 != 0 }
        /// ``Pattern/spellsForm``.
        var spellsForm: Bool { flags & 16 != 0 }
    }

    private let glossary: Glossary
    /// The glossary's entries, shared with every match.
    private let entries: [GlossaryEntry]
    private let normalizer: Normalizer
    let patterns: [Pattern]
    let automaton: AhoCorasick
    /// Two-syllable particle and ending sequences (`data/attached-endings.tsv`).
    private let attachedEndings: Set<[Unicode.Scalar]>
    /// One-syllable case and auxiliary particles (`data/korean-particles.tsv`, kind `particle`):
    /// a one-syllable form that is one, standing alone right after a Hangul word, is that word's
    /// particle set apart by a stray space (최우선적으 로 보장하여야), not an abbreviation (로 for
    /// Russia).
    private let detachedParticles: Set<Unicode.Scalar>
    /// The analyzer asked about short forms inside words, when there is one.
    private let segmenter: (any WordSegmenter)?
    /// Whether there is one: asked at every match (testing the existential copies it).
    private let hasSegmenter: Bool
    /// By pattern, what the rules read at each match (``Facts``).
    private let facts: [Facts]

    /// Builds the matcher for every form of every entry. With a `segmenter`, a two-syllable
    /// form is also found inside a word written solid where the analyzer puts morpheme
    /// boundaries on both its sides (교육일군, 김정은동지), and a one-syllable form at a word's
    /// start where the rest of the word is grammatical (북과 남).
    public init(glossary: Glossary, segmenter: (any WordSegmenter)? = nil) throws(NormalizerError) {
        self.glossary = glossary
        entries = glossary.entries
        self.segmenter = segmenter
        hasSegmenter = segmenter != nil
        var configuration = NormalizerConfiguration()
        configuration.lineBreaks = .toSpace
        let base = try Normalizer(configuration: configuration)
        normalizer = Normalizer(steps: base.steps + [MatchFoldingStep()])
        do {
            attachedEndings = Set(try ResourceFile.rows("data/attached-endings.tsv", minimumColumns: 1).map { Array($0.fields[0].unicodeScalars) })
            detachedParticles = Set(try ResourceFile.rows("data/korean-particles.tsv", minimumColumns: 2)
                .filter { $0.fields[1] == "particle" && $0.fields[0].unicodeScalars.count == 1 }.compactMap { $0.fields[0].unicodeScalars.first })
        } catch {
            throw .resource(error)
        }
        // A glossary read through a cache keeps its patterns and automaton there too.
        if let origin = glossary.cacheOrigin, let cached = Self.cached(origin, entries: glossary.entries) {
            (patterns, automaton) = cached
            facts = Self.facts(cached.patterns, glossary)
            return
        }
        var patterns: [Pattern] = []
        var texts: [[Unicode.Scalar]] = []
        var seen = Set<String>()
        // Forms as written first, then spaceless variants of Korean forms written with spaces
        // (러시아 연방 → 러시아연방), so that a variant never hides a real form of another column
        // (전략적동반자관계 is the North Korean form, not a variant of the South Korean one).
        var variants: [(entry: Int, form: Int, kind: FormKind, text: [Unicode.Scalar])] = []
        func add(_ index: Int, _ form: Int, _ kind: FormKind, _ variant: [Unicode.Scalar]) {
            guard !variant.isEmpty, seen.insert("\(index)|\(String(scalars: variant))").inserted else { return }
            patterns.append(Pattern(
                entry: index, form: form, kind: kind,
                syllables: variant.filter { Self.isHangul($0) || $0.properties.isIdeographic }.count,
                isLatin: variant.contains { $0.isASCII && $0.properties.isAlphabetic },
                isHanja: variant.contains { $0.properties.isIdeographic },
                spellsForm: glossary.entries[index].forms[form].text.unicodeScalars.elementsEqual(variant)))
            texts.append(variant)
        }
        func fieldKind(_ form: GlossaryForm) -> FormKind {
            switch form.field {
            case .nk: .nk
            case .sk: .sk
            case .koOther: .variant
            case .en, .enOther: .en
            case .rr, .dprk: .romanization
            }
        }
        for (index, entry) in glossary.entries.enumerated() where !entry.isLookupOnly {
            for (position, form) in entry.forms.enumerated() where !form.tags.contains(.homograph) {
                let kind = fieldKind(form)
                let folded = [Unicode.Scalar](scalarsOf: normalizer.normalize(form.text).normalized)
                add(index, position, kind, folded)
                if form.field.isKorean && folded.contains(" ") { variants.append((index, position, kind, folded.filter { $0 != " " })) }
            }
        }
        for variant in variants { add(variant.entry, variant.form, variant.kind, variant.text) }
        // General vocabulary (kind `word`) is looked up, never reported in running text. Only
        // its forms that hold a person's name longer than it are matched, last, so that the word
        // hides the name (레닌 in 맑스-레닌주의 is the ideology's, not the man's); the rest would
        // cost matching time and change nothing.
        let names = patterns.indices.filter { glossary.entries[patterns[$0].entry].kind == .person }.map { texts[$0] }
        if !names.isEmpty {
            let nameAutomaton = AhoCorasick(patterns: names)
            for (index, entry) in glossary.entries.enumerated() where entry.isLookupOnly {
                // Looked for in the form as written first (a word's form is nearly always its
                // folded form), and folded only when a name is in it.
                for (position, form) in entry.forms.enumerated() where !form.tags.contains(.homograph)
                    && !nameAutomaton.matches(in: [Unicode.Scalar](scalarsOf: form.text)).isEmpty {
                    let folded = [Unicode.Scalar](scalarsOf: normalizer.normalize(form.text).normalized)
                    if nameAutomaton.matches(in: folded).contains(where: { $0.range.count < folded.count }) {
                        add(index, position, fieldKind(form), folded)
                    }
                }
            }
        }
        self.patterns = patterns
        facts = Self.facts(patterns, glossary)
        automaton = AhoCorasick(patterns: texts)
        if let origin = glossary.cacheOrigin { Self.store(patterns: patterns, automaton: automaton, origin: origin) }
    }

    /// ``Facts`` of the patterns. A pattern's role: 1 for a word of the general vocabulary, 2
    /// for a person's name. Capitals only: a Latin abbreviation of two letters or more, every
    /// letter a capital (US, UN, U.S.; not Kim, nor TASS's lower-case spelling), since “with us”
    /// is no mention of the United States.
    private static func facts(_ patterns: [Pattern], _ glossary: Glossary) -> [Facts] {
        patterns.map { pattern in
            let entry = glossary.entries[pattern.entry]
            var capitalsOnly = false
            if pattern.isLatin, entry.forms[pattern.form].tags.contains(.abbr) {
                let letters = entry.forms[pattern.form].text.unicodeScalars.filter { $0.properties.isAlphabetic }
                capitalsOnly = letters.count >= 2 && letters.allSatisfy { $0.isASCII && $0.properties.isUppercase }
            }
            return Facts(pattern, kind: entry.kind, role: entry.isLookupOnly ? 1 : entry.kind == .person ? 2 : 0, capitalsOnly: capitalsOnly)
        }
    }

    /// A quick test of whether a text may hold a match of entries of some kinds: the first two
    /// scalars of each of their patterns (the one, for a pattern of one), looked for in the
    /// folded text. No match of those kinds is possible where it says no; on the seeds it says
    /// no to about half the lines (those naming no person, outlet or organization) and costs a
    /// tenth of matching them.
    struct KindFilter: Sendable {
        /// Patterns of one scalar.
        var singles: Set<UInt32> = []
        /// The first two scalars of longer patterns, as bits of a 65,536-bit table by a hash of
        /// the pair (a pair not in it starts no pattern; one in it may).
        var pairs = [UInt64](repeating: 0, count: 1024)

        /// The pair's bit: the high half of a multiplicative hash of the two scalars.
        static func slot(_ first: UInt32, _ second: UInt32) -> Int { Int((((first &* 0x9E37_79B1) ^ second) &* 0x85EB_CA6B) >> 16) }

        mutating func insert(_ first: UInt32, _ second: UInt32) {
            let slot = Self.slot(first, second)
            pairs[slot >> 6] |= 1 << UInt64(slot & 63)
        }

        /// Whether `text` (normalized) may hold a match of the filter's kinds.
        func mayMatch(_ text: [Unicode.Scalar]) -> Bool {
            var previous: UInt32 = 0
            var hasPrevious = false
            func holds(_ scalar: UInt32) -> Bool {
                if !singles.isEmpty && singles.contains(scalar) { return true }
                if hasPrevious {
                    let slot = Self.slot(previous, scalar)
                    if pairs[slot >> 6] & (1 << UInt64(slot & 63)) != 0 { return true }
                }
                previous = scalar
                hasPrevious = true
                return false
            }
            for i in text.indices {
                let scalar = text[i]
                // The folded text, as ``MatchFoldingStep`` makes it.
                switch MatchFoldingStep.folding(text, at: i) {
                case .keep: if holds(scalar.value) { return true }
                case .drop: continue
                case .space: if holds(0x20) { return true }
                case .lower: for lowered in scalar.properties.lowercaseMapping.unicodeScalars where holds(lowered.value) { return true }
                }
            }
            return false
        }
    }

    /// The ``KindFilter`` for entries of the given kinds.
    func filter(kinds: Set<GlossaryEntry.Kind>) -> KindFilter {
        let mask = kinds.reduce(UInt16(0)) { $0 | $1.bit }
        var filter = KindFilter()
        for head in automaton.heads(length: 2, of: { glossary.entries[patterns[$0].entry].kind.bit & mask != 0 }) {
            if head.count == 1 { filter.singles.insert(head[0].value) }
            if head.count == 2 { filter.insert(head[0].value, head[1].value) }
        }
        return filter
    }

    /// The terms in `text`, in text order, never overlapping; at each position the longest
    /// match wins.
    public func matches(in text: String) -> [Match] {
        let (original, folded, map) = normalizer.normalizedScalars(text)
        return matches(folded: folded, original: original, map: map)
    }

    /// The terms in text that is already normalized (as a pipeline step sees it): only the
    /// match folding is applied. Ranges are in `text`.
    public func matches(inNormalized text: [Unicode.Scalar]) -> [Match] {
        matches(inNormalized: text, excludingEntry: nil)
    }

    /// The matches of every entry but one: the terms inside a longer form of that entry
    /// (로씨야 in 로씨야 국방성), which the longer form hides otherwise.
    public func matches(inNormalized text: [Unicode.Scalar], excludingEntry id: String?) -> [Match] {
        matches(normalized: text, excluding: id.flatMap { id in glossary.entries.firstIndex { $0.id == id } }, kinds: nil)
    }

    /// The matches of entries of some kinds only, in text that is already normalized: the matches
    /// ``matches(inNormalized:)`` gives, those of other kinds left out (they still hide what
    /// they overlap), without making the left-out ones.
    func matches(inNormalized text: [Unicode.Scalar], kinds: Set<GlossaryEntry.Kind>) -> [Match] {
        matches(normalized: text, excluding: nil, kinds: kinds)
    }

    /// Normalized text folded for matching, then matched.
    private func matches(normalized text: [Unicode.Scalar], excluding excluded: Int?, kinds kindSet: Set<GlossaryEntry.Kind>?) -> [Match] {
        // The kinds as bits: a set of a string-backed enum hashes the case's name on every look-up.
        let kinds = kindSet.map { $0.reduce(UInt16(0)) { $0 | $1.bit } }
        guard let folded = MatchFoldingStep().apply(to: text) else {
            return matches(folded: text, original: text, map: .identity(length: text.count), excluding: excluded, kinds: kinds)
        }
        return matches(folded: folded.text, original: text, map: folded.map, excluding: excluded, kinds: kinds)
    }

    /// The matches in folded text, with ranges and texts of the original it was folded from.
    private func matches(folded: [Unicode.Scalar], original originalScalars: [Unicode.Scalar], map: OffsetMap, excluding excluded: Int? = nil,
                         kinds: UInt16? = nil) -> [Match] {
        // Forms the analyzer must judge are judged last, and only when no longer match already
        // covers them: the analysis costs more than every other test.
        // Words of the general vocabulary only hide the person names they hold.
        var words: [Range<Int>] = []
        let found = automaton.matches(in: folded)
        var candidates: [(match: AhoCorasick.Match, askAnalyzer: Bool)] = []
        candidates.reserveCapacity(found.count)
        for match in found {
            let facts = self.facts[match.pattern]
            // The first rule for a form of one syllable, before any other: most are inside words.
            if facts.opensWordOnly, match.range.lowerBound > 0 {
                let before = folded[match.range.lowerBound - 1]
                if !before.isWhiteSpace && !Self.isOpening(before) { continue }
            }
            guard Int(facts.entry) != excluded else { continue }
            let verdict = accepts(match, facts, in: folded)
            guard verdict != .rejected else { continue }
            if facts.role == 1 {
                // A word's form inside a longer word still holds the name (고전적맑스-레닌주의문헌).
                words.append(match.range)
                continue
            }
            if facts.capitalsOnly, originalScalars[map.originalRange(forNormalized: match.range)].contains(where: { $0.properties.isLowercase }) { continue }
            candidates.append((match, verdict == .askAnalyzer))
        }
        candidates.sort { ($0.match.range.lowerBound, -$0.match.range.count, $0.match.pattern) < ($1.match.range.lowerBound, -$1.match.range.count, $1.match.pattern) }
        var result: [Match] = []
        result.reserveCapacity(candidates.count)
        var end = 0
        for (candidate, askAnalyzer) in candidates where candidate.range.lowerBound >= end {
            let facts = self.facts[candidate.pattern]
            if askAnalyzer && !analyzerAccepts(candidate, facts, in: folded) { continue }
            if !words.isEmpty, facts.role == 2,
               words.contains(where: { $0.count > candidate.range.count && $0.lowerBound <= candidate.range.lowerBound && $0.upperBound >= candidate.range.upperBound }) {
                continue
            }
            if let kinds, kinds & facts.kindBit == 0 {
                end = candidate.range.upperBound
                continue
            }
            let original = map.originalRange(forNormalized: candidate.range)
            // Most matches are the form as the glossary writes it: no string is made for them.
            // Where the form is the pattern, the folded text of the match is the form, so the
            // original spells it when it is that text, and the form need not be read.
            let spelled = facts.spellsForm
                ? originalScalars[original].elementsEqual(folded[candidate.range])
                : Self.scalars(originalScalars[original], spell: entries[Int(facts.entry)].forms[Int(facts.form)].text)
            result.append(Match(range: original, kind: facts.kind, formNumber: candidate.pattern, entries: entries, entryIndex: facts.entry,
                                formIndex: facts.form, spelling: spelled ? nil : String(scalars: originalScalars[original])))
            end = candidate.range.upperBound
        }
        return result
    }

    /// Whether `scalars` are the scalars of `text`.
    static func scalars(_ scalars: ArraySlice<Unicode.Scalar>, spell text: String) -> Bool {
        var i = scalars.startIndex
        for scalar in text.unicodeScalars {
            guard i < scalars.endIndex, scalars[i] == scalar else { return false }
            i += 1
        }
        return i == scalars.endIndex
    }

    /// What the rules by position say of a match: a term, none, or a question for the analyzer.
    private enum Verdict { case accepted, rejected, askAnalyzer }

    private func accepts(_ match: AhoCorasick.Match, _ pattern: Facts, in text: [Unicode.Scalar]) -> Verdict {
        let before: Unicode.Scalar? = match.range.lowerBound > 0 ? text[match.range.lowerBound - 1] : nil
        let after: Unicode.Scalar? = match.range.upperBound < text.count ? text[match.range.upperBound] : nil
        func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return Self.isWordCharacter(scalar)
        }
        // Latin forms: whole words, though Korean particles may follow (TASS는, CNN에).
        func isLatinWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return scalar.value < 0x250 && Self.isWordCharacter(scalar)
        }
        func verdict(_ accepted: Bool) -> Verdict { accepted ? .accepted : .rejected }
        if pattern.isLatin { return verdict(!isLatinWordCharacter(before) && !isLatinWordCharacter(after)) }
        if pattern.isHanja {
            return verdict(!(before?.properties.isIdeographic ?? false) && !(after?.properties.isIdeographic ?? false))
        }
        switch pattern.syllables {
        case 0, 1:
            // A word of its own: after a space or an opening mark (not after a closing quote,
            // where a particle attaches: “단계”로), and before no letter.
            let opensWord = before.map { $0.isWhiteSpace || Self.isOpening($0) } ?? true
            guard opensWord else { return .rejected }
            if !isWordCharacter(after) {
                // A particle set apart from its word by a space (중심고리 로 되는): no term.
                let isDetachedParticle = pattern.syllables == 1 && match.range.lowerBound >= 2 && before?.isWhiteSpace == true
                    && Self.isHangul(text[match.range.lowerBound - 2]) && detachedParticles.contains(text[match.range.lowerBound])
                return isDetachedParticle ? .rejected : .accepted
            }
            // With a particle or ending after it (북과 남): ``analyzerAccepts(_:in:)``.
            return pattern.syllables == 1 && hasSegmenter && Self.isHangul(text[match.range.lowerBound]) ? .askAnalyzer : .rejected
        case 2:
            // Not inside a word, unless the analyzer puts morpheme boundaries on both sides of it
            // (교육일군, 김정은동지); nor right after a closing mark when the form is also a
            // particle or ending that attaches there (“문민정권”이란 is 'called “…”', not Iran).
            if before.map(Self.isHangul) ?? false { return hasSegmenter ? .askAnalyzer : .rejected }
            return verdict(!(before.map(Self.isClosing) ?? false) || !attachedEndings.contains(Array(text[match.range])))
        default:
            // Longer forms anywhere (반로씨야적), but where the analyzer reads a word around
            // one, only from a morpheme's start (당 중앙위원회 is not in 중국공산당 중앙위원회).
            return (before.map(Self.isHangul) ?? false) && hasSegmenter ? .askAnalyzer : .accepted
        }
    }

    /// The analyzer's verdict on a form inside a word: a two-syllable form after Hangul is a
    /// term when a morpheme that is no particle or ending starts where it starts and another
    /// starts (or the word ends) where it ends (교육일군, 김정은동지); a longer form when a
    /// morpheme starts where it starts; a one-syllable form at a word's start when it is a
    /// morpheme of its own and the rest of the word is grammar (북과).
    private func analyzerAccepts(_ match: AhoCorasick.Match, _ facts: Facts, in text: [Unicode.Scalar]) -> Bool {
        // A word the analyzer cannot read leaves a longer form to the rules by position.
        guard let (word, offset) = morphemes(around: match.range.lowerBound, in: text) else { return facts.syllables >= 3 }
        let start = match.range.lowerBound - offset, end = match.range.upperBound - offset
        switch facts.syllables {
        case 1: return start == 0 && word.count > 1 && word[0] == WordMorpheme(range: 0..<1, isGrammatical: false) && word.dropFirst().allSatisfy(\.isGrammatical)
        case 2: break
        default: return word.contains { $0.range.lowerBound == start }
        }
        return word.contains { $0.range.lowerBound == start && !$0.isGrammatical }
            && (word.last?.range.upperBound == end || word.contains { $0.range.lowerBound == end })
    }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// A letter or a digit (alphabetic, or with a numeric type). ASCII and Hangul syllables, nearly
    /// every scalar asked about, are answered without the Unicode property tables.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value | 0x20) }
        if isHangul(scalar) { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The analyzer's morphemes of the run of Hangul holding `position` (a word of running text
    /// without the marks around it), and where that run starts; nil without an analyzer, or
    /// when the run is longer than a word can be (a line of Hangul without spaces).
    private func morphemes(around position: Int, in text: [Unicode.Scalar]) -> (word: [WordMorpheme], offset: Int)? {
        guard let segmenter, position < text.count, Self.isHangul(text[position]) else { return nil }
        var start = position, end = position + 1
        while start > 0, Self.isHangul(text[start - 1]), position - start < Self.longestWord { start -= 1 }
        while end < text.count, Self.isHangul(text[end]), end - position < Self.longestWord { end += 1 }
        guard start == 0 || !Self.isHangul(text[start - 1]), end == text.count || !Self.isHangul(text[end]) else { return nil }
        return segmenter.morphemes(of: Array(text[start..<end])).map { ($0, start) }
    }

    /// How many syllables a word may have on either side of a form for the analyzer to be asked.
    static let longestWord = 24

    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII and Hangul syllables without the property tables.
        if scalar.value < 0x80 { return scalar == ")" || scalar == "]" || scalar == "}" }
        if isHangul(scalar) { return false }
        switch scalar.properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return true
        default: return false
        }
    }

    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII and Hangul syllables without the property tables.
        if scalar.value < 0x80 { return "([{-\"'/,".unicodeScalars.contains(scalar) }
        if Self.isHangul(scalar) { return false }
        switch scalar.properties.generalCategory {
        case .openPunctuation, .initialPunctuation, .dashPunctuation: return true
        default: return scalar == "\"" || scalar == "'" || scalar == "·" || scalar == "/" || scalar == ","
        }
    }
}

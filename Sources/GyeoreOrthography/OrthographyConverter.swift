import Gyeore
import Synchronization

/// Choices for the North → South conversion.
public struct OrthographyOptions: Sendable {
    /// Contract 되어 to 돼 (되었 → 됐), as South Korean usage mostly does.
    public var contracts = false
    /// Apply the initial-sound law to North Korean personal names too (리선권 → 이선권). Off by
    /// default: South Korean outlets keep the North's spelling of its people's names.
    public var convertsNames = false
    /// Treat all input as North Korean: apply the spacing rules everywhere, not only in sentences
    /// or quotations where another rule found North Korean spelling.
    public var assumesNorthKorean = false
    /// Analyse every sentence with MeCab, not only those the cheap signal filter (signals.tsv)
    /// picks: slower on South Korean text, the same output wherever the filter is right (this is
    /// how `gyeore-bench signals` measures the filter).
    public var analysesEverySentence = false
    /// Replace North Korean words by different South Korean words too (기간공업 → 기간산업,
    /// 다락밭 → 계단밭), not only their spelling: the wording level (`--wording`). Off, a
    /// dictionary gloss applies only when it spells the same word (령도 → 영도, 고기배 → 고깃배).
    public var replacesWording = false
    /// Creates default options.
    public init() {}

    /// The options alignment matches with: both levels, spelling and wording, so that 남조선
    /// and 한국 compare alike (`align`, the alignment benchmarks and tests).
    public static var matching: OrthographyOptions {
        var options = OrthographyOptions()
        options.replacesWording = true
        return options
    }
}

/// The rule that made a change (rule numbers as in the project's issue and README).
public enum OrthographyRule: String, Sendable, CaseIterable {
    case glossary = "1-glossary"
    case dictionary = "2-dictionary"
    case initialSound = "3-initial-sound"
    case yeolYul = "4-yeol-yul"
    case yeoEnding = "5-yeo-ending"
    case ending = "6-ending"
    case spacing = "7-spacing"
    case loanword = "8-loanword-guess"
    case punctuation = "9-punctuation"
    case stemSpelling = "10-stem-spelling"
    case senseStem = "11-sense-stem"
}

extension NormalizedText.Explanation.Rule {
    /// The id of a North → South rule, as the explanations of `--to sk` carry it.
    public init(_ rule: OrthographyRule) { self.init(rawValue: rule.rawValue) }

    /// The North → South rule this id names, if it is one.
    public var orthographyRule: OrthographyRule? { OrthographyRule(rawValue: rawValue) }
}

/// Converts North Korean spelling and spacing to South Korean, morpheme by morpheme.
///
/// Glossary forms come first (names, countries, outlets, abbreviations: 조로 → 북러) and are
/// locked. The rest of the text is analysed by MeCab with NK-HanDic; each rule looks at the
/// morphemes (part of speech, Hanja, the dictionary's North Korean marker and gloss), so that
/// Sino-Korean words (령토 → 영토) are told from loanwords (라디오), endings (되였다) from nouns
/// (기여), and dependent nouns can be spaced. Spacing rules apply only where another rule showed
/// the text to be North Korean, so South Korean text comes out unchanged.
public final class OrthographyConverter: @unchecked Sendable {
    private let north: MeCabTagger
    private let south: MeCabTagger
    private let rules: OrthographyRules
    private let glossary: Glossary?
    private let matcher: TermMatcher?
    private let sentences: ICUBreakIterator
    /// The options in force.
    public let options: OrthographyOptions

    /// Work counters: sentences seen and analysed, HanDic look-ups.
    public struct Statistics: Sendable {
        public var sentences = 0
        public var sentencesAnalysed = 0
        public var southernLookups = 0
    }
    private let counters = Mutex(Statistics())
    /// What the converter has done so far.
    public var statistics: Statistics { counters.withLock { $0 } }

    /// Opens both dictionaries (see ``DictionaryLocator`` for where they are looked for).
    public init(glossary: Glossary?, dictionaryFolder: String? = nil, options: OrthographyOptions = OrthographyOptions()) throws(OrthographyError) {
        north = try MeCabTagger(dictionary: DictionaryLocator.locate("nkhandic", folder: dictionaryFolder))
        south = try MeCabTagger(dictionary: DictionaryLocator.locate("handic", folder: dictionaryFolder))
        rules = try OrthographyRules()
        self.glossary = glossary
        do {
            matcher = try glossary.map { try TermMatcher(glossary: $0) }
            sentences = try ICUBreakIterator(.sentence, locale: "ko")
        } catch {
            throw .analyzerFailed("\(error)")
        }
        self.options = options
    }

    /// The tagger over NK-HanDic (for benchmarks and tools).
    public var northKoreanTagger: MeCabTagger { north }

    /// One change, in the coordinates of the text given to ``convert(_:)``.
    struct Edit {
        var range: Range<Int>          // conjoining-jamo offsets in the decomposed text
        var replacement: [Unicode.Scalar]
        var rule: OrthographyRule
        var note: String
        /// The glossary entry, for a glossary form put for another of its forms.
        var entry: String? = nil
    }

    /// Converts one text; nil when nothing changes.
    func convert(_ text: [Unicode.Scalar]) -> StepOutput? {
        guard text.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) else { return nil }
        // Decompose: nfd[i] comes from text[source[i]]; start[j] is where text[j] begins in nfd.
        var nfd: [Unicode.Scalar] = []
        var source: [Int] = []
        var start: [Int] = []
        nfd.reserveCapacity(text.count * 3)
        for (index, scalar) in text.enumerated() {
            start.append(nfd.count)
            for jamo in Jamo.decompose(scalar) { nfd.append(jamo); source.append(index) }
        }
        start.append(nfd.count)

        // Rule 1: glossary terms are units: North Korean forms of names, places, outlets and
        // abbreviations are converted, and every term is locked against the other rules.
        var edits: [Edit] = []
        var locked: [Range<Int>] = []
        var lockedTerms: [Range<Int>] = []   // text ranges of glossary terms, for spacing after them
        var keptWording: [Range<Int>] = []   // North Korean wording kept as written: evidence all the same
        for term in glossaryEdits(text) {
            let range = start[term.range.lowerBound]..<start[term.range.upperBound]
            locked.append(range)
            lockedTerms.append(term.range)
            if term.replacement == nil && term.entry != nil { keptWording.append(range) }
            if let replacement = term.replacement {
                edits.append(Edit(range: range, replacement: Jamo.decompose(replacement), rule: .glossary, note: term.note, entry: term.entry))
                if let particle = particleEdit(after: term.range, replacement: replacement, text: text, start: start) {
                    edits.append(particle)
                    locked.append(particle.range)
                }
            }
        }

        // Rule 10: listed North Korean spellings of words and stems (짓부시고 → 짓부수고), at a
        // word's start, outside glossary terms; locked against the other rules.
        let glossaryLocked = RangeIndex(locked)
        for edit in stemSpellingEdits(text, start: start) + senseStemEdits(text, start: start) where !glossaryLocked.overlaps(edit.range) {
            edits.append(edit)
            locked.append(edit.range)
        }

        // Morphemes, with their ranges in nfd, of the sentences that can need a rule: those with a
        // glossary term converted or a cheap spelling signal (analyse only what can need it).
        let sentenceRanges = ((try? sentences.segments(of: text)) ?? []).map(\.range)
        var morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)] = []
        let glossaryEdited = RangeIndex(edits.map(\.range) + keptWording)
        for sentence in sentenceRanges {
            let jamo = start[sentence.lowerBound]..<start[sentence.upperBound]
            // Short texts (a word or two: lookups, diffs) cost nothing to analyse in full.
            let analyse = options.assumesNorthKorean || options.analysesEverySentence || text.count <= 16 || glossaryEdited.overlaps(jamo) || hasSignal(text[sentence])
            counters.withLock { $0.sentences += 1; if analyse { $0.sentencesAnalysed += 1 } }
            guard analyse else { continue }
            let (utf8, byteToScalar) = Self.encode(nfd[jamo], offset: jamo.lowerBound)
            for m in north.analyse(utf8) {
                let lower = byteToScalar[m.bytes.lowerBound], upper = byteToScalar[m.bytes.upperBound]
                guard lower >= 0, upper >= 0 else { continue }
                morphemes.append((lower..<upper, m))
            }
        }

        // A dependent noun written solid after a modifier (할수, 있는것, 하는데서): North Korean
        // spacing, evidence for the sentence like any respelt word (조선말규범집 writes them solid,
        // 한글 맞춤법 제42항 never).
        var solidDependentNouns: [Range<Int>] = []
        var northernOnly: [Range<Int>] = []
        // `locked` is complete here: the glossary's spans and the edits made so far.
        let lockedIndex = RangeIndex(locked)
        for k in morphemes.indices.dropFirst(2) where morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound
            && morphemes[k - 2].range.upperBound == morphemes[k - 1].range.lowerBound
            && Self.modifierStems.contains(morphemes[k - 2].m[10]) && !morphemes[k - 2].m.isUnknown && !lockedIndex.overlaps(morphemes[k].range) {
            let (ending, word) = (morphemes[k - 1].m[10], morphemes[k].m[10])
            let surface = String(scalars: Jamo.compose(Array(nfd[morphemes[k].range])))
            let endingSurface = String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range])))
            // 할수, 있는것; and -고 written solid before 있다 (하고있다): 한글 맞춤법 제47항 allows
            // an auxiliary verb solid only after -아/-어. 데 counts only where it cannot be the
            // ending -는데 the analyzer confuses it with (생각하는데 'I think, but'): before 서
            // (하는데서) or after -ㄹ (실현할데).
            let next = k + 1 < morphemes.count ? String(scalars: Jamo.compose(Array(nfd[morphemes[k + 1].range]))) : ""
            // Before 있다 (하는데 있다: 'lies in doing'), 데 is the noun in South Korean prose too,
            // so a slip there is an ordinary one.
            let northernDe = next.hasPrefix("서") || endingSurface.unicodeScalars.last?.value == 0x11AF
            let unambiguous = surface != "데" || northernDe || next.hasPrefix("있")
            if (ending == "ETM" && word == "NNB" && Self.dependentNounsWrittenSolid.contains(surface) && unambiguous)
                || (ending == "EC" && endingSurface == "고" && word == "VX" && surface.hasPrefix("있")) {
                solidDependentNouns.append(morphemes[k].range)
                if surface == "데" && northernDe { northernOnly.append(morphemes[k].range) }
            }
        }
        // Nouns North Korean writes solid with the word before them, each a word of its own in
        // South Korean: a -적 modifier's noun (국제적환경, 전투적기능; 조선말규범집 writes them
        // solid), a position noun (우리앞에, 계획밑에, 인민들속에서: 한글 맞춤법 제2항) unless HanDic
        // knows the two as one word (눈앞, 마음속), and 동지/동무 after a name (김일성동지: 제48항;
        // South Korean prose writes neither title after a name unquoted). Only the boundary
        // before the noun is theirs.
        var solidModifiers: [Range<Int>] = []
        var modifierNouns = Set<Int>()   // where the noun after a solid -적 begins
        for k in morphemes.indices.dropFirst() where morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound
            && ["NNG", "NNP"].contains(morphemes[k].m[10]) && !morphemes[k].m.isUnknown && !lockedIndex.overlaps(morphemes[k].range) {
            let previousSurface = String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range])))
            let surface = String(scalars: Jamo.compose(Array(nfd[morphemes[k].range])))
            let before = morphemes[k - 1].m[10]
            let isModifier = (before == "XSN" && rules.suffixesBeforeNoun.contains(previousSurface))
                || (before == "NNG" && previousSurface.count >= 3 && rules.suffixesBeforeNoun.contains(where: { previousSurface.hasSuffix($0) }))
            let isPosition = ["NNG", "NP", "XSN"].contains(before) && morphemes[k].m[10] == "NNG" && rules.positionNouns.contains(surface)
                && (before != "XSN" || previousSurface == "들") && !isSouthKoreanWord(previousSurface + surface)
            let isTitle = before == "NNP" && Self.northernTitles.contains(surface)
            if (isModifier && surface.count >= 2) || isPosition || isTitle { solidModifiers.append(morphemes[k].range) }
            if isModifier && surface.count >= 2 { modifierNouns.insert(morphemes[k].range.lowerBound) }
        }
        // One such slip is how South Korean writers err too (날수도, 알고있다); North Korean prose
        // writes them all solid, so a sentence needs two, or one that only North Korean prose
        // writes (하는데서, 실현할데 대한), to come into the spacing rule's scope. A lone slip is
        // mended by itself, at its own boundaries, and nothing else in its sentence moves (the
        // South Korean norms space it too: 한글 맞춤법 제42항, 제47항; 제2항 for -적).
        var slips = Set<Int>()
        let spacingEvidence = sentenceRanges.flatMap { sentence -> [Range<Int>] in
            let jamo = start[sentence.lowerBound]..<start[sentence.upperBound]
            let inside = solidDependentNouns.filter { jamo.contains($0.lowerBound) }
            let modifiers = solidModifiers.filter { jamo.contains($0.lowerBound) }
            if inside.count + modifiers.count >= 2 || inside.contains(where: { range in northernOnly.contains(range) }) { return inside + modifiers }
            for range in inside { slips.insert(range.lowerBound); slips.insert(range.upperBound) }
            for range in modifiers {
                slips.insert(range.lowerBound)
                // After a -적 modifier the rest of its word is a noun compound, spaced as one
                // (전략적동반자관계를 → 전략적 동반자 관계를, not 전략적 동반자관계를, which is
                // neither spelling): every boundary inside the word is the slip's.
                guard modifierNouns.contains(range.lowerBound) else { continue }
                var upper = range.upperBound
                while upper < nfd.count && (0x1100...0x11FF).contains(nfd[upper].value) { upper += 1 }
                for item in morphemes where item.range.lowerBound > range.lowerBound && item.range.lowerBound < upper { slips.insert(item.range.lowerBound) }
            }
            return []
        }
        solidDependentNouns = spacingEvidence

        // Rules 2-6 and 8 on each morpheme outside the locked spans.
        var converted: [Int: [Unicode.Scalar]] = [:]   // morpheme index -> its new jamo
        for (k, item) in morphemes.enumerated() where isCandidate(item.m, surface: nfd[item.range]) && !lockedIndex.overlaps(item.range) {
            let context = WordContext(index: k, morphemes: morphemes, nfd: nfd, positionNouns: rules.positionNouns)
            if let edit = morphemeEdit(item.m, range: item.range, nfd: nfd, previous: k > 0 ? morphemes[k - 1] : nil, context: context),
               ![.dictionary, .initialSound, .loanword].contains(edit.rule) || !southernDictionaryAgrees(item.range, surface: item.m.surface, context: context, nfd: nfd) {
                edits.append(edit)
                converted[k] = edit.replacement
            }
        }
        // Rule 8 guesses count only where other rules found North Korean spelling.
        let guessScopes = RangeIndex(evidenceScopes(text: text, sentences: sentenceRanges, edits: edits, kept: keptWording + solidDependentNouns, start: start).map { start[$0.lowerBound]..<start[$0.upperBound] })
        edits.removeAll { edit in
            edit.rule == .loanword && !options.assumesNorthKorean && !guessScopes.contains(edit.range.lowerBound)
        }

        // Rule 7: spacing, where the sentence or quotation shows North Korean spelling.
        let scopes = RangeIndex(evidenceScopes(text: text, sentences: sentenceRanges, edits: edits, kept: keptWording + solidDependentNouns, start: start))
        let termEnds = Set(lockedTerms.map { start[$0.upperBound] })
        for k in 1..<max(morphemes.count, 1) {
            let (range, m) = morphemes[k]
            let (previousRange, previous) = morphemes[k - 1]
            guard previousRange.upperBound == range.lowerBound, !lockedIndex.containsInside(range.lowerBound),
                  let textIndex = source.indices.contains(range.lowerBound) ? source[range.lowerBound] : nil,
                  options.assumesNorthKorean || scopes.contains(textIndex) || slips.contains(range.lowerBound) else { continue }
            let surface = String(scalars: Jamo.compose(converted[k] ?? Array(nfd[range])))
            let previousSurface = String(scalars: Jamo.compose(converted[k - 1] ?? Array(nfd[previousRange])))
            let afterTerm = termEnds.contains(range.lowerBound) && m.tag == "NNG" && surface.count >= 2
            if let reason = afterTerm ? "noun after a name or term" : spacingReason(previous: previous, previousSurface: previousSurface, current: m, surface: surface) {
                // Name the change by its morphemes, or by the syllables around it when a morpheme
                // is a bare consonant (할 = 하 + ᆯ).
                var (left, right) = (previousSurface, surface)
                if (left + right).unicodeScalars.contains(where: { (0x1100...0x11FF).contains($0.value) }), textIndex > 0 {
                    (left, right) = (String(text[textIndex - 1]), String(text[textIndex]))
                }
                edits.append(Edit(range: range.lowerBound..<range.lowerBound, replacement: [" "], rule: .spacing,
                                  note: "\(left)\(right) → \(left) \(right): \(reason)"))
            }
        }
        // A comma written straight before the next word (자주,통일): 한글 맞춤법 부록 (문장 부호)
        // puts a space after it. Between Hangul only (1,000 and 3,4호 stay), and, as the other
        // spacing rules, where the sentence shows North Korean spelling (a South Korean page
        // title, 뉴스,대한민국, stays as written).
        for i in text.indices.dropFirst().dropLast() where text[i] == "," && (0xAC00...0xD7A3).contains(text[i - 1].value) && (0xAC00...0xD7A3).contains(text[i + 1].value)
            && (options.assumesNorthKorean || scopes.contains(i)) {
            edits.append(Edit(range: start[i + 1]..<start[i + 1], replacement: [" "], rule: .spacing,
                              note: "\(text[i - 1]),\(text[i + 1]) → \(text[i - 1]), \(text[i + 1]): a space after a comma"))
        }
        guard !edits.isEmpty else { return nil }
        return apply(edits, text: text, nfd: nfd, source: source, start: start)
    }

    // MARK: - Rule 1

    /// Glossary terms in the text, with the South Korean replacement when it is a North Korean
    /// form to convert (names, places, organizations, outlets, and abbreviations of any kind:
    /// 조로 → 북러). South Korean forms come back without a replacement, to be locked.
    private func glossaryEdits(_ text: [Unicode.Scalar]) -> [(range: Range<Int>, replacement: String?, note: String, entry: String?)] {
        guard let matcher else { return [] }
        return glossaryEdits(matcher.matches(inNormalized: text), in: text, offset: 0, matcher: matcher)
    }

    private func glossaryEdits(_ matches: [TermMatcher.Match], in text: [Unicode.Scalar], offset: Int, matcher: TermMatcher) -> [(range: Range<Int>, replacement: String?, note: String, entry: String?)] {
        var result: [(range: Range<Int>, replacement: String?, note: String, entry: String?)] = []
        for match in matches {
            let entry = match.entry
            let range = match.range.lowerBound + offset..<match.range.upperBound + offset
            let form = match.kind == .nk ? entry.forms(.nk).first(where: { $0.text == match.form }) : nil
            // A form tagged {wording} is another word (남조선 → 한국, 로씨야 국방성 → 러시아
            // 국방부): replaced at the wording level only. Otherwise its words keep their wording,
            // and the names inside it their conversion (로씨야 국방성 → 러시아 국방성).
            let conversion = form.map { GlossaryConversion.of($0, in: entry) }
            if conversion == .wording && !options.replacesWording {
                let inner = glossaryEdits(matcher.matches(inNormalized: Array(text[range]), excludingEntry: entry.id),
                                          in: text, offset: range.lowerBound, matcher: matcher)
                result += inner
                // The rest of the form is locked as written: no other rule may respell it (로조
                // must not become 노조 'labour union').
                let kept = "\(match.text) kept: another word for \(entry.southKorean) (--wording)"
                var start = range.lowerBound
                for edit in inner.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                    if start < edit.range.lowerBound { result.append((start..<edit.range.lowerBound, nil, kept, entry.id)) }
                    start = max(start, edit.range.upperBound)
                }
                if start < range.upperBound { result.append((start..<range.upperBound, nil, kept, entry.id)) }
                continue
            }
            guard match.kind == .nk, let form, conversion != .never else {
                // South Korean forms are locked as they are; North Korean wording of terms,
                // titles and documents is left to the spelling and spacing rules.
                if match.kind != .nk { result.append((range, nil, "", nil)) }
                continue
            }
            // The South Korean form with the same tags at the same position among them (로조 → 러북
            // where the forms are 조로, 로조 and 북러, 러북), else the first with those tags, else
            // the canonical one.
            func kind(_ f: GlossaryForm) -> Set<GlossaryForm.Tag> { f.tags.subtracting([.hanja, .homograph, .old, .wording]) }
            let northern = entry.forms(.nk).filter { kind($0) == kind(form) }
            let southernForms = entry.forms(.sk).filter { kind($0) == kind(form) && !$0.tags.contains(.hanja) }
            let position = northern.firstIndex { $0.text == form.text } ?? 0
            let southern = position < southernForms.count ? southernForms[position] : (southernForms.first ?? entry.forms(.sk).first!)
            result.append((range, southern.text == match.text ? nil : southern.text, "\(match.text) → \(southern.text) (glossary \(entry.id))", entry.id))
        }
        return result
    }

    /// Rule 10 (`stem-spellings.tsv`): at the start of each word, the longest listed North
    /// Korean form, replaced by its South Korean spelling.
    private func stemSpellingEdits(_ text: [Unicode.Scalar], start: [Int]) -> [Edit] {
        guard !rules.stemSpellings.isEmpty else { return [] }
        var result: [Edit] = []
        for i in text.indices where (0xAC00...0xD7A3).contains(text[i].value) && (i == 0 || !(0xAC00...0xD7A3).contains(text[i - 1].value)) {
            var end = i
            // A listed form may hold a space (우리 나라 → 우리나라): it is matched across one.
            while end < text.count && end - i < rules.longestStemSpelling && ((0xAC00...0xD7A3).contains(text[end].value) || text[end] == " ") { end += 1 }
            for length in stride(from: end - i, through: 1, by: -1) where text[i + length - 1] != " " {
                let form = Array(text[i..<i + length])
                guard let southern = rules.stemSpellings[form] else { continue }
                let written = String(scalars: form)
                result.append(Edit(range: start[i]..<start[i + length], replacement: Jamo.decompose(southern), rule: .stemSpelling,
                                   note: "\(written) → \(southern) (stem-spellings.tsv)"))
                break
            }
        }
        return result
    }

    /// Rule 11 (`sense-stems.tsv`): a verb form North Korean spells with the stem South Korean
    /// keeps for another sense (투쟁을 힘있게 벌려야 → 벌여야, 생산을 늘여야 → 늘려야), respelt
    /// where one of the three words before it in its sentence shows the sense: an object whose
    /// last noun is listed (before 을/를/도, after 들), or a listed adverb.
    private func senseStemEdits(_ text: [Unicode.Scalar], start: [Int]) -> [Edit] {
        guard !rules.senseStems.isEmpty else { return [] }
        func isHangul(_ i: Int) -> Bool { (0xAC00...0xD7A3).contains(text[i].value) }
        var result: [Edit] = []
        // Most words start with no listed form's first syllable: skipped before any string is made.
        for i in text.indices where rules.senseStemFirsts.contains(text[i]) && (i == 0 || text[i - 1] == " ") {
            var end = i
            while end < text.count && isHangul(end) { end += 1 }
            let word = String(scalars: Array(text[i..<end]))
            for verb in rules.senseStems {
                guard let form = verb.forms.filter({ word.hasPrefix($0.north) }).max(by: { $0.north.count < $1.north.count }) else { continue }
                // The words before it, back to the sentence's start, three at most.
                var before: [String] = []
                var j = i - 1
                while before.count < 3 && j >= 0 {
                    while j >= 0 && text[j] == " " { j -= 1 }
                    guard j >= 0, isHangul(j) else { break }
                    var k = j
                    while k > 0 && isHangul(k - 1) { k -= 1 }
                    before.append(String(scalars: Array(text[k...j])))
                    j = k - 1
                    if j >= 0 && text[j] != " " { break }
                }
                let shows = before.contains { word in
                    if verb.adverbs.contains(word) { return true }
                    var noun = word
                    for particle in ["을", "를", "도"] where noun.hasSuffix(particle) { noun.removeLast(); break }
                    if noun.hasSuffix("들") { noun.removeLast() }
                    return noun != word && verb.objects.contains { noun.hasSuffix($0) }
                }
                guard shows else { continue }
                let length = form.north.unicodeScalars.count
                result.append(Edit(range: start[i]..<start[i + length], replacement: Jamo.decompose(form.south), rule: .senseStem,
                                   note: "\(form.north) → \(form.south) (\(verb.verb): sense-stems.tsv)"))
                break
            }
        }
        return result
    }

    /// The particle after a replaced name, chosen again for the new final sound.
    private func particleEdit(after range: Range<Int>, replacement: String, text: [Unicode.Scalar], start: [Int]) -> Edit? {
        guard let last = replacement.unicodeScalars.last, (0xAC00...0xD7A3).contains(last.value) else { return nil }
        let tail = Jamo.decompose(last).count == 3 ? Jamo.decompose(last)[2] : nil
        let endsInVowel = tail == nil
        let endsInL = tail?.value == 0x11AF
        let following = String(scalars: Array(text[range.upperBound...].prefix(4)))
        for pair in rules.particles {
            for (written, isVowelForm) in [(pair.consonant, false), (pair.vowel, true)] where following.hasPrefix(written) {
                let wantsVowelForm = endsInVowel || (endsInL && pair.vowel == "로")
                guard isVowelForm != wantsVowelForm else { return nil }
                let right = wantsVowelForm ? pair.vowel : pair.consonant
                let count = written.unicodeScalars.count
                return Edit(range: start[range.upperBound]..<start[range.upperBound + count], replacement: Jamo.decompose(right),
                            rule: .glossary, note: "\(written) → \(right) (particle after \(replacement))")
            }
        }
        return nil
    }

    // MARK: - Rules 2-6, 8

    /// Whether any of rules 2-6 and 8 can apply: a marked North Korean or unknown morpheme, an
    /// ending, or a morpheme with ㄹ or a leading ㄴ (rules 3 and 4). Most morphemes are not.
    private func isCandidate(_ m: MeCabTagger.Morpheme, surface: ArraySlice<Unicode.Scalar>) -> Bool {
        if m.isNorthKorean || m.isUnknown || m.tag == "EF" || m.tag == "EC" { return true }
        guard let first = surface.first else { return false }
        return first.value == 0x1102 || surface.contains { $0.value == 0x1105 }
    }

    private func morphemeEdit(_ m: MeCabTagger.Morpheme, range: Range<Int>, nfd: [Unicode.Scalar],
                              previous: (range: Range<Int>, m: MeCabTagger.Morpheme)?, context: WordContext) -> Edit? {
        let tag = m.tag
        let isNorthern = m.isNorthKorean
        let features = m.features
        let field = { (i: Int) -> String in i < features.count ? features[i] : "" }
        let gloss = Self.gloss(field(12))
        let surface = Array(nfd[range])
        let readable = String(scalars: Jamo.compose(surface))
        let hasHanja = m.hasHanja
        let uninflected: Set<String> = ["NNG", "NNP", "NNB", "NP", "NR", "MAG", "MAJ", "MM", "XR", "IC", "XSN", "XPN"]
        let isPersonName = tag == "NNP" && (field(2) == "人名" || field(2) == "姓")

        // Rule 6 (table): endings.
        if tag == "EF" || tag == "EC", let replacement = rules.endings[surface] {
            return Edit(range: range, replacement: replacement, rule: .ending, note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (ending table)")
        }
        // Guard against mis-segmented words the dictionary does not know (a South Korean
        // transcription of a Russian name cut into syllables that look like North Korean words):
        // a morpheme without Hanja is converted only when it is a whole word stem.
        let isWholeStem = context.startsWord && context.followedOnlyByFunctionMorphemes
        // Rule 2: the dictionary names the South Korean form.
        if isNorthern, let gloss {
            let syllables = Jamo.compose(surface).count
            // A Sino-Korean gloss is a spelling variant of the same length (랭장고 is glossed
            // ‘랭장창고’: not a spelling, left to rule 3).
            let sameLength = !hasHanja || gloss.count == syllables
            // A gloss that is another word (기간공업 → 기간산업) is wording, not spelling.
            let spelling = Self.isSpellingVariant(readable, gloss)
            if uninflected.contains(tag), field(6) == readable, !(isPersonName && !options.convertsNames), sameLength,
               spelling || options.replacesWording,
               isWholeStem || (hasHanja && context.isSinoKoreanWord && (syllables >= 2 || context.startsWord)) {
                let replacement = Jamo.decompose(gloss)
                return Edit(range: range, replacement: replacement, rule: .dictionary,
                            note: "\(readable) → \(gloss) (NK-HanDic: ‘\(gloss)’의 북한어\(spelling ? "" : "; wording"))")
            }
            if tag.hasPrefix("E"), gloss.hasPrefix("-") {
                let replacement = Jamo.decomposeForm(String(gloss.dropFirst()))
                return Edit(range: range, replacement: replacement, rule: .ending, note: "\(readable) → \(gloss.dropFirst()) (NK-HanDic: ‘\(gloss)’의 북한어)")
            }
        }
        // Rule 5: -여/-였 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ, the honorific 시 and the copula.
        if isNorthern, ["EP", "VCP", "XSV", "XSA", "VV", "VX", "VA"].contains(tag), let edit = yeoEdit(surface, range: range, tag: tag, readable: readable) {
            return edit
        }
        // Rule 3: the initial-sound law on Sino-Korean morphemes (not dependent nouns, not names).
        if hasHanja, ["NNG", "XR", "NNP", "MM", "MAG"].contains(tag), !(isPersonName && !options.convertsNames), tag != "NNB",
           Jamo.compose(surface).count >= 2 ? (context.startsWord || context.followsNoun) && context.isSinoKoreanWord : isWholeStem,
           surface.count >= 2, let vowels = rules.initialSound[surface[0].value], let lead = vowels[surface[1].value] {
            var replacement = surface
            replacement[0] = lead
            replacement = yeolYulApplied(replacement)
            return Edit(range: range, replacement: replacement, rule: .initialSound,
                        note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (두음 법칙, Hanja \(field(7)))")
        }
        // Rule 4: 렬/률 after a vowel or ㄴ inside a Sino-Korean word.
        if hasHanja {
            var context = surface
            var offset = 0
            if let previous, previous.range.upperBound == range.lowerBound {
                context = Array(nfd[previous.range]) + surface   // the syllable before may be another morpheme
                offset = previous.range.count
            }
            let changed = yeolYulApplied(context)
            if changed != context {
                let replacement = Array(changed[offset...])
                if replacement != surface {
                    return Edit(range: range, replacement: replacement, rule: .yeolYul,
                                note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (렬/률 after a vowel or ㄴ)")
                }
            }
        }
        // Rule 8: loanwords unknown to both the glossary and the dictionary.
        if !hasHanja, ["NNG", "NNP"].contains(tag), m.isUnknown || (isNorthern && gloss == nil), !isPersonName, isWholeStem {
            let replacement = surface.map { rules.loanwordConsonants[$0] ?? $0 }
            if replacement != surface {
                return Edit(range: range, replacement: replacement, rule: .loanword,
                            note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (guess: no tense consonants in loanwords)")
            }
        }
        return nil
    }

    /// UTF-8 of scalars, and for each byte offset the scalar index (plus `offset`) starting
    /// there, or -1 inside a scalar.
    static func encode(_ scalars: ArraySlice<Unicode.Scalar>, offset: Int) -> ([UInt8], [Int]) {
        var utf8: [UInt8] = []
        var index: [Int] = []
        utf8.reserveCapacity(scalars.count * 3)
        index.reserveCapacity(scalars.count * 3 + 1)
        for (i, scalar) in scalars.enumerated() {
            let v = scalar.value
            index.append(offset + i)
            if v < 0x80 {
                utf8.append(UInt8(v))
            } else if v < 0x800 {
                utf8 += [UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F)]; index.append(-1)
            } else if v < 0x10000 {
                utf8 += [UInt8(0xE0 | v >> 12), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F)]; index += [-1, -1]
            } else {
                utf8 += [UInt8(0xF0 | v >> 18), UInt8(0x80 | v >> 12 & 0x3F), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F)]; index += [-1, -1, -1]
            }
        }
        index.append(offset + scalars.count)
        return (utf8, index)
    }

    /// The parts of speech (HanDic's) a modifier ending must follow for a dependent noun after it
    /// to count as written solid: a verb or adjective stem in the same word, as a name the
    /// analyzer cut into pieces (네벤자, 인테르팍스) is no modifier.
    static let modifierStems: Set<String> = ["VV", "VA", "VX", "VCP", "XSV", "XSA", "EP"]

    /// The dependent nouns North Korean text writes solid most (할수, 있는것, 하는데서), not every
    /// word the analyzer calls one (자 '者', 테 'intent' turn up in cut-up names).
    static let dependentNounsWrittenSolid: Set<String> = ["것", "수", "데", "바", "줄", "때문", "듯", "만큼", "뿐", "채", "대로", "적"]

    /// Whether a text shows the signals the cheap filter looks for (the private `hasSignal(_:)`): for
    /// counting what conversion leaves behind (`gyeore-bench residuals`).
    public func showsNorthKoreanSignal(_ text: String) -> Bool {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        return hasSignal(scalars[...])
    }

    /// A cheap look for North Korean spelling (see signals.tsv): a Sino-Korean ㄹ/ㄴ syllable
    /// starting a word or, inside a word, starting a compound element (after two syllables at
    /// least, with more to follow: 선군혁명로선을, 투쟁력사에서, 문화적락후성을); 렬/률 and the
    /// other syllables listed as signals anywhere; listed North Korean words (일군, 원쑤);
    /// -여/-였 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ; -ㄹ가/-ㄹ고/-ㄹ소냐.
    /// `gyeore-bench signals` measures what it lets through.
    private func hasSignal(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar? = nil
        var syllablesBefore = 0 // Hangul syllables of the current word before this one
        var index = sentence.startIndex
        while index < sentence.endIndex {
            let scalar = sentence[index]
            defer { previous = scalar; index += 1 }
            guard (0xAC00...0xD7A3).contains(scalar.value) else { syllablesBefore = 0; continue }
            // A word starts after a space or punctuation (not after a digit: 2024년, nor a letter).
            let wordStart = previous.map { p in
                !(0xAC00...0xD7A3).contains(p.value) && !(p.value < 0x80 && (("0"..."9").contains(p) || ("A"..."Z").contains(p) || ("a"..."z").contains(p)))
                    && !(0x4E00...0x9FFF).contains(p.value)
            } ?? true
            if wordStart { syllablesBefore = 0 }
            defer { syllablesBefore += 1 }
            if rules.wordInitialSignals.contains(scalar) {
                if wordStart { return true }
                let next = sentence.index(after: index)
                if syllablesBefore >= 2, next < sentence.endIndex, (0xAC00...0xD7A3).contains(sentence[next].value) { return true }
            }
            if rules.anywhereSignals.contains(scalar) { return true }
            if let words = rules.wordSignals[scalar] {
                for word in words where sentence[index...].starts(with: word) { return true }
            }
            guard let previous, (0xAC00...0xD7A3).contains(previous.value) else { continue }
            let before = Jamo.decompose(previous)
            if scalar == "여" || scalar == "였", before.count == 2, [0x1175, 0x1162, 0x1166, 0x116C, 0x1171, 0x1174].contains(before[1].value) { return true }
            if (scalar == "가" || scalar == "고" || scalar == "소"), before.count == 3, before[2].value == 0x11AF { return true }
            // A dependent noun written solid after a modifier ending in ㄴ or ㄹ (할수, 있는것,
            // 하는데서): North Korean spacing, which South Korean norms never write. A cheap
            // signal: -는데 and -ㄹ수록 are endings too, which the analysis tells apart.
            if ["것", "수", "데", "바", "채", "줄", "듯", "뿐"].contains(scalar), before.count == 3, [0x11AB, 0x11AF].contains(before[2].value) {
                let next = sentence.index(after: index)
                if !(scalar == "수" && next < sentence.endIndex && sentence[next] == "록") { return true }
            }
            // -고 written solid before 있다 (투쟁하고있다).
            if previous == "고" && scalar == "있" { return true }
            // A position noun written solid after a noun and followed by a particle (우리앞에,
            // 투쟁속에서, 기치밑에, 북남사이의): after two syllables of its word at least.
            if syllablesBefore >= 2 {
                let next = sentence.index(after: index)
                if ["앞", "밑", "속", "위"].contains(scalar), next < sentence.endIndex, Self.particleStarts.contains(sentence[next]) { return true }
                if scalar == "사", next < sentence.endIndex, sentence[next] == "이" {
                    let after = sentence.index(after: next)
                    if after < sentence.endIndex, Self.particleStarts.contains(sentence[after]) { return true }
                }
            }
            // 동지 or 동무 written solid after a name (김일성동지와, 장령동무들).
            if scalar == "동", syllablesBefore >= 2 {
                let next = sentence.index(after: index)
                if next < sentence.endIndex, sentence[next] == "지" || sentence[next] == "무" { return true }
            }
            // A -적 modifier written solid before a noun (국제적환경, 당적조치): 적 after a syllable
            // of its word, followed by one that starts no particle, copula or ending (구체적으로,
            // 경제적이며 are South Korean), or by 인 and more (혁명적인민, not 혁명적인).
            if scalar == "적", syllablesBefore >= 1 {
                let next = sentence.index(after: index)
                if next < sentence.endIndex, (0xAC00...0xD7A3).contains(sentence[next].value) {
                    if !Self.afterModifierSuffix.contains(sentence[next]) { return true }
                    let after = sentence.index(after: next)
                    if sentence[next] == "인", after < sentence.endIndex, (0xAC00...0xD7A3).contains(sentence[after].value) { return true }
                }
            }
        }
        return false
    }

    /// First syllables of the particles after a position noun (앞에, 속에서, 밑으로, 사이의).
    static let particleStarts: Set<Unicode.Scalar> = ["에", "의", "으", "을", "이", "은", "도", "를", "는", "로"]

    /// Titles only North Korean prose writes after a name (김일성동지, 장령동무들).
    static let northernTitles: Set<String> = ["동지", "동무"]

    /// Syllables that follow a -적 word in South Korean writing too: particles, the copula and
    /// endings (-적으로, -적인, -적이며, -적에, -적을, -적과, -적보다, -적까지).
    static let afterModifierSuffix: Set<Unicode.Scalar> = ["으", "이", "인", "일", "임", "입", "에", "엔", "은", "을", "의", "과", "와", "도", "만", "까", "부", "보", "처", "나", "며", "라", "로", "란", "랑", "뿐", "마"]

    /// Whether a South Korean form spells the same word as a North Korean one: as many syllables,
    /// at most two letters (jamo) apart (령도/영도, 고기배/고깃배, 색갈/색깔, 두리/둘레); farther
    /// apart it is another word (기간공업/기간산업, 다락밭/계단밭), a change of wording.
    static func isSpellingVariant(_ north: String, _ south: String) -> Bool {
        guard north.unicodeScalars.count == south.unicodeScalars.count else { return false }
        let a = Jamo.decompose(north), b = Jamo.decompose(south)
        guard !a.isEmpty, !b.isEmpty else { return a == b }
        guard abs(a.count - b.count) <= 2 else { return false }
        // Levenshtein distance over jamo, stopped once past 2.
        var row = Array(0...b.count)
        for i in 1...a.count {
            var next = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if next.min()! > 2 { return false }
            row = next
        }
        return row[b.count] <= 2
    }

    /// Whether HanDic (South Korean) reads the same span as the same known morpheme: then the
    /// word is South Korean as written (꼴, 빠) and no rule touches it.
    private func southernDictionaryAgrees(_ range: Range<Int>, surface: String, context: WordContext, nfd: [Unicode.Scalar]) -> Bool {
        counters.withLock { $0.southernLookups += 1 }
        let (utf8, offsets) = Self.encode(nfd[context.word], offset: context.word.lowerBound)
        // A proper-name reading is HanDic's guess for a word it does not know: not agreement.
        for m in south.analyse(utf8) where !m.isUnknown && m.tag != "NNP" {
            if offsets[m.bytes.lowerBound] == range.lowerBound && offsets[m.bytes.upperBound] == range.upperBound && m.surface == surface {
                return true
            }
        }
        return false
    }

    /// Applies rule 4 inside a jamo sequence: 렬/률 after a vowel or ㄴ become 열/율.
    private func yeolYulApplied(_ jamo: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var syllables = Jamo.compose(jamo)
        guard syllables.count >= 2 else { return jamo }
        for i in 1..<syllables.count {
            guard let target = rules.yeolYul[syllables[i]] else { continue }
            let before = Jamo.decompose(syllables[i - 1])
            guard before.count == 2 || before.last?.value == 0x11AB else { continue } // vowel or ㄴ
            syllables[i] = target
        }
        return syllables.flatMap(Jamo.decompose)
    }

    private func yeoEdit(_ surface: [Unicode.Scalar], range: Range<Int>, tag: String, readable: String) -> Edit? {
        // The morpheme must end in 여 (ᄋ ᅧ).
        guard surface.count >= 2, surface[surface.count - 2].value == 0x110B, surface[surface.count - 1].value == 0x1167 else { return nil }
        var replacement = Array(surface.dropLast(2))
        let stemVowel = replacement.last
        let eo: [Unicode.Scalar] = ["\u{110B}", "\u{1165}"] // 어
        if tag == "VCP" {
            replacement += eo                                        // 이여 → 이어
        } else if stemVowel?.value == 0x1175 {                       // ㅣ: 시여 → 셔, 드리여 → 드려
            replacement[replacement.count - 1] = "\u{1167}"
        } else if let vowel = stemVowel, [0x1162, 0x1166, 0x116C, 0x1171, 0x1174].contains(vowel.value) { // ㅐ ㅔ ㅚ ㅟ ㅢ
            if options.contracts && vowel.value == 0x116C {
                replacement[replacement.count - 1] = "\u{116B}"      // 되어 → 돼
            } else {
                replacement += eo
            }
        } else {
            return nil
        }
        return Edit(range: range, replacement: replacement, rule: .yeoEnding,
                    note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (-여 → -어 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ, 시, 이다)")
    }

    /// The South Korean form in a gloss "‘영토’의 북한어.", if the gloss has that shape.
    static func gloss(_ field: String) -> String? {
        guard field.hasSuffix("의 북한어."), let open = field.firstIndex(of: "‘"), let close = field.firstIndex(of: "’"), open < close else { return nil }
        let form = String(field[field.index(after: open)..<close])
        guard !form.isEmpty, !form.contains(" "), !form.contains(",") else { return nil }
        return form
    }

    // MARK: - Rule 7

    private func spacingReason(previous: MeCabTagger.Morpheme, previousSurface: String, current: MeCabTagger.Morpheme, surface: String) -> String? {
        let (before, tag) = (previous[10], current[10])
        if before == "ETM" && tag == "NNB" { return "dependent noun" }
        if before == "EC" && tag == "VX" && (rules.auxiliaryAfter.contains(previousSurface) || rules.auxiliaryAfter.contains(previous[6])) {
            return "auxiliary verb"
        }
        if before == "NNB" && ["VV", "VA", "VX"].contains(tag) { return "verb after a dependent noun" }
        if before == "NNG" && ["VA", "VV"].contains(tag) && (surface.hasPrefix("있") || surface.hasPrefix("없"))
            && !isSouthKoreanWord(previousSurface + surface, tags: ["VA", "VV"]) {
            return "있다/없다 after a noun (not one word in HanDic)"
        }
        if tag == "NNG" && (["NNG", "NNP", "NP"].contains(before) || (before == "XSN" && previousSurface == "들")) && rules.positionNouns.contains(surface) { return "position noun" }
        if tag == "NNG" && before == "NNP" && rules.titles.contains(surface) { return "title after a name" }
        // 한글 맞춤법 제2항: a determiner is a word (한 해, 여러 나라, 전 세계), unless HanDic knows
        // the two as one word (새해, 이번).
        if before == "MM" && ["NNG", "NNB"].contains(tag) && !isSouthKoreanWord(previousSurface + surface) { return "determiner before a noun" }
        let isModifier = (before == "XSN" && rules.suffixesBeforeNoun.contains(previousSurface))
            || (["NNG", "MM"].contains(before) && previousSurface.count >= 3 && rules.suffixesBeforeNoun.contains(where: { previousSurface.hasSuffix($0) }))
        if isModifier && ["NNG", "NNP"].contains(tag) { return "-적 modifier" }
        if before == "NNG" && tag == "NNG" && previousSurface.count >= 2 && surface.count >= 2 && !rules.boundNouns.contains(surface)
            && !isSouthKoreanWord(previousSurface + surface) {
            return "compound HanDic does not know as one word"
        }
        return nil
    }

    /// Whether HanDic reads `word` as one known morpheme (of one of `tags`, when given).
    private func isSouthKoreanWord(_ word: String, tags: Set<String>? = nil) -> Bool {
        counters.withLock { $0.southernLookups += 1 }
        let morphemes = south.analyse(Array(String(scalars: Jamo.decompose(word)).utf8))
        guard let first = morphemes.first, !first.isUnknown else { return false }
        if let tags { return tags.contains(first.tag) && first.surface.unicodeScalars.count >= Jamo.decompose(word).count }
        return morphemes.count == 1
    }

    /// Text ranges (sentences, and quotations inside them) where a rule found North Korean spelling.
    private func evidenceScopes(text: [Unicode.Scalar], sentences sentenceRanges: [Range<Int>], edits: [Edit], kept: [Range<Int>] = [], start: [Int]) -> [Range<Int>] {
        guard !edits.isEmpty || !kept.isEmpty else { return [] }
        let evidence = RangeIndex(edits.filter { $0.rule != .spacing && $0.rule != .loanword }.map(\.range) + kept)
        func hasEvidence(_ range: Range<Int>) -> Bool { evidence.overlaps(start[range.lowerBound]..<start[range.upperBound]) }
        var scopes: [Range<Int>] = []
        for sentence in sentenceRanges {
            // Split at top-level quotations: “…” inside a sentence is its own scope.
            var pieces: [Range<Int>] = []
            var outsideStart = sentence.lowerBound
            var i = sentence.lowerBound
            var outside: [Range<Int>] = []
            while i < sentence.upperBound {
                if text[i] == "\u{201C}", let close = text[(i + 1)..<sentence.upperBound].firstIndex(of: "\u{201D}") {
                    outside.append(outsideStart..<i)
                    pieces.append(i..<close + 1)
                    i = close + 1
                    outsideStart = i
                } else {
                    i += 1
                }
            }
            outside.append(outsideStart..<sentence.upperBound)
            for piece in pieces where hasEvidence(piece) { scopes.append(piece) }
            if outside.contains(where: hasEvidence) { scopes += outside }
        }
        return scopes
    }

    // MARK: - Applying edits

    private func apply(_ edits: [Edit], text: [Unicode.Scalar], nfd: [Unicode.Scalar], source: [Int], start: [Int]) -> StepOutput {
        let sorted = edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        // Group edits by the syllables they touch; an insertion at a syllable boundary stands alone.
        struct Group { var text: Range<Int>; var edits: [Edit] }
        var groups: [Group] = []
        for edit in sorted {
            let textRange: Range<Int>
            if edit.range.isEmpty {
                let p = edit.range.lowerBound
                let index = p < source.count ? source[p] : text.count
                textRange = p == start[index] ? index..<index : index..<index + 1
            } else {
                textRange = source[edit.range.lowerBound]..<(source[edit.range.upperBound - 1] + 1)
            }
            if let last = groups.last, last.text.upperBound > textRange.lowerBound || (last.text.overlaps(textRange)) {
                groups[groups.count - 1].text = last.text.lowerBound..<max(last.text.upperBound, textRange.upperBound)
                groups[groups.count - 1].edits.append(edit)
            } else {
                groups.append(Group(text: textRange, edits: [edit]))
            }
        }
        var editor = TextEditorBridge(capacity: text.count + 16)
        var copied = 0
        for group in groups {
            editor.copy(text[copied..<group.text.lowerBound])
            // Rebuild the group's jamo with its edits, then compose.
            let jamoRange = start[group.text.lowerBound]..<start[group.text.upperBound]
            var rebuilt: [Unicode.Scalar] = []
            var cursor = jamoRange.lowerBound
            for edit in group.edits {
                guard edit.range.lowerBound >= cursor else { continue } // overlapping edit: the first wins
                rebuilt += nfd[cursor..<edit.range.lowerBound]
                rebuilt += edit.replacement
                cursor = edit.range.upperBound
            }
            rebuilt += nfd[cursor..<jamoRange.upperBound]
            let outputStart = editor.count
            let replacement = Jamo.compose(rebuilt)
            editor.replace(text[group.text], with: replacement)
            for edit in group.edits {
                editor.annotate(outputStart..<outputStart + replacement.count, rule: edit.rule.rawValue, note: edit.note, entry: edit.entry)
            }
            copied = group.text.upperBound
        }
        editor.copy(text[copied...])
        return editor.finish(originalCount: text.count)
    }
}

/// Where a morpheme stands in its word (a run of text between spaces and punctuation).
struct WordContext {
    /// The word's range in the decomposed text.
    var word: Range<Int>
    /// The morpheme begins the word.
    var startsWord: Bool
    /// Only particles, endings and suffixes follow it in the word.
    var followedOnlyByFunctionMorphemes: Bool
    /// The morpheme before it in the word is a noun (a compound element: 안전+리익).
    var followsNoun: Bool
    /// Every other content morpheme of the word has Hanja: the word is a Sino-Korean compound
    /// (안전+리익, 전투+적+련대성), not a foreign name cut into pieces (로시+스+카+야).
    var isSinoKoreanWord: Bool

    init(index k: Int, morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], nfd: [Unicode.Scalar], positionNouns: Set<String>) {
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { (0x1100...0x11FF).contains(s.value) || s.properties.isAlphabetic || s.properties.numericType != nil }
        let range = morphemes[k].range
        var lower = range.lowerBound
        while lower > 0 && isWordScalar(nfd[lower - 1]) { lower -= 1 }
        var upper = range.upperBound
        while upper < nfd.count && isWordScalar(nfd[upper]) { upper += 1 }
        word = lower..<upper
        startsWord = lower == range.lowerBound
        var following = true
        var j = k + 1
        while j < morphemes.count && morphemes[j].range.lowerBound < upper {
            let tag = morphemes[j].m[10]
            if !(tag.hasPrefix("J") || tag.hasPrefix("E") || tag.hasPrefix("XS") || tag == "VCP") { following = false; break }
            j += 1
        }
        followedOnlyByFunctionMorphemes = following
        // After a -적 modifier written solid (영웅적로동계급) the noun starts a word of its own in
        // South Korean (영웅적 노동계급) and takes the initial-sound law as one.
        followsNoun = k > 0 && morphemes[k - 1].range.upperBound == range.lowerBound && (["NNG", "NNP"].contains(morphemes[k - 1].m[10])
            || (morphemes[k - 1].m[10] == "XSN" && String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range]))) == "적"))
        // Only the morphemes of this word: walk out from k while they stay inside it.
        var sino = true
        var i = k - 1
        var neighbours: [Int] = []
        while i >= 0 && morphemes[i].range.lowerBound >= lower { neighbours.append(i); i -= 1 }
        i = k + 1
        while i < morphemes.count && morphemes[i].range.upperBound <= upper { neighbours.append(i); i += 1 }
        for i in neighbours {
            let tag = morphemes[i].m.tag
            if tag.hasPrefix("J") || tag.hasPrefix("E") || tag == "VCP" || tag.hasPrefix("XS") { continue }
            // A native position noun after the morpheme (령도+밑+에) is a word of its own that
            // North Korean spelling writes solid; it does not make the word a foreign name.
            if i > k, tag == "NNG", positionNouns.contains(String(scalars: Jamo.compose(Array(nfd[morphemes[i].range])))) { continue }
            if !morphemes[i].m.hasHanja { sino = false; break }
        }
        isSinoKoreanWord = sino
    }
}

/// Builds a step's output (text, offset map, rule annotations) from copies and replacements.
struct TextEditorBridge {
    private var output: [Unicode.Scalar] = []
    private var runs: [OffsetMap.Run] = []
    private var annotations: [Annotation] = []

    init(capacity: Int) { output.reserveCapacity(capacity) }

    var count: Int { output.count }

    mutating func copy(_ scalars: ArraySlice<Unicode.Scalar>) {
        output += scalars
        runs.append(.unchanged(scalars.count))
    }

    mutating func replace(_ original: ArraySlice<Unicode.Scalar>, with replacement: [Unicode.Scalar]) {
        output += replacement
        runs.append(Array(original) == replacement ? .unchanged(original.count) : .change(original: original.count, normalized: replacement.count))
    }

    mutating func annotate(_ range: Range<Int>, rule: String, note: String, entry: String? = nil) {
        annotations.append(Annotation(range: range, kind: .rule(id: rule, note: note, entry: entry)))
    }

    func finish(originalCount: Int) -> StepOutput {
        StepOutput(text: output, map: OffsetMap(runs: runs), annotations: annotations)
    }
}

/// The orthography conversion as a step of the normalization pipeline (its last slot).
public struct OrthographyStep: NormalizationStep {
    public let name = "orthography"
    private let converter: OrthographyConverter

    /// Wraps a converter.
    public init(converter: OrthographyConverter) { self.converter = converter }

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? { converter.convert(text) }
}

import Gyeore
import Synchronization

/// Converts North Korean spelling and spacing to South Korean, morpheme by morpheme.
///
/// Glossary forms come first (names, countries, outlets, abbreviations: 조로 → 북러) and are
/// locked. The rest of the text is analysed by MeCab with NK-HanDic; each rule looks at the
/// morphemes (part of speech, Hanja, the dictionary's North Korean marker and gloss), so that
/// Sino-Korean words (령토 → 영토) are told from loanwords (라디오), endings (되였다) from nouns
/// (기여), and dependent nouns can be spaced. Spacing rules apply only where another rule showed
/// the text to be North Korean, so South Korean text comes out unchanged.
///
/// This file holds the order the rules run in (`convert`). Each rule lives in a file of
/// its own under `Rules/` (`GlossaryRule`, `StemSpellingRule`, `SenseStemRule`,
/// `MorphemeRules` with `DictionaryRule`, `YeolYulRule` and `YeoEndingRule`, `SpacingRule`);
/// the cheap sentence filter in `SignalFilter.swift`, the spacing rule's scopes in
/// `EvidenceScopes.swift`, and the rebuilding of the text in `EditApplication.swift`.
public final class OrthographyConverter: @unchecked Sendable {
    let north: MeCabTagger
    let south: MeCabTagger
    let rules: OrthographyRules
    let glossary: Glossary?
    let matcher: TermMatcher?
    let sentences: ICUBreakIterator
    /// The options in force.
    public let options: OrthographyOptions

    /// Work counters: sentences seen and analysed, HanDic look-ups.
    public struct Statistics: Sendable {
        public var sentences = 0
        public var sentencesAnalysed = 0
        /// Words HanDic analysed (each once while the converter remembers it).
        public var southernLookups = 0
    }
    let counters = Mutex(Statistics())
    /// HanDic's readings of single words, by word (``southernReading(of:)``).
    let southernReadings = Mutex(BoundedMemo<String, SouthernReading>(limit: southernReadingsLimit))
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
        /// Spelling, or another word (`--wording`).
        var level: NormalizedText.Explanation.Level = .spelling
        /// What the rule read and wrote, when not the jamo it replaces and its replacement (a
        /// space names the syllables around it).
        var shown: (from: String, to: String)? = nil
    }

    /// Converts one text; nil when nothing changes.
    func convert(_ text: [Unicode.Scalar]) -> StepOutput? {
        guard text.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) else { return nil }
        // Decompose: nfd[i] comes from text[source[i]]; start[j] is where text[j] begins in nfd.
        var nfd: [Unicode.Scalar] = []
        var source: [Int] = []
        var start: [Int] = []
        nfd.reserveCapacity(text.count * 3)
        source.reserveCapacity(text.count * 3)
        start.reserveCapacity(text.count + 1)
        for (index, scalar) in text.enumerated() {
            start.append(nfd.count)
            // In place: an array per scalar was 112,000 allocations on a year of addresses.
            for _ in 0..<Jamo.decompose(scalar, into: &nfd) { source.append(index) }
        }
        start.append(nfd.count)

        // Rule 1: glossary terms are units: North Korean forms of names, places, outlets and
        // abbreviations are converted, and every term is locked against the other rules.
        var edits: [Edit] = []
        var locked: [Range<Int>] = []
        var lockedTerms: [Range<Int>] = []   // text ranges of glossary terms, for spacing after them
        var keptWording: [Range<Int>] = []   // North Korean wording kept as written: evidence all the same
        var unchangedTerms: [Range<Int>] = [] // glossary terms left as written (South Korean forms, kept wording)
        var personNameEnds: [Int] = []        // where a person's North Korean name form ends, for the titles after it
        var respeltTermEnds: [Int] = []       // where a respelt term ends, for a position noun written solid after it
        for term in glossaryEdits(text) {
            let range = start[term.range.lowerBound]..<start[term.range.upperBound]
            locked.append(range)
            lockedTerms.append(term.range)
            if term.replacement != nil, term.entry?.hasPrefix("person.") == true { personNameEnds.append(term.range.upperBound) }
            if term.replacement != nil { respeltTermEnds.append(term.range.upperBound) }
            if term.replacement == nil { unchangedTerms.append(range) }
            if term.replacement == nil && term.entry != nil { keptWording.append(range) }
            if let replacement = term.replacement {
                edits.append(Edit(range: range, replacement: Jamo.decompose(replacement), rule: .glossary, note: term.note, entry: term.entry, level: term.level))
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

        // `locked` is complete here: the glossary's spans and the edits made so far.
        let lockedIndex = RangeIndex(locked)
        // The glossary terms left as written, for the North Korean nouns that begin with one
        // (indexed: a long line holds many terms, and each such noun asks about its own; built
        // only when a text has such a noun).
        lazy var keptTerms = KeptTerms(unchanged: unchangedTerms, locked: locked)
        // Words North Korean writes solid (할수, 우리앞에): evidence for the spacing rule's scope.
        // Listed spellings that part a word (들고나가 → 들고 나가, 모두다 → 모두 다) are words written
        // solid too, counted with the others.
        let partedStems = edits.filter { $0.rule == .stemSpelling && $0.replacement.contains(" ") }.map(\.range)
        let (solidWritten, slips) = solidWriting(morphemes, text: text, nfd: nfd, sentences: sentenceRanges, start: start, locked: lockedIndex, partedStems: partedStems)

        // Where a noun of two syllables or more starts right after a glossary term, the spacing
        // rule starts a word (유엔력사 → 유엔 역사): the other rules read it as a word's start, and
        // the spacing rule takes the same positions.
        let termEnds = Set(lockedTerms.map { start[$0.upperBound] })
        var wordStarts = termEnds.isEmpty ? [] : Set(morphemes.filter { termEnds.contains($0.range.lowerBound) && $0.m.tag == "NNG" && Jamo.compose(Array(nfd[$0.range])).count >= 2 }.map(\.range.lowerBound))
        // So does a noun after a determiner written solid with it (한피줄을 → 한 핏줄을), where
        // the spacing rule parts them (``determinerIsAWord(_:before:)``), but not after two
        // determiners in a row (``isCutName(_:in:)``).
        for k in morphemes.indices.dropFirst() where morphemes[k].m.tag == "NNG" && morphemes[k - 1].m.tag == "MM"
            && morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound && !Self.isCutName(k, in: morphemes) {
            let determiner = String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range]))), noun = String(scalars: Jamo.compose(Array(nfd[morphemes[k].range])))
            if determinerIsAWord(determiner, before: noun) { wordStarts.insert(morphemes[k].range.lowerBound) }
        }
        // And a noun after a person's name written solid with it (림수경녀대학생 → 림수경 여대학생:
        // "noun after a person's name").
        for k in morphemes.indices where morphemes[k].m.tag == "NNG" && Self.followsPersonName(k, in: morphemes) {
            wordStarts.insert(morphemes[k].range.lowerBound)
        }
        // Rules 2-6 and 8 on each morpheme outside the locked spans.
        var converted: [Int: [Unicode.Scalar]] = [:]   // morpheme index -> its new jamo
        for k in morphemes.indices {
            // Rule 10 on a listed noun inside a word (근로인테리); the others do not touch it then.
            if k > 0, morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound, mayBeListedNoun(morphemes[k].range, nfd: nfd),
               !lockedIndex.overlaps(morphemes[k].range), let edit = stemSpellingEdit(morphemes[k].m, range: morphemes[k].range, nfd: nfd) {
                edits.append(edit)
                converted[k] = edit.replacement
                continue
            }
            // A name or North Korean noun holding a glossary term: its other elements only (rule 3).
            if lockedIndex.overlaps(morphemes[k].range), Self.mayHoldElements(morphemes[k].m),
               let (edit, respelt) = innerElementEdit(Array(nfd[morphemes[k].range]), range: morphemes[k].range, locked: lockedIndex) {
                edits.append(edit)
                converted[k] = respelt
                continue
            }
            if let edit = copulaEdit(k, morphemes: morphemes, nfd: nfd), !lockedIndex.overlaps(edit.range) {
                edits.append(edit)
                converted[k] = []
                continue
            }
            // A North Korean word the dictionary lists whole may begin with a glossary term the
            // glossary leaves as written (자주로선, 自主路線, holds 자주 'independence'): its
            // dictionary spelling applies when it keeps the term's letters (자주노선).
            let isLocked = lockedIndex.overlaps(morphemes[k].range)
            let holdsKeptTerm = isLocked && !unchangedTerms.isEmpty && ["NNG", "NNP"].contains(morphemes[k].m.tag) && morphemes[k].m.isNorthKorean
                && keptTerms.holdsOnlyKeptTerms(morphemes[k].range)
            guard isCandidate(morphemes[k].m, surface: nfd[morphemes[k].range]), !isLocked || holdsKeptTerm else { continue }
            let item = morphemes[k]
            let context = WordContext(index: k, morphemes: morphemes, nfd: nfd, positionNouns: rules.positionNouns, wordStarts: wordStarts)
            if let edit = morphemeEdit(item.m, range: item.range, nfd: nfd, previous: k > 0 ? morphemes[k - 1] : nil, context: context),
               !holdsKeptTerm || (edit.rule == .dictionary && edit.level == .spelling && keptTerms.keepsLetters(in: item.range, nfd: nfd, replacement: edit.replacement)),
               // (A morpheme whose entry points to the normative spelling, 외곡 → 왜곡, is not South
               // Korean as written, though HanDic lists it with the same pointer.)
               ![.dictionary, .initialSound, .loanword].contains(edit.rule) || (edit.rule == .dictionary && item.m.pointsToNorm) || !southernDictionaryAgrees(item.range, surface: item.m.surface, northernTag: item.m.tag, northernHanja: item.m.hasHanja ? item.m[7] : nil,
                                                                                                     context: context, nfd: nfd),
               ![.dictionary, .initialSound].contains(edit.rule) || !followsParticleCutFromAWord(k, in: morphemes, nfd: nfd) && !Self.wordStartsWithEnding(context.word, k, in: morphemes) {
                edits.append(edit)
                converted[k] = edit.replacement
                // A respelt word may end in another sound (로보트 → 로봇): the particle after it is
                // chosen again, as after a glossary name (로봇를 → 로봇을). Only then: where the
                // sound stays (론 → 논), what follows was no particle fitted to it (론란 is 論亂).
                if edit.rule == .dictionary, let last = item.range.last, start[source[last] + 1] == item.range.upperBound,
                   Self.finalSoundClass(Array(nfd[item.range])) != Self.finalSoundClass(edit.replacement),
                   let particle = particleEdit(after: source[item.range.lowerBound]..<source[last] + 1, replacement: String(scalars: Jamo.compose(edit.replacement)),
                                               text: text, start: start, rule: .dictionary), !lockedIndex.overlaps(particle.range) {
                    edits.append(particle)
                }
            }
        }
        // Where the text shows North Korean spelling (loanword guesses and spacing are no
        // evidence, so the scopes are the same before and after the guesses are filtered).
        let scopes = evidenceScopes(text: text, sentences: sentenceRanges, edits: edits, kept: keptWording + solidWritten, start: start)
        // Rule 8 guesses count only where other rules found North Korean spelling.
        let guessScopes = RangeIndex(scopes.map { start[$0.lowerBound]..<start[$0.upperBound] })
        edits.removeAll { edit in
            edit.rule == .loanword && !options.assumesNorthKorean && !guessScopes.contains(edit.range.lowerBound)
        }

        // Rule 7: spacing, where the sentence or quotation shows North Korean spelling.
        let spacing = spacingEdits(morphemes, converted: converted, text: text, nfd: nfd, source: source, start: start, scopes: RangeIndex(scopes),
                                   nounsAfterTerms: wordStarts, locked: lockedIndex, slips: slips)
        let spaced = Set(spacing.map(\.range.lowerBound))
        edits += spacing + (titleSpacingEdits(after: personNameEnds, text: text, start: start, scopes: RangeIndex(scopes))
                            + positionSpacingEdits(after: respeltTermEnds, text: text, start: start, scopes: RangeIndex(scopes))).filter { !spaced.contains($0.range.lowerBound) }
        guard !edits.isEmpty else { return nil }
        return apply(edits, text: text, nfd: nfd, source: source, start: start)
    }

    /// How decomposed text ends: 0 in a vowel, 1 in a final consonant, 2 in ㄹ (로 follows it as
    /// it follows a vowel).
    static func finalSoundClass(_ jamo: [Unicode.Scalar]) -> Int {
        guard let last = jamo.last, (0x11A8...0x11FF).contains(last.value) else { return 0 }
        return last.value == 0x11AF ? 2 : 1
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
                // Byte by byte: an array literal per scalar was an allocation per scalar.
                utf8.append(UInt8(0xC0 | v >> 6)); utf8.append(UInt8(0x80 | v & 0x3F))
                index.append(-1)
            } else if v < 0x10000 {
                utf8.append(UInt8(0xE0 | v >> 12)); utf8.append(UInt8(0x80 | v >> 6 & 0x3F)); utf8.append(UInt8(0x80 | v & 0x3F))
                index.append(-1); index.append(-1)
            } else {
                utf8.append(UInt8(0xF0 | v >> 18)); utf8.append(UInt8(0x80 | v >> 12 & 0x3F)); utf8.append(UInt8(0x80 | v >> 6 & 0x3F)); utf8.append(UInt8(0x80 | v & 0x3F))
                index.append(-1); index.append(-1); index.append(-1)
            }
        }
        index.append(offset + scalars.count)
        return (utf8, index)
    }
}

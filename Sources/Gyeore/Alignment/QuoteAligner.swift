import Foundation
import Synchronization

/// Groups quotations from many reports into clusters of the same statement, and explains how
/// each pair of renderings differs.
///
/// Each quotation is normalized once (with the North → South orthography step when the
/// normalizer has it) into a canonical form: glossary terms as one symbol per entry (로씨야련방,
/// 러시아 연방 and Russian Federation become the same symbol), spaces and punctuation dropped.
/// Korean quotations are compared syllable by syllable, English ones content word by content
/// word: a pair's score is the share of the shorter rendering that aligns, in order, inside one
/// contiguous stretch of the longer one (a fragment scores as high as the whole; the same words
/// scattered over a different statement do not), checked against the share of rare features
/// they have in common (boilerplate counts for little). A Korean and an English rendering are
/// compared through a bilingual lexicon (``BilingualLexicon``): most content words on both
/// sides must find a counterpart, weighed by rarity. Candidates come from an inverted index over
/// rare features and anchors; clusters are built by average-link agglomeration, so a quotation
/// joins a cluster only when it matches most of it, never through one weak link.
///
/// The jobs live in files of their own: items and candidate pairs here, the inverted index in
/// `CandidateIndex.swift`, pair scores in `PairScoring.swift`, clustering in
/// `QuoteClustering.swift`, the lexicon in `BilingualLexicon.swift` and `HanjaGlosses.swift`,
/// clauses in `ClauseSplitter.swift`, diffs in `RenderingDiff.swift`.
public final class QuoteAligner {
    /// Settings.
    public struct Options: Sendable {
        /// Pairs scoring below this are not linked.
        public var minimumScore = 0.5
        /// Quotations with fewer letters (syllables, Latin letters, digits) are not aligned.
        public var minimumLength = 6
        /// How many of its rarest features each quotation looks up.
        public var lookups = 8
        /// Quotations from documents dated further apart than this are linked only when near
        /// identical (score ≥ 0.95): a leader repeats a phrase on another occasion.
        public var maximumDaysApart = 31
        /// The same for a fragment and a longer rendering (fewer than 0.6 of its content words):
        /// a leader's slogan recurs in his next speeches (제1의 적대국, 불변의 주적 in January
        /// and February 2024), and a short quotation of it matches them all.
        public var maximumDaysApartForFragments = 7
        /// How many quotations a feature's posting list holds at most (a feature in more is
        /// boilerplate; the quotations holding it are still found through rarer features).
        public var postingsPerKey = 64
        /// Whether Korean ↔ English pairs use the curated rows of `data/bilingual-lexicon.tsv`
        /// (off only to measure what the glossary and Hanja glosses give alone).
        public var curatedLexicon = true
        /// Creates default options.
        public init() {}
    }

    /// One quotation as the aligner sees it.
    ///
    /// A value, with its fields kept in one box (`Fields`) shared between copies until one of
    /// them changes: scoring and clustering pass items around by the hundred thousand, and a
    /// copy of the dozen arrays, sets and strings an item holds took a retain and a release of
    /// each, where a copy of the box takes one.
    public struct Item: Sendable {
        /// The fields of an item. Never changed once shared: a setter of ``Item`` first gives its
        /// item a box of its own.
        final class Fields: @unchecked Sendable {
            var quotation: Quotation
            var canonical: [Unicode.Scalar]
            var tokens: [UInt32]
            var features: Set<UInt64>
            var sortedFeatures: [UInt64]
            var anchors: Set<UInt64>
            var language: String
            var concepts: [Set<UInt32>]
            var conceptWords: [String]
            var conceptRanges: [Range<Int>]
            var conceptSet: Set<UInt32>
            var crossConcepts: [Set<UInt32>]
            var crossConceptSet: Set<UInt32>
            var negated: Bool
            var parts: [Item]
            var isClause: Bool

            init(quotation: Quotation, canonical: [Unicode.Scalar], tokens: [UInt32], features: Set<UInt64>, sortedFeatures: [UInt64], anchors: Set<UInt64>,
                 language: String, concepts: [Set<UInt32>], conceptWords: [String], conceptRanges: [Range<Int>], conceptSet: Set<UInt32>,
                 crossConcepts: [Set<UInt32>], crossConceptSet: Set<UInt32>, negated: Bool, parts: [Item], isClause: Bool) {
                self.quotation = quotation
                self.canonical = canonical
                self.tokens = tokens
                self.features = features
                self.sortedFeatures = sortedFeatures
                self.anchors = anchors
                self.language = language
                self.concepts = concepts
                self.conceptWords = conceptWords
                self.conceptRanges = conceptRanges
                self.conceptSet = conceptSet
                self.crossConcepts = crossConcepts
                self.crossConceptSet = crossConceptSet
                self.negated = negated
                self.parts = parts
                self.isClause = isClause
            }

            func copy() -> Fields {
                Fields(quotation: quotation, canonical: canonical, tokens: tokens, features: features, sortedFeatures: sortedFeatures, anchors: anchors,
                       language: language, concepts: concepts, conceptWords: conceptWords, conceptRanges: conceptRanges, conceptSet: conceptSet,
                       crossConcepts: crossConcepts, crossConceptSet: crossConceptSet, negated: negated, parts: parts, isClause: isClause)
            }
        }

        private var fields: Fields

        init(quotation: Quotation, canonical: [Unicode.Scalar], tokens: [UInt32], features: Set<UInt64>, sortedFeatures: [UInt64], anchors: Set<UInt64>,
             language: String, concepts: [Set<UInt32>], conceptWords: [String], conceptRanges: [Range<Int>], conceptSet: Set<UInt32>,
             crossConcepts: [Set<UInt32>], crossConceptSet: Set<UInt32>, negated: Bool, parts: [Item] = [], isClause: Bool = false) {
            fields = Fields(quotation: quotation, canonical: canonical, tokens: tokens, features: features, sortedFeatures: sortedFeatures, anchors: anchors,
                            language: language, concepts: concepts, conceptWords: conceptWords, conceptRanges: conceptRanges, conceptSet: conceptSet,
                            crossConcepts: crossConcepts, crossConceptSet: crossConceptSet, negated: negated, parts: parts, isClause: isClause)
        }

        /// The box, made this item's own before a change.
        private mutating func ownFields() -> Fields {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            return fields
        }

        public var quotation: Quotation {
            get { fields.quotation }
            set { ownFields().quotation = newValue }
        }
        var canonical: [Unicode.Scalar] {
            get { fields.canonical }
            set { ownFields().canonical = newValue }
        }
        /// What is compared in order: syllables and glossary symbols (Korean), content words and
        /// glossary symbols (English), as numbers.
        var tokens: [UInt32] {
            get { fields.tokens }
            set { ownFields().tokens = newValue }
        }
        /// The features; setting them sets ``sortedFeatures`` too.
        var features: Set<UInt64> {
            get { fields.features }
            set {
                let box = ownFields()
                box.features = newValue
                box.sortedFeatures = newValue.sorted()
            }
        }
        /// The features in ascending order: two items' shared features are found by one merge.
        var sortedFeatures: [UInt64] { fields.sortedFeatures }
        var anchors: Set<UInt64> {
            get { fields.anchors }
            set { ownFields().anchors = newValue }
        }
        var language: String { fields.language }
        /// The bilingual concepts of each content word.
        var concepts: [Set<UInt32>] { fields.concepts }
        /// The content words (or lexicon phrases) those concepts belong to, in order.
        var conceptWords: [String] { fields.conceptWords }
        /// Where each of ``conceptWords`` stands in the quotation's text as written, in Unicode
        /// scalars: the outlet's own words, before normalization and conversion (조미, not 북미).
        var conceptRanges: [Range<Int>] {
            get { fields.conceptRanges }
            set { ownFields().conceptRanges = newValue }
        }
        /// Every concept of the rendering.
        var conceptSet: Set<UInt32> { fields.conceptSet }
        /// The concepts with the Hanja glosses' (``BilingualLexicon/glossConcepts(koreanWord:)``):
        /// what a rendering in the other language is compared with. Within one language the
        /// glosses are not used (two Korean words are compared by their own forms).
        var crossConcepts: [Set<UInt32>] { fields.crossConcepts }
        var crossConceptSet: Set<UInt32> { fields.crossConceptSet }
        /// Whether the quotation's text holds a word of negation
        /// (``BilingualLexicon/isNegated(_:language:)``), read once here rather than for every pair
        /// it is scored in.
        var negated: Bool { fields.negated }
        /// The quotation's clauses, when it has more than one (see ``ClauseSplitter``): each is
        /// compared on its own as well, so a report quoting one clause finds it.
        public internal(set) var parts: [Item] {
            get { fields.parts }
            set { ownFields().parts = newValue }
        }
        /// Whether this is a clause of a longer quotation (one of its ``parts``).
        var isClause: Bool {
            get { fields.isClause }
            set { ownFields().isClause = newValue }
        }
    }

    /// A scored pair of items.
    public struct Pair: Sendable, Equatable {
        public var a: Int
        public var b: Int
        public var score: Double
        /// A pair of items `a` < `b` and its score.
        public init(a: Int, b: Int, score: Double) {
            self.a = a
            self.b = b
            self.score = score
        }
    }

    let normalizer: Normalizer
    // Feature -> inverse document frequency in millionths: integer sums are exact, so a score
    // does not depend on the order a set is walked in (score(a, b) == score(b, a)).
    var weights = NumberTable<Int64>([:], placeholder: 0)
    var defaultWeight: Int64 = 1_000_000
    // Concept -> inverse document frequency, for Korean ↔ English pairs.
    var conceptWeights = NumberTable<Double>([:], placeholder: 0)
    var defaultConceptWeight = 1.0
    let matcher: TermMatcher?
    let glossary: Glossary?
    /// Each glossary entry's symbol in canonical forms (``glossaryTokens(ids:)``).
    let glossaryToken: [String: Unicode.Scalar]
    /// The people, outlets and organizations of the glossary, as speaker evidence reads them.
    let speakerNames: [String: SpeakerName]
    let lexicon: BilingualLexicon
    /// Reads Korean words' lemmas for the lexicon's lemma rows, when given.
    let lemmatizer: (any KoreanLemmatizer)?
    let splitter: ClauseSplitter
    /// Numbers and counters in one form (``NumeralForms``).
    let numerals: NumeralForms
    let options: Options
    /// Words normalized for diffs (``normalizerResult(_:)``).
    let normalizedWords = Mutex<[String: NormalizedText]>([:])
    /// Words' canonical keys for diffs (``canonicalKey(_:)``).
    let canonicalKeys = Mutex<[String: String]>([:])
    /// The corpus statistics given at construction: rarity weights and lookup keys come from
    /// them, never from the items a call is given.
    public let statistics: CorpusStatistics?

    /// Creates an aligner. The normalizer should be the one matching uses (with the
    /// orthography step for North Korean text); the glossary supplies the anchors.
    /// Hanja glosses (``HanjaGlosses``), when given, give Korean ↔ English pairs the English of
    /// Sino-Korean words the lexicon does not list.
    ///
    /// With `statistics` (a whole corpus's, ``statistics(_:)`` summed over shards), weights and
    /// lookup keys are fixed here: a pair scores the same in any shard. Without, ``pairs(_:progress:)``
    /// counts the items it is given.
    ///
    /// A lemmatizer (``KoreanLemmatizer``), when given, lets the lexicon's lemma rows apply: the
    /// short verbs, adjectives and nouns a row matched by spelling cannot name (보다 'see').
    public init(normalizer: Normalizer, glossary: Glossary?, hanja: HanjaGlosses? = nil, lemmatizer: (any KoreanLemmatizer)? = nil, options: Options = Options(), statistics: CorpusStatistics? = nil) throws {
        self.lemmatizer = lemmatizer
        self.normalizer = normalizer
        self.glossary = glossary
        matcher = try glossary.map { try TermMatcher(glossary: $0) }
        glossaryToken = Self.glossaryTokens(ids: glossary?.entries.map(\.id) ?? [])
        speakerNames = Dictionary((glossary?.entries ?? []).filter { [.person, .outlet, .organization].contains($0.kind) }.map { ($0.id, SpeakerName($0)) },
                                  uniquingKeysWith: { first, _ in first })
        lexicon = try BilingualLexicon(glossary: glossary, hanja: hanja, bundled: options.curatedLexicon)
        splitter = try ClauseSplitter()
        numerals = try NumeralForms()
        self.options = options
        self.statistics = statistics
        if let statistics { weigh(by: statistics) }
    }

    /// Counts the eligible items: the statistics of this corpus (or shard).
    public func statistics(_ items: [Item]) -> CorpusStatistics {
        var result = CorpusStatistics()
        for item in items where isEligible(item) { result.add(item) }
        return result
    }

    /// Rarity weights from corpus statistics: rare features weigh more, so boilerplate (하고 있다,
    /// 러시아와 북한) counts for little.
    func weigh(by statistics: CorpusStatistics) {
        let total = Double(max(2, statistics.quotations))
        weights = NumberTable(statistics.features.mapValues { Int64((log(total / Double($0)) + 0.1) * 1_000_000) }, placeholder: 0)
        defaultWeight = Int64((log(total) + 0.1) * 1_000_000)
        conceptWeights = NumberTable(Dictionary(uniqueKeysWithValues: statistics.concepts.map { (UInt64($0.key), log(total / Double($0.value)) + 0.1) }), placeholder: 0)
        defaultConceptWeight = log(total) + 0.1
    }

    /// The normalizer's full result for a text (for explanations), each text normalized once per
    /// aligner: a report's diffs compare the same words in many pairs, and normalizing a word
    /// runs the analyzer.
    func normalizerResult(_ text: String) -> NormalizedText {
        if let known = normalizedWords.withLock({ $0[text] }) { return known }
        let result = normalizer.normalize(text)
        normalizedWords.withLock { cache in
            // Bounded: a run over a huge corpus keeps the memory of a few hundred thousand words.
            if cache.count >= Self.normalizedWordsLimit { cache.removeAll(keepingCapacity: true) }
            cache[text] = result
        }
        return result
    }

    /// How many normalized words ``normalizerResult(_:)`` keeps at most.
    static let normalizedWordsLimit = 200_000

    /// What a Korean word brings to a rendering's concepts.
    struct KoreanSenses: Sendable {
        /// Its lexicon and glossary senses, or a concept of its own (its stem) when it has none.
        var concepts: Set<UInt32>
        /// The gloss concepts of its Sino-Korean nouns (empty without Hanja glosses).
        var glosses: Set<UInt32>
    }

    /// Korean words already looked up (``koreanSenses(_:)``): a corpus repeats its words, and a
    /// look-up tries every substring of a word in the lexicon. Bounded like ``normalizedWords``.
    let knownKoreanWords = Mutex<[String: KoreanSenses?]>([:])

    /// A Korean word's senses, or nil when it carries no content: every word of Hangul carries
    /// content except a function word; a bare number or symbol only with a lexicon sense.
    func koreanSenses(_ word: String) -> KoreanSenses? {
        if let known = knownKoreanWords.withLock({ $0[word] }) { return known }
        var found = lexicon.concepts(koreanWords: [word])[0]
        let lemmas = lemmatizer?.lemmas(of: word) ?? []
        found.formUnion(lexicon.concepts(lemmas: lemmas))
        var senses: KoreanSenses? = nil
        // A light verb in a contracted form its spelling does not show (했다, 위한) carries no
        // content, whatever the lemma rows give it.
        let functionWord = lexicon.isKoreanFunctionWord(lemmas: lemmas)
        if !functionWord, !found.isEmpty || (word.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } && !lexicon.isKoreanFunctionWord(word)) {
            senses = KoreanSenses(concepts: found.isEmpty ? [Self.wordConcept(Self.koreanStem(word))] : found,
                                  glosses: lexicon.hanja == nil ? [] : lexicon.glossConcepts(koreanWord: word))
        }
        knownKoreanWords.withLock { cache in
            if cache.count >= Self.normalizedWordsLimit { cache.removeAll(keepingCapacity: true) }
            cache[word] = .some(senses)
        }
        return senses
    }

    // MARK: - Canonical forms

    /// The canonical form of a text: normalized, glossary terms as one symbol each (a private-use
    /// character of plane 15 drawn from the entry's id, `glossaryTokens(ids:)`), Latin in lower
    /// case, spaces and punctuation dropped.
    public func canonical(_ text: String) -> [Unicode.Scalar] {
        canonical(normalized: [Unicode.Scalar](scalarsOf: normalizerResult(text).normalized))
    }

    /// ``canonical(_:)`` as a string, kept per text (bounded like ``normalizedWords``): a diff
    /// compares words by these keys, and the words of a corpus recur in every diff that holds
    /// them (a cluster's report diffs each rendering against the first).
    func canonicalKey(_ text: String) -> String {
        if let known = canonicalKeys.withLock({ $0[text] }) { return known }
        let key = String(scalars: canonical(text))
        canonicalKeys.withLock { cache in
            if cache.count >= Self.normalizedWordsLimit { cache.removeAll(keepingCapacity: true) }
            cache[text] = key
        }
        return key
    }

    func canonical(normalized original: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Numbers in one form first (백일 and 100일, 세 번 and 3차례).
        let normalized = numerals.rewrite(original)
        var result: [Unicode.Scalar] = []
        var i = 0
        let matches = matcher?.matches(inNormalized: normalized) ?? []
        var next = 0
        while i < normalized.count {
            if next < matches.count, matches[next].range.lowerBound == i, let token = glossaryToken[matches[next].entry.id] {
                result.append(token)
                i = max(i + 1, matches[next].range.upperBound)
                next += 1
                continue
            }
            while next < matches.count && matches[next].range.lowerBound < i { next += 1 }
            let s = normalized[i]
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                result.append(("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s)
            }
            i += 1
        }
        return result
    }

    /// Builds the aligner's view of a quotation (the text is normalized once, here), with its
    /// clauses when it has several.
    public func item(_ quotation: Quotation) -> Item {
        var whole = unsplitItem(quotation)
        for clause in splitter.clauses(of: quotation.text, language: quotation.language.rawValue) {
            var part = quotation
            let scalars = quotation.text.unicodeScalars
            let from = scalars.index(scalars.startIndex, offsetBy: clause.lowerBound), to = scalars.index(scalars.startIndex, offsetBy: clause.upperBound)
            part.text = String(scalars[from..<to])
            part.normalized = part.text
            part.start = quotation.start + clause.lowerBound
            part.end = quotation.start + clause.upperBound
            var clauseItem = unsplitItem(part)
            clauseItem.isClause = true
            whole.parts.append(clauseItem)
        }
        return whole
    }

    /// The aligner's view of a quotation as one piece.
    func unsplitItem(_ quotation: Quotation) -> Item {
        let normalizedText = normalizer.normalize(quotation.text)
        let normalized = normalizedText.normalized
        // A stretch of the normalized text, as it stands in the quotation's text.
        var projector = OffsetMap.SequentialProjector(normalizedText.offsetMap)
        let canonical = self.canonical(normalized: [Unicode.Scalar](scalarsOf: normalized))
        var anchors = Set<UInt64>()
        for s in canonical where Self.isGlossaryToken(s) { anchors.insert(UInt64(s.value) | 1 << 40) }
        // Numbers are anchors too (2024년, 10,000).
        var number = ""
        for s in canonical + [" "] {
            if s.properties.numericType != nil && s.isASCII { number.unicodeScalars.append(s) } else if !number.isEmpty {
                anchors.insert(Self.stableHash(number) | 1 << 41)
                number = ""
            }
        }
        var tokens: [UInt32] = []
        var features = Set<UInt64>()
        // Words in marks that a reported clause of the report's own words begins: their meaning
        // is the clause's (``Quotation/reportedClause``), read as another rendering's words are; the
        // words in marks still align by their own text. Only the clause's content words are read
        // (its normalized text, no canonical form, tokens or features), and the quotation's own
        // are not.
        let clause = quotation.reportedClause.flatMap { $0.unicodeScalars.count > quotation.text.unicodeScalars.count ? $0 : nil }
        let meaning: ContentWords, englishWords: [String]
        if let clause {
            meaning = contentWords(ofNormalized: normalizer.normalize(clause).normalized, language: quotation.language).content
            englishWords = quotation.language == .english ? lexicon.englishWords(normalized) : []
        } else {
            (meaning, englishWords) = contentWords(ofNormalized: normalized, language: quotation.language)
        }
        if quotation.language == .english {
            for word in englishWords where !lexicon.functionWords.contains(word) {
                let token = UInt32(truncatingIfNeeded: Self.stableHash(word)) | 1 << 31
                if tokens.count < Self.maximumTokens { tokens.append(token) }
                features.insert(UInt64(token) | 1 << 42)
            }
        } else {
            tokens = canonical.prefix(Self.maximumTokens).map(\.value)
            for i in canonical.indices.dropLast() { features.insert(UInt64(canonical[i].value) << 21 | UInt64(canonical[i + 1].value)) }
        }
        let allFeatures = features.union(anchors)
        // (A reported clause's words have no place in the quotation's text: empty ranges.)
        let conceptRanges = clause != nil ? Array(repeating: 0..<0, count: meaning.words.count) : meaning.ranges.map { projector.originalRange(forNormalized: $0) }
        let conceptSet = meaning.concepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) }
        let crossConcepts = meaning.glosses.isEmpty ? meaning.concepts : zip(meaning.concepts, meaning.glosses).map { $0.union($1) }
        return Item(quotation: quotation, canonical: canonical, tokens: tokens, features: allFeatures, sortedFeatures: allFeatures.sorted(), anchors: anchors,
                    language: quotation.language.rawValue, concepts: meaning.concepts, conceptWords: meaning.words, conceptRanges: conceptRanges, conceptSet: conceptSet,
                    crossConcepts: crossConcepts, crossConceptSet: meaning.glosses.isEmpty ? conceptSet : crossConcepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) },
                    negated: lexicon.isNegated(quotation.text, language: quotation.language.rawValue))
    }

    /// The content words of a normalized text and what they mean.
    struct ContentWords {
        /// Each content word (or lexicon phrase), as the normalized text writes it.
        var words: [String]
        /// Where each stands in the normalized text.
        var ranges: [Range<Int>]
        /// Each word's concepts: its lexicon and glossary senses, its own stem, its numbers.
        var concepts: [Set<UInt32>]
        /// Each word's Hanja-gloss concepts (empty without Hanja glosses).
        var glosses: [Set<UInt32>]
    }

    /// The content words of a normalized text in `language`, and (English) every word of it,
    /// which the caller's tokens are made of.
    func contentWords(ofNormalized normalized: String, language: Quotation.Language) -> (content: ContentWords, englishWords: [String]) {
        if language == .english {
            let located = lexicon.locatedEnglishWords(normalized)
            let words = located.map(\.word)
            let spans = lexicon.contentWordSpans(englishWords: words)
            // A word stands for itself (its stem: warned and warn) beside the lexicon's senses,
            // so that two English renderings still meet on regard and regarding when the
            // lexicon lists regard alone.
            let content = ContentWords(
                words: spans.map(\.text),
                ranges: spans.map { located[$0.words.lowerBound].range.lowerBound..<located[$0.words.upperBound - 1].range.upperBound },
                concepts: spans.map { $0.concepts.union([Self.wordConcept(Self.englishStem($0.text))]).union(Self.numberConcepts($0.text)) },
                glosses: lexicon.hanja == nil ? [] : spans.map { lexicon.glossConcepts(englishPhrase: $0.text) })
            return (content, words)
        }
        var words: [(word: String, range: Range<Int>)] = []
        var offset = 0
        for piece in normalized.split(separator: " ", omittingEmptySubsequences: false) {
            let length = piece.unicodeScalars.count
            if length > 0 { words.append((String(piece), offset..<offset + length)) }
            offset += length + 1
        }
        let found = words.compactMap { word in koreanSenses(word.word).map { (word.word, $0, word.range) } }
        let content = ContentWords(words: found.map(\.0), ranges: found.map(\.2),
                                   concepts: found.map { $0.1.concepts.union(Self.numberConcepts($0.0)) },
                                   glosses: lexicon.hanja == nil ? [] : found.map(\.1.glosses))
        return (content, [])
    }

    /// The numbers a word writes in digits, two or more (2025년은, 2025, 50여): each a concept of
    /// its own in either language, so that "The year 2025 is neither 2018 nor 2019" meets 지금
    /// 2025년은 2018년이나 2019년이 아니라는 …. Single digits (3차, 2 countries) say too little.
    static func numberConcepts(_ word: String) -> [UInt32] {
        var result: [UInt32] = []
        var digits = String.UnicodeScalarView()
        for s in word.unicodeScalars + [" "] {
            if s.isASCII && s.properties.numericType != nil { digits.append(s); continue }
            if digits.count >= 2 { result.append(wordConcept("#" + String(digits))) }
            digits = String.UnicodeScalarView()
        }
        return result
    }

    /// A word the lexicon does not know stands for itself: a concept of its own (high bit set),
    /// shared only with the same word (its stem) in the same language.
    static func wordConcept(_ stem: String) -> UInt32 { UInt32(truncatingIfNeeded: stableHash(stem)) | 1 << 31 }

    static func isWordConcept(_ concept: UInt32) -> Bool { concept & (1 << 31) != 0 }

    /// The stem a Korean word is compared by: its first two syllables (성과적으로 and 성과적인,
    /// 개최를 and 개최되기를), or the word when shorter.
    static func koreanStem(_ word: String) -> String {
        let syllables = word.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        return String(String.UnicodeScalarView(syllables.prefix(2)))
    }

    /// The stem an English word is compared by: without -ed, -ing or -ly (warned and warn).
    static func englishStem(_ word: String) -> String {
        for suffix in ["ing", "ed", "ly"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) { return String(word.dropLast(suffix.count)) }
        return word
    }

    /// The symbols glossary entries stand for in canonical forms: a private-use character of
    /// plane 15 (U+F0000–U+FFFFD) drawn from each entry's id, not from its place in the files, so
    /// that adding an entry changes no other entry's symbol, and with it no feature, anchor or
    /// tie between equally rare keys of text that does not name the new entry. Two ids drawing
    /// the same symbol take the next free one, in the order of their ids.
    static func glossaryTokens(ids: [String]) -> [String: Unicode.Scalar] {
        stableSlots(ids: ids, count: 0xFFFFE - 0xF0000).compactMapValues { Unicode.Scalar(UInt32(0xF0000 + $0)) }
    }

    /// A slot in 0..<count for each id, drawn from a hash of the id and not from its place in a
    /// list; ids drawing the same slot take the next free one, in the order of the ids.
    static func stableSlots(ids: [String], count: UInt64) -> [String: UInt64] {
        var taken = Set<UInt64>()
        var slots: [String: UInt64] = [:]
        for id in Set(ids).sorted() {
            var slot = stableHash("glossary:" + id) % count
            while !taken.insert(slot).inserted { slot = (slot + 1) % count }
            slots[id] = slot
        }
        return slots
    }

    /// Whether a scalar of a canonical form stands for a glossary entry.
    static func isGlossaryToken(_ scalar: Unicode.Scalar) -> Bool { (0xF0000...0xFFFFD).contains(scalar.value) }

    /// FNV-1a over UTF-8: the same value in every process (Swift's `hashValue` is seeded per run).
    static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }

    // MARK: - Candidates and scores

    /// Scored candidate pairs at or above the minimum score, each once (a < b).
    ///
    /// Each quotation looks up its rarest features (and its anchors and bilingual concepts),
    /// scanning at most ``Options/postingsPerKey`` quotations per key, and only candidates
    /// sharing two of its keys are scored: the work per quotation is bounded, so time grows
    /// linearly with the corpus. The pairs found do not depend on the order of the items (up to
    /// their indices). Rarity weights and key counts are the statistics given at construction,
    /// or else those of these items (the whole quotations).
    public func pairs(_ items: [Item], progress: ((Double) -> Void)? = nil) -> [Pair] {
        let eligible = items.indices.filter { isEligible(items[$0]) }
        let corpus = statistics ?? self.statistics(items)
        if statistics == nil { weigh(by: corpus) }
        let index = CandidateIndex(items, eligible: eligible, postingsPerKey: options.postingsPerKey, statistics: corpus)
        var result: [Pair] = []
        var counts: [Int32: Int] = [:]
        // Items are read in place through the buffer, not copied per pair.
        items.withUnsafeBufferPointer { items in
            for (n, i) in eligible.enumerated() {
                if n % 1000 == 0 { progress?(Double(n) / Double(max(1, eligible.count))) }
                for j in index.candidates(of: i, anchors: items[i].anchors, lookups: options.lookups, counts: &counts) {
                    let (a, b) = (min(i, j), max(i, j))
                    let score = self.score(items[a], items[b])
                    if score >= options.minimumScore { result.append(Pair(a: a, b: b, score: score)) }
                }
            }
        }
        progress?(1)
        return Self.unique(result)
    }

    /// Whether an item is long enough to align.
    public func isEligible(_ item: Item) -> Bool {
        item.canonical.filter { !Self.isGlossaryToken($0) }.count + item.anchors.count >= options.minimumLength
    }

    /// Pairs sorted, a pair found from both sides kept once.
    public static func unique(_ pairs: [Pair]) -> [Pair] {
        var result: [Pair] = []
        for pair in pairs.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) where result.last.map({ ($0.a, $0.b) != (pair.a, pair.b) }) ?? true { result.append(pair) }
        return result
    }
}

import Foundation

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
    public struct Item: Sendable {
        public var quotation: Quotation
        var canonical: [Unicode.Scalar]
        /// What is compared in order: syllables and glossary symbols (Korean), content words and
        /// glossary symbols (English), as numbers.
        var tokens: [UInt32]
        var features: Set<UInt64>
        var anchors: Set<UInt64>
        var language: String
        /// The bilingual concepts of each content word.
        var concepts: [Set<UInt32>]
        /// The content words (or lexicon phrases) those concepts belong to, in order.
        var conceptWords: [String]
        /// Every concept of the rendering.
        var conceptSet: Set<UInt32>
        /// The concepts with the Hanja glosses' (``BilingualLexicon/glossConcepts(koreanWord:)``):
        /// what a rendering in the other language is compared with. Within one language the
        /// glosses are not used (two Korean words are compared by their own forms).
        var crossConcepts: [Set<UInt32>]
        var crossConceptSet: Set<UInt32>
        /// The quotation's clauses, when it has more than one (see ``ClauseSplitter``): each is
        /// compared on its own as well, so a report quoting one clause finds it.
        public internal(set) var parts: [Item] = []
    }

    /// A scored pair of items.
    public struct Pair: Sendable, Equatable {
        public var a: Int
        public var b: Int
        public var score: Double
    }

    private let normalizer: Normalizer
    // Feature -> inverse document frequency in millionths: integer sums are exact, so a score
    // does not depend on the order a set is walked in (score(a, b) == score(b, a)).
    private var weights: [UInt64: Int64] = [:]
    private var defaultWeight: Int64 = 1_000_000
    // Concept -> inverse document frequency, for Korean ↔ English pairs.
    private var conceptWeights: [UInt32: Double] = [:]
    private var defaultConceptWeight = 1.0
    private let matcher: TermMatcher?
    private let glossary: Glossary?
    private let glossaryIndex: [String: Int]
    private let lexicon: BilingualLexicon
    private let splitter: ClauseSplitter
    private let options: Options

    /// Creates an aligner. The normalizer should be the one matching uses (with the
    /// orthography step for North Korean text); the glossary supplies the anchors.
    /// Hanja glosses (``HanjaGlosses``), when given, give Korean ↔ English pairs the English of
    /// Sino-Korean words the lexicon does not list.
    public init(normalizer: Normalizer, glossary: Glossary?, hanja: HanjaGlosses? = nil, options: Options = Options()) throws {
        self.normalizer = normalizer
        self.glossary = glossary
        matcher = try glossary.map { try TermMatcher(glossary: $0) }
        glossaryIndex = Dictionary(glossary?.entries.enumerated().map { ($1.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        lexicon = try BilingualLexicon(glossary: glossary, hanja: hanja, bundled: options.curatedLexicon)
        splitter = try ClauseSplitter()
        self.options = options
    }

    /// The glossary entry an explanation note names ("… (glossary country.russia)").
    func glossaryEntry(named note: String) -> GlossaryEntry? {
        guard let range = note.range(of: "(glossary ") else { return nil }
        let id = note[range.upperBound...].prefix { $0 != ")" }
        return glossary?.entry(id: String(id))
    }

    /// The normalizer's full result for a text (for explanations).
    func normalizerResult(_ text: String) -> NormalizedText { normalizer.normalize(text) }

    // MARK: - Canonical forms

    /// The canonical form of a text: normalized, glossary terms as one symbol each (U+E000 +
    /// entry index), Latin in lower case, spaces and punctuation dropped.
    public func canonical(_ text: String) -> [Unicode.Scalar] {
        canonical(normalized: [Unicode.Scalar](scalarsOf: normalizer.normalize(text).normalized))
    }

    private func canonical(normalized: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var i = 0
        let matches = matcher?.matches(inNormalized: normalized) ?? []
        var next = 0
        while i < normalized.count {
            if next < matches.count, matches[next].range.lowerBound == i, let index = glossaryIndex[matches[next].entry.id] {
                result.append(Unicode.Scalar(0xE000 + UInt32(min(index, 0x18FF)))!)
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
        for clause in splitter.clauses(of: quotation.text, language: quotation.language) {
            var part = quotation
            let scalars = quotation.text.unicodeScalars
            let from = scalars.index(scalars.startIndex, offsetBy: clause.lowerBound), to = scalars.index(scalars.startIndex, offsetBy: clause.upperBound)
            part.text = String(scalars[from..<to])
            part.normalized = part.text
            part.start = quotation.start + clause.lowerBound
            part.end = quotation.start + clause.upperBound
            whole.parts.append(unsplitItem(part))
        }
        return whole
    }

    /// The aligner's view of a quotation as one piece.
    private func unsplitItem(_ quotation: Quotation) -> Item {
        let normalized = normalizer.normalize(quotation.text).normalized
        let canonical = self.canonical(normalized: [Unicode.Scalar](scalarsOf: normalized))
        var anchors = Set<UInt64>()
        for s in canonical where (0xE000...0xF8FF).contains(s.value) { anchors.insert(UInt64(s.value) | 1 << 40) }
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
        let concepts: [Set<UInt32>]
        let glosses: [Set<UInt32>]
        let conceptWords: [String]
        if quotation.language == "en" {
            let words = BilingualLexicon.englishWords(normalized)
            for word in words where !lexicon.functionWords.contains(word) {
                let token = UInt32(truncatingIfNeeded: Self.stableHash(word)) | 1 << 31
                if tokens.count < Self.maximumTokens { tokens.append(token) }
                features.insert(UInt64(token) | 1 << 42)
            }
            let content = lexicon.contentWords(englishWords: words)
            concepts = content.map { $0.concepts.isEmpty ? [Self.wordConcept(Self.englishStem($0.text))] : $0.concepts }
            glosses = lexicon.hanja == nil ? [] : content.map { lexicon.glossConcepts(englishPhrase: $0.text) }
            conceptWords = content.map(\.text)
        } else {
            tokens = canonical.prefix(Self.maximumTokens).map(\.value)
            for i in canonical.indices.dropLast() { features.insert(UInt64(canonical[i].value) << 21 | UInt64(canonical[i + 1].value)) }
            // Every word of Hangul carries content; a bare number or symbol counts only with a concept.
            let words = normalized.split(separator: " ").map(String.init)
            let content = zip(words, lexicon.concepts(koreanWords: words))
                .filter { word, found in !found.isEmpty || (word.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } && !lexicon.isKoreanFunctionWord(word)) }
            concepts = content.map { word, found in found.isEmpty ? [Self.wordConcept(Self.koreanStem(word))] : found }
            glosses = lexicon.hanja == nil ? [] : content.map { lexicon.glossConcepts(koreanWord: $0.0) }
            conceptWords = content.map(\.0)
        }
        let conceptSet = concepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) }
        let crossConcepts = glosses.isEmpty ? concepts : zip(concepts, glosses).map { $0.union($1) }
        return Item(quotation: quotation, canonical: canonical, tokens: tokens, features: features.union(anchors), anchors: anchors,
                    language: quotation.language, concepts: concepts, conceptWords: conceptWords, conceptSet: conceptSet,
                    crossConcepts: crossConcepts, crossConceptSet: glosses.isEmpty ? conceptSet : crossConcepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) })
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
    /// their indices). Rarity weights are taken from these items (the whole quotations).
    public func pairs(_ items: [Item], progress: ((Double) -> Void)? = nil) -> [Pair] {
        let eligible = items.indices.filter { isEligible(items[$0]) }
        var frequency: [UInt64: Int32] = [:]
        var conceptFrequency: [UInt32: Int32] = [:]
        for i in eligible {
            for f in items[i].features { frequency[f, default: 0] += 1 }
            for c in items[i].crossConceptSet { conceptFrequency[c, default: 0] += 1 }
        }
        // Rare features weigh more: boilerplate (하고 있다, 러시아와 북한) counts for little.
        let total = Double(max(2, eligible.count))
        weights = frequency.mapValues { Int64((log(total / Double($0)) + 0.1) * 1_000_000) }
        defaultWeight = Int64((log(total) + 0.1) * 1_000_000)
        conceptWeights = conceptFrequency.mapValues { log(total / Double($0)) + 0.1 }
        defaultConceptWeight = log(total) + 0.1
        let index = CandidateIndex(items, eligible: eligible, postingsPerKey: options.postingsPerKey)
        var result: [Pair] = []
        var counts: [Int32: Int] = [:]
        for (n, i) in eligible.enumerated() {
            if n % 1000 == 0 { progress?(Double(n) / Double(max(1, eligible.count))) }
            for j in index.candidates(of: i, anchors: items[i].anchors, lookups: options.lookups, counts: &counts) {
                let (a, b) = (min(i, j), max(i, j))
                let score = self.score(items[a], items[b])
                if score >= options.minimumScore { result.append(Pair(a: a, b: b, score: score)) }
            }
        }
        progress?(1)
        return Self.unique(result)
    }

    /// Whether an item is long enough to align.
    private func isEligible(_ item: Item) -> Bool {
        item.canonical.filter { !(0xE000...0xF8FF).contains($0.value) }.count + item.anchors.count >= options.minimumLength
    }

    /// Pairs sorted, a pair found from both sides kept once.
    private static func unique(_ pairs: [Pair]) -> [Pair] {
        var result: [Pair] = []
        for pair in pairs.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) where result.last.map({ ($0.a, $0.b) != (pair.a, pair.b) }) ?? true { result.append(pair) }
        return result
    }

    /// An inverted index from the keys of items (features, anchors, and bilingual concepts posted
    /// under their language) to the items holding them.
    private struct CandidateIndex {
        var keys: [Set<UInt64>]
        var postings: [UInt64: [Int32]] = [:]
        var keyFrequency: [UInt64: Int32] = [:]

        init(_ items: [Item], eligible: [Int], postingsPerKey: Int) {
            keys = Array(repeating: [], count: items.count)
            // Concepts find renderings in the other language only: with one language, none is posted.
            let bothLanguages = Set(eligible.lazy.map { items[$0].language == "en" }).count == 2
            for i in eligible {
                guard bothLanguages else { keys[i] = items[i].features; continue }
                // Words the lexicon does not know are found through the features already.
                let concepts = items[i].crossConceptSet.filter { !QuoteAligner.isWordConcept($0) }
                // Concepts are posted under their language and looked up under the other's: they
                // are how a rendering in the other language is found, not one in the same.
                let language: UInt64 = items[i].language == "en" ? 1 << 44 : 0
                keys[i] = items[i].features.union(concepts.map { UInt64($0) | 1 << 43 | language })
            }
            for i in eligible { for k in keys[i] { postings[k, default: []].append(Int32(i)); keyFrequency[k, default: 0] += 1 } }
            // A common key keeps the items with the smallest content hashes, not the first ones
            // read: which pairs are found must not depend on the order of the files.
            let contentHash = items.map { item in item.canonical.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1.value)) &* 0x100_0000_01B3 } }
            // Between quotations of the same text, the document and position decide (not the index,
            // which is the order the files were read in).
            func precedes(_ x: Int32, _ y: Int32) -> Bool {
                let (a, b) = (items[Int(x)].quotation, items[Int(y)].quotation)
                return (contentHash[Int(x)], a.document, a.start, a.end, x) < (contentHash[Int(y)], b.document, b.start, b.end, y)
            }
            for (key, list) in postings where list.count > postingsPerKey {
                postings[key] = Array(list.sorted(by: precedes).prefix(postingsPerKey))
            }
        }

        /// The items sharing two of item `i`'s lookup keys: its rarest features, its rarest
        /// bilingual concepts (the keys a rendering in the other language shares), its anchors.
        func candidates(of i: Int, anchors: Set<UInt64>, lookups: Int, counts: inout [Int32: Int]) -> [Int] {
            let byRarity = keys[i].sorted { (keyFrequency[$0]!, $0) < (keyFrequency[$1]!, $1) }
            // A key only this quotation holds finds nothing, and a third key held by exactly the
            // quotations two earlier keys hold finds nothing new (a near-copy's words): the next
            // rarest key that can find another quotation is looked up instead. Two keys per
            // set of holders are kept, as a candidate needs two shared keys.
            var seen: [[Int32]: Int] = [:]
            var rarest: [UInt64] = []
            for key in byRarity where key & (1 << 43) == 0 {
                let holders = postings[key] ?? []
                guard holders.count > 1, seen[holders, default: 0] < 2 else { continue }
                seen[holders, default: 0] += 1
                rarest.append(key)
                if rarest.count == lookups { break }
            }
            let rarestConcepts = byRarity.lazy.filter { $0 & (1 << 43) != 0 }.prefix(lookups).map { $0 ^ (1 << 44) }
            let lookupKeys = Set(rarest).union(rarestConcepts).union(anchors)
            counts.removeAll(keepingCapacity: true)
            for key in lookupKeys { for j in postings[key] ?? [] where j != Int32(i) { counts[j, default: 0] += 1 } }
            let needed = min(2, lookupKeys.count)
            return counts.filter { $0.value >= needed }.map { Int($0.key) }
        }
    }

    /// Raw similarities put on the scale `--min-score` reads: on the development set, pairs of
    /// one statement and pairs of two separate ones divide best at a raw 0.35, in Korean, across
    /// languages and in English alike, which this makes 0.5.
    static func calibrated(_ raw: Double) -> Double { min(1, max(0, raw) / 0.7) }

    /// How many syllables (Korean) or content words (English) of a quotation are aligned in
    /// order: a statement is far shorter, and the cost of aligning two quotations grows with
    /// the product of their lengths (a scraped page quoted whole must not stall a run).
    public static let maximumTokens = 1_000

    /// How many members of each cluster two clusters are weighed by (average link) at most: the
    /// earliest by document and position. Clusters this size or smaller are weighed whole.
    static let weighedMembers = 24

    /// Clauses link only when they align nearly whole: a clause is short, and short stretches
    /// recur in other statements.
    static let partMinimumScore = 0.8

    /// Two renderings in one language are compared by meaning only when the shorter has at least
    /// this share of the longer's content words.
    private static let rewordingLengthRatio = 0.6

    /// Chance level of shared content words between two renderings in one language.
    private static let conceptChance = 0.15

    /// Chance level of in-order overlap: Korean syllables recur in any two sentences far more
    /// often than English content words do.
    private static let chance: [String: Double] = ["ko": 0.4, "en": 0.15]

    /// Similarity of two quotations, 0–1. Same language: the share of the shorter rendering's
    /// syllables (Korean) or content words (English) that align, in order, inside one contiguous
    /// stretch of the longer one at most one and a half times its length, above chance level; damped when the
    /// rare features they share are a small part of the shorter one, for very short renderings,
    /// and for different speakers; or the ``conceptScore(_:_:)`` when that is higher. Korean ↔
    /// English: the ``conceptScore(_:_:)``.
    public func score(_ a: Item, _ b: Item) -> Double {
        let value = a.language != b.language ? (a.language == "en" ? conceptScore(b, a) : conceptScore(a, b)) : sameLanguageScore(a, b)
        // Statements reported far apart in time are different ones unless worded the same.
        if let x = a.quotation.date, let y = b.quotation.date, Self.daysApart(x, y) > options.maximumDaysApart, value < 0.95 { return 0 }
        return value
    }

    /// Days between two `YYYY-MM-DD` dates (0 when either cannot be read).
    static func daysApart(_ x: String, _ y: String) -> Int {
        func day(_ date: String) -> Int? {
            let parts = date.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            // Days since a fixed epoch (civil-from-days inverse, proleptic Gregorian).
            let (yy, m, d) = (parts[1] <= 2 ? parts[0] - 1 : parts[0], parts[1], parts[2])
            let era = yy / 400, yoe = yy - era * 400
            let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
            return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
        }
        guard let a = day(x), let b = day(y) else { return 0 }
        return abs(a - b)
    }

    private func sameLanguageScore(_ a: Item, _ b: Item) -> Double {
        // The shorter is aligned into the longer; between equals, the same one whichever comes first.
        let aFirst = a.tokens.count < b.tokens.count || (a.tokens.count == b.tokens.count && !b.tokens.lexicographicallyPrecedes(a.tokens))
        let (short, long) = aFirst ? (a, b) : (b, a)
        let n = short.tokens.count
        guard n >= 2, !long.tokens.isEmpty else { return 0 }
        let aligned = WindowedLCS.best(short.tokens, in: long.tokens, slack: n / 2)
        let containment = Double(aligned) / Double(n)
        let chance = Self.chance[a.language] ?? 0.3
        var similarity = max(0, (containment - chance) / (1 - chance))
        // Rarity: the features both share, weighed, against the shorter one's.
        func weight(_ set: Set<UInt64>) -> Double { Double(set.reduce(Int64(0)) { $0 + (weights[$1] ?? defaultWeight) }) }
        let rare = weight(short.features.intersection(long.features)) / max(1, weight(short.features))
        if rare < 0.5 { similarity *= rare / 0.5 }
        // Very short renderings match by chance: fewer than 10 syllables or 4 content words.
        let minimum = a.language == "en" ? 4 : 10
        if n < minimum { similarity *= Double(n) / Double(minimum) }
        let lexical = Self.calibrated(similarity) * (speakersDiffer(a.quotation, b.quotation) ? 0.8 : 1)
        // Two translators, or two reporters, may say the same in other words (gravely /
        // seriously, 바란다 / 기대한다): the same evidence as across languages counts too.
        return lexical >= 1 ? lexical : max(lexical, conceptScore(a, b))
    }

    /// Similarity by meaning: the share of each side's content words (weighed by the rarity of
    /// their concepts, so Russia, DPRK or cooperation count little) that find a counterpart on the
    /// other side through the bilingual lexicon and the glossary; the lower of the two shares, and
    /// nothing unless three concepts are shared. This is the score of a Korean and an English
    /// rendering, and the second opinion on two renderings in one language.
    public func conceptScore(_ korean: Item, _ english: Item) -> Double {
        let across = korean.language != english.language
        // Across languages with the Hanja glosses; within one by the words' own concepts.
        let (koreanWords, englishWords) = across ? (korean.crossConcepts, english.crossConcepts) : (korean.concepts, english.concepts)
        let counts = (koreanWords.count, englishWords.count)
        // Within one language this is a second opinion on two renderings of the same extent in
        // other words; a fragment must align in one stretch of the longer rendering (the lexical
        // score), not gather its words from all over a longer one.
        if !across && Double(min(counts.0, counts.1)) < Self.rewordingLengthRatio * Double(max(counts.0, counts.1)) { return 0 }
        let (koreanConcepts, englishConcepts) = across ? (korean.crossConceptSet, english.crossConceptSet) : (korean.conceptSet, english.conceptSet)
        // Three shared concepts of the lexicon and glossary, or English words that find a
        // counterpart only through a Hanja gloss: a word met through its gloss counts once, and
        // not beside its own lexicon sense (다음 is next by the lexicon and by its gloss).
        let (fewer, more) = koreanConcepts.count <= englishConcepts.count ? (koreanConcepts, englishConcepts) : (englishConcepts, koreanConcepts)
        var shared = 0
        for concept in fewer where !BilingualLexicon.isGlossConcept(concept) && more.contains(concept) { shared += 1; if shared == 3 { break } }
        if shared < 3 {
            for word in englishWords where !word.isDisjoint(with: koreanConcepts) && word.allSatisfy({ BilingualLexicon.isGlossConcept($0) || !koreanConcepts.contains($0) }) {
                shared += 1
                if shared == 3 { break }
            }
        }
        guard shared >= 3 else { return 0 }
        // Across languages a word the lexicon does not know weighs as a word of middling rarity;
        // within one it weighs by its rarity, like every other.
        func coverage(_ words: [Set<UInt32>], _ other: Set<UInt32>) -> Double {
            var matched = 0.0, total = 0.0
            for word in words {
                let w = across && word.allSatisfy({ Self.isWordConcept($0) || BilingualLexicon.isGlossConcept($0) }) ? 1.0 : word.map { conceptWeights[$0] ?? defaultConceptWeight }.max() ?? 1.0
                total += w
                if !word.isDisjoint(with: other) { matched += w }
            }
            return total == 0 ? 0 : matched / total
        }
        // A fragment in one language of a longer rendering in the other: the shorter side must be
        // covered nearly whole, the longer side in proportion to the fragment's length.
        let koreanCoverage = coverage(koreanWords, englishConcepts), englishCoverage = coverage(englishWords, koreanConcepts)
        let (shorter, longer) = counts.0 < counts.1 ? (koreanCoverage, englishCoverage)
            : counts.0 > counts.1 ? (englishCoverage, koreanCoverage)
            : (min(koreanCoverage, englishCoverage), max(koreanCoverage, englishCoverage)) // the same either way round
        let expected = Double(min(counts.0, counts.1)) / Double(max(1, max(counts.0, counts.1)))
        var score = min(shorter, longer / max(0.2, expected) * 0.85)
        // Two renderings in one language share some words by chance (the topic's vocabulary).
        if !across { score = max(0, (score - Self.conceptChance) / (1 - Self.conceptChance)) }
        return Self.calibrated(score) * (speakersDiffer(korean.quotation, english.quotation) ? 0.8 : 1)
    }

    /// Which words of a Korean and an English rendering correspond: for each content word of
    /// the first, in order, a `translation` for every word of the second that shares one of its
    /// concepts (its glossary entry or lexicon sense), an `omission` when none does; then an
    /// `addition` for each content word of the second that nothing matched.
    public func correspondences(_ first: Item, _ second: Item) -> [RenderingDiff] {
        var result: [RenderingDiff] = []
        var matched = Set<Int>()
        let (mine, theirs) = first.language != second.language ? (first.crossConcepts, second.crossConcepts) : (first.concepts, second.concepts)
        for (index, word) in first.conceptWords.enumerated() {
            let partners = theirs.indices.filter { !theirs[$0].isDisjoint(with: mine[index]) }
            if partners.isEmpty {
                result.append(RenderingDiff(category: "omission", a: word, b: ""))
            } else {
                for p in partners { result.append(RenderingDiff(category: "translation", a: word, b: second.conceptWords[p])) }
                matched.formUnion(partners)
            }
        }
        for index in second.conceptWords.indices where !matched.contains(index) {
            result.append(RenderingDiff(category: "addition", a: "", b: second.conceptWords[index]))
        }
        return result
    }

    /// Whether the two quotations are attributed to different speakers: two different glossary
    /// people, or two speakers named differently when neither is in the glossary (크렘린궁
    /// 대변인, 박 교수). A missing speaker, a pronoun, or one named only one way is no evidence.
    func speakersDiffer(_ a: Quotation, _ b: Quotation) -> Bool {
        if let x = a.speakerEntry, let y = b.speakerEntry { return x != y }
        guard a.speakerEntry == nil, b.speakerEntry == nil, let x = a.speakerText, let y = b.speakerText, x != "그", y != "그" else { return false }
        guard a.language == b.language else { return false }
        return x != y
    }

    // MARK: - Clusters

    /// Clusters by average-link agglomeration, largest first: pairs are taken from the best
    /// score down, and two clusters merge only when the mean score over all their cross pairs
    /// reaches the minimum and at least half of those pairs reach it on their own. One weak link never
    /// merges two statements, and a quotation that matches one member of a cluster but not the
    /// rest stays out.
    ///
    /// A quotation's clauses (``Item/parts``) take part on their own: a quotation joins every
    /// cluster that it or one of its clauses joins, so a whole sentence stands in the clusters of
    /// each part that other reports quoted, while quotations of two different parts never meet.
    /// A quotation and its own clauses never count as two renderings.
    public func clusters(_ items: [Item], pairs: [Pair]) -> [[Int]] {
        // Units: the quotations, then their clauses.
        var units = items
        var owner = Array(items.indices)
        for (i, item) in items.enumerated() { for part in item.parts { units.append(part); owner.append(i) } }
        var unitPairs = pairs
        if units.count > items.count {
            let eligible = units.indices.filter { isEligible(units[$0]) }
            let index = CandidateIndex(units, eligible: eligible, postingsPerKey: options.postingsPerKey)
            var counts: [Int32: Int] = [:]
            var wholesLink: [Int: Bool] = [:]
            for pair in pairs { wholesLink[pair.a * items.count + pair.b] = true }
            // A clause links with a quotation of one clause (a report quoting just that part), or
            // with a clause of a quotation its own quotation links with as a whole. Two long
            // quotations that share one clause and nothing else are two statements.
            func mayLink(_ p: Int, _ j: Int) -> Bool {
                if j < items.count { return items[j].parts.isEmpty }
                return wholesLink[min(owner[p], owner[j]) * items.count + max(owner[p], owner[j])] ?? false
            }
            for p in eligible where p >= items.count {
                for j in index.candidates(of: p, anchors: units[p].anchors, lookups: options.lookups, counts: &counts) where owner[j] != owner[p] && mayLink(p, j) {
                    let (a, b) = (min(p, j), max(p, j))
                    let score = self.score(units[a], units[b])
                    if score >= Self.partMinimumScore { unitPairs.append(Pair(a: a, b: b, score: score)) }
                }
            }
            unitPairs = Self.unique(unitPairs)
        }
        // Which clauses of a quotation each unit renders: two units that render different
        // clauses of one quotation render different statements, however much the rest of a
        // cluster links them.
        var firstPart: [Int] = []
        var partNumber = Array(repeating: -1, count: units.count)
        var next = items.count
        for item in items {
            firstPart.append(next)
            for k in item.parts.indices { partNumber[next + k] = k }
            next += item.parts.count
        }
        var landing: [Int: [Int: Set<Int>]] = [:] // unit -> quotation -> its clauses the unit renders
        for pair in unitPairs {
            // A unit linked with a quotation of several clauses, or with one of its clauses.
            for (u, p) in [(pair.a, pair.b), (pair.b, pair.a)] where owner[u] != owner[p] && !items[owner[p]].parts.isEmpty && landing[u]?[owner[p]] == nil {
                let quotation = owner[p]
                landing[u, default: [:]][quotation] = Set(items[quotation].parts.indices.filter { k in
                    let other = firstPart[quotation] + k
                    return score(units[min(u, other)], units[max(u, other)]) >= options.minimumScore
                })
            }
        }
        func rendersAnotherClause(_ x: Int, _ y: Int) -> Bool {
            guard let of = landing[x] else { return false }
            // y is a clause of a quotation whose other clauses x renders.
            if partNumber[y] >= 0, let clauses = of[owner[y]], !clauses.isEmpty, !clauses.contains(partNumber[y]) { return true }
            guard let other = landing[y] else { return false }
            for (quotation, clauses) in of where !clauses.isEmpty {
                if let theirs = other[quotation], !theirs.isEmpty, clauses.isDisjoint(with: theirs) { return true }
            }
            return false
        }
        let groups = agglomerate(units, pairs: unitPairs, owner: owner) { x, y in rendersAnotherClause(x, y) || rendersAnotherClause(y, x) }
        // Each cluster of units as the quotations they belong to; a cluster whose quotations all
        // stand in a larger one (the whole sentences that also joined their clauses' clusters)
        // adds nothing.
        let mapped = groups.map { Array(Set($0.map { owner[$0] })).sorted() }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        var kept: [[Int]] = []
        var keptWith: [Int: [Int]] = [:] // quotation -> kept clusters holding it
        for group in mapped {
            let covered = (keptWith[group[0]] ?? []).contains { Set(kept[$0]).isSuperset(of: group) }
            guard !covered else { continue }
            for m in group { keptWith[m, default: []].append(kept.count) }
            kept.append(group)
        }
        return kept
    }

    /// Average-link agglomeration of units (see ``clusters(_:pairs:)``); units of one quotation
    /// never share a cluster.
    private func agglomerate(_ items: [Item], pairs: [Pair], owner: [Int], cannotLink: (Int, Int) -> Bool) -> [[Int]] {
        var clusterOf = Array(items.indices)
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: items.indices.map { ($0, [$0]) })
        var known: [Int: Double] = [:]
        func key(_ x: Int, _ y: Int) -> Int { min(x, y) * items.count + max(x, y) }
        for pair in pairs { known[key(pair.a, pair.b)] = pair.score }
        func similarity(_ x: Int, _ y: Int) -> Double {
            if let value = known[key(x, y)] { return value }
            let value = score(items[min(x, y)], items[max(x, y)])
            known[key(x, y)] = value
            return value
        }
        // Ties are taken in the order of the quotations' documents and positions, not of their
        // indices, so that the order the files were read in changes nothing.
        let order = items.indices.sorted { x, y in
            let (a, b) = (items[x].quotation, items[y].quotation)
            return (a.document, a.start, a.end, x) < (b.document, b.start, b.end, y)
        }
        var rank = Array(repeating: 0, count: items.count)
        for (position, unit) in order.enumerated() { rank[unit] = position }
        func tieKey(_ pair: Pair) -> (Int, Int) { (min(rank[pair.a], rank[pair.b]), max(rank[pair.a], rank[pair.b])) }
        // Each unit's document as a number: compared for every cross pair weighed.
        var documentNumbers: [String: Int] = [:]
        let document = items.map { item in documentNumbers[item.quotation.document] ?? { documentNumbers[item.quotation.document] = documentNumbers.count; return documentNumbers.count - 1 }() }
        // Two clusters weighed and not merged are not weighed again until one of them grows: the
        // other pairs linking them would give the same answer (many pairs link two large clusters
        // of near-identical text, and each weighing is |a|·|b| scores).
        var refused: [Int: (Int, Int)] = [:] // cluster pair -> their sizes when refused
        for pair in pairs.sorted(by: { ($0.score, -tieKey($0).0, -tieKey($0).1) > ($1.score, -tieKey($1).0, -tieKey($1).1) }) {
            let (first, second) = (clusterOf[pair.a], clusterOf[pair.b])
            guard first != second, let wholeA = members[first], let wholeB = members[second] else { continue }
            let clusterPair = key(first, second)
            let sizes = first < second ? (wholeA.count, wholeB.count) : (wholeB.count, wholeA.count)
            if let before = refused[clusterPair], before == sizes { continue }
            // Large clusters are weighed by their earliest members (by document and position),
            // so that one weighing costs at most weighedMembers² scores, however dense the corpus.
            func weighed(_ cluster: [Int]) -> [Int] {
                cluster.count <= Self.weighedMembers ? cluster : Array(cluster.sorted { rank[$0] < rank[$1] }.prefix(Self.weighedMembers))
            }
            let (a, b) = (weighed(wholeA), weighed(wholeB))
            // A quotation and its own clauses are one rendering: no evidence either way.
            var total = 0
            for x in a { for y in b where owner[x] != owner[y] { total += 1 } }
            var sum = 0.0, linked = 0, count = 0, blocked = false
            for x in a {
                for y in b {
                    if owner[x] == owner[y] { continue }
                    if cannotLink(x, y) { blocked = true; break }
                    count += 1
                    let v = similarity(x, y)
                    sum += v
                    if v >= options.minimumScore { linked += 1 }
                    // Stop weighing once the answer is known: half the pairs unlinked, or a mean
                    // out of reach even if every pair left scored 1 (the same decision, sooner).
                    let left = total - count
                    if 2 * (count - linked) >= total || sum + Double(left) < options.minimumScore * Double(total) { blocked = true; break }
                    // Two quotations of one report are two statements, unless one repeats the
                    // other (a headline condensing the body).
                    if document[x] == document[y] && v < 0.9 { blocked = true; break }
                }
                if blocked { break }
            }
            guard !blocked, count > 0, sum / Double(count) >= options.minimumScore, 2 * linked > count else {
                refused[clusterPair] = sizes
                continue
            }
            let (keep, drop) = wholeA.count >= wholeB.count ? (first, second) : (second, first)
            for m in members[drop]! { clusterOf[m] = keep }
            members[keep]! += members[drop]!
            members[drop] = nil
        }
        return members.values.map { $0.sorted() }
    }
}

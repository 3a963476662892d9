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
    private let options: Options

    /// Creates an aligner. The normalizer should be the one matching uses (with the
    /// orthography step for North Korean text); the glossary supplies the anchors.
    public init(normalizer: Normalizer, glossary: Glossary?, options: Options = Options()) throws {
        self.normalizer = normalizer
        self.glossary = glossary
        matcher = try glossary.map { try TermMatcher(glossary: $0) }
        glossaryIndex = Dictionary(glossary?.entries.enumerated().map { ($1.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        lexicon = try BilingualLexicon(glossary: glossary)
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

    /// Builds the aligner's view of a quotation (the text is normalized once, here).
    public func item(_ quotation: Quotation) -> Item {
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
        let conceptWords: [String]
        if quotation.language == "en" {
            let words = BilingualLexicon.englishWords(normalized)
            for word in words where !lexicon.functionWords.contains(word) {
                let token = UInt32(truncatingIfNeeded: Self.stableHash(word)) | 1 << 31
                tokens.append(token)
                features.insert(UInt64(token) | 1 << 42)
            }
            let content = lexicon.contentWords(englishWords: words)
            concepts = content.map(\.concepts)
            conceptWords = content.map(\.text)
        } else {
            tokens = canonical.map(\.value)
            for i in canonical.indices.dropLast() { features.insert(UInt64(canonical[i].value) << 21 | UInt64(canonical[i + 1].value)) }
            // Every word of Hangul carries content; a bare number or symbol counts only with a concept.
            let words = normalized.split(separator: " ").map(String.init)
            let content = zip(words, lexicon.concepts(koreanWords: words))
                .filter { word, found in !found.isEmpty || (word.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } && !lexicon.isKoreanFunctionWord(word)) }
            concepts = content.map(\.1)
            conceptWords = content.map(\.0)
        }
        return Item(quotation: quotation, canonical: canonical, tokens: tokens, features: features.union(anchors), anchors: anchors,
                    language: quotation.language, concepts: concepts, conceptWords: conceptWords)
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
    /// their indices).
    public func pairs(_ items: [Item], progress: ((Double) -> Void)? = nil) -> [Pair] {
        let eligible = items.indices.filter { items[$0].canonical.filter { !(0xE000...0xF8FF).contains($0.value) }.count + items[$0].anchors.count >= options.minimumLength }
        var frequency: [UInt64: Int32] = [:]
        var conceptFrequency: [UInt32: Int32] = [:]
        var keys: [Set<UInt64>] = Array(repeating: [], count: items.count)
        for i in eligible {
            for f in items[i].features { frequency[f, default: 0] += 1 }
            var concepts = Set<UInt32>()
            for word in items[i].concepts { concepts.formUnion(word) }
            for c in concepts { conceptFrequency[c, default: 0] += 1 }
            // Concepts are posted under their language and looked up under the other's: they
            // are how a rendering in the other language is found, not one in the same.
            let language: UInt64 = items[i].language == "en" ? 1 << 44 : 0
            keys[i] = items[i].features.union(concepts.map { UInt64($0) | 1 << 43 | language })
        }
        // Rare features weigh more: boilerplate (하고 있다, 러시아와 북한) counts for little.
        let total = Double(max(2, eligible.count))
        weights = frequency.mapValues { Int64((log(total / Double($0)) + 0.1) * 1_000_000) }
        defaultWeight = Int64((log(total) + 0.1) * 1_000_000)
        conceptWeights = conceptFrequency.mapValues { log(total / Double($0)) + 0.1 }
        defaultConceptWeight = log(total) + 0.1
        var keyFrequency: [UInt64: Int32] = [:]
        var postings: [UInt64: [Int32]] = [:]
        for i in eligible { for k in keys[i] { postings[k, default: []].append(Int32(i)); keyFrequency[k, default: 0] += 1 } }
        // A common key keeps the quotations with the smallest content hashes, not the first
        // ones read: which pairs are found must not depend on the order of the files.
        let contentHash = items.map { item in item.canonical.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1.value)) &* 0x100_0000_01B3 } }
        for (key, list) in postings where list.count > options.postingsPerKey {
            postings[key] = Array(list.sorted { (contentHash[Int($0)], $0) < (contentHash[Int($1)], $1) }.prefix(options.postingsPerKey))
        }
        var result: [Pair] = []
        var counts: [Int32: Int] = [:]
        for (n, i) in eligible.enumerated() {
            if n % 1000 == 0 { progress?(Double(n) / Double(max(1, eligible.count))) }
            // The rarest features, the rarest bilingual concepts (the keys a rendering in the other
            // language shares), and the anchors.
            let byRarity = keys[i].sorted { (keyFrequency[$0]!, $0) < (keyFrequency[$1]!, $1) }
            let rarest = byRarity.lazy.filter { $0 & (1 << 43) == 0 }.prefix(options.lookups)
            let rarestConcepts = byRarity.lazy.filter { $0 & (1 << 43) != 0 }.prefix(options.lookups).map { $0 ^ (1 << 44) }
            let lookups = Set(rarest).union(rarestConcepts).union(items[i].anchors)
            counts.removeAll(keepingCapacity: true)
            for key in lookups { for j in postings[key] ?? [] where j != Int32(i) { counts[j, default: 0] += 1 } }
            let needed = min(2, lookups.count)
            for (j, count) in counts where count >= needed {
                let (a, b) = (min(i, Int(j)), max(i, Int(j)))
                let score = self.score(items[a], items[b])
                if score >= options.minimumScore { result.append(Pair(a: a, b: b, score: score)) }
            }
        }
        progress?(1)
        // A pair found from both sides is kept once.
        result.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        var unique: [Pair] = []
        for pair in result where unique.last.map({ ($0.a, $0.b) != (pair.a, pair.b) }) ?? true { unique.append(pair) }
        return unique
    }

    /// Raw similarities put on the scale `--min-score` reads: on the development set, pairs of
    /// one statement and pairs of two separate ones divide best at a raw 0.35, in Korean, across
    /// languages and in English alike, which this makes 0.5.
    static func calibrated(_ raw: Double) -> Double { min(1, max(0, raw) / 0.7) }

    /// Chance level of in-order overlap: Korean syllables recur in any two sentences far more
    /// often than English content words do.
    private static let chance: [String: Double] = ["ko": 0.4, "en": 0.15]

    /// Similarity of two quotations, 0–1. Same language: the share of the shorter rendering's
    /// syllables (Korean) or content words (English) that align, in order, inside one contiguous
    /// stretch of the longer one, above chance level; damped when the rare features they share
    /// are a small part of the shorter one, for very short renderings, and for different
    /// speakers. Korean ↔ English: see ``crossLanguageScore(_:_:)``.
    public func score(_ a: Item, _ b: Item) -> Double {
        let value = a.language != b.language ? (a.language == "en" ? crossLanguageScore(b, a) : crossLanguageScore(a, b)) : sameLanguageScore(a, b)
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
        let aligned = WindowedLCS.best(short.tokens, in: long.tokens, slack: n / 4)
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
        return Self.calibrated(similarity) * (speakersDiffer(a.quotation, b.quotation) ? 0.8 : 1)
    }

    /// A Korean and an English rendering: the share of each side's content words (weighed by the
    /// rarity of their concepts, so Russia, DPRK or cooperation count little) that find a
    /// counterpart on the other side through the bilingual lexicon and the glossary; the lower
    /// of the two shares, and nothing unless three concepts are shared.
    public func crossLanguageScore(_ korean: Item, _ english: Item) -> Double {
        let koreanConcepts = korean.concepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) }
        let englishConcepts = english.concepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) }
        let shared = koreanConcepts.intersection(englishConcepts)
        guard shared.count >= 3 else { return 0 }
        // A word with no counterpart in the lexicon weighs as a word of middling rarity.
        func coverage(_ words: [Set<UInt32>], _ other: Set<UInt32>) -> Double {
            var matched = 0.0, total = 0.0
            for word in words {
                let w = word.isEmpty ? 1.0 : word.map { conceptWeights[$0] ?? defaultConceptWeight }.max()!
                total += w
                if !word.isDisjoint(with: other) { matched += w }
            }
            return total == 0 ? 0 : matched / total
        }
        // A fragment in one language of a longer rendering in the other: the shorter side must be
        // covered nearly whole, the longer side in proportion to the fragment's length.
        let koreanCoverage = coverage(korean.concepts, englishConcepts), englishCoverage = coverage(english.concepts, koreanConcepts)
        let (shorter, longer) = korean.concepts.count <= english.concepts.count ? (koreanCoverage, englishCoverage) : (englishCoverage, koreanCoverage)
        let expected = Double(min(korean.concepts.count, english.concepts.count)) / Double(max(1, max(korean.concepts.count, english.concepts.count)))
        let score = min(shorter, longer / max(0.2, expected) * 0.85)
        return Self.calibrated(score) * (speakersDiffer(korean.quotation, english.quotation) ? 0.8 : 1)
    }

    /// Which words of a Korean and an English rendering correspond: for each content word of
    /// the first, in order, a `translation` for every word of the second that shares one of its
    /// concepts (its glossary entry or lexicon sense), an `omission` when none does; then an
    /// `addition` for each content word of the second that nothing matched.
    public func correspondences(_ first: Item, _ second: Item) -> [RenderingDiff] {
        var result: [RenderingDiff] = []
        var matched = Set<Int>()
        for (index, word) in first.conceptWords.enumerated() {
            let partners = second.concepts.indices.filter { !second.concepts[$0].isDisjoint(with: first.concepts[index]) }
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
    /// rest stays out. A rendering of a whole sentence also joins the clusters of its parts, so
    /// clusters may share such members.
    public func clusters(_ items: [Item], pairs: [Pair]) -> [[Int]] {
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
        for pair in pairs.sorted(by: { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }) {
            let (first, second) = (clusterOf[pair.a], clusterOf[pair.b])
            guard first != second, let a = members[first], let b = members[second] else { continue }
            var sum = 0.0, linked = 0, sameDocument = false
            for x in a {
                for y in b {
                    let v = similarity(x, y)
                    sum += v
                    if v >= options.minimumScore { linked += 1 }
                    // Two quotations of one report are two statements, unless one repeats the
                    // other (a headline condensing the body).
                    if items[x].quotation.document == items[y].quotation.document && v < 0.9 { sameDocument = true }
                }
            }
            let count = a.count * b.count
            guard !sameDocument, sum / Double(count) >= options.minimumScore, 2 * linked > count else { continue }
            let (keep, drop) = a.count >= b.count ? (first, second) : (second, first)
            for m in members[drop]! { clusterOf[m] = keep }
            members[keep]! += members[drop]!
            members[drop] = nil
        }
        // A rendering that quotes a whole sentence, of which other reports quoted parts, renders
        // each part: it also joins every other cluster whose members it contains (it has more
        // content words than each, in either language) and matches as a joining cluster must.
        var extra: [Int: [Int]] = [:]
        for pair in pairs {
            for (x, y) in [(pair.a, pair.b), (pair.b, pair.a)] {
                let target = clusterOf[y]
                guard target != clusterOf[x], extra[target]?.contains(x) != true, let group = members[target] else { continue }
                guard group.allSatisfy({ items[$0].concepts.count < items[x].concepts.count && items[$0].quotation.document != items[x].quotation.document }) else { continue }
                let values = group.map { similarity(x, $0) }
                let linked = values.filter { $0 >= options.minimumScore }.count
                if values.reduce(0, +) / Double(values.count) >= options.minimumScore, 2 * linked > values.count {
                    extra[target, default: []].append(x)
                }
            }
        }
        // Largest first, then by members: clusters that share a member (a whole sentence in the
        // clusters of its parts) still come in one order, whatever order the dictionary keeps.
        return members.map { key, group in (group + (extra[key] ?? [])).sorted() }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }
}

import Foundation

/// Groups quotations from many reports into clusters of the same statement, and explains how
/// each pair of renderings differs.
///
/// Candidates come from an inverted index over features of each quotation's canonical form:
/// the text normalized (with the North → South orthography step when the normalizer has it),
/// every glossary term replaced by one symbol per entry (로씨야련방, 러시아 연방 and Russian
/// Federation become the same symbol), spaces and punctuation dropped. Korean quotations are
/// indexed by syllable bigrams, English ones by words; glossary symbols and numbers also index
/// across languages. Posting lists are capped (a feature in very many quotations is
/// boilerplate), each quotation looks up only its rarest features, and only candidates sharing
/// two of them are scored, so the work grows linearly with the corpus. Only candidates are scored (containment of features, which
/// lets a fragment match the whole), never all pairs.
public final class QuoteAligner {
    /// Settings.
    public struct Options: Sendable {
        /// Pairs scoring below this are not linked.
        public var minimumScore = 0.5
        /// Quotations with fewer letters (syllables, Latin letters, digits) are not aligned.
        public var minimumLength = 6
        /// How many of its rarest features each quotation looks up.
        public var lookups = 8
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
        var features: Set<UInt64>
        var anchors: Set<UInt64>
        var language: String
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
    private let matcher: TermMatcher?
    private let glossary: Glossary?
    private let options: Options

    /// Creates an aligner. The normalizer should be the one matching uses (with the
    /// orthography step for North Korean text); the glossary supplies the anchors.
    public init(normalizer: Normalizer, glossary: Glossary?, options: Options = Options()) throws {
        self.normalizer = normalizer
        self.glossary = glossary
        matcher = try glossary.map { try TermMatcher(glossary: $0) }
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
        let normalized = [Unicode.Scalar](scalarsOf: normalizer.normalize(text).normalized)
        var result: [Unicode.Scalar] = []
        var i = 0
        let matches = matcher?.matches(inNormalized: normalized) ?? []
        var next = 0
        while i < normalized.count {
            if next < matches.count, matches[next].range.lowerBound == i, let index = glossary?.entries.firstIndex(where: { $0.id == matches[next].entry.id }) {
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

    /// Builds the aligner's view of a quotation.
    public func item(_ quotation: Quotation) -> Item {
        let canonical = self.canonical(quotation.text)
        var features = Set<UInt64>()
        var anchors = Set<UInt64>()
        for (i, s) in canonical.enumerated() {
            if (0xE000...0xF8FF).contains(s.value) { anchors.insert(UInt64(s.value) | 1 << 40) }
            if i + 1 < canonical.count { features.insert(UInt64(s.value) << 21 | UInt64(canonical[i + 1].value)) }
        }
        // Numbers are anchors too (2024년, 10,000).
        var number = ""
        for s in canonical + [" "] {
            if s.properties.numericType != nil && s.isASCII { number.unicodeScalars.append(s) } else if !number.isEmpty {
                anchors.insert(UInt64(truncatingIfNeeded: number.hashValue) | 1 << 41)
                number = ""
            }
        }
        return Item(quotation: quotation, canonical: canonical, features: features.union(anchors), anchors: anchors, language: quotation.language)
    }

    // MARK: - Candidates and scores

    /// Scored candidate pairs at or above the minimum score, each once (a < b).
    ///
    /// Each quotation looks up its rarest features (and its glossary anchors), scanning at most
    /// ``Options/postingsPerKey`` quotations per feature, and only candidates sharing two of its
    /// keys are scored: the work per quotation is bounded, so time grows linearly with the corpus.
    /// The pairs found do not depend on the order of the items (up to their indices).
    public func pairs(_ items: [Item], progress: ((Double) -> Void)? = nil) -> [Pair] {
        let eligible = items.indices.filter { items[$0].canonical.filter { !(0xE000...0xF8FF).contains($0.value) }.count + items[$0].anchors.count >= options.minimumLength }
        var frequency: [UInt64: Int32] = [:]
        for i in eligible { for f in items[i].features { frequency[f, default: 0] += 1 } }
        // Rare features weigh more: boilerplate (하고 있다, 러시아와 북한) counts for little.
        let total = Double(max(2, eligible.count))
        weights = frequency.mapValues { Int64((log(total / Double($0)) + 0.1) * 1_000_000) }
        defaultWeight = Int64((log(total) + 0.1) * 1_000_000)
        var postings: [UInt64: [Int32]] = [:]
        for i in eligible { for f in items[i].features { postings[f, default: []].append(Int32(i)) } }
        // A common feature keeps the quotations with the smallest content hashes, not the first
        // ones read: which pairs are found must not depend on the order of the files.
        let contentHash = items.map { item in item.canonical.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1.value)) &* 0x100_0000_01B3 } }
        for (feature, list) in postings where list.count > options.postingsPerKey {
            postings[feature] = Array(list.sorted { (contentHash[Int($0)], $0) < (contentHash[Int($1)], $1) }.prefix(options.postingsPerKey))
        }
        var result: [Pair] = []
        var counts: [Int32: Int] = [:]
        for (n, i) in eligible.enumerated() {
            if n % 1000 == 0 { progress?(Double(n) / Double(max(1, eligible.count))) }
            // The rarest features, and the glossary anchors (the only features Korean and English
            // renderings share).
            let rarest = items[i].features.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }.prefix(options.lookups)
            let keys = Set(rarest).union(items[i].anchors)
            counts.removeAll(keepingCapacity: true)
            for key in keys { for j in postings[key] ?? [] where j != Int32(i) { counts[j, default: 0] += 1 } }
            let needed = min(2, keys.count)
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

    /// Similarity of two quotations, from features weighted by their rarity in the corpus (shared
    /// boilerplate counts for little): the share of the shorter one found in the other when that
    /// is most of it (a fragment scores as high as the whole), else the mean of that share and the
    /// share of the longer one (a paraphrase overlaps both; half a statement shared by chance
    /// does not); damped for short overlaps and for different speakers. Across languages, only
    /// glossary anchors and numbers count.
    public func score(_ a: Item, _ b: Item) -> Double {
        if a.language != b.language {
            let shared = a.anchors.intersection(b.anchors).count
            let smaller = min(a.anchors.count, b.anchors.count)
            guard smaller >= 2, shared >= 2 else { return 0 }
            return 0.85 * Double(shared) / Double(smaller) * min(1, Double(shared) / 3)
        }
        let sharedFeatures = a.features.intersection(b.features)
        let shared = sharedFeatures.count
        guard !a.features.isEmpty, !b.features.isEmpty else { return 0 }
        func weight(_ set: Set<UInt64>) -> Double { Double(set.reduce(Int64(0)) { $0 + (weights[$1] ?? defaultWeight) }) }
        let (common, wa, wb) = (weight(sharedFeatures), weight(a.features), weight(b.features))
        let containment = common / min(wa, wb), coverage = common / max(wa, wb)
        // A fragment lies almost wholly inside the other rendering; a paraphrase overlaps much
        // of both. Half of one statement shared by chance with another is neither.
        let similarity = containment >= 0.8 ? containment : (containment + coverage) / 2
        return similarity * min(1, Double(shared) / 8) * (speakersDiffer(a.quotation, b.quotation) ? 0.8 : 1)
    }

    /// Whether the two quotations are attributed to different speakers: two different glossary
    /// people, or two speakers named differently when neither is in the glossary (크렘린궁
    /// 대변인, 박 교수). A missing speaker, a pronoun, or one named only one way is no evidence.
    func speakersDiffer(_ a: Quotation, _ b: Quotation) -> Bool {
        if let x = a.speakerEntry, let y = b.speakerEntry { return x != y }
        guard a.speakerEntry == nil, b.speakerEntry == nil, let x = a.speakerText, let y = b.speakerText, x != "그", y != "그" else { return false }
        return x != y
    }

    // MARK: - Clusters

    /// Connected groups of items linked by pairs (union-find), largest first.
    public func clusters(_ items: [Item], pairs: [Pair]) -> [[Int]] {
        var parent = Array(items.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for pair in pairs { parent[find(pair.a)] = find(pair.b) }
        var groups: [Int: [Int]] = [:]
        for i in items.indices { groups[find(i), default: []].append(i) }
        return groups.values.map { $0.sorted() }.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
    }
}

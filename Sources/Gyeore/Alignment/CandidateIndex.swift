extension QuoteAligner {
    /// An inverted index from the keys of items (features, anchors, and bilingual concepts posted
    /// under their language) to the items holding them.
    struct CandidateIndex {
        var keys: [Set<UInt64>]
        var postings: [UInt64: [Int32]] = [:]
        var keyFrequency: [UInt64: Int32] = [:]

        /// An index over the eligible items; key frequencies from `statistics` (the whole
        /// corpus's, for shard-independent candidates), or counted over these items.
        init(_ items: [Item], eligible: [Int], postingsPerKey: Int, statistics: CorpusStatistics? = nil) {
            keys = Array(repeating: [], count: items.count)
            // Concepts find renderings in the other language only: with one language, none is posted.
            let bothLanguages = statistics?.hasTwoLanguages ?? (Set(eligible.lazy.map { items[$0].language == "en" }).count == 2)
            for i in eligible { keys[i] = QuoteAligner.postedKeys(of: items[i], bothLanguages: bothLanguages) }
            for i in eligible { for k in keys[i] { postings[k, default: []].append(Int32(i)); keyFrequency[k, default: 0] += 1 } }
            if let statistics { keyFrequency = statistics.keys }
            // A common key keeps the items with the smallest content hashes, not the first ones
            // read: which pairs are found must not depend on the order of the files.
            // Between quotations of the same text, the document and position decide (not the index,
            // which is the order the files were read in). Sort keys are taken once per item, not
            // once per comparison.
            let sortKey = items.map { item in (QuoteAligner.contentHash(item), item.quotation.document, item.quotation.start, item.quotation.end) }
            func precedes(_ x: Int32, _ y: Int32) -> Bool {
                let (a, b) = (sortKey[Int(x)], sortKey[Int(y)])
                return (a.0, a.1, a.2, a.3, x) < (b.0, b.1, b.2, b.3, y)
            }
            for (key, list) in postings where list.count > postingsPerKey {
                postings[key] = Array(list.sorted(by: precedes).prefix(postingsPerKey))
            }
        }

        /// The items sharing two of item `i`'s lookup keys (``QuoteAligner/lookupKeys(keys:frequency:anchors:lookups:)``),
        /// each key's holders cut to the postings limit.
        func candidates(of i: Int, anchors: Set<UInt64>, lookups: Int, counts: inout [Int32: Int]) -> [Int] {
            let lookupKeys = QuoteAligner.lookupKeys(keys: keys[i], frequency: keyFrequency, anchors: anchors, lookups: lookups)
            counts.removeAll(keepingCapacity: true)
            for key in lookupKeys { for j in postings[key] ?? [] where j != Int32(i) { counts[j, default: 0] += 1 } }
            let needed = QuoteAligner.neededSharedKeys(lookupKeys.count)
            return counts.filter { $0.value >= needed }.map { Int($0.key) }
        }
    }
}

extension QuoteAligner {
    /// The keys an item is found by: its features, and its bilingual concepts (the lexicon's and
    /// glossary's, not words standing for themselves) posted under its language.
    public static func candidateKeys(of item: Item) -> Set<UInt64> {
        let concepts = item.crossConceptSet.filter { !isWordConcept($0) }
        let language: UInt64 = item.language == "en" ? 1 << 44 : 0
        return item.features.union(concepts.map { UInt64($0) | 1 << 43 | language })
    }

    /// The keys an item is posted under in a corpus: every candidate key when the corpus holds
    /// two languages, else its features (concepts find renderings in the other language only).
    public static func postedKeys(of item: Item, statistics: CorpusStatistics) -> Set<UInt64> {
        postedKeys(of: item, bothLanguages: statistics.hasTwoLanguages)
    }

    static func postedKeys(of item: Item, bothLanguages: Bool) -> Set<UInt64> {
        bothLanguages ? candidateKeys(of: item) : item.features
    }

    /// The keys an item looks its candidates up by: its `lookups` rarest features held by
    /// another quotation too; its `lookups` rarest concepts that a rendering in the other
    /// language posted, under that language; its `lookups` rarest concepts another rendering in
    /// its own language holds too, where another translator's rendering in other words did
    /// (gravely / seriously share few rare words); and its anchors. Rarity is the number of
    /// holders (`frequency`) of the key looked up, ties broken by the key; a key no other
    /// quotation holds finds nothing, so it never takes the place of one that may. This depends
    /// on the item and the corpus's counts only, so a distributed job computes the same keys
    /// (`gyeore features --stats`).
    public static func lookupKeys(keys: Set<UInt64>, frequency: [UInt64: Int32], anchors: Set<UInt64>, lookups: Int) -> Set<UInt64> {
        func rarest(_ candidates: [UInt64], heldBy minimum: Int32) -> [UInt64] {
            // Each key's count looked up once, not at every comparison of the sort (which hashed
            // both keys each time).
            var counted: [(count: Int32, key: UInt64)] = []
            counted.reserveCapacity(candidates.count)
            for key in candidates {
                let count = frequency[key] ?? 0
                if count >= minimum { counted.append((count, key)) }
            }
            counted.sort { ($0.count, $0.key) < ($1.count, $1.key) }
            return counted.prefix(lookups).map(\.key)
        }
        let features = Array(keys.filter { $0 & (1 << 43) == 0 }), concepts = Array(keys.filter { $0 & (1 << 43) != 0 })
        // An item is counted among its own key's holders, never among the other language's.
        let across = rarest(concepts.map { $0 ^ (1 << 44) }, heldBy: 1)
        return Set(rarest(features, heldBy: 2)).union(across).union(rarest(concepts, heldBy: 2)).union(anchors)
    }

    /// FNV-1a over an item's canonical form: which holders a common key keeps (the smallest,
    /// then by document, start and end).
    public static func contentHash(_ item: Item) -> UInt64 {
        item.canonical.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1.value)) &* 0x100_0000_01B3 }
    }

    /// The keys an item looks its candidates up by in a corpus with these statistics (the keys
    /// ``pairs(_:progress:)`` uses for it, when it aligns that corpus).
    public func lookupKeys(of item: Item, statistics: CorpusStatistics) -> Set<UInt64> {
        Self.lookupKeys(keys: Self.postedKeys(of: item, statistics: statistics), frequency: statistics.keys, anchors: item.anchors, lookups: options.lookups)
    }

    /// How many lookup keys a candidate must hold: two, or all when fewer.
    public static func neededSharedKeys(_ lookupKeyCount: Int) -> Int { min(2, lookupKeyCount) }
}

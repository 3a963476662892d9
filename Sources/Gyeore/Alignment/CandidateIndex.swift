extension QuoteAligner {
    /// An inverted index from the keys of items (features, anchors, and bilingual concepts posted
    /// under their language) to the items holding them.
    struct CandidateIndex {
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
}

/// Pairwise evaluation of an alignment against labels: which quotations render the same
/// statement.
///
/// A labelled quotation carries one or more statement labels (a whole sentence that other
/// outlets quoted in parts carries every part's label); two quotations truly render the same
/// statement when they share a label. A clustering predicts a pair for every two labelled
/// quotations in one cluster. Scores are given for all pairs and per tier (the languages and
/// sides of the two quotations).
public struct AlignmentEvaluation: Sendable {
    /// One labelled quotation.
    public struct Member: Sendable {
        /// Statement labels.
        public var labels: Set<String>
        /// `ko` or `en`.
        public var language: String
        /// `north-korean`, `south-korean`, `foreign` (from the document's metadata).
        public var side: String

        public init(labels: Set<String>, language: String, side: String) {
            self.labels = labels
            self.language = language
            self.side = side
        }
    }

    /// Precision, recall and F1 of one tier.
    public struct Scores: Sendable, CustomStringConvertible {
        public var truePairs = 0
        public var predictedPairs = 0
        public var correctPairs = 0
        public init() {}
        public var precision: Double { predictedPairs == 0 ? 1 : Double(correctPairs) / Double(predictedPairs) }
        public var recall: Double { truePairs == 0 ? 1 : Double(correctPairs) / Double(truePairs) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var description: String {
            return "P \(format(precision))  R \(format(recall))  F \(format(f1))  (\(correctPairs) of \(predictedPairs) predicted, \(truePairs) true)"
        }
        private func format(_ x: Double) -> String {
            let thousandths = Int((x * 1000).rounded())
            return "\(thousandths / 1000).\(String(thousandths % 1000).leftPadded(3, with: "0"))"
        }
    }

    /// The tiers reported: every pair, Korean–Korean, North Korean–South Korean (both Korean),
    /// Korean–English, English–English.
    public static let tiers = ["all", "ko-ko", "nk-sk", "ko-en", "en-en"]

    public let members: [Member]

    public init(members: [Member]) { self.members = members }

    /// Whether a pair of members belongs to a tier.
    public func pair(_ i: Int, _ j: Int, isIn tier: String) -> Bool {
        let (a, b) = (members[i], members[j])
        switch tier {
        case "all": return true
        case "ko-ko": return a.language == "ko" && b.language == "ko"
        case "nk-sk": return a.language == "ko" && b.language == "ko" && Set([a.side, b.side]) == ["north-korean", "south-korean"]
        case "ko-en": return a.language != b.language
        case "en-en": return a.language == "en" && b.language == "en"
        default: return false
        }
    }

    /// Scores per tier for clusters given as lists of member indices (members in no cluster are
    /// singletons; clusters may overlap, and a pair is predicted when some cluster holds both).
    public func scores(clusters: [[Int]]) -> [String: Scores] {
        // Clusters may share members (a whole sentence in the clusters of its parts).
        var together = Set<Int>()
        for cluster in clusters { for i in cluster { for j in cluster where i < j { together.insert(i * members.count + j) } } }
        var result: [String: Scores] = [:]
        for tier in Self.tiers { result[tier] = Scores() }
        for i in members.indices {
            for j in members.indices where j > i {
                let isTrue = !members[i].labels.isDisjoint(with: members[j].labels)
                let predicted = together.contains(i * members.count + j)
                for tier in Self.tiers where pair(i, j, isIn: tier) {
                    if isTrue { result[tier]!.truePairs += 1 }
                    if predicted { result[tier]!.predictedPairs += 1 }
                    if isTrue && predicted { result[tier]!.correctPairs += 1 }
                }
            }
        }
        return result
    }

    /// Scores of links (pairs, not clusters): how many are true, of how many true pairs in all.
    public func scores(links: [(Int, Int)]) -> Scores {
        var result = Scores()
        result.truePairs = scores(clusters: [])["all"]!.truePairs
        result.predictedPairs = links.count
        result.correctPairs = links.filter { !members[$0.0].labels.isDisjoint(with: members[$0.1].labels) }.count
        return result
    }

    /// How many distinct statements a cluster holds: the fewest labels that cover every member
    /// (greedy), so a whole sentence and its parts count as one.
    public func statementCount(_ cluster: [Int]) -> Int {
        var uncovered = Set(cluster)
        var count = 0
        while !uncovered.isEmpty {
            var best: (label: String, covers: Int)? = nil
            var tally: [String: Int] = [:]
            for m in uncovered { for label in members[m].labels { tally[label, default: 0] += 1 } }
            for (label, covers) in tally.sorted(by: { $0.key < $1.key }) where covers > (best?.covers ?? 0) { best = (label, covers) }
            guard let best else { break }
            uncovered = uncovered.filter { !members[$0].labels.contains(best.label) }
            count += 1
        }
        return count
    }
}

private extension String {
    func leftPadded(_ width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

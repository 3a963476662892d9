/// The naive baseline alignment is measured against: two quotations are linked when the
/// character `partial_ratio` of their texts (as fuzzywuzzy and rapidfuzz define it: the best
/// similarity of the shorter text with any window of the longer one of its length, similarity
/// being 2·LCS / total length) reaches a threshold, and clusters are the connected components
/// of the links (union-find). Texts are compared as written, scalar by scalar, with no
/// normalization.
public struct PartialRatioBaseline: Sendable {
    /// Link two texts at or above this `partial_ratio` (0–100).
    public var threshold: Double

    public init(threshold: Double = 65) { self.threshold = threshold }

    /// `partial_ratio` of two texts, 0–100.
    public static func partialRatio(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Double {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard !short.isEmpty else { return 0 }
        return 100 * Double(WindowedLCS.best(short, in: long)) / Double(short.count)
    }

    /// Clusters (connected components of the links) of the texts, as index lists.
    public func clusters(_ texts: [String]) -> [[Int]] {
        let scalars = texts.map { Array($0.unicodeScalars) }
        var parent = Array(texts.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for i in texts.indices {
            for j in texts.indices where j > i && Self.partialRatio(scalars[i], scalars[j]) >= threshold {
                parent[find(i)] = find(j)
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in texts.indices { groups[find(i), default: []].append(i) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}

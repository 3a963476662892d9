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
        let n = short.count, words = (n + 63) / 64
        // Bit-parallel LCS (Hyyrö): one bit per position of the shorter text.
        var masks: [Unicode.Scalar: [UInt64]] = [:]
        for (i, s) in short.enumerated() { masks[s, default: [UInt64](repeating: 0, count: words)][i / 64] |= 1 << UInt64(i % 64) }
        let zero = [UInt64](repeating: 0, count: words)
        var best = 0
        var v = [UInt64](repeating: 0, count: words)
        for start in 0...(long.count - n) {
            for w in 0..<words { v[w] = ~0 }
            for c in long[start..<start + n] {
                let m = masks[c] ?? zero
                var carry: UInt64 = 0
                for w in 0..<words {
                    let u = v[w] & m[w]
                    let (sum1, o1) = v[w].addingReportingOverflow(u)
                    let (sum2, o2) = sum1.addingReportingOverflow(carry)
                    carry = (o1 || o2) ? 1 : 0
                    v[w] = sum2 | (v[w] & ~m[w])
                }
            }
            var ones = 0
            for w in 0..<words {
                let bits = w == words - 1 && n % 64 != 0 ? v[w] & ((1 << UInt64(n % 64)) - 1) : v[w]
                ones += bits.nonzeroBitCount
            }
            best = max(best, n - ones)
            if best == n { break }
        }
        return 100 * Double(2 * best) / Double(2 * n)
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

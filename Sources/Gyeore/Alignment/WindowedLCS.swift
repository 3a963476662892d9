/// The longest common subsequence of a short sequence with the best window of a long one.
///
/// This is what makes a fragment count only when it lies in one contiguous stretch of the
/// longer rendering: shared words scattered over a different, longer statement do not add up.
enum WindowedLCS {
    /// The largest LCS of `short` with any window of `long` of `short.count + slack` elements
    /// (all of `long` when shorter). Bit-parallel (Hyyrö): O(windows · |short| · |short|/64).
    /// Windows start only where an element of `short` occurs, which is where a best one starts.
    static func best<Element: Hashable>(_ short: [Element], in long: [Element], slack: Int = 0) -> Int {
        let n = short.count
        guard n > 0, !long.isEmpty else { return 0 }
        let words = (n + 63) / 64
        var masks: [Element: [UInt64]] = [:]
        for (i, s) in short.enumerated() { masks[s, default: [UInt64](repeating: 0, count: words)][i / 64] |= 1 << UInt64(i % 64) }
        let width = min(long.count, n + slack)
        var best = 0
        var v = [UInt64](repeating: 0, count: words)
        var start = 0
        while start + width <= long.count {
            if masks[long[start]] == nil && start + width < long.count { start += 1; continue }
            for w in 0..<words { v[w] = ~0 }
            for c in long[start..<start + width] {
                guard let m = masks[c] else { continue }
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
                ones += (w == words - 1 && n % 64 != 0 ? v[w] & ((1 << UInt64(n % 64)) - 1) : v[w]).nonzeroBitCount
            }
            best = max(best, n - ones)
            if best == n { break }
            start += 1
        }
        return best
    }
}

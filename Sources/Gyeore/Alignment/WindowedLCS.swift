/// The longest common subsequence of a short sequence with the best window of a long one.
///
/// This is what makes a fragment count only when it lies in one contiguous stretch of the
/// longer rendering: shared words scattered over a different, longer statement do not add up.
enum WindowedLCS {
    /// The largest LCS of `short` with any window of `long` of `short.count + slack` elements
    /// (all of `long` when shorter). Bit-parallel (Hyyrö): O(windows · |short| · |short|/64).
    /// Windows start only where an element of `short` occurs, which is where a best one starts.
    static func best<Element: Hashable>(_ short: [Element], in long: [Element], slack: Int = 0) -> Int {
        best(short, in: long, slack: slack, generic: ())
    }

    /// The general form, for any hashable elements and any length.
    private static func best<Element: Hashable>(_ short: [Element], in long: [Element], slack: Int, generic: Void) -> Int {
        let n = short.count
        guard n > 0, !long.isEmpty else { return 0 }
        let width = min(long.count, n + slack)
        if n <= 64 { return bestInOneWord(short, in: long, width: width) }
        let words = (n + 63) / 64
        var masks: [Element: [UInt64]] = [:]
        for (i, s) in short.enumerated() { masks[s, default: [UInt64](repeating: 0, count: words)][i / 64] |= 1 << UInt64(i % 64) }
        // Each element of the long sequence is looked up once, not once per window holding it.
        let maskOf = long.map { masks[$0] }
        var best = 0
        var v = [UInt64](repeating: 0, count: words)
        var start = 0
        while start + width <= long.count {
            if maskOf[start] == nil && start + width < long.count { start += 1; continue }
            for w in 0..<words { v[w] = ~0 }
            for position in start..<start + width {
                guard let m = maskOf[position] else { continue }
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

    /// ``best(_:in:slack:)`` for the aligner's tokens: the same answer, with the masks of a short
    /// sequence of at most 64 tokens in a small open-addressing table on the stack instead of a
    /// dictionary (this runs for every candidate pair).
    static func best(_ short: [UInt32], in long: [UInt32], slack: Int = 0) -> Int {
        let n = short.count
        guard n > 0, !long.isEmpty else { return 0 }
        guard n <= 64 else { return best(short, in: long, slack: slack, generic: ()) }
        let width = min(long.count, n + slack)
        // 128 slots for at most 64 keys: a probe ends at the first empty slot.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 128) { masks in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 128) { keys in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: long.count) { maskOf in
                    masks.initialize(repeating: 0)
                    keys.initialize(repeating: 0)
                    func slot(_ key: UInt32) -> Int {
                        var i = Int((key &* 0x9E37_79B1) >> 25)
                        while masks[i] != 0 && keys[i] != key { i = (i + 1) & 127 }
                        return i
                    }
                    for (i, s) in short.enumerated() {
                        let k = slot(s)
                        keys[k] = s
                        masks[k] |= 1 << UInt64(i)
                    }
                    for (i, s) in long.enumerated() { maskOf[i] = masks[slot(s)] }
                    return bestWindow(UnsafeBufferPointer(maskOf), shortCount: n, width: width)
                }
            }
        }
    }

    /// ``best(_:in:slack:)`` for a short sequence of at most 64 elements: the bit vector is one
    /// machine word, and each element of the long sequence is looked up once.
    private static func bestInOneWord<Element: Hashable>(_ short: [Element], in long: [Element], width: Int) -> Int {
        let n = short.count
        var masks: [Element: UInt64] = [:]
        masks.reserveCapacity(n)
        for (i, s) in short.enumerated() { masks[s, default: 0] |= 1 << UInt64(i) }
        let maskOf = long.map { masks[$0] ?? 0 }
        return maskOf.withUnsafeBufferPointer { bestWindow($0, shortCount: n, width: width) }
    }

    /// The one-word scan: `maskOf` holds, for each element of the long sequence, the bits of the
    /// short sequence's positions holding it; the largest LCS over windows of `width` elements.
    private static func bestWindow(_ maskOf: UnsafeBufferPointer<UInt64>, shortCount n: Int, width: Int) -> Int {
        let used: UInt64 = n == 64 ? ~0 : (1 << UInt64(n)) - 1
        var best = 0
        var start = 0
        while start + width <= maskOf.count {
            if maskOf[start] == 0 && start + width < maskOf.count { start += 1; continue }
            var v: UInt64 = ~0
            for position in start..<start + width {
                let m = maskOf[position]
                if m == 0 { continue }
                v = (v &+ (v & m)) | (v & ~m)
            }
            best = max(best, n - (v & used).nonzeroBitCount)
            if best == n { break }
            start += 1
        }
        return best
    }
}

/// Ranges, sorted once, answering "does any overlap this range / contain this position" in
/// O(log n): the converter asks such questions once per sentence and per morpheme, and a linear
/// scan each time made one long line cost quadratic time.
struct RangeIndex {
    private let lowers: [Int]
    /// The largest upper bound among the ranges up to each index (in order of lower bound).
    private let maxUppers: [Int]

    /// Indexes the non-empty ranges (an empty range overlaps nothing and contains nothing).
    init(_ ranges: some Sequence<Range<Int>>) {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        lowers = sorted.map(\.lowerBound)
        var running = Int.min
        maxUppers = sorted.map { running = max(running, $0.upperBound); return running }
    }

    /// How many ranges start before `bound`.
    private func count(startingBefore bound: Int) -> Int {
        var low = 0, high = lowers.count
        while low < high {
            let mid = (low + high) / 2
            if lowers[mid] < bound { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether a range overlaps `range` (as `Range.overlaps`: never for an empty one).
    func overlaps(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let n = count(startingBefore: range.upperBound)
        return n > 0 && maxUppers[n - 1] > range.lowerBound
    }

    /// Whether a range contains `position`.
    func contains(_ position: Int) -> Bool {
        let n = count(startingBefore: position + 1)
        return n > 0 && maxUppers[n - 1] > position
    }

    /// Whether a range contains `position` without starting at it.
    func containsInside(_ position: Int) -> Bool {
        let n = count(startingBefore: position)
        return n > 0 && maxUppers[n - 1] > position
    }
}

/// A compact, composable record of how one text became another.
///
/// The map is a sequence of runs, in order, covering both texts: an *unchanged* run copies
/// `originalLength` scalars as they were; a *change* replaces `originalLength` scalars of the
/// original by `normalizedLength` scalars of the result (either may be zero). Like ICU's
/// `Edits` or Lucene's char-filter offset corrections, it stores one entry per run of edits,
/// never one per character. All lengths and offsets are counted in Unicode scalars.
///
/// ```swift
/// let map = OffsetMap(runs: [.unchanged(2), .change(original: 1, normalized: 0), .unchanged(3)])
/// map.originalRange(forNormalized: 2..<5)   // 3..<6
/// ```
public struct OffsetMap: Sendable, Equatable {
    /// One run of the map.
    public struct Run: Sendable, Equatable {
        /// Scalars the run covers in the original text.
        public var originalLength: Int
        /// Scalars the run covers in the normalized text.
        public var normalizedLength: Int
        /// Whether the run replaced text (`true`) or copied it unchanged.
        public var isChange: Bool

        /// A run that copies `length` scalars unchanged.
        public static func unchanged(_ length: Int) -> Run { Run(originalLength: length, normalizedLength: length, isChange: false) }
        /// A run that replaces `original` scalars by `normalized` scalars.
        public static func change(original: Int, normalized: Int) -> Run {
            Run(originalLength: original, normalizedLength: normalized, isChange: true)
        }
    }

    /// A changed run with its absolute position in both texts.
    public struct Change: Sendable, Equatable, Codable {
        /// Scalar range in the original text.
        public var original: Range<Int>
        /// Scalar range in the normalized text.
        public var normalized: Range<Int>
    }

    /// The runs, in order. Adjacent unchanged runs are merged; changes are kept apart, so each
    /// change stays as fine as the step that made it.
    public private(set) var runs: [Run]
    // originalStarts[i] / normalizedStarts[i]: where run i begins; one extra entry for the end.
    private var originalStarts: [Int]
    private var normalizedStarts: [Int]

    /// Builds a map from runs (zero-length runs are dropped, adjacent unchanged runs merged).
    public init<S: Sequence>(runs: S) where S.Element == Run {
        var builder = Builder()
        for run in runs { builder.append(run) }
        self = builder.build()
    }

    /// The map of a text left as it was.
    public static func identity(length: Int) -> OffsetMap {
        // What `OffsetMap(runs: [.unchanged(length)])` builds, without the builder's arrays: a
        // map per line of text is made this way.
        length > 0 ? OffsetMap(runs: [.unchanged(length)], originalStarts: [0, length], normalizedStarts: [0, length])
            : OffsetMap(runs: [], originalStarts: [0], normalizedStarts: [0])
    }

    private init(runs: [Run], originalStarts: [Int], normalizedStarts: [Int]) {
        self.runs = runs
        self.originalStarts = originalStarts
        self.normalizedStarts = normalizedStarts
    }

    private init(compactRuns: [Run]) {
        runs = compactRuns
        originalStarts = [0]
        normalizedStarts = [0]
        originalStarts.reserveCapacity(runs.count + 1)
        normalizedStarts.reserveCapacity(runs.count + 1)
        for run in runs {
            originalStarts.append(originalStarts.last! + run.originalLength)
            normalizedStarts.append(normalizedStarts.last! + run.normalizedLength)
        }
    }

    /// Length of the original text in scalars.
    public var originalLength: Int { originalStarts.last! }
    /// Length of the normalized text in scalars.
    public var normalizedLength: Int { normalizedStarts.last! }
    /// True when the map changes nothing.
    public var isIdentity: Bool { !runs.contains { $0.isChange } }

    /// Every changed run with its absolute ranges in both texts.
    public var changes: [Change] {
        runs.indices.compactMap { i in
            guard runs[i].isChange else { return nil }
            return Change(original: originalStarts[i]..<originalStarts[i + 1],
                          normalized: normalizedStarts[i]..<normalizedStarts[i + 1])
        }
    }

    /// The range of the original text that a range of the normalized text came from.
    ///
    /// A range that starts or ends inside a change grows to cover the whole change, since a
    /// change cannot be split. Offsets outside the text are clamped to it.
    /// - Complexity: O(log r) for r runs.
    public func originalRange(forNormalized range: Range<Int>) -> Range<Int> {
        Self.project(range, from: normalizedStarts, to: originalStarts, runs: runs)
    }

    /// The range of the normalized text that a range of the original text became.
    /// - Complexity: O(log r) for r runs.
    public func normalizedRange(forOriginal range: Range<Int>) -> Range<Int> {
        Self.project(range, from: originalStarts, to: normalizedStarts, runs: runs)
    }

    /// The map of applying `self` and then `next` (whose original must be this map's result).
    ///
    /// Where a change of either map overlaps any part of the other's runs, the composed map
    /// has one change covering both.
    /// - Complexity: O(r₁ + r₂).
    public func followed(by next: OffsetMap) -> OffsetMap {
        precondition(normalizedLength == next.originalLength, "maps do not chain")
        if next.isIdentity { return self }
        if isIdentity { return next }
        var builder = Builder()
        var a = RunCursor(runs: runs, length: \.normalizedLength)
        var b = RunCursor(runs: next.runs, length: \.originalLength)
        while !a.isAtEnd || !b.isAtEnd {
            guard let runA = a.current else {
                // Only insertions of `next` can remain: they consume nothing of the middle text.
                builder.append(.change(original: 0, normalized: b.current!.normalizedLength)); b.advanceRun(); continue
            }
            guard let runB = b.current else {
                builder.append(.change(original: runA.originalLength, normalized: 0)); a.advanceRun(); continue
            }
            if !runA.isChange && !runB.isChange {
                let n = min(a.remaining, b.remaining)
                builder.append(.unchanged(n))
                a.consume(n); b.consume(n)
                continue
            }
            // A change region: extend over both maps until their run boundaries meet again in
            // the middle text.
            var original = 0, normalized = 0, endA = 0, endB = 0
            if runA.isChange { original += runA.originalLength; endA = runA.normalizedLength; a.advanceRun() }
            if runB.isChange { normalized += runB.normalizedLength; endB = runB.originalLength; b.advanceRun() }
            while endA != endB {
                if endA < endB {
                    guard let r = a.current else { break }
                    if r.isChange { original += r.originalLength; endA += r.normalizedLength; a.advanceRun() }
                    else { let n = min(a.remaining, endB - endA); original += n; endA += n; a.consume(n) }
                } else {
                    guard let r = b.current else { break }
                    if r.isChange { normalized += r.normalizedLength; endB += r.originalLength; b.advanceRun() }
                    else { let n = min(b.remaining, endA - endB); normalized += n; endB += n; b.consume(n) }
                }
            }
            builder.append(.change(original: original, normalized: normalized))
        }
        return builder.build()
    }

    // MARK: - Internals

    private static func project(_ range: Range<Int>, from source: [Int], to target: [Int], runs: [Run], hint: inout Int) -> Range<Int> {
        let total = source.last!
        let lower = min(max(range.lowerBound, 0), total)
        let upper = min(max(range.upperBound, lower), total)
        let start = startPoint(lower, from: source, to: target, runs: runs, hint: &hint)
        if upper == lower { return start..<start }
        let end = endPoint(upper, from: source, to: target, runs: runs, hint: hint)
        return start..<max(start, end)
    }

    private static func project(_ range: Range<Int>, from source: [Int], to target: [Int], runs: [Run]) -> Range<Int> {
        var hint = 0
        return project(range, from: source, to: target, runs: runs, hint: &hint)
    }

    /// The largest i with source[i] <= offset (at most runs.count - 1), searched from `hint`
    /// onwards by galloping when source[hint] <= offset, else over the whole array.
    private static func lastRun(startingAtOrBefore offset: Int, in source: [Int], count: Int, hint: Int) -> Int {
        var lo = 0, hi = count - 1
        if hint > 0 && hint < count && source[hint] <= offset {
            lo = hint
            var step = 1
            while lo + step <= hi && source[lo + step] <= offset { lo += step; step *= 2 }
            hi = min(hi, lo + step)
        }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if source[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    // Where a range starting at `offset` starts on the other side: in the run that holds the
    // scalar at `offset`; inside a change, at the change's start.
    private static func startPoint(_ offset: Int, from source: [Int], to target: [Int], runs: [Run], hint: inout Int) -> Int {
        guard offset < source.last! else { return target.last! }
        // The largest i with source[i] <= offset; that run is not empty on the source side.
        let lo = lastRun(startingAtOrBefore: offset, in: source, count: runs.count, hint: hint)
        hint = lo
        return runs[lo].isChange ? target[lo] : target[lo] + (offset - source[lo])
    }

    // Where a range ending at `offset` (> 0) ends on the other side: in the run that holds the
    // scalar before `offset`; inside a change, at the change's end.
    private static func endPoint(_ offset: Int, from source: [Int], to target: [Int], runs: [Run], hint: Int) -> Int {
        // The smallest i with source[i + 1] >= offset, that is the largest with source[i] < offset.
        let lo = lastRun(startingAtOrBefore: offset - 1, in: source, count: runs.count, hint: hint)
        return runs[lo].isChange ? target[lo + 1] : target[lo] + (offset - source[lo])
    }

    /// Projects ranges given in increasing order, each search starting where the last one
    /// ended: O(1) amortized per range instead of O(log r) with a cache miss at every step.
    public struct SequentialProjector {
        private let map: OffsetMap
        private var hint = 0

        /// A projector over `map`.
        public init(_ map: OffsetMap) { self.map = map }

        /// As ``OffsetMap/originalRange(forNormalized:)``; fastest when ranges come in order.
        public mutating func originalRange(forNormalized range: Range<Int>) -> Range<Int> {
            OffsetMap.project(range, from: map.normalizedStarts, to: map.originalStarts, runs: map.runs, hint: &hint)
        }

        /// As ``OffsetMap/normalizedRange(forOriginal:)``; fastest when ranges come in order.
        public mutating func normalizedRange(forOriginal range: Range<Int>) -> Range<Int> {
            OffsetMap.project(range, from: map.originalStarts, to: map.normalizedStarts, runs: map.runs, hint: &hint)
        }
    }

    /// Accumulates runs, dropping empty ones and merging adjacent unchanged runs.
    public struct Builder: Sendable {
        private var runs: [Run] = []
        public init() {}
        /// Appends a run.
        public mutating func append(_ run: Run) {
            guard run.originalLength > 0 || run.normalizedLength > 0 else { return }
            if !run.isChange, let last = runs.last, !last.isChange {
                runs[runs.count - 1].originalLength += run.originalLength
                runs[runs.count - 1].normalizedLength += run.normalizedLength
            } else {
                runs.append(run)
            }
        }
        /// The finished map.
        public func build() -> OffsetMap { OffsetMap(compactRuns: runs) }
    }
}

/// Walks the runs of a map along one of its sides (the middle text when composing).
private struct RunCursor {
    let runs: [OffsetMap.Run]
    let length: KeyPath<OffsetMap.Run, Int>
    var index = 0
    var remaining: Int

    init(runs: [OffsetMap.Run], length: KeyPath<OffsetMap.Run, Int>) {
        self.runs = runs
        self.length = length
        remaining = runs.first?[keyPath: length] ?? 0
    }

    var isAtEnd: Bool { index >= runs.count }
    var current: OffsetMap.Run? { index < runs.count ? runs[index] : nil }

    mutating func advanceRun() {
        index += 1
        remaining = index < runs.count ? runs[index][keyPath: length] : 0
    }

    mutating func consume(_ n: Int) {
        remaining -= n
        if remaining == 0 { advanceRun() }
    }
}

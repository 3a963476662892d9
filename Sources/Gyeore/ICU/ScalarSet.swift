internal import CICUShim

/// An immutable set of Unicode scalars compiled from an ICU UnicodeSet pattern
/// (`[[:White_Space:]-[\n]]`, `[\u200B\uFEFF]`).
///
/// ICU parses the pattern and resolves properties; the set is then copied into Swift (a
/// bitmap for the Basic Multilingual Plane, sorted ranges beyond), so membership tests
/// never cross into C.
public struct ScalarSet: Sendable, Equatable {
    private var bmp: [UInt64]          // 65,536 bits
    private var astral: [ClosedRange<UInt32>]
    /// The smallest and largest members, for a quick rejection test.
    public private(set) var bounds: ClosedRange<UInt32>?

    /// Compiles a UnicodeSet pattern with ICU.
    public init(pattern: String) throws(ICUError) {
        var error: Int32 = 0
        let handle = cicu_set_open(pattern, &error)
        try ICUError.check(error, "compiling the UnicodeSet \(pattern)")
        guard let handle else { throw ICUError(code: 1, operation: "compiling the UnicodeSet \(pattern)") }
        defer { cicu_set_close(handle) }
        self.init(icuSet: UnsafeRawPointer(handle))
    }

    /// A set of the given scalars.
    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        self.init(ranges: scalars.map { $0.value...$0.value })
    }

    init(icuSet handle: UnsafeRawPointer) {
        let count = cicu_set_range_count(handle)
        var ranges: [ClosedRange<UInt32>] = []
        for i in 0..<count {
            var start: UInt32 = 0, end: UInt32 = 0
            cicu_set_range(handle, i, &start, &end)
            ranges.append(start...end)
        }
        self.init(ranges: ranges)
    }

    init(ranges: [ClosedRange<UInt32>]) {
        bmp = [UInt64](repeating: 0, count: 1024)
        astral = []
        var low = UInt32.max, high = UInt32.min
        for range in ranges {
            low = min(low, range.lowerBound)
            high = max(high, range.upperBound)
            if range.lowerBound <= 0xFFFF {
                for value in range.lowerBound...min(range.upperBound, 0xFFFF) {
                    bmp[Int(value >> 6)] |= 1 << UInt64(value & 63)
                }
            }
            if range.upperBound > 0xFFFF { astral.append(max(range.lowerBound, 0x10000)...range.upperBound) }
        }
        astral.sort { $0.lowerBound < $1.lowerBound }
        bounds = low <= high ? low...high : nil
    }

    /// Whether the set holds `scalar`.
    /// - Complexity: O(1) in the BMP, O(log r) beyond it.
    @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard let bounds, bounds.contains(value) else { return false }
        if value <= 0xFFFF { return bmp[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        var lo = 0, hi = astral.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if astral[mid].upperBound < value { lo = mid + 1 }
            else if astral[mid].lowerBound > value { hi = mid - 1 }
            else { return true }
        }
        return false
    }

    /// The members of both sets.
    public func union(_ other: ScalarSet) -> ScalarSet {
        var result = self
        for i in 0..<1024 { result.bmp[i] |= other.bmp[i] }
        result.astral = (astral + other.astral).sorted { $0.lowerBound < $1.lowerBound }
        switch (bounds, other.bounds) {
        case let (a?, b?): result.bounds = min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
        case (nil, let b): result.bounds = b
        case (let a, nil): result.bounds = a
        }
        return result
    }

    /// The set's Basic Multilingual Plane as 1,024 words of 64 bits (bit `v & 63` of word
    /// `v >> 6` is U+v), for a scanner that tests membership on raw values.
    var bmpWords: [UInt64] { bmp }

    /// All members, in order (for sets built from small patterns).
    public var members: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        guard let bounds else { return result }
        for value in bounds {
            if let scalar = Unicode.Scalar(value), contains(scalar) { result.append(scalar) }
        }
        return result
    }
}

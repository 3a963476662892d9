/// A read-only map from 64-bit numbers to values, for the look-ups scoring makes for every
/// candidate pair (a feature's or a concept's rarity weight).
///
/// Open addressing with a multiplicative hash: a look-up is a multiply, a shift and usually one
/// comparison, where a `Dictionary` runs a seeded SipHash per key. Built once, when the weights
/// are fixed.
struct NumberTable<Value>: Sendable where Value: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var occupied: [Bool]
    private let shift: UInt64
    private let mask: Int

    /// A table holding every entry of `dictionary`.
    init(_ dictionary: [UInt64: Value], placeholder: Value) {
        // At most half full: probes stay short.
        var capacity = 16
        while capacity < 2 * dictionary.count { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: placeholder, count: capacity)
        occupied = Array(repeating: false, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        mask = capacity - 1
        for (key, value) in dictionary {
            var i = slot(key)
            while occupied[i] { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
            occupied[i] = true
        }
    }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value stored for `key`, or nil.
    subscript(key: UInt64) -> Value? {
        var i = slot(key)
        while occupied[i] {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }
}

/// A read-only map from 64-bit numbers to values, for look-ups made in inner loops: a feature's
/// or a concept's rarity weight for every candidate pair the aligner scores, a transition of
/// the term automaton for every scalar of a text.
///
/// Open addressing with a multiplicative hash: a look-up is a multiply, a shift and usually one
/// comparison, where a `Dictionary` runs a seeded SipHash per key. Built once, when the weights
/// are fixed.
struct NumberTable<Value>: Sendable where Value: Sendable {
    /// A key, its value and whether the slot holds one, side by side: a probe reads one place.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
        var occupied: Bool
    }

    private var slots: [Slot]
    private let shift: UInt64
    private let mask: Int

    /// A table holding every entry of `dictionary`.
    init(_ dictionary: [UInt64: Value], placeholder: Value) {
        // At most half full: probes stay short.
        var capacity = 16
        while capacity < 2 * dictionary.count { capacity *= 2 }
        slots = Array(repeating: Slot(key: 0, value: placeholder, occupied: false), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        mask = capacity - 1
        for (key, value) in dictionary {
            var i = slot(key)
            while slots[i].occupied { i = (i + 1) & mask }
            slots[i] = Slot(key: key, value: value, occupied: true)
        }
    }

    /// A table holding `values[i]` for `keys[i]` (keys distinct), built without a dictionary.
    init(keys: [UInt64], values: [Value], placeholder: Value) {
        var capacity = 16
        while capacity < 2 * keys.count { capacity *= 2 }
        slots = Array(repeating: Slot(key: 0, value: placeholder, occupied: false), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        mask = capacity - 1
        for (key, value) in zip(keys, values) {
            var i = slot(key)
            while slots[i].occupied && slots[i].key != key { i = (i + 1) & mask }
            slots[i] = Slot(key: key, value: value, occupied: true)
        }
    }

    /// Every key and its value, in slot order.
    var entries: [(key: UInt64, value: Value)] { slots.filter(\.occupied).map { ($0.key, $0.value) } }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value stored for `key`, or nil.
    subscript(key: UInt64) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            var i = slot(key)
            while slots[i].occupied {
                if slots[i].key == key { return slots[i].value }
                i = (i + 1) & mask
            }
            return nil
        }
    }
}

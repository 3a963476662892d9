/// The glossary's index from form keys (``FormKey``) to entry positions, held as flat arrays:
/// every key's UTF-8 bytes in one buffer, sorted bytewise, and every key's positions in
/// another. A look-up is a binary search; loading one from a ``GlossaryCache`` copies four
/// arrays, with no string built and none hashed, which is what lets a glossary of 100,000
/// entries start in a fraction of the time its rows take to parse.
struct FormIndex: Sendable, Equatable {
    /// The keys' bytes, one after another, in bytewise order.
    private(set) var keyBytes: [UInt8]
    /// Where each key starts in `keyBytes`; one more element than there are keys.
    private(set) var keyStarts: [Int32]
    /// The entry positions of every key, one key's after another's, each key's in entry order.
    private(set) var positions: [Int32]
    /// Where each key's positions start in `positions`; one more element than there are keys.
    private(set) var positionStarts: [Int32]

    /// The number of keys.
    var count: Int { keyStarts.count - 1 }

    /// Builds the index from a dictionary of keys and positions.
    init(_ dictionary: [String: [Int]]) {
        let sorted = dictionary.map { (Array($0.key.utf8), $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        var keyBytes: [UInt8] = [], keyStarts: [Int32] = [0], positions: [Int32] = [], positionStarts: [Int32] = [0]
        keyStarts.reserveCapacity(sorted.count + 1)
        positionStarts.reserveCapacity(sorted.count + 1)
        for (key, list) in sorted {
            keyBytes += key
            keyStarts.append(Int32(keyBytes.count))
            positions += list.map(Int32.init)
            positionStarts.append(Int32(positions.count))
        }
        self.init(keyBytes: keyBytes, keyStarts: keyStarts, positions: positions, positionStarts: positionStarts)
    }

    /// An index from its arrays, as a cache holds them; nil unless they are consistent (offsets
    /// that start at 0, never decrease and end at their buffer's end; positions below
    /// `entryCount`).
    init?(keyBytes: [UInt8], keyStarts: [Int32], positions: [Int32], positionStarts: [Int32], entryCount: Int) {
        guard keyStarts.count == positionStarts.count, keyStarts.first == 0, positionStarts.first == 0,
              Int(keyStarts.last!) == keyBytes.count, Int(positionStarts.last!) == positions.count,
              zip(keyStarts, keyStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              zip(positionStarts, positionStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              positions.allSatisfy({ $0 >= 0 && Int($0) < entryCount }) else { return nil }
        // The keys' order is not checked again (the cache's fingerprint covers the bytes): keys
        // out of order could only make a look-up miss, never read out of bounds.
        self.init(keyBytes: keyBytes, keyStarts: keyStarts, positions: positions, positionStarts: positionStarts)
    }

    private init(keyBytes: [UInt8], keyStarts: [Int32], positions: [Int32], positionStarts: [Int32]) {
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.positions = positions
        self.positionStarts = positionStarts
    }

    /// The bytes of key `i`.
    private func keyBuffer(_ i: Int) -> ArraySlice<UInt8> { keyBytes[Int(keyStarts[i])..<Int(keyStarts[i + 1])] }

    /// Key `i` as a string.
    func key(_ i: Int) -> String { String(decoding: keyBuffer(i), as: UTF8.self) }

    /// The positions of key `i`.
    func positions(_ i: Int) -> ArraySlice<Int32> { positions[Int(positionStarts[i])..<Int(positionStarts[i + 1])] }

    /// Key `i` compared bytewise with `other`: negative, zero or positive.
    private func compare<Bytes: Collection<UInt8>>(key i: Int, with other: Bytes) -> Int {
        var a = Int(keyStarts[i])
        let end = Int(keyStarts[i + 1])
        for byte in other {
            guard a < end else { return -1 }
            if keyBytes[a] != byte { return keyBytes[a] < byte ? -1 : 1 }
            a += 1
        }
        return a < end ? 1 : 0
    }

    /// The entry positions of `key`, in entry order (empty when no form has it).
    func positions(of key: String) -> ArraySlice<Int32> {
        var key = key
        return key.withUTF8 { bytes in
            var low = 0, high = count
            while low < high {
                let middle = (low + high) / 2
                let order = compare(key: middle, with: bytes)
                if order == 0 { return positions(middle) }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return []
        }
    }
}

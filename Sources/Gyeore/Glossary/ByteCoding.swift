import Foundation

/// Writes the little binary format of ``GlossaryCache`` files: unsigned LEB128 integers,
/// strings as a length and UTF-8 bytes, arrays of 32-bit integers as a count and their
/// little-endian bytes.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func integer(_ value: Int) {
        precondition(value >= 0, "ByteWriter writes non-negative integers")
        var rest = UInt64(value)
        repeat {
            let low = UInt8(rest & 0x7F)
            rest >>= 7
            bytes.append(rest == 0 ? low : low | 0x80)
        } while rest != 0
    }

    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func string(_ value: String) {
        integer(value.utf8.count)
        bytes += value.utf8
    }

    mutating func raw(_ value: [UInt8]) {
        integer(value.count)
        bytes += value
    }

    mutating func integers(_ values: [Int32]) {
        integer(values.count)
        for value in values { word32(UInt32(bitPattern: value)) }
    }

    mutating func words(_ values: [UInt64]) {
        integer(values.count)
        for value in values { word(value) }
    }

    private mutating func word32(_ value: UInt32) {
        bytes += [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8),
                  UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 24)]
    }
}

/// Reads what ``ByteWriter`` wrote, in place (a mapped file's bytes, never copied whole), every
/// read checked against the end: a truncated or damaged file is a ``ByteReader/Truncated``
/// error, never a read past the buffer. The bytes must outlive the reader: use it inside the
/// `withUnsafeBytes` that gave them.
struct ByteReader {
    struct Truncated: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }
    /// The bytes not read yet.
    var remaining: Int { bytes.count - offset }

    /// The fingerprint (``ByteHash``) of the bytes not read yet.
    func hashOfRest() -> UInt64 { ByteHash.hash(UnsafeRawBufferPointer(rebasing: bytes[offset...])) }

    mutating func byte() throws(Truncated) -> UInt8 {
        guard offset < bytes.count else { throw Truncated() }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// An integer of at most 63 bits (longer encodings are damage).
    mutating func integer() throws(Truncated) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 63 else { throw Truncated() }
            value |= UInt64(next & 0x7F) << shift
            if next & 0x80 == 0 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw Truncated() }
        return Int(value)
    }

    mutating func word() throws(Truncated) -> UInt64 {
        guard remaining >= 8 else { throw Truncated() }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A count of items each at least `size` bytes long, no more than the bytes left can hold.
    mutating func count(ofItemsOf size: Int) throws(Truncated) -> Int {
        let count = try integer()
        guard count <= remaining / max(1, size) else { throw Truncated() }
        return count
    }

    mutating func raw() throws(Truncated) -> [UInt8] {
        let count = try count(ofItemsOf: 1)
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func string() throws(Truncated) -> String {
        let count = try count(ofItemsOf: 1)
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }

    mutating func words() throws(Truncated) -> [UInt64] { try numbers(UInt64.self) }

    mutating func integers() throws(Truncated) -> [Int32] { try numbers(Int32.self) }

    /// A count, then that many little-endian numbers, copied in one piece.
    private mutating func numbers<Number: FixedWidthInteger>(_: Number.Type) throws(Truncated) -> [Number] {
        let size = MemoryLayout<Number>.size
        let count = try count(ofItemsOf: size)
        let start = offset
        offset += size * count
        return [Number](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<start + size * count]))
            for i in 0..<count { buffer[i] = Number(littleEndian: buffer[i]) }
            initialized = count
        }
    }
}

/// FNV-1a over 64 bits, eight bytes a step: a fingerprint of a file's bytes, the same in every
/// process (Swift's `Hasher` is seeded per process).
enum ByteHash {
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        let words = bytes.count / 8
        for i in 0..<words {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self)) &* prime
            hash ^= hash >> 29
        }
        for i in (8 * words)..<bytes.count { hash = (hash ^ UInt64(bytes[i])) &* prime }
        return hash ^ UInt64(bytes.count)
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { hash($0) } }

    static func hash(_ bytes: Data) -> UInt64 { bytes.withUnsafeBytes { hash($0) } }
}

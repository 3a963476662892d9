import Gyeore

/// Writes one JSON object into a byte buffer, as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` would: the caller gives keys in sorted order; strings escape `"`, `\`
/// and the control characters below U+0020 (`\b \f \n \r \t`, else `\u00XX` in lower-case hex),
/// and nothing else. `normalize --json`, `quotes`, `terms`, `features`, `score` and `candidates`
/// write a record per line with it instead of encoding each line through `JSONEncoder` (which
/// took two thirds of the time); `NormalizeJSONTests` and `FlatJSONTests` check the bytes are the
/// same.
///
/// Every write makes room once and copies through a pointer: a key, a number or a string run is
/// one copy, not a growth check per byte (the writer was a fifth of `terms`' time).
struct JSONLineWriter {
    /// The record so far is `storage[..<count]`; the rest is room to write into.
    private var storage: [UInt8]
    private var count = 0
    /// Bit `d` set: the container open at depth `d` holds an element already (a comma goes
    /// before the next).
    private var holdsElement: UInt64 = 0
    /// How many containers are open.
    private var depth = 0
    /// A key was written: its value follows the colon without a comma.
    private var pendingValue = false

    init(capacity: Int = 1024) { storage = Array(repeating: 0, count: max(64, capacity)) }

    /// The record written since the last ``reset()``.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// How many bytes the record holds so far.
    var byteCount: Int { count }

    /// The record's bytes from `offset` on: a run of fields written to be copied into later
    /// records with ``raw(_:endsWithKey:)``.
    func bytes(from offset: Int) -> [UInt8] { Array(storage[offset..<count]) }

    /// Writes the record and a line feed to `output`.
    func writeLine(to output: OutputWriter) throws(OutputError) {
        var failure: OutputError?
        let count = count
        storage.withUnsafeBufferPointer { buffer in
            do throws(OutputError) { try output.writeLine(utf8: UnsafeBufferPointer(rebasing: buffer[..<count])) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Starts over with an empty buffer (its capacity kept).
    mutating func reset() {
        count = 0
        holdsElement = 0
        depth = 0
        pendingValue = false
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Bytes encoded earlier by a writer in the same state (``bytes(from:)``): fields of the
    /// open object, each after a comma, and a last key whose value comes next when `endsWithKey`.
    /// The object must hold an element already (the runs start with a comma).
    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>, endsWithKey: Bool) {
        raw(capacity: bytes.count, endsWithKey: endsWithKey) { room in
            if let source = bytes.baseAddress { room.update(from: source, count: bytes.count) }
            return bytes.count
        }
    }

    /// Encoded bytes written straight into the record: `body` gets room for `capacity` bytes
    /// and returns how many it wrote. What it writes is taken as ``raw(_:endsWithKey:)`` takes
    /// its bytes: whole fields of the open object, the last perhaps a key awaiting its value.
    @inline(__always) mutating func raw(capacity: Int, endsWithKey: Bool, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(capacity)
        let at = count
        count = at + storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + at) }
        if depth > 0 { holdsElement |= 1 << UInt64(depth - 1) }
        pendingValue = endsWithKey
    }

    /// A key; the value written next belongs to it.
    mutating func key(_ name: StaticString) {
        writeQuoted(comma: separator(), key: name, value: nil)
        pendingValue = true
    }

    /// A key and its string value, in one write when the value needs no escape (the records
    /// `terms` writes are a dozen such fields each).
    mutating func field(_ name: StaticString, _ value: String) {
        let comma = separator()
        var value = value
        value.withUTF8 { utf8 in
            guard !Self.needsEscape(utf8) else {
                writeQuoted(comma: comma, key: name, value: nil)
                appendEscaped(utf8, comma: false)
                return
            }
            writeQuoted(comma: comma, key: name, value: utf8)
        }
    }

    /// In one write: `,` when `comma`, then `"key":` when there is a key, then `"value"` when
    /// there is a value (one that needs no escape). Inlined, so that each caller's parts are
    /// known where it is compiled (called as a function, it cost `terms` 1.7% more instructions).
    @inline(__always) private mutating func writeQuoted(comma: Bool, key: StaticString?, value: UnsafeBufferPointer<UInt8>?) {
        let keyLength = key?.utf8CodeUnitCount ?? 0, length = value?.count ?? 0
        reserve(keyLength + length + 6)
        let at = count
        count = storage.withUnsafeMutableBufferPointer { buffer in
            var i = at
            if comma { buffer[i] = UInt8(ascii: ","); i += 1 }
            if let key {
                buffer[i] = UInt8(ascii: "\"")
                (buffer.baseAddress! + i + 1).update(from: key.utf8Start, count: keyLength)
                i += 1 + keyLength
                buffer[i] = UInt8(ascii: "\"")
                buffer[i + 1] = UInt8(ascii: ":")
                i += 2
            }
            if let value {
                buffer[i] = UInt8(ascii: "\"")
                if let source = value.baseAddress, length > 0 { (buffer.baseAddress! + i + 1).update(from: source, count: length) }
                i += 1 + length
                buffer[i] = UInt8(ascii: "\"")
                i += 1
            }
            return i
        }
    }

    mutating func string(_ value: String) {
        let comma = separator()
        var value = value
        value.withUTF8 { utf8 in
            if Self.needsEscape(utf8) { appendEscaped(utf8, comma: comma) } else { writeQuoted(comma: comma, key: nil, value: utf8) }
        }
    }

    /// A string value holding bytes to escape: `,` when `comma`, then the quoted, escaped text.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, comma: Bool) {
        let length = utf8.count
        reserve(length + 3)
        if comma { put(UInt8(ascii: ",")) }
        put(UInt8(ascii: "\""))
        // Runs that need no escape (nearly all of a value) are copied whole; they are found
        // eight bytes at a time.
        var start = 0, i = 0
        if let raw = UnsafeRawPointer(utf8.baseAddress) {
            while i < length {
                if i + 8 <= length, !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let byte = utf8[i]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    put(UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    escape(byte)
                    start = i + 1
                }
                i += 1
            }
        }
        put(UnsafeBufferPointer(rebasing: utf8[start...]))
        put(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) {
        let comma = separator()
        reserve(21)
        let at = count
        count = storage.withUnsafeMutableBufferPointer { buffer in
            var i = at
            if comma { buffer[i] = UInt8(ascii: ","); i += 1 }
            return i + Self.writeDigits(value, to: buffer.baseAddress! + i)
        }
    }

    /// Writes `value` in decimal at `pointer` (room for 20 bytes); returns how many bytes.
    /// Two digits at a time from a table, the count found by comparisons: offsets run to seven
    /// digits and more, and a division per digit twice over was half the cost of a record.
    @inline(__always) static func writeDigits(_ value: Int, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
        var start = 0
        if value < 0 { pointer[0] = UInt8(ascii: "-"); start = 1 }
        var magnitude = value.magnitude
        // An Int's magnitude has at most 19 digits, and 10^19 still fits a UInt.
        var digits = 1
        var bound: UInt = 10
        while digits < 19 && magnitude >= bound {
            digits += 1
            bound *= 10
        }
        var n = start + digits
        let pairs = digitPairs.utf8Start
        while magnitude >= 100 {
            let pair = Int(magnitude % 100) &* 2
            magnitude /= 100
            n -= 2
            pointer[n] = pairs[pair]
            pointer[n + 1] = pairs[pair + 1]
        }
        if magnitude >= 10 {
            let pair = Int(magnitude) &* 2
            pointer[n - 2] = pairs[pair]
            pointer[n - 1] = pairs[pair + 1]
        } else {
            pointer[n - 1] = UInt8(ascii: "0") &+ UInt8(magnitude)
        }
        return start + digits
    }

    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// A finite number as `JSONEncoder` writes it: Swift's shortest representation that reads
    /// back the same, without a trailing `.0`.
    mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        let comma = separator()
        reserve(text.utf8.count + 1)
        if comma { put(UInt8(ascii: ",")) }
        text.withUTF8 { put($0) }
    }

    mutating func bool(_ value: Bool) {
        let comma = separator()
        reserve(6)
        if comma { put(UInt8(ascii: ",")) }
        let word: StaticString = value ? "true" : "false"
        put(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// `[lower, upper]`.
    mutating func range(_ lower: Int, _ upper: Int) {
        beginArray(); int(lower); int(upper); endArray()
    }

    // MARK: - Bytes

    /// Whether any byte of a string's UTF-8 must be escaped.
    static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let raw = UnsafeRawPointer(utf8.baseAddress) else { return false }
        let length = utf8.count
        var i = 0
        while i + 8 <= length {
            if mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return true }
            i += 8
        }
        while i < length {
            let byte = utf8[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            i += 1
        }
        return false
    }

    /// Whether any of eight bytes is below U+0020, a quotation mark or a backslash (the tests
    /// for a byte below a bound and for a zero byte of "Bit Twiddling Hacks", which are exact
    /// about whether one exists).
    @inline(__always) static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return control | quotes | backslashes != 0
    }

    /// A byte JSON does not allow bare inside a string, escaped.
    private mutating func escape(_ byte: UInt8) {
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
        case 0x08: put(UInt8(ascii: "b"))
        case 0x0C: put(UInt8(ascii: "f"))
        case 0x0A: put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            let digits = hex.utf8Start
            put(UInt8(ascii: "u")); put(UInt8(ascii: "0")); put(UInt8(ascii: "0"))
            put(digits[Int(byte >> 4)]); put(digits[Int(byte & 15)])
        }
    }

    /// Whether a comma goes before the element about to be written (every element of an object
    /// or array but the first; a key's value follows its key directly).
    private mutating func separator() -> Bool {
        if pendingValue { pendingValue = false; return false }
        guard depth > 0 else { return false }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        defer { holdsElement |= bit }
        return holdsElement & bit != 0
    }

    private mutating func open(_ bracket: UInt8) {
        if separator() { put(UInt8(ascii: ",")) }
        put(bracket)
        // The records written here nest a few levels deep; 64 is far past any of them.
        precondition(depth < 64, "JSONLineWriter nests at most 64 containers")
        depth += 1
        holdsElement &= ~(1 << UInt64(depth - 1))
    }

    private mutating func close(_ bracket: UInt8) {
        put(bracket)
        depth -= 1
    }

    /// Room for `n` more bytes.
    @inline(__always) private mutating func reserve(_ n: Int) {
        if count + n > storage.count { grow(to: count + n) }
    }

    @inline(never) private mutating func grow(to needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(needed, 2 * storage.count) - storage.count))
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        reserve(1)
        let at = count
        storage.withUnsafeMutableBufferPointer { $0[at] = byte }
        count = at + 1
    }

    @inline(__always) private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        let at = count
        storage.withUnsafeMutableBufferPointer { ($0.baseAddress! + at).update(from: source, count: bytes.count) }
        count = at + bytes.count
    }
}

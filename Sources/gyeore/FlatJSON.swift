/// A quick reader for the JSON objects the corpus steps pass each other (`features`, `score`,
/// `candidates`, `cluster`): one object per line, its values strings, numbers, booleans, null or
/// arrays of those.
///
/// `JSONDecoder` took half of `gyeore score`'s time on the Spark recipe's 3 million candidate
/// lines (27,000 instructions for `{"a":"…","b":"…"}`). This reader finds each top-level key and
/// where its value lies in one pass, and a record is built from those spans. It reads only what
/// it can read exactly as `JSONDecoder` would: a string holding an escape, a duplicate key, or
/// anything that is not valid JSON makes it give up (nil), and the caller decodes the line with
/// `JSONDecoder`, which reads it or reports the problem in its words. So a record read either way
/// is the same record.
struct FlatJSON {
    /// A value's kind and where it lies in the line's bytes.
    enum Value {
        /// A string without escapes: its bytes between the quotes.
        case string(Range<Int>)
        case number(Range<Int>)
        case bool(Bool)
        case null
        /// An array or object, brackets included.
        case composite(Range<Int>)
    }

    private let bytes: [UInt8]
    private var keys: [Range<Int>] = []
    private var values: [Value] = []

    /// The line's top-level object, or nil when it is something this reader leaves to
    /// `JSONDecoder`.
    init?(_ line: String) { self.init(bytes: Array(line.utf8)) }

    /// The object in `bytes` (a line, or an element of an array in one).
    init?(bytes: [UInt8]) {
        self.bytes = bytes
        var i = 0
        guard skipSpace(&i), i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        guard skipSpace(&i), i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                guard let key = plainString(&i), skipSpace(&i), i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard skipSpace(&i), let value = value(&i) else { return nil }
                // A key given twice: which one counts is the decoder's business.
                guard !keys.contains(where: { bytes[$0] == bytes[key] }) else { return nil }
                keys.append(key)
                values.append(value)
                guard skipSpace(&i), i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; guard skipSpace(&i) else { return nil }; continue }
                guard bytes[i] == UInt8(ascii: "}") else { return nil }
                i += 1
                break
            }
        }
        guard skipSpace(&i), i == bytes.count else { return nil }
    }

    // MARK: - Reading fields

    /// The value of `key`, if the object has it.
    func value(_ key: StaticString) -> Value? {
        let name = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        for (k, range) in keys.enumerated() where range.count == name.count && bytes[range].elementsEqual(name) { return values[k] }
        return nil
    }

    /// A string field; nil when it is missing or not a string this reader reads.
    func string(_ key: StaticString) -> String? {
        guard case .string(let range)? = value(key) else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// An integer field (a JSON number without fraction or exponent that fits an `Int`).
    func int(_ key: StaticString) -> Int? {
        guard case .number(let range)? = value(key) else { return nil }
        return Int(String(decoding: bytes[range], as: UTF8.self))
    }

    func double(_ key: StaticString) -> Double? {
        guard case .number(let range)? = value(key) else { return nil }
        return Double(String(decoding: bytes[range], as: UTF8.self))
    }

    func bool(_ key: StaticString) -> Bool? {
        guard case .bool(let value)? = value(key) else { return nil }
        return value
    }

    /// An optional field as the decoder reads one: missing or null is `.some(nil)`; a value of
    /// another kind (or one this reader leaves alone) is nil.
    func optional<T>(_ key: StaticString, _ read: (StaticString) -> T?) -> T?? {
        switch value(key) {
        case nil, .null?: return .some(nil)
        default: return read(key).map { .some($0) }
        }
    }

    /// An array of strings without escapes.
    func strings(_ key: StaticString) -> [String]? {
        guard case .composite(let range)? = value(key) else { return nil }
        var i = range.lowerBound
        return stringArray(&i)
    }

    /// An array of objects, each read as its own ``FlatJSON``.
    func objects(_ key: StaticString) -> [FlatJSON]? {
        guard case .composite(let range)? = value(key), bytes[range.lowerBound] == UInt8(ascii: "[") else { return nil }
        var i = range.lowerBound + 1, result: [FlatJSON] = []
        guard skipSpace(&i), i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "]") { return result }
        while true {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{"), let element = composite(&i), let object = FlatJSON(bytes: Array(bytes[element])) else { return nil }
            result.append(object)
            guard skipSpace(&i), i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; guard skipSpace(&i) else { return nil }; continue }
            return bytes[i] == UInt8(ascii: "]") ? result : nil
        }
    }

    /// An array of arrays of strings without escapes.
    func stringArrays(_ key: StaticString) -> [[String]]? {
        guard case .composite(let range)? = value(key), bytes[range.lowerBound] == UInt8(ascii: "[") else { return nil }
        var i = range.lowerBound + 1, result: [[String]] = []
        guard skipSpace(&i), i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "]") { return result }
        while true {
            guard let inner = stringArray(&i) else { return nil }
            result.append(inner)
            guard skipSpace(&i), i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; guard skipSpace(&i) else { return nil }; continue }
            return bytes[i] == UInt8(ascii: "]") ? result : nil
        }
    }

    // MARK: - Scanning

    /// Skips JSON white space; always true (for use in conditions).
    private func skipSpace(_ i: inout Int) -> Bool {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return true
    }

    /// A string without escapes or control characters at `i`: the range of its contents.
    private func plainString(_ i: inout Int) -> Range<Int>? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        var j = start
        while j < bytes.count {
            let byte = bytes[j]
            if byte == UInt8(ascii: "\"") { i = j + 1; return start..<j }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            j += 1
        }
        return nil
    }

    private func value(_ i: inout Int) -> Value? {
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "\""): return plainString(&i).map { .string($0) }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number(&i).map { .number($0) }
        case UInt8(ascii: "t"): return literal("true", &i) ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false", &i) ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null", &i) ? .null : nil
        case UInt8(ascii: "["), UInt8(ascii: "{"): return composite(&i).map { .composite($0) }
        default: return nil
        }
    }

    private func literal(_ word: StaticString, _ i: inout Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count, bytes[i..<i + count].elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: count)) else { return false }
        i += count
        return true
    }

    /// A number in JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private func number(_ i: inout Int) -> Range<Int>? {
        let start = i
        var j = i
        func digits() -> Bool {
            let first = j
            while j < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]) { j += 1 }
            return j > first
        }
        if j < bytes.count, bytes[j] == UInt8(ascii: "-") { j += 1 }
        guard j < bytes.count else { return nil }
        if bytes[j] == UInt8(ascii: "0") { j += 1 } else { guard digits() else { return nil } }
        if j < bytes.count, bytes[j] == UInt8(ascii: ".") { j += 1; guard digits() else { return nil } }
        if j < bytes.count, bytes[j] == UInt8(ascii: "e") || bytes[j] == UInt8(ascii: "E") {
            j += 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-") { j += 1 }
            guard digits() else { return nil }
        }
        i = j
        return start..<j
    }

    /// An array or object of values this reader reads (nested at most ``deepest`` levels),
    /// skipped whole.
    private func composite(_ i: inout Int, depth: Int = 1) -> Range<Int>? {
        guard depth <= Self.deepest, i < bytes.count else { return nil }
        let start = i
        let isObject = bytes[i] == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i += 1
        guard skipSpace(&i), i < bytes.count else { return nil }
        if bytes[i] == close { i += 1; return start..<i }
        while true {
            if isObject {
                guard plainString(&i) != nil, skipSpace(&i), i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard skipSpace(&i) else { return nil }
            }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "[") || bytes[i] == UInt8(ascii: "{") {
                guard composite(&i, depth: depth + 1) != nil else { return nil }
            } else {
                guard value(&i) != nil else { return nil }
            }
            guard skipSpace(&i), i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; guard skipSpace(&i) else { return nil }; continue }
            guard bytes[i] == close else { return nil }
            i += 1
            return start..<i
        }
    }

    /// How deep arrays and objects may nest for this reader (deeper: the decoder's business).
    static let deepest = 16

    /// `[ "…", … ]` of plain strings at `i`.
    private func stringArray(_ i: inout Int) -> [String]? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
        i += 1
        var result: [String] = []
        guard skipSpace(&i), i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "]") { i += 1; return result }
        while true {
            guard let range = plainString(&i) else { return nil }
            result.append(String(decoding: bytes[range], as: UTF8.self))
            guard skipSpace(&i), i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; guard skipSpace(&i) else { return nil }; continue }
            guard bytes[i] == UInt8(ascii: "]") else { return nil }
            i += 1
            return result
        }
    }
}

/// A record the corpus steps read often enough to read through ``FlatJSON`` first.
protocol FlatJSONReadable: Decodable {
    /// The record, or nil to leave the line to `JSONDecoder`.
    init?(flat: FlatJSON)
}

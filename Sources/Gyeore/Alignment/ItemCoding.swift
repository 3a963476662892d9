import Foundation

/// An aligner's item as bytes: what `gyeore features` writes once per quotation, so that the
/// scoring and clustering steps of a distributed job never normalize a quotation again.
///
/// Packed, not spelled out as JSON objects: a scoring step reads two items per candidate pair,
/// and a corpus has many more pairs than quotations. Integers are LEB128 varints, strings
/// length-prefixed UTF-8, sets written sorted (the same item gives the same bytes); the concept
/// sets are the unions of the per-word concepts and are rebuilt on reading. As JSON (`Codable`)
/// an item is one base64 string of these bytes, led by a format version.
extension QuoteAligner.Item: Codable {
    /// The version of the packed form, its first byte.
    public static let packedFormatVersion: UInt8 = 4

    /// The packed bytes (see the type's description).
    public func packed() -> [UInt8] {
        var writer = PackedWriter()
        writer.bytes.append(Self.packedFormatVersion)
        write(to: &writer)
        return writer.bytes
    }

    /// An item from ``packed()`` bytes. Without `parts`, its clauses are not read: scoring a
    /// pair needs the whole quotations only (clustering needs the clauses).
    public init(packed bytes: [UInt8], parts readParts: Bool = true) throws(PackedItemError) {
        var reader = PackedReader(bytes: bytes)
        let version = try reader.byte()
        guard version == Self.packedFormatVersion else { throw PackedItemError(message: "an item of format \(version); this gyeore reads format \(Self.packedFormatVersion)") }
        try self.init(from: &reader, parts: readParts)
        guard !readParts || reader.position == bytes.count else { throw PackedItemError(message: "\(bytes.count - reader.position) bytes after the item") }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let data = Data(base64Encoded: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not base64")
        }
        do { try self.init(packed: Array(data)) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Data(packed()).base64EncodedString())
    }

    private func write(to w: inout PackedWriter) {
        let q = quotation
        w.string(q.document); w.int(q.start); w.int(q.end); w.int(q.line)
        w.string(q.text); w.string(q.normalized); w.string(q.marks); w.int(q.depth)
        w.optionalInt(q.parent); w.string(q.kind.rawValue)
        w.optionalString(q.clause); w.optionalString(q.verb); w.optionalString(q.speaker)
        w.optionalString(q.speakerText); w.optionalString(q.speakerEntry); w.string(q.language.rawValue)
        w.int(q.occurrences.count)
        for o in q.occurrences { w.int(o.start); w.int(o.end); w.int(o.line); w.string(o.context.rawValue) }
        w.optionalString(q.date)
        // The reported clause the quotation stands in (format 4).
        w.optionalString(q.reportedClause)
        w.numbers(canonical.map { UInt64($0.value) })
        w.numbers(tokens.map(UInt64.init))
        w.numbers(features.sorted())
        w.numbers(anchors.sorted())
        w.string(language)
        w.int(concepts.count)
        for set in concepts { w.numbers(set.sorted().map(UInt64.init)) }
        w.int(conceptWords.count)
        for word in conceptWords { w.string(word) }
        // Each word's range in the text: its start and length (format 2).
        for range in conceptRanges { w.int(range.lowerBound); w.int(range.count) }
        w.int(crossConcepts.count)
        for set in crossConcepts { w.numbers(set.sorted().map(UInt64.init)) }
        // Whether the text holds a word of negation (format 3).
        w.int(negated ? 1 : 0)
        w.int(parts.count)
        for part in parts { part.write(to: &w) }
    }

    private init(from r: inout PackedReader, parts readParts: Bool = true) throws(PackedItemError) {
        let document = try r.string(), start = try r.int(), end = try r.int(), line = try r.int()
        let text = try r.string(), normalized = try r.string(), marks = try r.string(), depth = try r.int()
        let parent = try r.optionalInt(), kindName = try r.string()
        guard let kind = Quotation.Kind(rawValue: kindName) else { throw PackedItemError(message: "unknown kind '\(kindName)'") }
        let clause = try r.optionalString(), verb = try r.optionalString(), speaker = try r.optionalString()
        let speakerText = try r.optionalString(), speakerEntry = try r.optionalString(), languageName = try r.string()
        guard let quotationLanguage = Quotation.Language(rawValue: languageName) else { throw PackedItemError(message: "unknown language '\(languageName)'") }
        var occurrences: [Quotation.Occurrence] = []
        for _ in 0..<(try r.count()) {
            let (start, end, line, contextName) = (try r.int(), try r.int(), try r.int(), try r.string())
            guard let context = Quotation.Context(rawValue: contextName) else { throw PackedItemError(message: "unknown context '\(contextName)'") }
            occurrences.append(Quotation.Occurrence(start: start, end: end, line: line, context: context))
        }
        let date = try r.optionalString()
        var quotation = Quotation(document: document, start: start, end: end, line: line, text: text, normalized: normalized, marks: marks, depth: depth,
                              parent: parent, kind: kind, clause: clause, verb: verb, speaker: speaker, speakerText: speakerText,
                              speakerEntry: speakerEntry, language: quotationLanguage, occurrences: occurrences, date: date)
        quotation.reportedClause = try r.optionalString()
        var canonical: [Unicode.Scalar] = []
        let scalarCount = try r.count()
        canonical.reserveCapacity(scalarCount)
        for _ in 0..<scalarCount {
            let value = try r.varint()
            guard value <= UInt64(UInt32.max), let scalar = Unicode.Scalar(UInt32(value)) else { throw PackedItemError(message: "\(value) is not a Unicode scalar") }
            canonical.append(scalar)
        }
        let tokens = try r.smallNumbers()
        let features = try r.numberSet()
        let anchors = try r.numberSet()
        let language = try r.string()
        var concepts: [Set<UInt32>] = []
        for _ in 0..<(try r.count()) { concepts.append(Set(try r.smallNumbers())) }
        var conceptWords: [String] = []
        for _ in 0..<(try r.count()) { conceptWords.append(try r.string()) }
        var conceptRanges: [Range<Int>] = []
        conceptRanges.reserveCapacity(conceptWords.count)
        let textLength = text.unicodeScalars.count
        for _ in conceptWords.indices {
            let (start, length) = (try r.int(), try r.int())
            guard start <= textLength, length <= textLength - start else {
                throw PackedItemError(message: "a content word of \(length) scalars at \(start) is outside its quotation's \(textLength) scalars")
            }
            conceptRanges.append(start..<start + length)
        }
        var crossConcepts: [Set<UInt32>] = []
        for _ in 0..<(try r.count()) { crossConcepts.append(Set(try r.smallNumbers())) }
        let negated: Bool
        switch try r.byte() {
        case 0: negated = false
        case 1: negated = true
        case let other: throw PackedItemError(message: "\(other) is not a flag of negation (0 or 1)")
        }
        var parts: [QuoteAligner.Item] = []
        if readParts {
            for _ in 0..<(try r.count()) {
                // A part is a clause: that needs no byte of its own.
                var part = try QuoteAligner.Item(from: &r)
                part.isClause = true
                parts.append(part)
            }
        }
        self.init(quotation: quotation, canonical: canonical, tokens: tokens, features: features, sortedFeatures: features.sorted(), anchors: anchors,
                  language: language, concepts: concepts, conceptWords: conceptWords, conceptRanges: conceptRanges,
                  conceptSet: concepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) }, crossConcepts: crossConcepts,
                  crossConceptSet: crossConcepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) }, negated: negated, parts: parts)
    }
}

/// Packed item bytes that cannot be read: what is wrong with them.
public struct PackedItemError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

private struct PackedWriter {
    var bytes: [UInt8] = []

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }
    mutating func int(_ value: Int) { varint(UInt64(max(0, value))) }
    mutating func optionalInt(_ value: Int?) { varint(value.map { UInt64(max(0, $0)) + 1 } ?? 0) }
    mutating func string(_ value: String) { int(value.utf8.count); bytes.append(contentsOf: value.utf8) }
    mutating func optionalString(_ value: String?) {
        guard let value else { varint(0); return }
        varint(UInt64(value.utf8.count) + 1)
        bytes.append(contentsOf: value.utf8)
    }
    /// A count, then the numbers as varints.
    mutating func numbers(_ values: [UInt64]) { int(values.count); for v in values { varint(v) } }
}

private struct PackedReader {
    let bytes: [UInt8]
    var position = 0

    mutating func byte() throws(PackedItemError) -> UInt8 {
        guard position < bytes.count else { throw PackedItemError(message: "the item ends early") }
        defer { position += 1 }
        return bytes[position]
    }
    mutating func varint() throws(PackedItemError) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw PackedItemError(message: "a number longer than 64 bits") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }
    mutating func int() throws(PackedItemError) -> Int {
        let v = try varint()
        guard v <= UInt64(Int.max) else { throw PackedItemError(message: "a number out of range") }
        return Int(v)
    }
    /// A count of elements that follow: at most the bytes left (each takes one at least).
    mutating func count() throws(PackedItemError) -> Int {
        let n = try int()
        guard n <= bytes.count - position else { throw PackedItemError(message: "a count of \(n) with \(bytes.count - position) bytes left") }
        return n
    }
    mutating func optionalInt() throws(PackedItemError) -> Int? {
        let v = try varint()
        guard v > 0 else { return nil }
        guard v - 1 <= UInt64(Int.max) else { throw PackedItemError(message: "a number out of range") }
        return Int(v - 1)
    }
    mutating func utf8(_ length: Int) throws(PackedItemError) -> String {
        guard length <= bytes.count - position else { throw PackedItemError(message: "a string runs past the item's end") }
        guard let text = String(validating: bytes[position..<position + length], as: UTF8.self) else { throw PackedItemError(message: "a string that is not UTF-8") }
        position += length
        return text
    }
    mutating func string() throws(PackedItemError) -> String { try utf8(try count()) }
    mutating func optionalString() throws(PackedItemError) -> String? {
        let v = try varint()
        guard v > 0 else { return nil }
        guard v - 1 <= UInt64(bytes.count - position) else { throw PackedItemError(message: "a string runs past the item's end") }
        return try utf8(Int(v - 1))
    }
    mutating func numberSet() throws(PackedItemError) -> Set<UInt64> {
        let n = try count()
        var result = Set<UInt64>(minimumCapacity: n)
        for _ in 0..<n { result.insert(try varint()) }
        return result
    }
    /// Numbers of 32 bits (concepts, tokens); larger ones are refused.
    mutating func smallNumbers() throws(PackedItemError) -> [UInt32] {
        let n = try count()
        var result: [UInt32] = []
        result.reserveCapacity(n)
        for _ in 0..<n {
            let v = try varint()
            guard v <= UInt64(UInt32.max) else { throw PackedItemError(message: "a concept or token of more than 32 bits") }
            result.append(UInt32(v))
        }
        return result
    }
}

import Foundation
import Gyeore

/// The JSON Lines records of the corpus steps (`features`, `stats`, `score`, `cluster`) and
/// how they are read: one object per line, a bad line an error naming its file and line.
enum CorpusRecords {
    /// What is wrong with one record.
    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A decoding error in words a user can act on (the field, not Swift's type names).
    static func describe(_ error: Error) -> String {
        switch error {
        case let problem as Problem: return problem.description
        case DecodingError.keyNotFound(let key, let context):
            return "no \"\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))\" field"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\": \(context.debugDescription)"
        default: return "\(error)"
        }
    }

    /// Calls body with each non-blank line of the inputs decoded as T; a line that is not such
    /// a record stops its input with FILE:LINE: error (the input rule of every command).
    static func forEach<T: Decodable>(_ type: T.Type, in input: InputOptions, flushing output: OutputWriter? = nil, what: String, _ body: (T, _ path: String, _ line: Int) throws -> Void) throws {
        let decoder = JSONDecoder()
        try input.forEachLine(flushing: output) { path, line in
            guard !line.text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { return }
            let value: T
            // The records the steps pass each other in bulk are read without the decoder when
            // they can be (FlatJSON: the same record either way).
            if let flat = T.self as? any FlatJSONReadable.Type, let parsed = FlatJSON(line.text).flatMap(flat.init(flat:)), let record = parsed as? T {
                try body(record, path, line.number)
                return
            }
            do { value = try decoder.decode(T.self, from: Data(line.text.utf8)) } catch {
                throw CLIError.input(InputError(file: path, line: line.number, reason: .other("not \(what): \(describe(error))")))
            }
            try body(value, path, line.number)
        }
    }

    /// A quotation's id in the corpus steps: its document and scalar range.
    static func id(of quotation: Quotation) -> String { "\(quotation.document)@\(quotation.start)-\(quotation.end)" }
}

/// What `gyeore features` writes for one quotation: its id and position, the aligner's view of
/// it (``QuoteAligner/Item``: normalized and converted once, here) and, with `--stats`, the
/// exact blocking keys `align` uses: the keys it is posted under, the keys it looks candidates
/// up by, and how many of those a candidate must hold.
struct FeatureRecord: Codable {
    var version = RecordVersion.current
    var id: String
    var document: String
    var start: Int
    var end: Int
    var language: String
    /// Long enough to align (``QuoteAligner/isEligible(_:)``); an ineligible quotation has no keys.
    var eligible: Bool
    /// ``QuoteAligner/contentHash(_:)`` in 16 hexadecimal digits: which holders a common key keeps.
    var hash: String
    /// The keys it is posted under (16 hexadecimal digits each), with `--stats`.
    var post: [String]?
    /// The keys it looks candidates up by, with `--stats`.
    var lookup: [String]?
    /// How many lookup keys a candidate must hold, with `--stats`.
    var needed: Int?
    var item: QuoteAligner.Item
}

extension FeatureRecord {
    /// The record as `JSONEncoder` (keys sorted, slashes unescaped, nil left out) encodes it,
    /// written by hand into `writer` (reset first): `gyeore features` writes one per quotation,
    /// and the encoder took a third of its time. `FlatJSONTests` checks the bytes are the same.
    func write(to writer: inout JSONLineWriter) {
        writer.reset()
        writer.beginObject()
        writer.field("document", document)
        writer.key("eligible"); writer.bool(eligible)
        writer.key("end"); writer.int(end)
        writer.field("hash", hash)
        writer.field("id", id)
        writer.field("item", Data(item.packed()).base64EncodedString())
        writer.field("language", language)
        if let lookup { writer.key("lookup"); writer.beginArray(); for key in lookup { writer.string(key) }; writer.endArray() }
        if let needed { writer.key("needed"); writer.int(needed) }
        if let post { writer.key("post"); writer.beginArray(); for key in post { writer.string(key) }; writer.endArray() }
        writer.key("start"); writer.int(start)
        writer.key("version"); writer.int(version)
        writer.endObject()
    }
}

/// A line that is a feature record (it has an `item`) or another record: a quotation for
/// `features`, statistics for `stats`.
enum FeatureRecordOr<Other: Decodable>: Decodable {
    case features(FeatureRecord)
    case other(Other)
    private enum Keys: String, CodingKey { case item }
    init(from decoder: Decoder) throws {
        self = try decoder.container(keyedBy: Keys.self).contains(.item) ? .features(try FeatureRecord(from: decoder)) : .other(try Other(from: decoder))
    }
}

/// A scored edge: what `gyeore score` writes and `gyeore cluster` reads.
struct EdgeRecord: Codable {
    /// Always written; nil in an edge read from a tool that leaves it out.
    var version: Int? = RecordVersion.current
    var a: String
    var b: String
    var score: Double

    /// The record as `JSONEncoder` (keys sorted) encodes it, written by hand into `writer`
    /// (reset first). `FlatJSONTests` checks the bytes are the same.
    func write(to writer: inout JSONLineWriter) {
        writer.reset()
        writer.beginObject()
        writer.field("a", a)
        writer.field("b", b)
        writer.key("score"); writer.double(score)
        if let version { writer.key("version"); writer.int(version) }
        writer.endObject()
    }
}

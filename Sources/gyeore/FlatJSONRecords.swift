import Foundation
import Gyeore

// The corpus records read in bulk, through ``FlatJSON`` first. Each reads the fields its
// `Decodable` conformance reads, with the same types; a field of another type, or one the quick
// reader leaves alone, gives nil and the line goes to `JSONDecoder`.

extension ScoringPair: FlatJSONReadable {
    /// `{"a": id, "b": id}`, the lines the Spark recipe's candidates step writes.
    init?(flat: FlatJSON) {
        guard let a = flat.string("a"), let b = flat.string("b") else { return nil }
        self.init(a: Side(id: a, item: nil), b: Side(id: b, item: nil))
    }
}

extension ScoringPair.Side: FlatJSONReadable {
    /// A feature record as `score --features` reads it: its id and packed item.
    init?(flat: FlatJSON) {
        guard let id = flat.string("id"), let item = flat.optional("item", flat.string) else { return nil }
        self.init(id: id, item: item)
    }
}

extension EdgeRecord: FlatJSONReadable {
    init?(flat: FlatJSON) {
        guard let a = flat.string("a"), let b = flat.string("b"), let score = flat.double("score"),
              let version = flat.optional("version", flat.int) else { return nil }
        self.init(version: version, a: a, b: b, score: score)
    }
}

extension CandidatesCommand.LookupRecord: FlatJSONReadable {
    init?(flat: FlatJSON) {
        guard let id = flat.string("id"), let document = flat.string("document"), let eligible = flat.bool("eligible"),
              let lookup = flat.optional("lookup", flat.strings), let needed = flat.optional("needed", flat.int) else { return nil }
        self.init(id: id, document: document, eligible: eligible, lookup: lookup, needed: needed)
    }
}

extension CandidatesCommand.Posting: FlatJSONReadable {
    init?(flat: FlatJSON) {
        guard let key = flat.string("key"), let holders = flat.stringArrays("holders") else { return nil }
        self.init(key: key, holders: holders)
    }
}

extension FeatureRecord: FlatJSONReadable {
    init?(flat: FlatJSON) {
        guard let version = flat.int("version"), let id = flat.string("id"), let document = flat.string("document"),
              let start = flat.int("start"), let end = flat.int("end"), let language = flat.string("language"),
              let eligible = flat.bool("eligible"), let hash = flat.string("hash"),
              let post = flat.optional("post", flat.strings), let lookup = flat.optional("lookup", flat.strings),
              let needed = flat.optional("needed", flat.int),
              let packed = flat.string("item"), let bytes = Data(base64Encoded: packed),
              let item = try? QuoteAligner.Item(packed: Array(bytes)) else { return nil }
        self.init(version: version, id: id, document: document, start: start, end: end, language: language, eligible: eligible,
                  hash: hash, post: post, lookup: lookup, needed: needed, item: item)
    }
}

extension FeatureRecordOr: FlatJSONReadable {
    /// A feature record (a line with an `item`); any other line is left to the decoder.
    init?(flat: FlatJSON) {
        guard flat.value("item") != nil, let record = FeatureRecord(flat: flat) else { return nil }
        self = .features(record)
    }
}

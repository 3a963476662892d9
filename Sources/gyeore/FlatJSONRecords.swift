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
    /// A feature record (a line with an `item`), or the other record when it reads quickly too.
    init?(flat: FlatJSON) {
        if flat.value("item") != nil {
            guard let record = FeatureRecord(flat: flat) else { return nil }
            self = .features(record)
        } else {
            guard let readable = Other.self as? any FlatJSONReadable.Type, let other = readable.init(flat: flat) as? Other else { return nil }
            self = .other(other)
        }
    }
}

extension QuotationRecord: FlatJSONReadable {
    /// A quotation as `quotes --jsonl` writes it, read by `features` and `align --quotations`.
    init?(flat: FlatJSON) {
        guard let version = flat.optional("version", flat.int), let document = flat.string("document"), let index = flat.int("index"),
              let start = flat.int("start"), let end = flat.int("end"), let line = flat.int("line"), let text = flat.string("text"),
              let marks = flat.string("marks"), let depth = flat.int("depth"), let parent = flat.optional("parent", flat.int),
              let kind = flat.string("kind"), let clause = flat.optional("clause", flat.string), let verb = flat.optional("verb", flat.string),
              let speaker = flat.optional("speaker", flat.string), let speakerText = flat.optional("speakerText", flat.string),
              let speakerEntry = flat.optional("speakerEntry", flat.string), let language = flat.string("language"),
              let date = flat.optional("date", flat.string), let reportedClause = flat.optional("reportedClause", flat.string),
              let objects = flat.objects("occurrences") else { return nil }
        var occurrences: [Quotation.Occurrence] = []
        for object in objects {
            guard let start = object.int("start"), let end = object.int("end"), let line = object.int("line"),
                  let name = object.string("context"), let context = Quotation.Context(rawValue: name) else { return nil }
            occurrences.append(Quotation.Occurrence(start: start, end: end, line: line, context: context))
        }
        self.version = version
        self.document = document
        self.index = index
        self.start = start
        self.end = end
        self.line = line
        self.text = text
        self.marks = marks
        self.depth = depth
        self.parent = parent
        self.kind = kind
        self.clause = clause
        self.verb = verb
        self.speaker = speaker
        self.speakerText = speakerText
        self.speakerEntry = speakerEntry
        self.language = language
        self.occurrences = occurrences
        self.date = date
        self.reportedClause = reportedClause
    }
}

extension PostingsCommand.Line: FlatJSONReadable {
    init?(flat: FlatJSON) {
        guard let id = flat.optional("id", flat.string), let document = flat.optional("document", flat.string), let hash = flat.optional("hash", flat.string),
              let start = flat.optional("start", flat.int), let end = flat.optional("end", flat.int), let eligible = flat.optional("eligible", flat.bool),
              let post = flat.optional("post", flat.strings), let key = flat.optional("key", flat.string), let held = flat.optional("held", flat.stringArrays)
        else { return nil }
        self.init(id: id, document: document, hash: hash, start: start, end: end, eligible: eligible, post: post, key: key, held: held)
    }
}

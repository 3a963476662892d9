import Foundation

/// How many of a corpus's quotations hold each feature, key and concept: what rarity weights and
/// blocking keys are computed from.
///
/// One run of `align` counts its own quotations. A distributed job counts each shard
/// (`gyeore stats`), adds the counts up (``merged(with:)``) and gives the sum to every scoring
/// step (``QuoteAligner/init(normalizer:glossary:hanja:lemmatizer:options:statistics:)``), so that a pair
/// scores the same whatever else is in its shard, and the same as in one `align` run over the
/// whole corpus.
public struct CorpusStatistics: Sendable, Equatable {
    /// Quotations long enough to align (``QuoteAligner/isEligible(_:)``): only they are counted.
    public var quotations = 0
    /// Eligible quotations per language.
    public var languages: [String: Int] = [:]
    /// Feature → how many quotations hold it (rarity weights of one-language scores).
    public var features: [UInt64: Int32] = [:]
    /// Bilingual concept → how many quotations hold it (rarity weights across languages).
    public var concepts: [UInt32: Int32] = [:]
    /// Candidate key (a feature, or a concept posted under its language) → how many quotations
    /// hold it (which keys a quotation looks its candidates up by).
    public var keys: [UInt64: Int32] = [:]

    /// Empty statistics.
    public init() {}

    /// Whether the corpus holds eligible quotations in two languages: only then do bilingual
    /// concepts serve as candidate keys.
    public var hasTwoLanguages: Bool { languages.values.filter { $0 > 0 }.count >= 2 }

    /// Counts one item; the caller leaves out items too short to align
    /// (``QuoteAligner/isEligible(_:)``), as ``QuoteAligner/statistics(_:)`` does.
    public mutating func add(_ item: QuoteAligner.Item) {
        let itemKeys = QuoteAligner.candidateKeys(of: item)
        quotations += 1
        languages[item.language, default: 0] += 1
        for f in item.features { features[f, default: 0] += 1 }
        for c in item.crossConceptSet { concepts[c, default: 0] += 1 }
        for k in itemKeys { keys[k, default: 0] += 1 }
    }

    /// The sum of two shards' statistics.
    public func merged(with other: CorpusStatistics) -> CorpusStatistics {
        var result = self
        result.quotations += other.quotations
        result.languages.merge(other.languages, uniquingKeysWith: +)
        result.features.merge(other.features, uniquingKeysWith: +)
        result.concepts.merge(other.concepts, uniquingKeysWith: +)
        result.keys.merge(other.keys, uniquingKeysWith: +)
        return result
    }
}

extension CorpusStatistics: Codable {
    /// The JSON form: counts under 16-digit hexadecimal keys (JSON numbers cannot hold every
    /// 64-bit value exactly, and object keys are strings), and a version.
    private enum CodingKeys: String, CodingKey { case version, quotations, languages, features, concepts, keys }

    /// The version of the JSON form ``init(from:)`` reads.
    public static let formatVersion = 1

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        guard version == Self.formatVersion else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: container, debugDescription: "statistics of version \(version); this gyeore reads version \(Self.formatVersion)")
        }
        quotations = try container.decode(Int.self, forKey: .quotations)
        languages = try container.decode([String: Int].self, forKey: .languages)
        func counts(_ key: CodingKeys) throws -> [UInt64: Int32] {
            var result: [UInt64: Int32] = [:]
            for (hex, count) in try container.decode([String: Int32].self, forKey: key) {
                guard let value = UInt64(hex, radix: 16) else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(hex)' is not a hexadecimal key")
                }
                result[value] = count
            }
            return result
        }
        features = try counts(.features)
        concepts = Dictionary(uniqueKeysWithValues: try counts(.concepts).map { (UInt32(truncatingIfNeeded: $0.key), $0.value) })
        keys = try counts(.keys)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatVersion, forKey: .version)
        try container.encode(quotations, forKey: .quotations)
        try container.encode(languages, forKey: .languages)
        try container.encode(Dictionary(uniqueKeysWithValues: features.map { (Self.hex($0.key), $0.value) }), forKey: .features)
        try container.encode(Dictionary(uniqueKeysWithValues: concepts.map { (Self.hex(UInt64($0.key)), $0.value) }), forKey: .concepts)
        try container.encode(Dictionary(uniqueKeysWithValues: keys.map { (Self.hex($0.key), $0.value) }), forKey: .keys)
    }

    /// A key as 16 hexadecimal digits: sorts as the number does.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

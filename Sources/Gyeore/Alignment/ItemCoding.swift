/// An aligner's item as JSON: what `gyeore features` writes once per quotation, so that the
/// scoring and clustering steps of a distributed job never normalize a quotation again.
///
/// Sets are written sorted (the same item gives the same bytes); the concept sets are the
/// unions of the per-word concepts and are rebuilt on reading.
extension QuoteAligner.Item: Codable {
    private enum CodingKeys: String, CodingKey {
        case quotation, canonical, tokens, features, anchors, language, concepts, conceptWords, crossConcepts, parts
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        quotation = try container.decode(Quotation.self, forKey: .quotation)
        let scalars = try container.decode([UInt32].self, forKey: .canonical)
        canonical = try scalars.map { value in
            guard let scalar = Unicode.Scalar(value) else {
                throw DecodingError.dataCorruptedError(forKey: .canonical, in: container, debugDescription: "\(value) is not a Unicode scalar")
            }
            return scalar
        }
        tokens = try container.decode([UInt32].self, forKey: .tokens)
        features = Set(try container.decode([UInt64].self, forKey: .features))
        anchors = Set(try container.decode([UInt64].self, forKey: .anchors))
        language = try container.decode(String.self, forKey: .language)
        concepts = try container.decode([[UInt32]].self, forKey: .concepts).map(Set.init)
        conceptWords = try container.decode([String].self, forKey: .conceptWords)
        crossConcepts = try container.decode([[UInt32]].self, forKey: .crossConcepts).map(Set.init)
        conceptSet = concepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) }
        crossConceptSet = crossConcepts.reduce(into: Set<UInt32>()) { $0.formUnion($1) }
        parts = try container.decode([QuoteAligner.Item].self, forKey: .parts)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quotation, forKey: .quotation)
        try container.encode(canonical.map(\.value), forKey: .canonical)
        try container.encode(tokens, forKey: .tokens)
        try container.encode(features.sorted(), forKey: .features)
        try container.encode(anchors.sorted(), forKey: .anchors)
        try container.encode(language, forKey: .language)
        try container.encode(concepts.map { $0.sorted() }, forKey: .concepts)
        try container.encode(conceptWords, forKey: .conceptWords)
        try container.encode(crossConcepts.map { $0.sorted() }, forKey: .crossConcepts)
        try container.encode(parts, forKey: .parts)
    }
}

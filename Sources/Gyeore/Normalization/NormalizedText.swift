/// A text and its normalized form, with the exact mapping between them.
///
/// Offsets are Unicode scalar offsets (Python's `str` indices): `original[range]` in
/// scalars is the text a normalized range came from.
///
/// ```swift
/// let normalizer = try Normalizer()
/// let text = normalizer.normalize("제５９차  《회의》")
/// text.normalized                                   // "제59차 “회의”"
/// text.originalRange(forNormalized: 5..<7)          // 6..<8 ("《회" → "“회")
/// ```
public struct NormalizedText: Sendable, Equatable {
    /// The text as given.
    public let original: String
    /// The text after every enabled step.
    public let normalized: String
    /// How `original` became `normalized`, as compact runs of edits.
    public let offsetMap: OffsetMap
    /// Every quotation mark the quote step found, in text order.
    public let quoteMarks: [QuoteMark]
    /// Changes that a rule-based step (such as orthography) explained, in text order.
    public let explanations: [Explanation]

    /// One explained change.
    public struct Explanation: Sendable, Equatable, Codable {
        /// The id of a rule that explains changes: a step's own, or one of the North → South
        /// rules (`OrthographyRule`, whose raw values these are). Encoded as the id; ordered by it.
        public struct Rule: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
            public var rawValue: String
            public init(rawValue: String) { self.rawValue = rawValue }
            public init(stringLiteral value: String) { rawValue = value }
            public var description: String { rawValue }
            public static func < (a: Rule, b: Rule) -> Bool { a.rawValue < b.rawValue }
        }

        /// The rule that made the change (`2-dictionary`, `7-spacing`; the North → South rules
        /// are `OrthographyRule` in GyeoreOrthography).
        public var rule: Rule
        /// Free text: what was recognised and why.
        public var note: String
        /// Scalar range in the original text.
        public var original: Range<Int>
        /// Scalar range in the normalized text.
        public var normalized: Range<Int>
        /// The glossary entry whose form replaced another of its forms (로씨야 → 러시아:
        /// `country.russia`), when a glossary made the change. What was written and what it
        /// became are the two ranges' texts.
        public var entry: String?
        /// Whether the change respells the same word (`spelling`: 령도 → 영도, spacing
        /// included) or puts another word for it (`wording`, only with `--wording`: 비행장 →
        /// 공항); nil for changes outside North → South conversion.
        public var level: Level?
        /// What the rule itself read (령도; for a space, the two syllables it falls between: 할수),
        /// when the rule says: the ranges cover every change made to the same syllables.
        public var from: String?
        /// What the rule wrote in its place (영도; 할 수).
        public var to: String?

        /// The two levels of North → South conversion.
        public enum Level: String, Sendable, Codable {
            /// The same word in South Korean spelling and spacing (`--to sk`).
            case spelling
            /// Another word, the South Korean one (`--to sk --wording`).
            case wording
        }

        /// Creates an explanation.
        public init(rule: Rule, note: String, original: Range<Int>, normalized: Range<Int>, entry: String? = nil,
                    level: Level? = nil, from: String? = nil, to: String? = nil) {
            self.rule = rule
            self.note = note
            self.original = original
            self.normalized = normalized
            self.entry = entry
            self.level = level
            self.from = from
            self.to = to
        }
    }

    init(original: String, normalized: String, offsetMap: OffsetMap, quoteMarks: [QuoteMark], explanations: [Explanation]) {
        self.original = original
        self.normalized = normalized
        self.offsetMap = offsetMap
        self.quoteMarks = quoteMarks
        self.explanations = explanations
    }

    /// Scalar range of the original text that a scalar range of the normalized text came from.
    public func originalRange(forNormalized range: Range<Int>) -> Range<Int> { offsetMap.originalRange(forNormalized: range) }

    /// Scalar range of the normalized text that a scalar range of the original text became.
    public func normalizedRange(forOriginal range: Range<Int>) -> Range<Int> { offsetMap.normalizedRange(forOriginal: range) }

    /// The slice of the original text that a range of `normalized` came from.
    public func originalRange(forNormalized range: Range<String.Index>) -> Range<String.Index> {
        let scalars = normalized.unicodeScalars
        let lower = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
        let upper = lower + scalars.distance(from: range.lowerBound, to: range.upperBound)
        return Self.indices(of: originalRange(forNormalized: lower..<upper), in: original)
    }

    /// The slice of `normalized` that a range of the original text became.
    public func normalizedRange(forOriginal range: Range<String.Index>) -> Range<String.Index> {
        let scalars = original.unicodeScalars
        let lower = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
        let upper = lower + scalars.distance(from: range.lowerBound, to: range.upperBound)
        return Self.indices(of: normalizedRange(forOriginal: lower..<upper), in: normalized)
    }

    /// The original text of a scalar range.
    public func originalText(_ range: Range<Int>) -> String { Self.slice(original, range) }

    /// The normalized text of a scalar range.
    public func normalizedText(_ range: Range<Int>) -> String { Self.slice(normalized, range) }

    static func indices(of range: Range<Int>, in text: String) -> Range<String.Index> {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let upper = scalars.index(lower, offsetBy: range.count)
        return lower..<upper
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(text.unicodeScalars[indices(of: range, in: text)])
    }
}

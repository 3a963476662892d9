/// A quotation mark found by the quote step, with where it stands in both texts.
public struct QuoteMark: Sendable, Equatable, Codable {
    /// Whether the mark opens or closes a quotation.
    public enum Role: String, Sendable, Codable {
        case open, close
    }
    /// Opening or closing.
    public var role: Role
    /// Nesting depth: 0 for an outermost quotation, 1 inside it, and so on.
    public var depth: Int
    /// The style of the original mark (``Style/doubleAngle`` for 《》, ``Style/doubleCurly`` for
    /// “”, …; see `data/quote-marks.tsv`).
    public var style: Style
    /// The mark as written in the original.
    public var original: String
    /// The mark in the normalized text (“ ” at even depths, ‘ ’ at odd depths).
    public var canonical: String
    /// Index in ``NormalizedText/quoteMarks`` of the mark that pairs with this one, or nil
    /// when the mark is unbalanced.
    public var partner: Int?
    /// Scalar offset of the mark in the original text.
    public var originalOffset: Int
    /// Scalar offset of the mark in the normalized text.
    public var normalizedOffset: Int

    /// A mark's style, named in `data/quote-marks.tsv` (the set is the table's: a style added
    /// there needs no code). Encoded as its name.
    public struct Style: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { rawValue = value }
        public var description: String { rawValue }

        /// “…”: Korean and English double quotes.
        public static let doubleCurly: Style = "double-curly"
        /// ‘…’: Korean and English single quotes.
        public static let singleCurly: Style = "single-curly"
        /// "…": the typewriter double quote.
        public static let straightDouble: Style = "straight-double"
        /// '…': the typewriter single quote.
        public static let straightSingle: Style = "straight-single"
        /// „…“: German and Polish double quotes.
        public static let lowDouble: Style = "low-double"
        /// ‚…‘: German single quotes.
        public static let lowSingle: Style = "low-single"
        /// ‟…”: a rare typographic variant.
        public static let reversedDouble: Style = "reversed-double"
        /// ‛…’: a rare typographic variant.
        public static let reversedSingle: Style = "reversed-single"
        /// «…»: French and Russian quotes.
        public static let guillemet: Style = "guillemet"
        /// ‹…›: inner French and Russian quotes.
        public static let singleGuillemet: Style = "single-guillemet"
        /// 《…》: the North Korean quotation mark; a South Korean title mark.
        public static let doubleAngle: Style = "double-angle"
        /// 〈…〉: the North Korean inner quotation mark; a South Korean mark for titles of parts.
        public static let singleAngle: Style = "single-angle"
        /// 「…」: East Asian quotes.
        public static let corner: Style = "corner"
        /// 『…』: East Asian inner quotes and book titles.
        public static let whiteCorner: Style = "white-corner"
        /// 〝…〞: East Asian double prime quotes.
        public static let doublePrime: Style = "double-prime"
        /// <…>: ASCII angle brackets standing for 《…》 or 〈…〉 in South Korean web copy.
        public static let asciiAngle: Style = "ascii-angle"

        /// The styles that mark titles in South Korean text (《》〈〉「」『』, and <> for them): a
        /// quotation in them with no reporting verb is a title, not speech.
        public static let titleStyles: Set<Style> = [.doubleAngle, .singleAngle, .whiteCorner, .corner, .asciiAngle]
        /// ″…″ and ′…′: primes used as quotation marks in Korean broadcasters' web copy.
        public static let primeDouble: Style = "prime-double"
        /// ′…′: the single prime.
        public static let primeSingle: Style = "prime-single"
        /// The styles whose marks also measure (37°45′, 5′11″): after a digit, with no quotation
        /// of theirs open, such a mark is left as it is.
        public static let measurementStyles: Set<Style> = [.primeDouble, .primeSingle]

        /// Whether the style is a single (inner) quote of its kind.
        public var isSingle: Bool { rawValue.contains("single") }
    }
}

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
    /// The style of the original mark ("double-angle" for 《》, "double-curly" for “”, …;
    /// see `data/quote-marks.tsv`).
    public var style: String
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
}

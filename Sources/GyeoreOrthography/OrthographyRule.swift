import Gyeore

/// The rule that made a change (rule numbers as in the project's issue and README).
public enum OrthographyRule: String, Sendable, CaseIterable {
    case glossary = "1-glossary"
    case dictionary = "2-dictionary"
    case initialSound = "3-initial-sound"
    case yeolYul = "4-yeol-yul"
    case yeoEnding = "5-yeo-ending"
    case ending = "6-ending"
    case spacing = "7-spacing"
    case loanword = "8-loanword-guess"
    case punctuation = "9-punctuation"
    case stemSpelling = "10-stem-spelling"
    case senseStem = "11-sense-stem"
}

extension NormalizedText.Explanation.Rule {
    /// The id of a North → South rule, as the explanations of `--to sk` carry it.
    public init(_ rule: OrthographyRule) { self.init(rawValue: rule.rawValue) }

    /// The North → South rule this id names, if it is one.
    public var orthographyRule: OrthographyRule? { OrthographyRule(rawValue: rawValue) }
}

import Gyeore

/// How North → South conversion (rule 1) treats a North Korean glossary form: the one place that
/// says it, for the converter and for `glossary import`'s report.
public enum GlossaryConversion: Sendable, Equatable {
    /// Replaced by the South Korean form with `--to sk`: a name, place, organization or outlet,
    /// or an abbreviation of any kind (로씨야 → 러시아, 조선중앙텔레비죤 → 조선중앙TV).
    case spelling
    /// Another word, tagged `{wording}`: replaced only with `--to sk --wording` (남조선 → 한국).
    case wording
    /// A term's, title's or document's North Korean form: found, locked, and left to the
    /// spelling and spacing rules, never replaced by the glossary's South Korean form.
    case never

    /// The kinds whose North Korean forms are names to respell.
    static let convertibleKinds: Set<GlossaryEntry.Kind> = [.country, .capital, .place, .person, .organization, .outlet]

    /// How a North Korean form of `entry` converts.
    public static func of(_ form: GlossaryForm, in entry: GlossaryEntry) -> GlossaryConversion {
        guard convertibleKinds.contains(entry.kind) || form.tags.contains(.abbr) else { return .never }
        return form.tags.contains(.wording) ? .wording : .spelling
    }

    /// A line for a person reading an import report.
    public func describe(_ form: GlossaryForm, in entry: GlossaryEntry) -> String {
        let south = entry.southKorean
        if form.text == south { return "\(form.text) is written as in the South" }
        switch self {
        case .spelling:
            // Farther apart than a spelling (two letters, the same syllables) is likely another word.
            let hint = OrthographyConverter.isSpellingVariant(form.text, south) || form.tags.contains(.abbr) ? ""
                : " (more than a spelling apart: if it is another word, tag it {wording})"
            return "\(form.text) → \(south) with --to sk\(hint)"
        case .wording: return "\(form.text) → \(south) only with --to sk --wording"
        case .never: return "\(form.text) is never replaced by \(south) (a \(entry.kind.rawValue)'s North Korean form is left to the spelling rules; tag an abbreviation {abbr}, another word {wording} in a name's entry)"
        }
    }
}

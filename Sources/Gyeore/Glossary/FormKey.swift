/// The key forms are compared by: insensitive to case, width, spacing, middle dots, hyphens
/// and the accents of Latin letters (`러시아 연방` = `러시아연방`, `북·러` = `북러`,
/// `Kim Jong-un` = `kim jong un`, `Côte d'Ivoire` = `Cote d'Ivoire`).
public struct FormKey: Sendable {
    private let casefold: ICUNormalizer
    private let decompose: ICUNormalizer

    /// Creates a key maker (ICU's NFKC_Casefold does case and width).
    public init() throws(ICUError) {
        casefold = try ICUNormalizer(.nfkcCasefold)
        decompose = try ICUNormalizer(.nfd)
    }

    /// Latin letters with accents (Latin-1 Supplement to Latin Extended Additional): their
    /// accents are dropped, as English copy often drops them (São Tomé, Sao Tome).
    static func isAccentedLatin(_ scalar: Unicode.Scalar) -> Bool {
        (0x00C0...0x024F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value)
    }

    /// Characters that never distinguish two forms.
    static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "·", "-", "'", "’", ".", ",", "\u{00A0}", "\u{3000}", "\u{2010}", "\u{2013}", "ㆍ", "・", "･": return true
        default: return false
        }
    }

    /// The comparison key of a form.
    public func key(_ text: String) -> String {
        // Drop ignorables first: NFKC would turn ㆍ (typed for a middle dot) into a jamo.
        let kept = [Unicode.Scalar](scalarsOf: text).filter { !Self.isIgnorable($0) }
        // ASCII and Hangul syllables alone (nearly every form): NFKC_Casefold changes only the
        // capitals, so ICU is not asked (`FormKeyTests` holds this to the ICU path).
        if kept.allSatisfy({ $0.isASCII || (0xAC00...0xD7A3).contains($0.value) }) {
            return String(scalars: kept.map { ("A"..."Z").contains($0) ? Unicode.Scalar(UInt8($0.value) + 0x20) : $0 })
        }
        return keyThroughICU(kept)
    }

    /// The key by ICU's NFKC_Casefold, for text with its ignorables dropped.
    func keyThroughICU(_ kept: [Unicode.Scalar]) -> String {
        var folded = (try? casefold.normalize(kept)) ?? [Unicode.Scalar](scalarsOf: String(scalars: kept).lowercased())
        if folded.contains(where: Self.isAccentedLatin) {
            // Each accented letter decomposed alone (Hangul stays composed), its marks dropped.
            folded = folded.flatMap { scalar -> [Unicode.Scalar] in
                guard Self.isAccentedLatin(scalar) else { return [scalar] }
                let parts = (try? decompose.normalize([scalar])) ?? [scalar]
                return parts.filter { !(0x0300...0x036F).contains($0.value) }
            }
        }
        return String(scalars: folded.filter { !Self.isIgnorable($0) })
    }
}

/// The last normalization step before term matching: lower case, middle dots removed,
/// hyphens between letters as spaces, so that `북·러` matches `북러` and `Kim Jong-un`
/// matches `kim jong un`. Every change keeps the offset map exact.
public struct MatchFoldingStep: NormalizationStep {
    public let name = "match-folding"

    /// Creates the step.
    public init() {}

    /// The middle dot, the two hyphens and the upper-case letters below U+2000.
    public var touchedScalars: TouchedScalars? { TouchedScalars(Self.folded) }

    /// Every scalar ``needsFolding(_:)`` answers yes for (all lie below U+2011), read from it.
    private static let folded = ScalarSet((0...0x2010).compactMap(Unicode.Scalar.init).filter(needsFolding))

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? {
        guard var i = text.firstIndex(where: Self.needsFolding) else { return nil }
        var editor = TextEditor(reservingCapacity: text.count)
        editor.copy(text[..<i])
        while i < text.count {
            let scalar = text[i]
            switch Self.folding(text, at: i) {
            case .keep: editor.copy(scalar)
            case .drop: editor.replace(CollectionOfOne(scalar), with: [])
            case .space: editor.replace(CollectionOfOne(scalar), with: [" "])
            case .lower: editor.replace(CollectionOfOne(scalar), with: Array(scalar.properties.lowercaseMapping.unicodeScalars))
            }
            // What needs no folding is copied as one run, up to the next scalar that may.
            i += 1
            let start = i
            while i < text.count && !Self.needsFolding(text[i]) { i += 1 }
            if i > start { editor.copy(text[start..<i]) }
        }
        return editor.finish()
    }

    /// What folding does to one scalar of a text.
    enum Folding { case keep, drop, space, lower }

    /// The folding of the scalar at `i`: a middle dot between Hangul is dropped (북·러 = 북러) and
    /// elsewhere is a word break; a hyphen between letters is a space; an upper-case letter
    /// below U+2000 is lowered.
    @inline(__always)
    static func folding(_ text: [Unicode.Scalar], at i: Int) -> Folding {
        let scalar = text[i]
        guard needsFolding(scalar) else { return .keep }
        if scalar == "·" {
            let joins = i > 0 && i + 1 < text.count && isHangul(text[i - 1]) && isHangul(text[i + 1])
            return joins ? .drop : .space
        }
        if scalar == "-" || scalar == "\u{2010}", i > 0, i + 1 < text.count, text[i - 1].properties.isAlphabetic, text[i + 1].properties.isAlphabetic {
            return .space
        }
        return isUppercaseBelow2000(scalar) ? .lower : .keep
    }

    @inline(__always)
    private static func needsFolding(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "·" || scalar == "-" || scalar == "\u{2010}" || Self.isUppercaseBelow2000(scalar)
    }

    /// An upper-case letter below U+2000 (the letters folding lowers): ASCII answered by range,
    /// without the Unicode property look-up.
    @inline(__always)
    private static func isUppercaseBelow2000(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return value < 0x2000 && scalar.properties.isUppercase
    }

    private static func isHangul(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }
}

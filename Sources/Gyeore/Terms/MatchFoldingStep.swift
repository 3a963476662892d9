/// The last normalization step before term matching: lower case, middle dots removed,
/// hyphens between letters as spaces, so that `북·러` matches `북러` and `Kim Jong-un`
/// matches `kim jong un`. Every change keeps the offset map exact.
public struct MatchFoldingStep: NormalizationStep {
    public let name = "match-folding"

    /// Creates the step.
    public init() {}

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? {
        guard var i = text.firstIndex(where: needsFolding) else { return nil }
        var editor = TextEditor(reservingCapacity: text.count)
        editor.copy(text[..<i])
        while i < text.count {
            let scalar = text[i]
            if scalar == "·" {
                // Between Hangul an abbreviation's dot (북·러 = 북러); elsewhere a word break.
                let joins = i > 0 && i + 1 < text.count && isHangul(text[i - 1]) && isHangul(text[i + 1])
                editor.replace(CollectionOfOne(scalar), with: joins ? [] : [" "])
            } else if scalar == "-" || scalar == "\u{2010}", i > 0, i + 1 < text.count,
                      text[i - 1].properties.isAlphabetic, text[i + 1].properties.isAlphabetic {
                editor.replace(CollectionOfOne(scalar), with: [" "])
            } else if Self.isUppercaseBelow2000(scalar) {
                editor.replace(CollectionOfOne(scalar), with: Array(scalar.properties.lowercaseMapping.unicodeScalars))
            } else {
                editor.copy(scalar)
            }
            // What needs no folding is copied as one run, up to the next scalar that may.
            i += 1
            let start = i
            while i < text.count && !needsFolding(text[i]) { i += 1 }
            if i > start { editor.copy(text[start..<i]) }
        }
        return editor.finish()
    }

    private func needsFolding(_ scalar: Unicode.Scalar) -> Bool {
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

    private func isHangul(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }
}

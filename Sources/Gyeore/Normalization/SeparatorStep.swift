/// Middle dots and separators in abbreviations (북·러, 군대·인민), kept but canonicalized:
/// every middle-dot look-alike between words becomes U+00B7 (·), and a dash between
/// one-syllable Hangul abbreviations (북-러) becomes one too. See `data/separators.tsv`.
public struct SeparatorStep: NormalizationStep {
    public let name = "separators"
    /// The canonical separator.
    public static let middleDot: Unicode.Scalar = "\u{00B7}"
    private let dots: ScalarSet
    private let hyphens: ScalarSet
    private let tightOnly: ScalarSet

    /// Loads `data/separators.tsv`.
    public init() throws(ResourceError) {
        let path = "data/separators.tsv"
        var dots: [Unicode.Scalar] = [], hyphens: [Unicode.Scalar] = [], tight: [Unicode.Scalar] = []
        for row in try ResourceFile.rows(path, minimumColumns: 3) {
            let scalar = try ResourceFile.scalar(row.fields[1], file: path, line: row.line)
            switch row.fields[2] {
            case "tight": tight.append(scalar)
            case "spaced": break
            default: throw ResourceError(file: path, line: row.line, message: "context must be tight or spaced, not '\(row.fields[2])'")
            }
            switch row.fields[0] {
            case "dot": dots.append(scalar)
            case "hyphen": hyphens.append(scalar)
            default: throw ResourceError(file: path, line: row.line, message: "kind must be dot or hyphen, not '\(row.fields[0])'")
            }
        }
        self.dots = ScalarSet(dots)
        self.hyphens = ScalarSet(hyphens)
        self.tightOnly = ScalarSet(tight)
    }

    /// The dots and hyphens of `data/separators.tsv`.
    public var touchedScalars: TouchedScalars? { TouchedScalars(dots.union(hyphens)) }

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? {
        guard text.contains(where: { dots.contains($0) || hyphens.contains($0) }) else { return nil }
        var editor = TextEditor(reservingCapacity: text.count)
        var copied = 0 // text[..<copied] is in the editor
        var i = 0
        while i < text.count {
            defer { i += 1 }
            let scalar = text[i]
            if dots.contains(scalar) {
                // Neighbours, skipping spaces; a run of dots (an ellipsis) is not a separator.
                var left = i - 1
                while left >= 0 && text[left] == " " { left -= 1 }
                var right = i + 1
                while right < text.count && text[right] == " " { right += 1 }
                guard left >= 0, right < text.count, isLetter(text[left]), isLetter(text[right]),
                      !tightOnly.contains(scalar) || (left == i - 1 && right == i + 1) else { continue }
                let tight = isHangul(text[left]) && isHangul(text[right])
                let start = tight ? left + 1 : i
                let end = tight ? right : i + 1
                if scalar == Self.middleDot && end - start == 1 { continue }
                editor.copy(text[copied..<start])
                editor.replace(text[start..<end], with: [Self.middleDot])
                copied = end
                i = end - 1
            } else if hyphens.contains(scalar) {
                guard i >= 1, i + 1 < text.count, isHangul(text[i - 1]), isHangul(text[i + 1]),
                      i < 2 || !isLetter(text[i - 2]) || copied == i - 1 else { continue }
                // (copied == i - 1: a separator was just made before the syllable, from a
                // look-alike dot such as ㆍ in 북ㆍ러-중, which the second pass sees as ·.)
                editor.copy(text[copied..<i])
                editor.replace(CollectionOfOne(scalar), with: [Self.middleDot])
                copied = i + 1
            }
        }
        editor.copy(text[copied...])
        return editor.finish()
    }

    private func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    private func isHangul(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }
}

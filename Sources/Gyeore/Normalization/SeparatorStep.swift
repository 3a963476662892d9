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

    /// A row of `data/separators.tsv`.
    struct Separator: Sendable {
        enum Kind: Sendable { case dot, hyphen }
        let kind: Kind
        let scalar: Unicode.Scalar
        /// Only directly between two letters (context `tight`), not with spaces around it.
        let tight: Bool
    }

    /// Reads `data/separators.tsv`: for this step, and for ``QuoteFoldingStep``, which must read
    /// a word as this step will write it.
    static func separators() throws(ResourceError) -> [Separator] {
        let path = "data/separators.tsv"
        var result: [Separator] = []
        for row in try ResourceFile.rows(path, minimumColumns: 3) {
            let scalar = try ResourceFile.scalar(row.fields[1], file: path, line: row.line)
            let tight: Bool
            switch row.fields[2] {
            case "tight": tight = true
            case "spaced": tight = false
            default: throw ResourceError(file: path, line: row.line, message: "context must be tight or spaced, not '\(row.fields[2])'")
            }
            switch row.fields[0] {
            case "dot": result.append(Separator(kind: .dot, scalar: scalar, tight: tight))
            case "hyphen": result.append(Separator(kind: .hyphen, scalar: scalar, tight: tight))
            default: throw ResourceError(file: path, line: row.line, message: "kind must be dot or hyphen, not '\(row.fields[0])'")
            }
        }
        return result
    }

    /// Loads `data/separators.tsv`.
    public init() throws(ResourceError) {
        let separators = try Self.separators()
        dots = ScalarSet(separators.filter { $0.kind == .dot }.map(\.scalar))
        hyphens = ScalarSet(separators.filter { $0.kind == .hyphen }.map(\.scalar))
        tightOnly = ScalarSet(separators.filter(\.tight).map(\.scalar))
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

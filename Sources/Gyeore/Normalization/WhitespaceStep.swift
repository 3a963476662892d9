/// White space: exotic spaces become U+0020, runs collapse to one, lines are trimmed,
/// invisible characters are removed, and line breaks are unified.
///
/// The character classes come from `data/whitespace.tsv` (ICU UnicodeSet patterns).
public struct WhitespaceStep: NormalizationStep {
    /// What happens to line breaks inside the text.
    public enum LineBreaks: Sendable {
        /// Every line break (CR LF, CR, NEL, U+2028, U+2029, VT, FF) becomes "\n".
        case unify
        /// Line breaks become spaces: for text already split into lines.
        case toSpace
    }

    public let name = "whitespace"
    /// The treatment of line breaks.
    public let lineBreaks: LineBreaks
    private let spaces: ScalarSet
    private let breaks: ScalarSet
    private let removable: ScalarSet
    private let joiners: ScalarSet
    /// All four classes in one set: asked about every scalar of a line the step works on.
    private let special: ScalarSet

    /// Loads the character classes.
    public init(lineBreaks: LineBreaks = .unify) throws(ResourceError) {
        let path = "data/whitespace.tsv"
        var classes: [String: ScalarSet] = [:]
        for row in try ResourceFile.rows(path, minimumColumns: 2) {
            do {
                classes[row.fields[0]] = try ScalarSet(pattern: row.fields[1])
            } catch {
                throw ResourceError(file: path, line: row.line, message: "bad UnicodeSet pattern: \(error.name)")
            }
        }
        func required(_ name: String) throws(ResourceError) -> ScalarSet {
            guard let set = classes[name] else { throw ResourceError(file: path, message: "the class '\(name)' is missing") }
            return set
        }
        self.lineBreaks = lineBreaks
        spaces = try required("space")
        breaks = try required("line-break")
        removable = try required("remove")
        joiners = try required("joiner")
        special = spaces.union(breaks).union(removable).union(joiners)
    }

    @inline(__always)
    private func isSpecial(_ s: Unicode.Scalar) -> Bool { special.contains(s) }

    /// Every space, line break, invisible character and joiner; a single U+0020 between two
    /// other characters passes (``apply(to:)``'s quick test agrees).
    public var touchedScalars: TouchedScalars? {
        TouchedScalars(special, passesLoneSpaces: true)
    }

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? {
        if !needsWork(text) { return nil }
        var editor = TextEditor(reservingCapacity: text.count)
        var i = 0
        var atLineStart = true
        while i < text.count {
            let scalar = text[i]
            if !isSpecial(scalar) {
                var j = i + 1
                while j < text.count && !isSpecial(text[j]) { j += 1 }
                editor.copy(text[i..<j])
                atLineStart = false
                i = j
                continue
            }
            if joiners.contains(scalar) && (isEmoji(at: i - 1, in: text) || isEmoji(at: i + 1, in: text)) {
                editor.copy(scalar)
                i += 1
                continue
            }
            // A run of spaces, breaks and invisible characters.
            var j = i
            var breakCount = 0
            var hasSpace = false
            while j < text.count, isSpecial(text[j]), !(joiners.contains(text[j]) && isEmoji(at: j + 1, in: text)) {
                let s = text[j]
                if breaks.contains(s) {
                    // CR LF counts as one break.
                    if !(s == "\r" && j + 1 < text.count && text[j + 1] == "\n") { breakCount += 1 }
                } else if spaces.contains(s) {
                    hasSpace = true
                }
                j += 1
            }
            let atLineEnd = j == text.count
            var replacement: [Unicode.Scalar] = []
            if breakCount > 0 && lineBreaks == .unify {
                replacement = Array(repeating: "\n", count: breakCount)
            } else if (hasSpace || breakCount > 0) && !atLineStart && !atLineEnd {
                replacement = [" "]
            }
            editor.replace(text[i..<j], with: replacement)
            if !replacement.isEmpty { atLineStart = replacement.last == "\n" }
            i = j
        }
        return editor.finish()
    }

    // Quick test: is anything here for this step to do? Work is any special character other
    // than a lone space between words (or "\n" when breaks are kept), or a space next to a
    // line start, line end or another space.
    private func needsWork(_ text: [Unicode.Scalar]) -> Bool {
        var afterBoundary = true // at the start of the text, after a space or a line break
        var afterSpace = false
        for scalar in text {
            if scalar == " " {
                if afterBoundary { return true }
                afterBoundary = true
                afterSpace = true
            } else if scalar == "\n" && lineBreaks == .unify {
                if afterSpace { return true }
                afterBoundary = true
                afterSpace = false
            } else if isSpecial(scalar) {
                return true
            } else {
                afterBoundary = false
                afterSpace = false
            }
        }
        return afterSpace
    }

    private func isEmoji(at index: Int, in text: [Unicode.Scalar]) -> Bool {
        guard index >= 0 && index < text.count else { return false }
        let scalar = text[index]
        return scalar.value > 0xFF && scalar.properties.isEmoji
    }
}

import Gyeore

/// Where the text shows North Korean spelling: the scope of the spacing rule and of loanword guesses.
extension OrthographyConverter {
    /// Text ranges (sentences, and quotations inside them) where a rule found North Korean spelling.
    func evidenceScopes(text: [Unicode.Scalar], sentences sentenceRanges: [Range<Int>], edits: [Edit], kept: [Range<Int>] = [], start: [Int]) -> [Range<Int>] {
        guard !edits.isEmpty || !kept.isEmpty else { return [] }
        let evidence = RangeIndex(edits.filter { $0.rule != .spacing && $0.rule != .loanword }.map(\.range) + kept)
        func hasEvidence(_ range: Range<Int>) -> Bool { evidence.overlaps(start[range.lowerBound]..<start[range.upperBound]) }
        var scopes: [Range<Int>] = []
        for sentence in sentenceRanges {
            // Split at top-level quotations: “…” inside a sentence is its own scope.
            var pieces: [Range<Int>] = []
            var outsideStart = sentence.lowerBound
            var i = sentence.lowerBound
            var outside: [Range<Int>] = []
            while i < sentence.upperBound {
                if text[i] == "\u{201C}", let close = text[(i + 1)..<sentence.upperBound].firstIndex(of: "\u{201D}") {
                    outside.append(outsideStart..<i)
                    pieces.append(i..<close + 1)
                    i = close + 1
                    outsideStart = i
                } else {
                    i += 1
                }
            }
            outside.append(outsideStart..<sentence.upperBound)
            for piece in pieces where hasEvidence(piece) { scopes.append(piece) }
            if outside.contains(where: hasEvidence) { scopes += outside }
        }
        return scopes
    }
}

/// Places a diff on the quotations as written.
///
/// ``RenderingDiff/compare(_:_:aligner:)`` reads the normalized renderings (``Quotation/normalized``),
/// so its ranges count scalars there. A reader sees the text as written (``Quotation/text``:
/// 제５９차, line breaks, curly or straight inner quotes), where the same words stand at other
/// offsets. Each quotation's text is normalized again, as quotation extraction normalizes it,
/// and the offset map carries every range back. Where the text normalizes to something other
/// than the normalized rendering (a quotation cut from a line whose context changed it), the
/// ranges are dropped rather than guessed.
public struct DiffPlacement: Sendable {
    private let normalizer: Normalizer

    /// A placement with the normalization quotation extraction uses (line breaks as spaces).
    public init() throws {
        var configuration = NormalizerConfiguration()
        configuration.lineBreaks = .toSpace
        normalizer = try Normalizer(configuration: configuration)
    }

    /// The diff of `first` against `second`, its ranges moved into each one's `text`.
    public func place(_ diff: [RenderingDiff], first: Quotation, second: Quotation) -> [RenderingDiff] {
        let (mapA, mapB) = (map(first), map(second))
        return diff.map { item in
            var placed = item
            placed.aRange = item.aRange.flatMap { range in mapA.map { $0.originalRange(forNormalized: range) } }
            placed.bRange = item.bRange.flatMap { range in mapB.map { $0.originalRange(forNormalized: range) } }
            return placed
        }
    }

    /// The offset map from a quotation's normalized rendering to its text, when normalizing the
    /// text gives that rendering. Folded quotation marks may differ: inside its line a quotation's
    /// own inner quotes stand one level deeper (‘…’) than in its text alone (“…”).
    private func map(_ quotation: Quotation) -> NormalizedText? {
        let result = normalizer.normalize(quotation.text)
        if result.normalized == quotation.normalized { return result }
        let (alone, inLine) = (Array(result.normalized.unicodeScalars), Array(quotation.normalized.unicodeScalars))
        guard alone.count == inLine.count else { return nil }
        let folded: Set<Unicode.Scalar> = [QuoteFoldingStep.outer.open, QuoteFoldingStep.outer.close, QuoteFoldingStep.inner.open, QuoteFoldingStep.inner.close]
        for (x, y) in zip(alone, inLine) where x != y && !(folded.contains(x) && folded.contains(y)) { return nil }
        return result
    }
}

import Gyeore

/// Rule 6 (endings), the copula: North Korean keeps the copula's 이 after a word ending in a vowel
/// before -라 (정치이라고, 정치이라는); South Korean writes the vowel's form without it (정치라고,
/// 정치라는: the endings -라고, -라는, -라면, -란 take 이 only after a consonant).
extension OrthographyConverter {
    /// The edit dropping the copula morpheme `k` (이, tagged VCP) where a noun ending in a vowel
    /// stands right before it and an ending in 라/란 right after it, or nil.
    func copulaEdit(_ k: Int, morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], nfd: [Unicode.Scalar]) -> Edit? {
        let (range, m) = morphemes[k]
        guard m.tag == "VCP", range.count == 2, nfd[range.lowerBound].value == 0x110B, nfd[range.lowerBound + 1].value == 0x1175,
              k > 0, k + 1 < morphemes.count else { return nil }
        let (before, after) = (morphemes[k - 1], morphemes[k + 1])
        guard before.range.upperBound == range.lowerBound, after.range.lowerBound == range.upperBound,
              Self.nounTags.contains(before.m.tag) || before.m.tag == "XSN",
              let last = before.range.last, Jamo.isVowel(nfd[last]),
              after.m.tag.hasPrefix("E"), after.range.count >= 2,
              nfd[after.range.lowerBound].value == 0x1105, nfd[after.range.lowerBound + 1].value == 0x1161 else { return nil }
        let word = String(scalars: Jamo.compose(Array(nfd[before.range.lowerBound..<after.range.upperBound])))
        let south = String(scalars: Jamo.compose(Array(nfd[before.range]) + Array(nfd[after.range])))
        return Edit(range: range, replacement: [], rule: .ending, note: "\(word) → \(south) (the copula's 이 after a vowel before -라)")
    }
}

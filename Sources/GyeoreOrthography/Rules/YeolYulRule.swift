import Gyeore

/// Rule 4: 렬/률 after a vowel or ㄴ inside a Sino-Korean word (규률 → 규율).
extension OrthographyConverter {
    /// Applies rule 4 inside a jamo sequence: 렬/률 after a vowel or ㄴ become 열/율.
    func yeolYulApplied(_ jamo: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var syllables = Jamo.compose(jamo)
        guard syllables.count >= 2 else { return jamo }
        for i in 1..<syllables.count {
            guard let target = rules.yeolYul[syllables[i]] else { continue }
            let before = Jamo.decompose(syllables[i - 1])
            guard before.count == 2 || before.last?.value == 0x11AB else { continue } // vowel or ㄴ
            syllables[i] = target
        }
        return syllables.flatMap(Jamo.decompose)
    }
}

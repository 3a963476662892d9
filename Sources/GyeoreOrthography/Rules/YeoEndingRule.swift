import Gyeore

/// Rule 5: -여/-였 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ, the honorific 시, the copula and its negative (되였다 →
/// 되었다, 아니였다 → 아니었다).
extension OrthographyConverter {
    /// The -어 form of a morpheme ending in -여, when its stem ends as rule 5 names.
    func yeoEdit(_ surface: [Unicode.Scalar], range: Range<Int>, tag: String, readable: @autoclosure () -> String) -> Edit? {
        // The morpheme must end in 여 (ᄋ ᅧ).
        guard surface.count >= 2, surface[surface.count - 2].value == 0x110B, surface[surface.count - 1].value == 0x1167 else { return nil }
        var replacement = Array(surface.dropLast(2))
        let stemVowel = replacement.last
        let eo: [Unicode.Scalar] = ["\u{110B}", "\u{1165}"] // 어
        if tag == "VCP" || tag == "VCN" {
            replacement += eo                                        // 이여 → 이어, 아니여 → 아니어
        } else if stemVowel?.value == 0x1175 {                       // ㅣ: 시여 → 셔, 드리여 → 드려
            // A stem of one syllable after ㄱ ㅁ ㅂ ㅍ ㅎ keeps 어 apart: 기다, 비다, 피다 have no
            // contracted form in use (기여든 → 기어든, not 겨든; 피여 → 피어, 펴 being 펴다).
            if replacement.count == 2, [0x1100, 0x1106, 0x1107, 0x1111, 0x1112].contains(replacement[0].value) {
                replacement += eo
            } else {
                replacement[replacement.count - 1] = "\u{1167}"
            }
        } else if let vowel = stemVowel, [0x1162, 0x1166, 0x116C, 0x1171, 0x1174].contains(vowel.value) { // ㅐ ㅔ ㅚ ㅟ ㅢ
            if options.contracts && vowel.value == 0x116C {
                replacement[replacement.count - 1] = "\u{116B}"      // 되어 → 돼
            } else {
                replacement += eo
            }
        } else {
            return nil
        }
        return Edit(range: range, replacement: replacement, rule: .yeoEnding,
                    note: "\(readable()) → \(String(scalars: Jamo.compose(replacement))) (-여 → -어 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ, 시, 이다)")
    }
}

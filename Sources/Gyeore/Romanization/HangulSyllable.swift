/// A precomposed Hangul syllable split into its letters (as compatibility jamo).
struct HangulSyllable: Equatable {
    static let finals: [Character?] = [nil] + Jamo.compatibilityTails

    var initial: Character
    var vowel: Character
    var final: Character?

    /// Splits a syllable (U+AC00–U+D7A3); nil for anything else.
    init?(_ scalar: Unicode.Scalar) {
        guard let (lead, vowel, tail) = Jamo.indices(scalar) else { return nil }
        initial = Jamo.compatibilityLeads[lead]
        self.vowel = Jamo.compatibilityVowels[vowel]
        final = Self.finals[tail]
    }

    init(initial: Character, vowel: Character, final: Character?) {
        self.initial = initial
        self.vowel = vowel
        self.final = final
    }

    /// The reduced final sound (표준 발음법 8-11항): one of K T P N L M NG.
    static func finalClass(_ final: Character) -> String {
        switch final {
        case "ㄱ", "ㄲ", "ㅋ", "ㄳ", "ㄺ": return "K"
        case "ㄷ", "ㅅ", "ㅆ", "ㅈ", "ㅊ", "ㅌ", "ㅎ": return "T"
        case "ㅂ", "ㅍ", "ㅄ", "ㄿ": return "P"
        case "ㄴ", "ㄵ", "ㄶ": return "N"
        case "ㄹ", "ㄼ", "ㄽ", "ㄾ", "ㅀ": return "L"
        case "ㅁ", "ㄻ": return "M"
        default: return "NG"
        }
    }

    /// A double final's two letters: the first stays, the second can move to the next syllable.
    static func split(_ final: Character) -> (stays: Character?, moves: Character) {
        switch final {
        case "ㄳ": return ("ㄱ", "ㅅ")
        case "ㄵ": return ("ㄴ", "ㅈ")
        case "ㄺ": return ("ㄹ", "ㄱ")
        case "ㄻ": return ("ㄹ", "ㅁ")
        case "ㄼ": return ("ㄹ", "ㅂ")
        case "ㄽ": return ("ㄹ", "ㅅ")
        case "ㄾ": return ("ㄹ", "ㅌ")
        case "ㄿ": return ("ㄹ", "ㅍ")
        case "ㅄ": return ("ㅂ", "ㅅ")
        default: return (nil, final)
        }
    }
}

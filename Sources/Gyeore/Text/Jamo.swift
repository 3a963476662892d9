/// Hangul syllables and their letters, for the whole package: conjoining jamo (what NK-HanDic
/// reads and writes, and what spelling distances compare), the letters' indices, and the
/// compatibility jamo (ㄱ, ㅏ) the romanizer and the orthography tables name them by.
package enum Jamo {
    package static let leadBase: UInt32 = 0x1100, vowelBase: UInt32 = 0x1161, tailBase: UInt32 = 0x11A7

    /// A precomposed syllable's letters as indices (lead 0–18, vowel 0–20, tail 0–27 where 0 is
    /// none); nil for anything else.
    package static func indices(_ scalar: Unicode.Scalar) -> (lead: Int, vowel: Int, tail: Int)? {
        guard (0xAC00...0xD7A3).contains(scalar.value) else { return nil }
        let index = Int(scalar.value - 0xAC00)
        return (index / 588, (index % 588) / 28, index % 28)
    }

    /// The precomposed syllable of letters given as indices (``indices(_:)``'s inverse).
    package static func syllable(lead: Int, vowel: Int, tail: Int = 0) -> String {
        Unicode.Scalar(0xAC00 + UInt32((lead * 21 + vowel) * 28 + tail)).map(String.init) ?? ""
    }

    /// The jamo of one precomposed syllable; the scalar itself for anything else.
    package static func decompose(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(3)
        decompose(scalar, into: &result)
        return result
    }

    /// Appends the conjoining jamo of one scalar to `result` (the scalar itself when it is no
    /// syllable), without the array ``decompose(_:)-(Unicode.Scalar)`` makes for each call.
    /// - Returns: how many scalars were appended.
    @discardableResult
    package static func decompose(_ scalar: Unicode.Scalar, into result: inout [Unicode.Scalar]) -> Int {
        guard let (lead, vowel, tail) = indices(scalar) else { result.append(scalar); return 1 }
        result.append(Unicode.Scalar(leadBase + UInt32(lead))!)
        result.append(Unicode.Scalar(vowelBase + UInt32(vowel))!)
        guard tail != 0 else { return 2 }
        result.append(Unicode.Scalar(tailBase + UInt32(tail))!)
        return 3
    }

    /// Conjoining jamo of a string (its NFD for Hangul).
    package static func decompose(_ text: String) -> [Unicode.Scalar] { text.unicodeScalars.flatMap(decompose) }

    /// Composes conjoining jamo into syllables (Hangul's part of NFC).
    package static func compose(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            let l = scalars[i].value
            if (0x1100...0x1112).contains(l), i + 1 < scalars.count, (0x1161...0x1175).contains(scalars[i + 1].value) {
                var syllable = 0xAC00 + (l - leadBase) * 588 + (scalars[i + 1].value - vowelBase) * 28
                i += 2
                if i < scalars.count, (0x11A8...0x11C2).contains(scalars[i].value) {
                    syllable += scalars[i].value - tailBase
                    i += 1
                }
                result.append(Unicode.Scalar(syllable)!)
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return result
    }

    package static func isLead(_ s: Unicode.Scalar) -> Bool { (0x1100...0x1112).contains(s.value) }
    package static func isVowel(_ s: Unicode.Scalar) -> Bool { (0x1161...0x1175).contains(s.value) }
    package static func isTail(_ s: Unicode.Scalar) -> Bool { (0x11A8...0x11C2).contains(s.value) }

    /// The compatibility jamo of the leads, vowels and tails, in index order (tails from 1).
    package static let compatibilityLeads: [Character] = ["ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
    package static let compatibilityVowels: [Character] = ["ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ", "ㅚ", "ㅛ", "ㅜ", "ㅝ", "ㅞ", "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ"]
    package static let compatibilityTails: [Character] = ["ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

    /// The conjoining lead for a compatibility consonant (ㄹ → U+1105).
    package static func lead(_ c: Character) -> Unicode.Scalar? { compatibilityLeads.firstIndex(of: c).map { Unicode.Scalar(leadBase + UInt32($0))! } }
    /// The conjoining vowel for a compatibility vowel (ㅕ → U+1167).
    package static func vowel(_ c: Character) -> Unicode.Scalar? { compatibilityVowels.firstIndex(of: c).map { Unicode.Scalar(vowelBase + UInt32($0))! } }
    /// The conjoining tail for a compatibility consonant (ㄹ → U+11AF).
    package static func tail(_ c: Character) -> Unicode.Scalar? { compatibilityTails.firstIndex(of: c).map { Unicode.Scalar(tailBase + 1 + UInt32($0))! } }

    /// Conjoining jamo of a form written with syllables and compatibility jamo; a leading
    /// compatibility consonant is a tail attaching to the previous syllable (-ㄹ까 → ᆯ까).
    package static func decomposeForm(_ form: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for character in form {
            if result.isEmpty, let tail = tail(character) {
                result.append(tail)
            } else if let vowel = vowel(character) {
                result.append(vowel)
            } else {
                result += decompose(String(character))
            }
        }
        return result
    }
}

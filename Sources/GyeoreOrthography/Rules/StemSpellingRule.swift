import Gyeore

/// Rule 10: listed North Korean spellings of words and stems (짓부시고 → 짓부수고).
extension OrthographyConverter {
    /// Rule 10 (`stem-spellings.tsv`): at the start of each word, the longest listed North
    /// Korean form, replaced by its South Korean spelling.
    func stemSpellingEdits(_ text: [Unicode.Scalar], start: [Int]) -> [Edit] {
        guard !rules.stemSpellings.isEmpty else { return [] }
        var result: [Edit] = []
        for i in text.indices where (0xAC00...0xD7A3).contains(text[i].value) && (i == 0 || !(0xAC00...0xD7A3).contains(text[i - 1].value)) {
            // Most words start with a syllable no listed form starts with.
            guard rules.stemSpellingFirstScalars.contains(text[i]) else { continue }
            var end = i
            // A listed form may hold a space (우리 나라 → 우리나라): it is matched across one.
            while end < text.count && end - i < rules.longestStemSpelling && ((0xAC00...0xD7A3).contains(text[end].value) || text[end] == " ") { end += 1 }
            for length in stride(from: end - i, through: 1, by: -1) where text[i + length - 1] != " " {
                let form = Array(text[i..<i + length])
                guard let southern = rules.stemSpellings[form] else { continue }
                let written = String(scalars: form)
                result.append(Edit(range: start[i]..<start[i + length], replacement: Jamo.decompose(southern), rule: .stemSpelling,
                                   note: "\(written) → \(southern) (stem-spellings.tsv)"))
                break
            }
        }
        return result
    }

    /// Rule 10 inside a word: a noun the analyzer reads in a compound written solid whose
    /// surface is a listed form (근로인테리 → 근로인텔리, 대형뜨락또르 → 대형트랙터). Only a
    /// whole noun morpheme, never its start: a stem's spelling needs the word's start. The
    /// caller asks only about a morpheme written solid after another.
    func stemSpellingEdit(_ morpheme: MeCabTagger.Morpheme, range: Range<Int>, nfd: [Unicode.Scalar]) -> Edit? {
        guard morpheme.tag == "NNG" || morpheme.tag == "NNP", !morpheme.isUnknown else { return nil }
        let composed = Jamo.compose(Array(nfd[range]))
        guard let southern = rules.stemSpellings[composed] else { return nil }
        let written = String(scalars: composed)
        return Edit(range: range, replacement: Jamo.decompose(southern), rule: .stemSpelling, note: "\(written) → \(southern) (stem-spellings.tsv, inside a word)")
    }

    /// Whether the jamo of `range` start with the first syllable of a listed form: most
    /// morphemes do not, told without composing them.
    func mayBeListedNoun(_ range: Range<Int>, nfd: [Unicode.Scalar]) -> Bool {
        guard range.count >= 2 else { return false }
        let (lead, vowel) = (nfd[range.lowerBound], nfd[range.lowerBound + 1])
        guard Jamo.isLead(lead), Jamo.isVowel(vowel) else { return false }
        var syllable = 0xAC00 + (lead.value - Jamo.leadBase) * 588 + (vowel.value - Jamo.vowelBase) * 28
        if range.count > 2, Jamo.isTail(nfd[range.lowerBound + 2]) { syllable += nfd[range.lowerBound + 2].value - Jamo.tailBase }
        return Unicode.Scalar(syllable).map { rules.stemSpellingFirstScalars.contains($0) } ?? false
    }
}

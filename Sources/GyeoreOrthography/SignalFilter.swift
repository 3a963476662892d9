import Gyeore

/// The cheap filter that picks the sentences worth analysing (`signals.tsv`).
extension OrthographyConverter {
    /// Whether a text shows the signals the cheap filter looks for (the private `hasSignal(_:)`): for
    /// counting what conversion leaves behind (`gyeore-bench residuals`).
    public func showsNorthKoreanSignal(_ text: String) -> Bool {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        return hasSignal(scalars[...])
    }

    /// A cheap look for North Korean spelling (see signals.tsv): a Sino-Korean ㄹ/ㄴ syllable
    /// starting a word or, inside a word, starting a compound element (after two syllables at
    /// least, with more to follow: 선군혁명로선을, 투쟁력사에서, 문화적락후성을); 렬/률 and the
    /// other syllables listed as signals anywhere; listed North Korean words (일군, 원쑤), and the
    /// listed spellings of `stem-spellings.tsv` inside a word;
    /// -여/-였 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ; -ㄹ가/-ㄹ고/-ㄹ소냐.
    /// `gyeore-bench signals` measures what it lets through.
    func hasSignal(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar? = nil
        var syllablesBefore = 0 // Hangul syllables of the current word before this one
        var afterDigits: Int? = nil // Hangul syllables since the digits the word starts with
        var index = sentence.startIndex
        while index < sentence.endIndex {
            let scalar = sentence[index]
            defer { previous = scalar; index += 1 }
            guard (0xAC00...0xD7A3).contains(scalar.value) else { syllablesBefore = 0; continue }
            // A noun written solid after a percent sign (95%이상, 30%정도): the first syllables of
            // the `noun-after-percent` rows of spacing.tsv; the analysis tells 이상 from a particle.
            if previous == "%", rules.nounsAfterPercentFirstScalars.contains(scalar) { return true }
            // A word starts after a space or punctuation (not after a digit: 2024년, nor a letter).
            let wordStart = previous.map { p in
                !(0xAC00...0xD7A3).contains(p.value) && !(p.value < 0x80 && (("0"..."9").contains(p) || ("A"..."Z").contains(p) || ("a"..."z").contains(p)))
                    && !(0x4E00...0x9FFF).contains(p.value)
            } ?? true
            if wordStart { syllablesBefore = 0 }
            defer { syllablesBefore += 1 }
            // A counter and a noun written solid after a number (1년동안, 7개년계획을): four
            // syllables or more after the digits.
            if let p = previous, ("0"..."9").contains(p) { afterDigits = 0 } else if wordStart { afterDigits = nil }
            if let count = afterDigits {
                afterDigits = count + 1
                if count + 1 >= 4 { return true }
            }
            if rules.wordInitialSignals.contains(scalar) {
                if wordStart { return true }
                let next = sentence.index(after: index)
                if syllablesBefore >= 2, next < sentence.endIndex, (0xAC00...0xD7A3).contains(sentence[next].value) { return true }
            }
            if rules.anywhereSignals.contains(scalar) { return true }
            if let words = rules.wordSignals[scalar] {
                for word in words where sentence[index...].starts(with: word) { return true }
            }
            // A listed North Korean spelling of two syllables or more anywhere in a word, inside
            // a compound too (공급쎈터부근, 국제피아노콩클): the rule that respells it inside a word
            // needs the analysis.
            if syllablesBefore >= 1, index + 1 < sentence.endIndex, rules.stemSpellingPairs.contains(OrthographyRules.pair(scalar, sentence[index + 1])) {
                var end = index + 2
                while end < sentence.endIndex && end - index < rules.longestStemSpelling && (0xAC00...0xD7A3).contains(sentence[end].value) { end += 1 }
                for length in 2...(end - index) where rules.stemSpellings[Array(sentence[index..<index + length])] != nil { return true }
            }
            // The syllable before, as letter indices (no array per scalar): its vowel, and its
            // final consonant (0 none, 4 ㄴ, 8 ㄹ).
            guard let previous, let (_, vowel, tail) = Jamo.indices(previous) else { continue }
            let endsInNieunOrRieul = tail == 4 || tail == 8
            // -여/-였 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ (vowels 20, 1, 5, 11, 16, 19).
            if scalar == "여" || scalar == "였", tail == 0, [20, 1, 5, 11, 16, 19].contains(vowel) { return true }
            if (scalar == "가" || scalar == "고" || scalar == "소"), tail == 8 { return true }
            // A dependent noun written solid after a modifier ending in ㄴ or ㄹ (할수, 있는것,
            // 하는데서): North Korean spacing, which South Korean norms never write. A cheap
            // signal: -는데 and -ㄹ수록 are endings too, which the analysis tells apart.
            if ["것", "수", "데", "바", "채", "줄", "듯", "뿐"].contains(scalar), endsInNieunOrRieul {
                let next = sentence.index(after: index)
                if !(scalar == "수" && next < sentence.endIndex && sentence[next] == "록") { return true }
            }
            // A noun written solid after 의, -기 or a modifier ending (인민들의것, 그렇기때문에,
            // 수행하기위한, 수립된후, 이르는곳마다), 아니다 after 뿐 (뿐아니라), 있다 and 없이
            // after a noun (례외없이, 성의있는): word ends the analysis finds.
            let next = sentence.index(after: index)
            let following: Unicode.Scalar? = next < sentence.endIndex ? sentence[next] : nil
            if previous == "의" && scalar == "것" { return true }
            if previous == "기" && ((scalar == "때" && following == "문") || (scalar == "위" && (following == "한" || following == "하" || following == "해"))) { return true }
            // Whether the word ends after this syllable, or a particle follows it.
            lazy var endsOrTakesParticle = following.map { !(0xAC00...0xD7A3).contains($0.value) || Self.particleStarts.contains($0) } ?? true
            if scalar == "후" || scalar == "곳", endsInNieunOrRieul, scalar == "곳" || endsOrTakesParticle { return true }
            if scalar == "있" || scalar == "없", syllablesBefore >= 2 { return true }
            // 높다 after a noun of two syllables or more (영양가높은, 존엄높은); 같다 after the
            // plural 들 (남들같으면; the analysis tells it from the particle 같이).
            if scalar == "높", syllablesBefore >= 2 { return true }
            if scalar == "같", previous == "들", syllablesBefore >= 2 { return true }
            // 대로 after a modifier ending in ㄴ or ㄹ (규정된대로).
            if scalar == "대", following == "로", endsInNieunOrRieul { return true }
            // A noun of time written solid after a noun of two syllables or more, ending its
            // word or before a particle (해방후, 전쟁전에, 지난해말까지): the analysis tells 前
            // from 戰 (세계대전).
            if ["전", "후", "말", "초"].contains(scalar), syllablesBefore >= 2, endsOrTakesParticle || following == "까" || following == "부" { return true }
            if previous == "뿐" && scalar == "아" && following == "니" { return true }
            // A counter written solid after a numeral (한해, 두해, 마지막한해).
            if scalar == "해", syllablesBefore >= 1, ["한", "두", "세", "네", "몇"].contains(previous) { return true }
            if scalar == "없" && following == "이" && syllablesBefore >= 2 { return true }
            // -고 written solid before 있다 (투쟁하고있다), 싶다 or 나가다 (하고싶은, 밀고나가며).
            if previous == "고" && scalar == "있" { return true }
            if previous == "고", syllablesBefore >= 2, scalar == "싶" || (scalar == "나" && ["가", "간", "갈", "감", "갔"].contains(following)) { return true }
            // A position noun written solid after a noun and followed by a particle (우리앞에,
            // 투쟁속에서, 기치밑에, 북남사이의): after two syllables of its word at least (사이
            // after one: 북과 남사이에).
            if syllablesBefore >= 1 {
                let next = sentence.index(after: index)
                if syllablesBefore >= 2, ["앞", "밑", "속", "위"].contains(scalar), next < sentence.endIndex, Self.particleStarts.contains(sentence[next]) { return true }
                if scalar == "사", next < sentence.endIndex, sentence[next] == "이" {
                    let after = sentence.index(after: next)
                    if after < sentence.endIndex, Self.particleStarts.contains(sentence[after]) { return true }
                }
            }
            // 동지 or 동무 written solid after a name (김일성동지와, 장령동무들).
            if scalar == "동", syllablesBefore >= 2 {
                let next = sentence.index(after: index)
                if next < sentence.endIndex, sentence[next] == "지" || sentence[next] == "무" { return true }
            }
            // A -적 modifier written solid before a noun (국제적환경, 당적조치): 적 after a syllable
            // of its word, followed by one that starts no particle, copula or ending (구체적으로,
            // 경제적이며 are South Korean), or by 인 and more (혁명적인민, not 혁명적인).
            if scalar == "적", syllablesBefore >= 1 {
                let next = sentence.index(after: index)
                if next < sentence.endIndex, (0xAC00...0xD7A3).contains(sentence[next].value) {
                    if !Self.afterModifierSuffix.contains(sentence[next]) { return true }
                    let after = sentence.index(after: next)
                    if sentence[next] == "인", after < sentence.endIndex, (0xAC00...0xD7A3).contains(sentence[after].value) { return true }
                }
            }
        }
        return false
    }

    /// First syllables of the particles after a position noun (앞에, 속에서, 밑으로, 사이의).
    static let particleStarts: Set<Unicode.Scalar> = ["에", "의", "으", "을", "이", "은", "도", "를", "는", "로"]

    /// Syllables that follow a -적 word in South Korean writing too: particles, the copula and
    /// endings (-적으로, -적인, -적이며, -적에, -적을, -적과, -적보다, -적까지).
    static let afterModifierSuffix: Set<Unicode.Scalar> = ["으", "이", "인", "일", "임", "입", "에", "엔", "은", "을", "의", "과", "와", "도", "만", "까", "부", "보", "처", "나", "며", "라", "로", "란", "랑", "뿐", "마"]
}

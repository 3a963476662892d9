import Gyeore

/// Rules 2–6 and 8, morpheme by morpheme: the dictionary's South Korean form, the
/// initial-sound law, 렬/률, -여/-였, endings and loanword guesses. Each rule's helpers live in
/// a file of its own (`DictionaryRule.swift`, `YeolYulRule.swift`, `YeoEndingRule.swift`).
extension OrthographyConverter {
    /// Whether any of rules 2-6 and 8 can apply: a marked North Korean or unknown morpheme, an
    /// ending, or a morpheme with ㄹ or a leading ㄴ (rules 3 and 4). Most morphemes are not.
    func isCandidate(_ m: MeCabTagger.Morpheme, surface: ArraySlice<Unicode.Scalar>) -> Bool {
        if m.isNorthKorean || m.pointsToNorm || m.isUnknown || m.tag == "EF" || m.tag == "EC" { return true }
        guard let first = surface.first else { return false }
        return first.value == 0x1102 || surface.contains { $0.value == 0x1105 }
    }

    /// The parts of speech that never inflect: a dictionary gloss replaces them whole.
    static let uninflectedTags: Set<String> = ["NNG", "NNP", "NNB", "NP", "NR", "MAG", "MAJ", "MM", "XR", "IC", "XSN", "XPN"]
    static let yeoTags: Set<String> = ["EP", "VCP", "VCN", "XSV", "XSA", "VV", "VX", "VA"]
    static let initialSoundTags: Set<String> = ["NNG", "XR", "NNP", "MM", "MAG"]

    func morphemeEdit(_ m: MeCabTagger.Morpheme, range: Range<Int>, nfd: [Unicode.Scalar],
                              previous: (range: Range<Int>, m: MeCabTagger.Morpheme)?, context: WordContext) -> Edit? {
        let tag = m.tag
        let isNorthern = m.isNorthKorean
        // The features are split, the gloss read and the surface composed only when a rule
        // reads them: most candidates (an ending, a morpheme with ㄹ) need none of them.
        lazy var features = m.features
        func field(_ i: Int) -> String { i < features.count ? features[i] : "" }
        // The South Korean form: a North Korean word's gloss (field 12), or the normative spelling
        // field 8 points to (외곡: "→ 왜곡.", 더우기: "→ 더욱이.").
        lazy var gloss = isNorthern ? Self.gloss(field(12)) : m.pointsToNorm ? Self.normativePointer(field(8)) : nil
        // Whether the dictionary names a foreign source word (field 8: "robot", 自然Energie).
        lazy var isLoanword = field(8).unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let surface = Array(nfd[range])
        lazy var readable = String(scalars: Jamo.compose(surface))
        let hasHanja = m.hasHanja
        let isPersonName = tag == "NNP" && (m.feature(2, is: "人名") || m.feature(2, is: "姓"))

        // Rule 6 (table): endings.
        if tag == "EF" || tag == "EC", let replacement = rules.endings[surface] ?? rules.endingsOfTag[tag]?[surface] {
            return Edit(range: range, replacement: replacement, rule: .ending, note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (ending table)")
        }
        // Guard against mis-segmented words the dictionary does not know (a South Korean
        // transcription of a Russian name cut into syllables that look like North Korean words):
        // a morpheme without Hanja is converted only when it is a whole word stem.
        let isWholeStem = context.startsWord && context.followedOnlyByFunctionMorphemes
        // A Sino-Korean element the Hanja-reading rules may respell (rule 3 and 페 → 폐): not a
        // person's name unless asked, and, of two syllables or more, a word's start or an element
        // after a noun in a word of Sino-Korean elements (not a foreign name cut up); of one
        // syllable, a whole word stem.
        lazy var isRespellableSinoElement = hasHanja && Self.initialSoundTags.contains(tag) && !(isPersonName && !options.convertsNames)
            && (Jamo.compose(surface).count >= 2 ? (context.startsWord || context.followsNoun) && context.isSinoKoreanWord : isWholeStem)
        // 년 right after digits is the counter 年 (주체100년사: 100 years' history), whatever noun
        // the analyzer reads from it: neither the dictionary nor the initial-sound law applies.
        if let previous, previous.range.upperBound == range.lowerBound, previous.m.tag == "SN", Jamo.compose(surface).first == "년" { return nil }
        // Rule 2: the dictionary names the South Korean form.
        if let gloss {
            let syllables = Jamo.compose(surface).count
            // Compared without the spaces a normative spelling may hold (맷돌 분쇄기).
            let glossLetters = gloss.filter { $0 != " " }
            // A Sino-Korean gloss is a spelling variant of the same length (랭장고 is glossed
            // ‘랭장창고’: not a spelling, left to rule 3); a loanword with a Sino-Korean suffix
            // (로보트화 로보트化, ‘로봇화’) is respelt as its loanword is.
            let sameLength = !hasHanja || glossLetters.count == syllables || (isLoanword && Self.isLoanwordRespelling(readable, glossLetters))
            // A loanword the dictionary names its source for (field 8: "robot", 自然Energie) is
            // the same word in both spellings where they are close, whatever their lengths (로보트
            // → 로봇, 자연에네르기 → 자연에너지: 외래어 표기법; ``isLoanwordRespelling(_:_:)``),
            // and a known word where it starts a word, whatever follows (콩크리트장벽 →
            // 콘크리트장벽), not a name the analyzer cut up.
            // (A unit after a number too: 120만메터 → 120만미터, 50만키로와트 → 50만킬로와트.)
            let afterNumber = previous.map { $0.range.upperBound == range.lowerBound && ["SN", "NR"].contains($0.m.tag) } ?? false
            // (And a loanword of two syllables or more right after a Sino-Korean noun of two or
            // more, an element of a compound written solid, 탄도로케트 → 탄도로켓: no piece of a
            // foreign name cut up, which has no Hanja.)
            lazy var afterSinoNoun = syllables >= 2 && (previous.map { $0.range.upperBound == range.lowerBound && $0.m.tag == "NNG" && $0.m.hasHanja
                && Jamo.compose(Array(nfd[$0.range])).count >= 2 } ?? false)
            // A gloss that is another word (기간공업 → 기간산업) is wording, not spelling.
            // A Sino-Korean word's South Korean spelling keeps its syllables' vowels and finals
            // (소결로 燒結爐 glossed ‘소광로’ is another word, 燒鑛爐).
            let spelling = (Self.isSpellingVariant(readable, glossLetters) && (!hasHanja || Self.isSinoKoreanRespelling(readable, glossLetters, hanja: field(7))))
                || (isLoanword && Self.isLoanwordRespelling(readable, glossLetters))
            if Self.uninflectedTags.contains(tag), field(6) == readable, !(isPersonName && !options.convertsNames), sameLength,
               spelling || options.replacesWording,
               isWholeStem || (hasHanja && context.isSinoKoreanWord && (syllables >= 2 || context.startsWord)) || (isLoanword && (context.startsWord || afterNumber || (spelling && afterSinoNoun)))
                   // A position noun written solid after a noun (궤도우에: 궤도 위에).
                   || isSolidPositionNoun(tag, readable, context) {
                let replacement = Jamo.decompose(gloss)
                return Edit(range: range, replacement: replacement, rule: .dictionary,
                            note: "\(readable) → \(gloss) (NK-HanDic: \(!isNorthern ? "→ \(gloss)" : field(12).contains(Self.normativeSpellingMarker) ? "규범 표기 ‘\(gloss)’" : "‘\(gloss)’의 북한어")\(spelling ? "" : "; wording"))", level: spelling ? .spelling : .wording)
            }
            // A verb or adjective glossed by the South Korean verb's dictionary form (휘여지다:
            // ‘휘어지다’의 북한어): the stem, spelt as that verb's stem, only where the surface is
            // the whole stem (not contracted with its ending) and the two spell one word.
            // (The lemma, field 5 without its homograph number and 다, is the surface: 휘여져
            // is 휘여지 contracted.) One letter apart at most.
            let lemma = MeCabTagger.Morpheme.withoutHomographNumber(field(5))
            if ["VV", "VA"].contains(tag), isWholeStem, lemma.hasSuffix("다"), gloss.hasSuffix("다"), gloss.count >= 2 {
                let (northStem, stem) = (String(lemma.dropLast()), String(gloss.dropLast()))
                // A stem North Korean writes with 이 after a vowel (설레이다, 개이다: ‘설레다’의
                // 북한어): the South Korean stem, the ending joining it as written (설레인다 →
                // 설렌다, 설레이는 → 설레는; 표준어 규정 제2장).
                // The same for a stem with 우 after the vowel (찔리우다: ‘찔리다’의 북한어; 찔리운 → 찔린).
                if northStem == stem + "이" || northStem == stem + "우", northStem == readable, let last = stem.unicodeScalars.last, Jamo.indices(last)?.tail == 0 {
                    return Edit(range: range, replacement: Jamo.decompose(stem), rule: .dictionary,
                                note: "\(readable) → \(stem) (NK-HanDic: ‘\(gloss)’의 북한어)")
                }
                // Its -아/-어 form, read as one morpheme (설레이여: 설레이 + -여): the South
                // Korean stem and -어 (설레어; 설레이였다 → 설레었다).
                if northStem == stem + "이", readable == northStem + "여", let last = stem.unicodeScalars.last, Jamo.indices(last)?.tail == 0 {
                    let respelt = stem + "어"
                    return Edit(range: range, replacement: Jamo.decompose(respelt), rule: .dictionary,
                                note: "\(readable) → \(respelt) (NK-HanDic: ‘\(gloss)’의 북한어)")
                }
                if stem.count == northStem.count, Self.isSpellingVariant(northStem, stem, within: 1), stem != northStem {
                    if northStem == readable {
                        return Edit(range: range, replacement: Jamo.decompose(stem), rule: .dictionary,
                                    note: "\(readable) → \(stem) (NK-HanDic: ‘\(gloss)’의 북한어)")
                    }
                    // The stem contracted with its ending in the last syllable (휘여져 is 휘여지 +
                    // -어): the letters before it are respelt when the two stems differ only there
                    // (휘여져 → 휘어져).
                    if readable.count == northStem.count, readable.dropLast() == northStem.dropLast(), stem.last == northStem.last {
                        let respelt = String(stem.dropLast()) + String(readable.last!)
                        return Edit(range: range, replacement: Jamo.decompose(respelt), rule: .dictionary,
                                    note: "\(readable) → \(respelt) (NK-HanDic: ‘\(gloss)’의 북한어)")
                    }
                    // The stem whole with its ending after it, read as one form (뛰여넘어, 語基3 of
                    // 뛰여넘다: ‘뛰어넘다’의 북한어): the stem respelt, the ending kept (뛰어넘어).
                    if readable.count > northStem.count, readable.hasPrefix(northStem) {
                        let respelt = stem + String(readable.dropFirst(northStem.count))
                        return Edit(range: range, replacement: Jamo.decompose(respelt), rule: .dictionary,
                                    note: "\(readable) → \(respelt) (NK-HanDic: ‘\(gloss)’의 북한어)")
                    }
                    // Only the first syllable differs (례사롭다: ‘예사롭다’의 북한어, the initial-sound
                    // law on its Sino-Korean element), whatever the inflection made of the rest
                    // (례사로운 is 례사로우 + -ㄴ): that syllable is respelt.
                    if stem.count >= 2, stem.dropFirst() == northStem.dropFirst(), readable.first == northStem.first {
                        let respelt = String(stem.first!) + String(readable.dropFirst())
                        return Edit(range: range, replacement: Jamo.decompose(respelt), rule: .dictionary,
                                    note: "\(readable) → \(respelt) (NK-HanDic: ‘\(gloss)’의 북한어)")
                    }
                }
            }
            if tag.hasPrefix("E"), gloss.hasPrefix("-") {
                let replacement = Jamo.decomposeForm(String(gloss.dropFirst()))
                return Edit(range: range, replacement: replacement, rule: .ending, note: "\(readable) → \(gloss.dropFirst()) (NK-HanDic: ‘\(gloss)’의 북한어)")
            }
        }
        // An ㅂ-irregular stem before -아/-어 takes -워 in South Korean but for 돕다 and 곱다
        // (한글 맞춤법 제18항 6): North Korean 달가와하다, 가까와 → 달가워하다, 가까워. Where
        // NK-HanDic marks the form North Korean, its last syllable is 와.
        if isNorthern, ["VA", "VV"].contains(tag), m.feature(2, is: "ㅂ変則"), m.feature(3, is: "語基3"), surface.count >= 2,
           surface[surface.count - 2].value == 0x110B, surface[surface.count - 1].value == 0x116A,
           !["돕다", "곱다"].contains(MeCabTagger.Morpheme.withoutHomographNumber(field(5))) {
            var replacement = surface
            replacement[replacement.count - 1] = "\u{116F}"   // 와 → 워
            return Edit(range: range, replacement: replacement, rule: .dictionary,
                        note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (ㅂ 불규칙: -워, 한글 맞춤법 제18항 6)")
        }
        // Rule 5: -여/-였 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ, the honorific 시 and the copula. (Not a verb
        // the analyzer cut from a noun written solid before it, where HanDic reads the copula
        // contracted after a vowel, as South Korean writes it: 습지대였다 is 습지대 + 였, no
        // 습지 + 대여 'touched'.)
        if isNorthern, Self.yeoTags.contains(tag), let edit = yeoEdit(surface, range: range, tag: tag, readable: readable),
           !(tag == "VV" && previous.map({ $0.range.upperBound == range.lowerBound && ["NNG", "NNP", "NNB", "XSN"].contains($0.m.tag) }) == true
             && southernReadsContractedCopula(String(scalars: Jamo.compose(Array(nfd[context.word]))))) {
            return edit
        }
        // 페 in a Sino-Korean word the dictionary marks North Korean is 폐 (閉 廢 肺 弊 幣 蔽):
        // South Korean reads no character 페, and North Korean spelling writes ㅖ as ㅔ after ㅍ
        // (페막 閉幕 → 폐막, 페쇄 → 폐쇄). Where NK-HanDic names the South Korean form, rule 2
        // has already respelt it (페기: ‘폐기’의 북한어).
        // (Only where the word is a Sino-Korean one, as for rule 3: 프로페타리아, a garbled
        // loanword the analyzer cut up, keeps its 페.)
        if isNorthern, gloss == nil, isRespellableSinoElement {
            var replacement = surface
            for i in replacement.indices.dropLast() where replacement[i].value == 0x1111 && replacement[i + 1].value == 0x1166 {
                replacement[i + 1] = "\u{1168}"   // ㅔ → ㅖ
            }
            if replacement != surface {
                return Edit(range: range, replacement: replacement, rule: .dictionary,
                            note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (Hanja \(field(7)): 페 is read 폐 in South Korean)")
            }
        }
        // Rule 3: the initial-sound law on Sino-Korean morphemes (not dependent nouns, not names).
        // (Dependent nouns are not among the tags the element may have.) The first syllable must
        // be a Sino-Korean one: a loanword with a Sino-Korean suffix (로보트化) has Hanja too.
        if isRespellableSinoElement, surface.count >= 2, let vowels = rules.initialSound[surface[0].value], let lead = vowels[surface[1].value],
           field(7).unicodeScalars.first?.properties.isIdeographic ?? false {
            var replacement = surface
            replacement[0] = lead
            replacement = yeolYulApplied(replacement)
            return Edit(range: range, replacement: replacement, rule: .initialSound,
                        note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (두음 법칙, Hanja \(field(7)))")
        }
        // Rule 3 inside a name or a North Korean noun the dictionary lists whole
        // (순천비날론련합기업소, 혁명적군중로선).
        if Self.mayHoldElements(m), let (edit, _) = innerElementEdit(surface, range: range) { return edit }
        // Rule 4: 렬/률 after a vowel or ㄴ inside a Sino-Korean word.
        if hasHanja {
            var context = surface
            var offset = 0
            if let previous, previous.range.upperBound == range.lowerBound {
                context = Array(nfd[previous.range]) + surface   // the syllable before may be another morpheme
                offset = previous.range.count
            }
            let changed = yeolYulApplied(context)
            if changed != context {
                let replacement = Array(changed[offset...])
                if replacement != surface {
                    return Edit(range: range, replacement: replacement, rule: .yeolYul,
                                note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (렬/률 after a vowel or ㄴ)")
                }
            }
        }
        // Rule 8: loanwords unknown to both the glossary and the dictionary: a word NK-HanDic does
        // not know, or one it marks North Korean and names a foreign source for (field 8) without
        // a South Korean form. A word it knows without a foreign source is a North Korean word of
        // its own (쌀독 'granary', 때벗이 'modernization', defined, not glossed) or a name (쌍룡광산),
        // not a loanword: its tense consonants stay.
        if !hasHanja, ["NNG", "NNP"].contains(tag), m.isUnknown || (isNorthern && gloss == nil && isLoanword),
           !isPersonName, isWholeStem {
            let replacement = surface.map { rules.loanwordConsonants[$0] ?? $0 }
            if replacement != surface {
                return Edit(range: range, replacement: replacement, rule: .loanword,
                            note: "\(readable) → \(String(scalars: Jamo.compose(replacement))) (guess: no tense consonants in loanwords)")
            }
        }
        return nil
    }

    /// Whether a morpheme may hold elements ``innerElementEdit(_:range:locked:)`` respells: a
    /// name other than a person's, or a noun the dictionary marks North Korean.
    static func mayHoldElements(_ m: MeCabTagger.Morpheme) -> Bool {
        (m.tag == "NNP" && !(m.feature(2, is: "人名") || m.feature(2, is: "姓"))) || (m.tag == "NNG" && m.isNorthKorean)
    }

    /// The initial-sound law at an element inside a name NK-HanDic lists whole: 순천비날론련합기업소
    /// is 순천 + 비날론 + 련합기업소, and South Korean writes an element's first syllable as at a
    /// word's start (순천비날론연합기업소, as 조선노동당; 한글 맞춤법 제10-12항, 붙임: compounds
    /// too). An element counts where the rest of the name, analysed alone, starts with a
    /// Sino-Korean noun of two syllables or more that the dictionary marks North Korean
    /// (련합기업소), where the name read from the syllable before has a morpheme ending there
    /// (not 년광 of 청년광산, which is 청년 + 광산), and where two syllables at least stand before
    /// it (평라선, 平羅線, is no compound of 라선). Names are few and short: the extra analysis
    /// is of their tails only.
    /// With `locked` (the glossary's terms and earlier edits), a noun holding a term (혁명 of
    /// 혁명적군중로선) has its element respelt alone, outside the term; the edit then covers the
    /// element only. Returns the edit and the whole morpheme respelt.
    func innerElementEdit(_ surface: [Unicode.Scalar], range: Range<Int>, locked: RangeIndex? = nil) -> (edit: Edit, respelt: [Unicode.Scalar])? {
        let starts = surface.indices.filter { Jamo.isLead(surface[$0]) }
        guard starts.count >= 4 else { return nil }
        for n in 2...(starts.count - 2) {
            let i = starts[n]
            guard i + 1 < surface.count, let vowels = rules.initialSound[surface[i].value], let lead = vowels[surface[i + 1].value] else { continue }
            let tail = surface[i...]
            let (utf8, byteToScalar) = Self.encode(tail, offset: i)
            guard let first = north.analyse(utf8).first, first.tag == "NNG", first.hasHanja, first.isNorthKorean, !first.isUnknown,
                  first.bytes.lowerBound == 0, byteToScalar.indices.contains(first.bytes.upperBound) else { continue }
            let end = byteToScalar[first.bytes.upperBound]
            guard end > i, surface[i..<end].filter(Jamo.isLead).count >= 2 else { continue }
            let elementRange = range.lowerBound + i..<range.lowerBound + end
            if let locked, locked.overlaps(elementRange) { continue }
            // Read from the syllable before, a morpheme must end where the element starts (청년광산
            // is 청년 + 광산, whatever 년광 alone may be).
            let (before, beforeToScalar) = Self.encode(surface[starts[n - 1]...], offset: starts[n - 1])
            guard north.analyse(before).contains(where: { beforeToScalar.indices.contains($0.bytes.upperBound) && beforeToScalar[$0.bytes.upperBound] == i }) else { continue }
            var element = Array(surface[i..<end])
            element[0] = lead
            element = yeolYulApplied(element)
            var replacement = surface
            replacement.replaceSubrange(i..<end, with: element)
            let readable = String(scalars: Jamo.compose(surface)), respelt = String(scalars: Jamo.compose(replacement))
            let note = "\(readable) → \(respelt) (두음 법칙 at an element of the word, Hanja \(first[7]))"
            let edit = locked == nil ? Edit(range: range, replacement: replacement, rule: .initialSound, note: note)
                                     : Edit(range: elementRange, replacement: element, rule: .initialSound, note: note)
            return (edit, replacement)
        }
        return nil
    }
}

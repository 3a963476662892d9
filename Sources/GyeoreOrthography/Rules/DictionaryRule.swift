import Gyeore

/// Rule 2: the dictionary names the South Korean form; what makes it a spelling rather than
/// a wording, and when HanDic reads the word as South Korean already.
extension OrthographyConverter {
    /// Whether a South Korean form spells the same word as a North Korean one: as many syllables,
    /// at most `within` letters (jamo) apart — two for a word (령도/영도, 고기배/고깃배, 색갈/색깔,
    /// 두리/둘레), one for a verb stem (휘여지/휘어지, 란폭하/난폭하, 옳바르/올바르; 주장하 is no
    /// 과장하). Farther apart it is another word (기간공업/기간산업, 다락밭/계단밭), a change of wording.
    static func isSpellingVariant(_ north: String, _ south: String, within: Int = 2, sameSyllables: Bool = true) -> Bool {
        guard !sameSyllables || north.unicodeScalars.count == south.unicodeScalars.count else { return false }
        let a = Jamo.decompose(north), b = Jamo.decompose(south)
        guard !a.isEmpty, !b.isEmpty else { return a == b }
        guard abs(a.count - b.count) <= within else { return false }
        // Levenshtein distance over jamo, stopped once past `within`.
        var row = Array(0...b.count)
        for i in 1...a.count {
            var next = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if next.min()! > within { return false }
            row = next
        }
        return row[b.count] <= within
    }

    /// Whether a Sino-Korean word's South Korean spelling is its North Korean one respelt, not
    /// another word of other characters: in each syllable written with a character (`hanja`,
    /// NK-HanDic's field 8, one per syllable once its Hangul is composed; a native syllable stands
    /// as itself: 指導일군), only the initial consonant differs among ㄹ, ㄴ and ㅇ (the
    /// initial-sound law: 력사/역사, 녀성/여성), the vowel ㅔ for ㅖ (페기/폐기), or a final ㅅ is
    /// added (수자/숫자, one of 한글 맞춤법 제30항's six Sino-Korean words). Without one character
    /// per syllable, every syllable is held so.
    static func isSinoKoreanRespelling(_ north: String, _ south: String, hanja: String) -> Bool {
        let a = Array(north.unicodeScalars), b = Array(south.unicodeScalars), h = Jamo.compose(Array(hanja.unicodeScalars))
        guard a.count == b.count else { return false }
        let lenis: Set<Int> = [5, 2, 11] // ㄹ, ㄴ, ㅇ (lead indices)
        for k in a.indices where a[k] != b[k] {
            let (x, y) = (a[k], b[k])
            guard let n = Jamo.indices(x), let s = Jamo.indices(y) else { return false }
            // A native syllable of a mixed word (일군 in 지도일군) is respelt as native words are:
            // a plain consonant made tense (군/꾼), or the initial sounds above; another consonant
            // is another word (휴식터 休息터 is no 휴식처 休息處).
            if h.count == a.count, !h[k].properties.isIdeographic {
                let tensePairs: Set<[Int]> = [[0, 1], [3, 4], [7, 8], [9, 10], [12, 13]]   // ㄱㄲ ㄷㄸ ㅂㅃ ㅅㅆ ㅈㅉ
                guard n.lead == s.lead || (lenis.contains(n.lead) && lenis.contains(s.lead))
                        || tensePairs.contains([min(n.lead, s.lead), max(n.lead, s.lead)]) else { return false }
                continue
            }
            guard n.lead == s.lead || (lenis.contains(n.lead) && lenis.contains(s.lead)) else { return false }
            guard n.vowel == s.vowel || (n.vowel == 5 && s.vowel == 7) else { return false }   // ㅔ → ㅖ
            guard n.tail == s.tail || (n.tail == 0 && s.tail == 19) else { return false }      // + ㅅ
        }
        return true
    }

    /// Whether a loanword's South Korean spelling is its North Korean one respelt by 외래어
    /// 표기법, not another word: letters apart by at most two fifths of the longer (로보트/로봇,
    /// 에네르기/에너지, 마그네샤크링카/마그네시아클링커), however many syllables each has; farther
    /// apart it is another word (아닐론/아크릴섬유).
    static func isLoanwordRespelling(_ north: String, _ south: String) -> Bool {
        let longer = max(Jamo.decompose(north).count, Jamo.decompose(south).count)
        return isSpellingVariant(north, south, within: max(2, 2 * longer / 5), sameSyllables: false)
    }

    /// Whether HanDic (South Korean) reads the same span as the same known morpheme: then the
    /// word is South Korean as written (꼴, 빠) and no rule touches it.
    ///
    /// A dependent-noun reading of a word's first morpheme of two syllables or more that NK-HanDic
    /// reads as a noun is no agreement: South Korean writes 년대 and 년도 as dependent nouns only after a number
    /// (1990년대), and 희망의 년대 is 희망의 연대 (년대 and 년도 starting a word are 年代 and 年度,
    /// which take the initial-sound law).
    func southernDictionaryAgrees(_ range: Range<Int>, surface: String, northernTag: String, northernHanja: String? = nil, context: WordContext, nfd: [Unicode.Scalar]) -> Bool {
        let syllables = Jamo.compose(Array(nfd[range]))
        // A position noun written solid after a noun (궤도우에) is a word of its own in South
        // Korean: whatever HanDic makes of the solid word (우 'right', 'rain') is no agreement.
        if isSolidPositionNoun(northernTag, String(scalars: syllables), context) { return false }
        counters.withLock { $0.southernLookups += 1 }
        let (utf8, offsets) = Self.encode(nfd[context.word], offset: context.word.lowerBound)
        // A proper-name reading is HanDic's guess for a word it does not know: not agreement.
        // (A word of one syllable stays guarded: 리 and 년 alone are units, and a title spaced
        // out letter by letter, 신 년 사, is no 연.)
        // (Or a compound element after a noun, which the spacing rule makes a word's start:
        // 생산년도 → 생산 연도.)
        let nounStartingWord = northernTag == "NNG" && ((context.startsWord && range.lowerBound == context.word.lowerBound) || context.followsNoun)
            && syllables.count >= 2
        for m in south.analyse(utf8) where !m.isUnknown && m.tag != "NNP" && !(m.tag == "NNB" && nounStartingWord) {
            if offsets[m.bytes.lowerBound] == range.lowerBound && offsets[m.bytes.upperBound] == range.upperBound && m.surface == surface {
                // Another word spelt the same is no agreement: 량측's 량 is 兩 (South Korean 양측),
                // HanDic's 량 量 'quantity'; and a noun is no root (자욱 'trace', HanDic's 자욱 of
                // 자욱하다).
                if let northernHanja, m.hasHanja, m[7] != northernHanja { continue }
                if northernTag.hasPrefix("NN") && m.tag == "XR" { continue }
                return true
            }
        }
        return false
    }

    /// Whether morpheme `k` follows a particle (or a noun of one syllable) written solid in its
    /// word where HanDic reads one noun across the cut (사상이론적: NK-HanDic 이 + 론적 論摘, HanDic
    /// 이론 理論; 수료식: 수 + 료식, HanDic 수료). North Korean
    /// spacing puts a space after a particle, so such a cut is the analyzer's, and neither the
    /// dictionary nor the initial-sound law respells what follows it (이론 must not become 이논).
    func followsParticleCutFromAWord(_ k: Int, in morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], nfd: [Unicode.Scalar]) -> Bool {
        guard k > 0 else { return false }
        let (previous, current) = (morphemes[k - 1], morphemes[k])
        // (Or a noun of one syllable: 수료식이 is NK-HanDic's 수 + 료식 料食, HanDic's 수료 修了 +
        // 식; 료식 must not become 요식.)
        guard previous.m.tag.hasPrefix("J") || (previous.m.tag == "NNG" && Jamo.compose(Array(nfd[previous.range])).count == 1),
              previous.range.upperBound == current.range.lowerBound else { return false }
        let reading = southernReading(of: String(scalars: Jamo.compose(Array(nfd[previous.range.lowerBound..<current.range.upperBound]))))
        return reading.firstTag == "NNG" && reading.firstLength > previous.range.count
    }

    /// Whether the word holding morpheme `k` starts with an ending: the analyzer has joined the
    /// word's first syllable to the verb before the space (떨쳐나서 고려민주련방… read as
    /// 떨쳐나서+고 and 려민+주+련방), so its reading of the rest of the word is no ground for
    /// respelling it (고려 must not become 고여).
    static func wordStartsWithEnding(_ word: Range<Int>, _ k: Int, in morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)]) -> Bool {
        var j = k
        while j > 0 && morphemes[j - 1].range.lowerBound >= word.lowerBound { j -= 1 }
        return j < k && morphemes[j].range.lowerBound == word.lowerBound && morphemes[j].m.tag.hasPrefix("E")
    }

    /// A noun written solid after a noun and before only its particles, and listed as a position
    /// noun (궤도우에, 땅우에서): a word of its own in South Korean, which the spacing rule
    /// separates; before another noun it is part of a name (티우도당).
    func isSolidPositionNoun(_ tag: String, _ readable: String, _ context: WordContext) -> Bool {
        tag == "NNG" && context.followsNoun && context.followedOnlyByFunctionMorphemes && rules.positionNouns.contains(readable)
    }

    /// What starts NK-HanDic's gloss of a normative spelling, "⇒규범 표기는 ‘교육일꾼’이다."
    static let normativeSpellingMarker = "⇒규범 표기는 ‘"

    /// A normative spelling with the nouns of a compound written solid, as North Korean wrote
    /// them and South Korean allows (한글 맞춤법 제49·50항: 연합 부대 or 연합부대, 맷돌 분쇄기 or
    /// 맷돌분쇄기): only the space after a -적 modifier stays, which South Korean requires
    /// (논리적 인식). The spelling changes; the spacing is left to the spacing rule.
    static func keepingCompoundsSolid(_ form: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar? = nil
        for scalar in form.unicodeScalars {
            if scalar == " " && previous != "적" { previous = scalar; continue }
            result.append(scalar)
            previous = scalar
        }
        return String(result)
    }

    /// Where `needle` first stands in `text`, found byte by byte in their UTF-8 (Foundation's
    /// `range(of:)` cost 27,000 instructions a gloss, the generic `firstRange(of:)` more).
    static func utf8Range(of needle: String, in text: String) -> Range<String.Index>? {
        let (n, h) = (Array(needle.utf8), text.utf8)
        guard let first = n.first, h.count >= n.count else { return nil }
        var i = h.startIndex
        while let found = h[i...].firstIndex(of: first) {
            var (a, b, k) = (found, found, 0)
            while k < n.count, b != h.endIndex, h[b] == n[k] { b = h.index(after: b); k += 1 }
            if k == n.count { return a..<b }
            a = h.index(after: a)
            i = a
        }
        return nil
    }

    /// The normative spelling NK-HanDic's field 8 points to ("→ 왜곡." → 왜곡, "→ -려야." →
    /// -려야): Hangul syllables, an ending's leading hyphen allowed; nil for anything else.
    static func normativePointer(_ field: String) -> String? {
        guard field.hasPrefix("→") else { return nil }
        var form = field.dropFirst().drop(while: { $0 == " " })
        if form.hasSuffix(".") { form = form.dropLast() }
        let body = form.hasPrefix("-") ? form.dropFirst() : form
        guard !body.isEmpty, body.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) }) else { return nil }
        return String(form)
    }

    /// The South Korean form a gloss names: its normative spelling, "⇒규범 표기는 ‘교육일꾼’이다."
    /// (the South Korean dictionary's spelling of the same word, spaces as it writes them:
    /// ‘맷돌 분쇄기’), else the word or words of "‘영토’의 북한어." (‘군사 노선’; some entries quote
    /// with straight apostrophes: '말썽꾼'의 북한어.) — or nil when the
    /// gloss names neither. A gloss may name both (론리적인식: ‘이성적 인식’의 북한어, 규범 표기는
    /// ‘논리적 인식’): the normative spelling is the same word, the other may be another one, and
    /// ``isSpellingVariant(_:_:within:)`` tells the two apart. Either way the nouns of a compound
    /// stay solid (``keepingCompoundsSolid(_:)``).
    static func gloss(_ field: String) -> String? {
        if let marker = utf8Range(of: normativeSpellingMarker, in: field), let close = field[marker.upperBound...].firstIndex(of: "’"),
           field[close...].hasPrefix("’이다") {
            let form = String(field[marker.upperBound..<close])
            // One word, or words separated by single spaces; no list, no parenthesis.
            guard !form.isEmpty, !form.hasPrefix(" "), !form.hasSuffix(" "), !form.contains("  "),
                  form.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) || $0 == " " }) else { return nil }
            return Self.keepingCompoundsSolid(form)
        }
        // Some entries quote the form with straight apostrophes ('말썽꾼'의 북한어.).
        guard field.hasSuffix("의 북한어.") else { return nil }
        let marks: (Character, Character) = field.first == "'" ? ("'", "'") : ("‘", "’")
        guard let open = field.firstIndex(of: marks.0), let close = field[field.index(after: open)...].firstIndex(of: marks.1) else { return nil }
        let form = String(field[field.index(after: open)..<close])
        guard !form.isEmpty, !form.contains(",") else { return nil }
        guard form.contains(" ") else { return form }
        // Words of Hangul separated by single spaces (군사 노선); no list, no parenthesis.
        guard !form.hasPrefix(" "), !form.hasSuffix(" "), !form.contains("  "),
              form.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) || $0 == " " }) else { return nil }
        return Self.keepingCompoundsSolid(form)
    }
}

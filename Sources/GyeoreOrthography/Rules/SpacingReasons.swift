import Gyeore

/// Rule 7: why a boundary written solid is a space in South Korean (`spacingReason`,
/// `wordEndReason`), and the word lists and readings the reasons consult.
extension OrthographyConverter {
    /// The parts of speech (HanDic's) a modifier ending must follow for a dependent noun after it
    /// to count as written solid: a verb or adjective stem in the same word, as a name the
    /// analyzer cut into pieces (네벤자, 인테르팍스) is no modifier.
    static let modifierStems: Set<String> = ["VV", "VA", "VX", "VCP", "XSV", "XSA", "EP"]

    /// The dependent nouns North Korean text writes solid most (할수, 있는것, 하는데서), not every
    /// word the analyzer calls one (자 '者', 테 'intent' turn up in cut-up names).
    static let dependentNounsWrittenSolid: Set<String> = ["것", "수", "데", "바", "줄", "때문", "듯", "만큼", "뿐", "채", "대로", "적", "자"]

    /// The forms the analyzer gives the stem of 하다 (하는가, 하였지만, 했다).
    static let formsOfHada: Set<String> = ["하", "하여", "해"]

    /// Closing quotation marks (a straight " opens as often as it closes: not one of them).
    static let closingQuotationMarks: Set<String> = ["》", "”", "’", "」", "』", "〉", "»"]

    /// Titles only North Korean prose writes after a name (김일성동지, 장령동무들).
    static let northernTitles: Set<String> = ["동지", "동무"]

    /// Why a space belongs between two morphemes written solid, or nil. The surfaces are read
    /// only by the rules whose tags match (most pairs need neither). `endsWord` says whether the
    /// current morpheme ends its word but for particles, the copula and endings; `afterNumeral`
    /// whether the previous one follows a numeral in its word (열 of 열백); `afterDigits` whether it
    /// follows a number written in digits (월 of 2월); `afterPersonName` whether the current one
    /// follows a person's name written solid with it (``followsPersonName(_:in:)``: 선수 of
    /// 김경영선수).
    func spacingReason(previous: MeCabTagger.Morpheme, previousSurface readPrevious: @autoclosure () -> String, current: MeCabTagger.Morpheme,
                       surface readSurface: @autoclosure () -> String, endingAttached: Bool, endsWord: @autoclosure () -> Bool = true, afterNumeral: Bool = false,
                       afterCounter: Bool = false, afterDigits: Bool = false, afterPersonName: Bool = false, word: @autoclosure () -> String,
                       wordBefore: @autoclosure () -> String = "") -> String? {
        let (before, tag) = (previous.tag, current.tag)
        lazy var previousSurface = readPrevious()
        lazy var surface = readSurface()
        // A word starting with digits (120만미터): 제43항 allows a unit solid with a number.
        func startsWithDigits() -> Bool { word().unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false }
        if before == "ETM" && tag == "NNB" { return "dependent noun" }
        // A title or other noun after a person's name, surname and given name as the analyzer
        // reads them (김경영선수가 → 김경영 선수가): a word of its own (한글 맞춤법 제48항: 최치원
        // 선생, 박동식 박사).
        if tag == "NNG" && afterPersonName { return "noun after a person's name" }
        if let reason = wordEndReason(before: before, previousSurface: previousSurface, tag: tag, surface: surface, endingAttached: endingAttached, word: word(),
                                      afterCounter: afterCounter, wordBefore: wordBefore(), previousHasHanja: previous.hasHanja) { return reason }
        // A verb after another's -아/-어 form written solid (즐겨읊는 → 즐겨 읊는, 즐겨부르고): two
        // words (한글 맞춤법 제2항), unless the second is an auxiliary (제47항 allows those solid;
        // the analyzer tags them VX) or HanDic knows the two as one verb (돌아가다, 살펴보다). A
        // compound only North Korean lists (떨쳐나서다) is one morpheme to NK-HanDic. Not 하다 after
        // it (겁나하다: -어하다 is written solid), nor after a form of one syllable, which is as
        // often the analyzer's cut of another word (자평하고 is no 자 + 평하고).
        // (HanDic is asked in South Korean spelling too: 매여달리다 is its 매어달리다.)
        if before == "VV" && tag == "VV" && previous.feature(3, is: "語基3") && !current.feature(5, is: "하다01") && previousSurface.count >= 2
            && !isSouthKoreanWord(previousSurface + surface, tags: ["VV"])
            && !(previousSurface.hasSuffix("여") && isSouthKoreanWord(previousSurface.dropLast() + "어" + surface, tags: ["VV"])) {
            return "verb after a verb's -아/-어 form"
        }
        // (Not, where the dependent noun starts its word, one word HanDic knows: 여지없다; after a
        // modifier ending 할수없다 is 할 수 없다, whatever 수없다 'countless' is.)
        if before == "NNB" && Self.verbTags.contains(tag) && (endingAttached || !isSouthKoreanWord(previousSurface + surface, tags: ["VA", "VV"])) {
            return "verb after a dependent noun"
        }
        if before == "EC" && tag == "VX" && (rules.auxiliaryAfter.contains(previousSurface) || rules.auxiliaryAfter.contains(previous[6])) {
            return "auxiliary verb"
        }
        if (tag == "NNG" || tag == "NNB") && (["NNG", "NNP", "NP"].contains(before) || (before == "XSN" && previousSurface == "들"))
            && isPositionNoun(current, tag: tag, surface: surface, after: previousSurface, word: word()) && !isPositionCompound(previousSurface, surface) { return "position noun" }
        if tag == "NNG" && before == "NNP" && rules.titles.contains(surface) { return "title after a name" }
        if before == "MAG" && tag == "NNG" && rules.adverbsBeforeNoun.contains(previousSurface + " " + surface) && !isSouthKoreanWord(previousSurface + surface) {
            return "noun after an adverb"
        }
        if before == "MM" && tag == "VA" && Self.isListedStem(surface, in: rules.adjectivesAfterDeterminer)
            && !isSouthKoreanWord(previousSurface + surface, tags: ["VA", "MM", "MAG"]) {
            return "adjective after a determiner"
        }
        // 제43항: a counter after a numeral written in Hangul is a word of its own (수십 년간, 여섯
        // 달, 열백 번), where a sentence shows North Korean spelling (South Korean copy writes
        // 수십년 solid too). Left as written: a numeral of one syllable alone (더욱 일층 is the
        // adverb 一層; 만부하 no 만 + 부), a word starting with digits (120만미터: 제43항 allows a
        // unit solid with a number), and a pair HanDic knows as one word, unless the numeral goes
        // on before it (백번 is an adverb to HanDic; 열백번 no word).
        if before == "NR" && tag == "NNB" && (previousSurface.count >= 2 || afterNumeral) && !startsWithDigits()
            && (afterNumeral || !isSouthKoreanWord(previousSurface + surface)) {
            return "counter after a numeral word"
        }
        // The same for a noun NK-HanDic reads as a common noun used as the unit (다섯차례 →
        // 다섯 차례, 일흔돐 → 일흔 돌), unless HanDic knows the two as one word; the numeral
        // starts its word or follows another (not 하나 inside a term: 탄소하나화학).
        if before == "NR" && tag == "NNG" && previousSurface.count >= 2 && (!endingAttached || afterNumeral)
            && !startsWithDigits()
            && !isSouthKoreanWord(previousSurface + surface) {
            return "noun after a numeral word"
        }
        // A counter after a numeral and 여 'some more' (백여개 → 백여 개, 수십여명 → 수십여 명).
        if before == "XSN" && previousSurface == "여" && tag == "NNB" && afterNumeral && !startsWithDigits() {
            return "counter after a numeral and 여"
        }
        // A noun after a quotation's closing mark is a word of its own (“한 나라, 두 제도” 원칙,
        // 한글 맞춤법 부록 문장 부호); a particle or the copula after it is not (“도발”이라는).
        if before == "SS" && (tag == "NNG" || tag == "NNP") && Self.closingQuotationMarks.contains(previousSurface) { return "noun after a closing quotation mark" }
        // (Only where it ends its word but for particles: 제고중의무교육 is 고중 and 의무교육, no 중.)
        // The plural 들 written solid with its noun is the noun's (시들중에는 → 시들 중에는).
        // 간 'between' is such a noun after a noun (동족간의 → 동족 간의), but not after a counter or a
        // noun of time, where it is the suffix of duration (3년간, 이틀간, 수개월간), nor where the
        // syllable before makes a word with it, which the analyzer more likely cut (전구간 is 전 +
        // 구간, not 전구 + 간; 전투기간 전투 + 기간).
        if tag == "NNB",
           (["NNG", "NNP", "NP", "NNB"].contains(before) || (before == "XSN" && endingAttached && previousSurface == "들")) && rules.dependentAfterNoun.contains(surface)
            || (["NNG", "NNP", "NP"].contains(before) && rules.relationsAfterNoun.contains(surface)
                && !rules.durations.contains(where: { previousSurface.hasSuffix($0) })
                && !isSouthKoreanWord(String(previousSurface.suffix(1)) + surface)),
           endsWord(), !isSouthKoreanWord(previousSurface + surface) { return "dependent noun after a noun" }
        // 말 'end' and 초 'beginning' after a date written with digits (2월말부터 → 2월 말부터),
        // whichever 말 the analyzer reads there.
        if before == "NNB" && rules.dateCounters.contains(previousSurface) && rules.datePositions.contains(surface) && afterDigits && endsWord() {
            return "position noun after a date"
        }
        // A listed verb or adverb right after a noun, with no particle between (영도따라, 몸바쳐,
        // 긍지높이, 가슴깊이): a word of its own (한글 맞춤법 제2항), unless HanDic knows the two as
        // one word. Listed, as the analyzer also reads a word it does not know as a noun and a
        // verb (천인공노할, 인도지나).
        if before == "NNG" && ((tag == "VV" && rules.verbsAfterNoun.contains(current.dictionaryForm))
                                || (tag == "MAG" && rules.adverbsAfterNoun.contains(surface)))
            && !isSouthKoreanWord(previousSurface + surface, tags: ["VV", "VA", "MAG", "NNG"]) { return tag == "VV" ? "verb after a noun" : "adverb after a noun" }
        // A suffix that starts its word is the analyzer's misreading (적극성 is no 적 + 극성).
        let isModifier = (before == "XSN" && endingAttached && rules.suffixesBeforeNoun.contains(previousSurface))
            || (["NNG", "MM"].contains(before) && previousSurface.count >= 3 && rules.suffixesBeforeNoun.contains(where: { previousSurface.hasSuffix($0) }))
        if isModifier && ["NNG", "NNP"].contains(tag) { return "-적 modifier" }
        // (A noun said twice is one word, a reduplication: 가슴가슴, 구석구석.)
        if before == "NNG" && tag == "NNG" && previousSurface.count >= 2 && surface.count >= 2 && !rules.boundNouns.contains(surface)
            && previousSurface != surface && !isSouthKoreanWord(previousSurface + surface) {
            return "compound HanDic does not know as one word"
        }
        return nil
    }

    /// Boundaries where the morpheme before ends its word by grammar (a modifier ending, a
    /// nominal ending, a particle, -고/-게/-지 before a verb, 안/못/다 before a verb, an inflected
    /// verb before a noun) or where a predicate after a noun is a word of its own (아니다, 있다,
    /// 없이, unless HanDic joins them with the noun): South Korean writes a space there whatever
    /// else the sentence shows, so each one written solid is evidence of North Korean spacing.
    ///
    /// `endingAttached` says whether an ending or a suffix (the morpheme before) is written solid with the
    /// morpheme before it: an ending that starts a word is the analyzer's mistake (빨리+고+치고 for
    /// 빨리 고치고). A noun after a modifier ending counts only where HanDic also reads one in the
    /// `word` (긴장성을 is not 긴+ㄴ+장성+을). The surfaces are read only by the rules whose tags
    /// match (most pairs of morphemes need neither).
    func wordEndReason(before: String, previousSurface readPrevious: @autoclosure () -> String, tag: String, surface readSurface: @autoclosure () -> String,
                       endingAttached: Bool, word: @autoclosure () -> String, afterCounter: Bool = false, wordBefore: @autoclosure () -> String = "",
                       previousHasHanja: Bool = false) -> String? {
        let (nouns, verbs) = (Self.nounTags, Self.verbTags)
        lazy var previousSurface = readPrevious()
        lazy var surface = readSurface()
        if before.hasPrefix("E") && !endingAttached { return nil }
        // A modifier ending, a nominal ending or a particle ends its word (한글 맞춤법 제2항).
        // (ETM + NNB is the dependent-noun rule's: -는데 is also an ending the analyzer confuses.)
        if before == "ETM" && nouns.contains(tag) && tag != "NNB" { return southernReadsModifierEnding(word()) ? "noun after a modifier ending" : nil }
        if (before.hasPrefix("J") && tag == "NNB") || (before == "JKG" && nouns.contains(tag)) { return "noun after a particle" }
        if before == "ETN" && (nouns.contains(tag) || verbs.contains(tag) || tag == "MAG" || tag == "VCN") { return "word after a nominal ending" }
        if tag == "VCN" && (nouns.contains(before) || before == "ETN") { return "아니다 after a noun" }
        // After a particle too (조선에서뿐아니라: 뿐 read as the particle): 아니다 is always a
        // word of its own.
        if tag == "VCN" && before.hasPrefix("J") { return "아니다 after a particle" }
        // -고야 말다 (통일되고야말 것이다): the auxiliary verb 말다 after -고야 is always a word of
        // its own (한글 맞춤법 제47항 allows it solid only after -아/-어); the analyzer reads the
        // solid 말 as the noun after the particle 야.
        if before == "JX" && previousSurface == "야" && (surface == "말" || (surface == "마" && tag == "VX")) && ["NNG", "VX", "VV"].contains(tag) && word().contains("고야말") { return "auxiliary verb after -고야" }
        if before == "EC" && verbs.contains(tag) && rules.verbAfter.contains(previousSurface) { return "verb after -\(previousSurface)" }
        // A pronoun listed before a noun (자기나라 → 자기 나라), unless HanDic knows the two as one word.
        if before == "NP" && nouns.contains(tag) && tag != "NNB" && rules.pronounsBeforeNoun.contains(previousSurface)
            && !rules.pronounCompounds.contains(previousSurface + surface)
            && !isSouthKoreanWord(previousSurface + surface) { return "noun after a pronoun" }
        // A listed noun after any pronoun, a plural 들 or a noun (나자신 → 나 자신, 그들자신 → 그들
        // 자신, 겨레모두 → 겨레 모두).
        if (before == "NP" || before == "NNG" || (before == "XSN" && previousSurface == "들")) && tag == "NNG" && rules.nounsAfterPronoun.contains(surface)
            && !isSouthKoreanWord(previousSurface + surface) { return "noun after a pronoun" }
        // 못 after the noun of a -하다 verb (극복못할 → 극복 못 할): the adverb is a word of its own.
        if before == "NNG" && tag == "MAG" && surface == "못" { return "못 after a noun" }
        // A listed adverb and the noun after it (다시말하여 → 다시 말하여, 더이상 → 더 이상).
        if before == "MAG" && tag == "NNG" && rules.adverbsBeforeNoun.contains(previousSurface + " " + surface) && !isSouthKoreanWord(previousSurface + surface) {
            return "noun after an adverb"
        }
        // 못하다 starting a word after -지 or -는가 is one word (하지 못하였다, 하는가 못하는가: the
        // auxiliary verb and its alternative question); after a noun it is 못 and the noun's 하다
        // (극복못할 → 극복 못 할), and 못 해내다 is two words anywhere.
        if before == "MAG" && verbs.contains(tag) && rules.adverbsBeforeVerb.contains(previousSurface)
            && !(previousSurface == "못" && Self.formsOfHada.contains(surface) && word().hasPrefix("못")
                 && rules.endingsBeforeMothada.contains(where: { wordBefore().hasSuffix($0) }))
            && !isSouthKoreanWord(previousSurface + surface, tags: ["VV", "VA", "VX"]) {
            return "adverb before a verb"
        }
        // 한글 맞춤법 제2항: an adverb is a word (또다른 → 또 다른, 다시한번 → 다시 한번), unless HanDic
        // knows the two as one. 한 counts only in the words listed (뒤숭숭한 is an adjective the
        // analyzer cut, 또한 one adverb).
        if before == "MAG" && tag == "MM" && (surface != "한" || rules.solidAfterAdverb.contains(where: { word().hasPrefix($0) }))
            && !isSouthKoreanWord(previousSurface + surface) { return "determiner after an adverb" }
        // 다 'all' after another adverb (모두다 → 모두 다).
        if before == "MAG" && tag == "MAG" && rules.adverbsAfterAdverb.contains(surface) && !isSouthKoreanWord(previousSurface + surface) {
            return "adverb after an adverb"
        }
        if before == "VV" && ["NNG", "NNP"].contains(tag) && previousSurface.count >= 2 && !isSouthKoreanWord(previousSurface + surface) {
            return "noun after an inflected verb"
        }
        if ["NNG", "NNB"].contains(before) && tag == "MAG" && surface == "없이" && !isSouthKoreanWord(previousSurface + surface, tags: ["MAG"]) {
            return "없이 after a noun (not one word in HanDic)"
        }
        // 한글 맞춤법 제2항: a determiner is a word (한 해, 여러 나라, 전 세계), unless HanDic knows
        // the two as one word (새해, 이번).
        // A determiner that is also a prefix is the prefix before a noun (총공세; 총 10권).
        if before == "MM" && ["NNG", "NNB"].contains(tag) && (tag == "NNB" ? !isSouthKoreanWord(previousSurface + surface) : determinerIsAWord(previousSurface, before: surface))
            && !keptAfterAdverb(previousSurface + surface, in: word()) { return "determiner before a noun" }
        // 제43항: a counter after a numeral determiner is a word of its own (한 해, 두 해): the
        // analysis says which 한해 it is, HanDic knows only 旱害 'drought'.
        // A Sino-Korean determiner and a noun HanDic knows as one word stay one (양측, 兩側).
        // (Nor one the South Korean dictionary lists that HanDic lacks: 그중.)
        if before == "MM" && tag == "NNB" && !keptAfterAdverb(previousSurface + surface, in: word())
            && !(previousHasHanja && isSouthKoreanWord(previousSurface + surface)) && !rules.southKoreanCompounds.contains(previousSurface + surface) { return "counter after a numeral" }
        // (Not where the counter and the noun's start are a counter and its suffix: 10년제고중의무교육
        // is 10년제 + 고중, which the analyzer cut 년 + 제고 'raising' + 중.)
        if afterCounter && before == "NNB" && tag == "NNG" && !rules.countersWithSuffix.contains(where: { (previousSurface + surface).hasPrefix($0) }) {
            return "noun after a counter"
        }
        if before == "NNG" && ["VA", "VV"].contains(tag) && (surface.hasPrefix("있") || surface.hasPrefix("없"))
            && !isSouthKoreanWord(previousSurface + surface, tags: ["VA", "VV"]) {
            return "있다/없다 after a noun (not one word in HanDic)"
        }
        // After a noun ending in a Sino-Korean suffix (인내성있는 = 인내 + 성 + 있는): no such
        // noun forms one word with 있다 in South Korean.
        if before == "XSN" && endingAttached && ["VA", "VV"].contains(tag) && (surface.hasPrefix("있") || surface.hasPrefix("없"))
            && rules.suffixesBeforeExistence.contains(previousSurface) {
            return "있다/없다 after a noun"
        }
        // After a noun, a pronoun or the plural 들 (남들같으면 → 남들 같으면).
        if (before == "NNG" || before == "NP" || (before == "XSN" && previousSurface == "들")) && tag == "VA"
            && Self.isListedStem(surface, in: rules.adjectivesAfterNoun)
            && !isSouthKoreanWord(previousSurface + surface, tags: ["VA"]) {
            return "adjective after a noun (not one word in HanDic)"
        }
        if before == "SW" && previousSurface == "%" && tag == "NNG" && rules.nounsAfterPercent.contains(surface) { return "noun after a percent sign" }
        return nil
    }

    /// Whether an adjective's surface is a listed stem, the stem's form before -ㄴ/-ㄹ (높으 of
    /// 높은, 같으 of 같은), or its -아/-어 form that the analyzer reads whole (같아 of 같았으나).
    static func isListedStem(_ surface: String, in stems: Set<String>) -> Bool {
        stems.contains(surface) || ((surface.hasSuffix("으") || surface.hasSuffix("아") || surface.hasSuffix("어")) && stems.contains(String(surface.dropLast())))
    }

    /// Whether `pair` (a determiner and the noun after it) is the solid end of a listed
    /// `solid-after-adverb` word that the word around it starts with (한번 of 다시한번). The word
    /// is composed only for a pair some row ends in.
    func keptAfterAdverb(_ pair: String, in word: @autoclosure () -> String) -> Bool {
        guard rules.solidAfterAdverbEnds.contains(pair) else { return false }
        let whole = word()
        return rules.solidAfterAdverb.contains { whole.hasPrefix($0) }
    }

    /// Where a noun the dictionary lists whole with 的 inside divides after its 적 (the jamo
    /// offset), or nil: 적 not last, and the noun's Hanja 的 at the same syllable.
    static func modifierCut(_ morpheme: MeCabTagger.Morpheme, range: Range<Int>, nfd: [Unicode.Scalar]) -> Int? {
        // 적 is ᄌ ᅥ ᆨ: most nouns hold none, told before the features are split.
        var syllable = -1, found: (syllable: Int, end: Int)? = nil
        var i = range.lowerBound
        while i < range.upperBound {
            if Jamo.isLead(nfd[i]) { syllable += 1 }
            if nfd[i] == "\u{110C}", i + 2 < range.upperBound, nfd[i + 1] == "\u{1165}", nfd[i + 2] == "\u{11A8}" {
                found = (syllable, i + 3)
                break
            }
            i += 1
        }
        guard let found, found.end < range.upperBound, found.syllable >= 1 else { return nil }
        let hanja = Array(morpheme[7].unicodeScalars)
        let syllables = nfd[range].filter(Jamo.isLead).count
        guard hanja.count == syllables, hanja[found.syllable] == "的" else { return nil }
        return found.end
    }

    /// Whether morpheme `k` is a counter: a dependent noun the dictionary calls one, or one
    /// written solid after a number in digits (6차 of 제6차대회), whatever the dictionary says.
    static func isCounter(_ k: Int, in morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)]) -> Bool {
        guard morphemes[k].m.tag == "NNB" else { return false }
        let followsNumber = k >= 1 && morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound && morphemes[k - 1].m.tag == "SN"
        return followsNumber || morphemes[k].m.feature(2, is: "助数詞")
    }

    static let nounTags: Set<String> = ["NNG", "NNP", "NNB", "NP", "NR"]
    static let verbTags: Set<String> = ["VV", "VA", "VX"]

    /// How far either side of a boundary ``word(around:in:)`` looks (in jamo): a word is a few
    /// syllables, and a line of Hangul without a space must not be read whole at every boundary.
    static let wordReach = 48

    /// The word before the one a position of the decomposed text stands in (spaces between
    /// them), composed; "" when something else stands there (a mark, the text's start). At most
    /// ``wordReach`` jamo.
    static func word(before position: Int, in nfd: [Unicode.Scalar]) -> String {
        var start = position
        while start > max(0, position - wordReach) && (0x1100...0x11FF).contains(nfd[start - 1].value) { start -= 1 }
        var end = start
        while end > 0 && nfd[end - 1] == " " { end -= 1 }
        guard end < start else { return "" }
        var lower = end
        while lower > max(0, end - wordReach) && (0x1100...0x11FF).contains(nfd[lower - 1].value) { lower -= 1 }
        return String(scalars: Jamo.compose(Array(nfd[lower..<end])))
    }

    /// The word (a run of conjoining jamo) a position of the decomposed text stands in, composed;
    /// at most ``wordReach`` jamo either side.
    static func word(around position: Int, in nfd: [Unicode.Scalar]) -> String {
        var (lower, upper) = (position, position)
        while lower > max(0, position - wordReach) && (0x1100...0x11FF).contains(nfd[lower - 1].value) { lower -= 1 }
        while upper < min(nfd.count, position + wordReach) && (0x1100...0x11FF).contains(nfd[upper].value) { upper += 1 }
        return String(scalars: Jamo.compose(Array(nfd[lower..<upper])))
    }

    /// Whether HanDic's analysis of a word holds a modifier ending (ETM).
    func southernReadsModifierEnding(_ word: String) -> Bool {
        // A word the South Korean dictionary lists and HanDic lacks is read whole (긴절한: 긴절하다
        // 緊切, which both analyzers read 길다 + -ㄴ + 절).
        guard !rules.southKoreanCompounds.contains(where: { word.hasPrefix($0) }) else { return false }
        return southernReading(of: word).hasModifierEnding
    }

    /// What the spacing rules read of HanDic's analysis of one word, on its own.
    struct SouthernReading {
        /// The first morpheme's tag, or nil when HanDic does not know it.
        var firstTag: String?
        /// How many jamo the first morpheme spans, and the whole word.
        var firstLength: Int
        var wordLength: Int
        var morphemes: Int
        var hasModifierEnding: Bool
        /// The first morpheme's Hanja (feature 7; "*" or "" when it has none).
        var firstHanja: String = ""
    }

    /// Whether HanDic reads `word` with the copula contracted after a vowel (여 of 습지대였다,
    /// tagged VCP): South Korean spelling as written.
    func southernReadsContractedCopula(_ word: String) -> Bool {
        let yeo = Jamo.decompose("여")
        return south.analyse(Array(String(scalars: Jamo.decompose(word)).utf8)).contains { $0.tag == "VCP" && $0.surface.unicodeScalars.elementsEqual(yeo) }
    }

    /// HanDic's reading of a word, analysed once per converter: the same few thousand words
    /// (a noun and the noun after it, 앞에 after a pronoun) come back on every page, and each
    /// analysis costs as much as a sentence's worth of rules.
    func southernReading(of word: String) -> SouthernReading {
        if let known = southernReadings.withLock({ $0[word] }) { return known }
        counters.withLock { $0.southernLookups += 1 }
        let jamo = Jamo.decompose(word)
        let morphemes = south.analyse(Array(String(scalars: jamo).utf8))
        let first = morphemes.first.flatMap { $0.isUnknown ? nil : $0 }
        let reading = SouthernReading(firstTag: first?.tag, firstLength: first?.surface.unicodeScalars.count ?? 0, wordLength: jamo.count,
                                      morphemes: morphemes.count, hasModifierEnding: morphemes.contains { $0.tag == "ETM" },
                                      firstHanja: first.map { $0.hasHanja ? $0[7] : "" } ?? "")
        southernReadings.withLock { $0.keep(reading, for: word) }
        return reading
    }

    /// Whether HanDic reads `word` as starting with the determiner `determiner` (전세계: 전 + 세계;
    /// not 전주곡, 全州 + 曲).
    func southernReadsDeterminer(_ word: String, determiner: String) -> Bool {
        let reading = southernReading(of: word)
        return reading.firstTag == "MM" && reading.firstLength == Jamo.decompose(determiner).count
    }

    /// How many words' HanDic readings the converter keeps at most.
    static let southernReadingsLimit = 100_000

    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// Whether a morpheme after `noun` is a position word (``PositionNoun``): a native position
    /// noun without Hanja (앞, 속, 밑); 주위 with its own Hanja; 안 ending its `word` after a noun of
    /// two syllables or more; or a Sino-Korean noun of time with its Hanja (전 as 前), after a
    /// noun of two syllables or more (농후 is no 농 + 후), ending its `word` alone or with a
    /// particle of time (전에, 후로): the analyzer also reads 戰 'battle' as 前 (총돌격전을).
    func isPositionNoun(_ morpheme: MeCabTagger.Morpheme, tag: String, surface: String, after noun: String, word: @autoclosure () -> String) -> Bool {
        guard let position = rules.positions[surface] else { return false }
        func endsItsWord(_ particles: [String]) -> Bool {
            let word = word()
            return particles.contains { word.hasSuffix(surface + $0) }
        }
        switch position {
        // A native position noun has no Hanja (안, but not 案 of 작전안); a Sino-Korean one has its own (주위: 周圍).
        case .native: return tag == "NNG" && !morpheme.hasHanja
        case .sinoKorean(let hanja): return tag == "NNG" && morpheme.feature(7, is: hanja)
        case .endingItsWord: return tag == "NNG" && !morpheme.hasHanja && noun.count >= 2 && endsItsWord(Self.particlesOfPlace)
        case .ofTime(let hanja): return noun.count >= 2 && morpheme.feature(7, is: hanja) && endsItsWord(Self.particlesOfTime)
            && !endsInHomograph(noun, surface, hanja: hanja)
        }
    }

    /// Whether HanDic reads the noun's last two syllables and the syllable after them as one
    /// word ending in another character than the position noun's: then the syllable is that
    /// word's (총돌격전 is 총 + 돌격전 突擊戰 'a charge', not 총돌격 + 전 前 'before').
    func endsInHomograph(_ noun: String, _ surface: String, hanja: String) -> Bool {
        let word = String(noun.suffix(2)) + surface
        let reading = southernReading(of: word)
        guard reading.firstTag == "NNG", reading.morphemes == 1, let last = reading.firstHanja.last else { return false }
        return String(last) != hanja
    }

    /// What may follow a noun of time in its word (전, 전에, 후로, 말까지); not 에서, which
    /// follows 전 'battle' (총돌격전에서).
    static let particlesOfTime = ["", "에", "에는", "에도", "에야", "의", "으로", "로", "까지", "부터", "만", "만에"]
    /// What may follow a noun of place in its word (안에, 안에서, 안으로).
    static let particlesOfPlace = particlesOfTime + ["에서", "에서는", "에서도"]

    /// Whether a noun and the position noun after it are one South Korean word: listed
    /// (`position-compound`: 마음속, 눈앞) or one word in HanDic.
    func isPositionCompound(_ noun: String, _ position: String) -> Bool {
        rules.positionCompounds.contains(noun + position) || isSouthKoreanWord(noun + position)
    }

    /// Whether morpheme `k` follows a person's name written solid with it, a surname and a given
    /// name as the analyzer reads them (김 + 경영 before 선수, 림 + 수경 before 녀대학생).
    static func followsPersonName(_ k: Int, in morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)]) -> Bool {
        k >= 2 && morphemes[k - 1].m.tag == "NNP" && morphemes[k - 1].m.feature(2, is: "名")
            && morphemes[k - 2].m.tag == "NNP" && morphemes[k - 2].m.feature(2, is: "姓")
            && morphemes[k - 2].range.upperBound == morphemes[k - 1].range.lowerBound && morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound
    }

    /// Whether a determiner written solid before a noun is a word of its own (한피줄 → 한 핏줄):
    /// not a prefix before a noun (총공세), not one word with it to HanDic (새해, 이번).
    func determinerIsAWord(_ determiner: String, before noun: String) -> Bool {
        !rules.prefixDeterminers.contains(determiner) && !isSouthKoreanWord(determiner + noun)
    }

    /// Whether HanDic reads `word` as one known morpheme (of one of `tags`, when given).
    func isSouthKoreanWord(_ word: String, tags: Set<String>? = nil) -> Bool {
        // A compound the South Korean dictionary lists that HanDic lacks (일심단결; an adjective's
        // stem, 뜻깊, also in its form before -ㄴ, 뜻깊으).
        if tags == nil || tags?.contains("NNG") == true || tags?.contains("VV") == true, rules.southKoreanCompounds.contains(word) { return true }
        if tags?.contains("VA") == true, rules.southKoreanCompounds.contains(word) || (word.hasSuffix("으") && rules.southKoreanCompounds.contains(String(word.dropLast()))) { return true }
        let reading = southernReading(of: word)
        guard let tag = reading.firstTag else { return false }
        if let tags { return tags.contains(tag) && reading.firstLength >= reading.wordLength }
        return reading.morphemes == 1
    }
}

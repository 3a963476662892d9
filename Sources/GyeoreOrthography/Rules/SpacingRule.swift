import Gyeore

/// Rule 7: spacing, where the sentence or quotation shows North Korean spelling.
extension OrthographyConverter {
    /// The parts of speech (HanDic's) a modifier ending must follow for a dependent noun after it
    /// to count as written solid: a verb or adjective stem in the same word, as a name the
    /// analyzer cut into pieces (네벤자, 인테르팍스) is no modifier.
    static let modifierStems: Set<String> = ["VV", "VA", "VX", "VCP", "XSV", "XSA", "EP"]

    /// The dependent nouns North Korean text writes solid most (할수, 있는것, 하는데서), not every
    /// word the analyzer calls one (자 '者', 테 'intent' turn up in cut-up names).
    static let dependentNounsWrittenSolid: Set<String> = ["것", "수", "데", "바", "줄", "때문", "듯", "만큼", "뿐", "채", "대로", "적"]

    /// The forms the analyzer gives the stem of 하다 (하는가, 하였지만, 했다).
    static let formsOfHada: Set<String> = ["하", "하여", "해"]

    /// Titles only North Korean prose writes after a name (김일성동지, 장령동무들).
    static let northernTitles: Set<String> = ["동지", "동무"]

    /// Why a space belongs between two morphemes written solid, or nil. The surfaces are read
    /// only by the rules whose tags match (most pairs need neither).
    func spacingReason(previous: MeCabTagger.Morpheme, previousSurface readPrevious: @autoclosure () -> String, current: MeCabTagger.Morpheme,
                       surface readSurface: @autoclosure () -> String, endingAttached: Bool, afterCounter: Bool = false, word: @autoclosure () -> String,
                       wordBefore: @autoclosure () -> String = "") -> String? {
        let (before, tag) = (previous.tag, current.tag)
        lazy var previousSurface = readPrevious()
        lazy var surface = readSurface()
        if before == "ETM" && tag == "NNB" { return "dependent noun" }
        if let reason = wordEndReason(before: before, previousSurface: previousSurface, tag: tag, surface: surface, endingAttached: endingAttached, word: word(),
                                      afterCounter: afterCounter, wordBefore: wordBefore(), previousHasHanja: previous.hasHanja) { return reason }
        if before == "NNB" && Self.verbTags.contains(tag) { return "verb after a dependent noun" }
        if before == "EC" && tag == "VX" && (rules.auxiliaryAfter.contains(previousSurface) || rules.auxiliaryAfter.contains(previous[6])) {
            return "auxiliary verb"
        }
        if (tag == "NNG" || tag == "NNB") && (["NNG", "NNP", "NP"].contains(before) || (before == "XSN" && previousSurface == "들"))
            && isPositionNoun(current, tag: tag, surface: surface, after: previousSurface, word: word()) && !isPositionCompound(previousSurface, surface) { return "position noun" }
        if tag == "NNG" && before == "NNP" && rules.titles.contains(surface) { return "title after a name" }
        // A suffix that starts its word is the analyzer's misreading (적극성 is no 적 + 극성).
        let isModifier = (before == "XSN" && endingAttached && rules.suffixesBeforeNoun.contains(previousSurface))
            || (["NNG", "MM"].contains(before) && previousSurface.count >= 3 && rules.suffixesBeforeNoun.contains(where: { previousSurface.hasSuffix($0) }))
        if isModifier && ["NNG", "NNP"].contains(tag) { return "-적 modifier" }
        if before == "NNG" && tag == "NNG" && previousSurface.count >= 2 && surface.count >= 2 && !rules.boundNouns.contains(surface)
            && !isSouthKoreanWord(previousSurface + surface) {
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
        // 못 after the noun of a -하다 verb (극복못할 → 극복 못 할): the adverb is a word of its own.
        if before == "NNG" && tag == "MAG" && surface == "못" { return "못 after a noun" }
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
        if before == "MM" && ["NNG", "NNB"].contains(tag) && !(tag == "NNG" && rules.prefixDeterminers.contains(previousSurface))
            && !keptAfterAdverb(previousSurface + surface, in: word())
            && !isSouthKoreanWord(previousSurface + surface) { return "determiner before a noun" }
        // 제43항: a counter after a numeral determiner is a word of its own (한 해, 두 해): the
        // analysis says which 한해 it is, HanDic knows only 旱害 'drought'.
        // A Sino-Korean determiner and a noun HanDic knows as one word stay one (양측, 兩側).
        if before == "MM" && tag == "NNB" && !keptAfterAdverb(previousSurface + surface, in: word())
            && !(previousHasHanja && isSouthKoreanWord(previousSurface + surface)) { return "counter after a numeral" }
        if afterCounter && before == "NNB" && tag == "NNG" { return "noun after a counter" }
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
        // The stem as listed, or its form before -ㄴ/-ㄹ (높으 of 높은).
        if before == "NNG" && tag == "VA" && (rules.adjectivesAfterNoun.contains(surface) || (surface.hasSuffix("으") && rules.adjectivesAfterNoun.contains(String(surface.dropLast()))))
            && !isSouthKoreanWord(previousSurface + surface, tags: ["VA"]) {
            return "adjective after a noun (not one word in HanDic)"
        }
        if before == "SW" && previousSurface == "%" && tag == "NNG" && rules.nounsAfterPercent.contains(surface) { return "noun after a percent sign" }
        return nil
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
        southernReading(of: word).hasModifierEnding
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
                                      morphemes: morphemes.count, hasModifierEnding: morphemes.contains { $0.tag == "ETM" })
        southernReadings.withLock { $0.keep(reading, for: word) }
        return reading
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
        }
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

    /// Whether HanDic reads `word` as one known morpheme (of one of `tags`, when given).
    func isSouthKoreanWord(_ word: String, tags: Set<String>? = nil) -> Bool {
        let reading = southernReading(of: word)
        guard let tag = reading.firstTag else { return false }
        if let tags { return tags.contains(tag) && reading.firstLength >= reading.wordLength }
        return reading.morphemes == 1
    }

    /// Dependent nouns and nouns North Korean writes solid with the word before them (할수,
    /// 있는것, 국제적환경, 우리앞에, 김일성동지): the `evidence` that brings a sentence into the
    /// spacing rule's scope (two in a sentence, or one only North Korean prose writes), and the
    /// `slips`, boundaries of a lone one, mended by themselves.
    func solidWriting(_ morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], text: [Unicode.Scalar], nfd: [Unicode.Scalar], sentences sentenceRanges: [Range<Int>],
                      start: [Int], locked lockedIndex: RangeIndex, partedStems: [Range<Int>] = []) -> (evidence: [Range<Int>], slips: Set<Int>) {
        // A dependent noun written solid after a modifier (할수, 있는것, 하는데서): North Korean
        // spacing, evidence for the sentence like any respelt word (조선말규범집 writes them solid,
        // 한글 맞춤법 제42항 never).
        var solidDependentNouns: [Range<Int>] = []
        var northernOnly: [Range<Int>] = []
        for k in morphemes.indices.dropFirst(2) where morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound
            && morphemes[k - 2].range.upperBound == morphemes[k - 1].range.lowerBound
            && Self.modifierStems.contains(morphemes[k - 2].m[10]) && !morphemes[k - 2].m.isUnknown && !lockedIndex.overlaps(morphemes[k].range) {
            let (ending, word) = (morphemes[k - 1].m.tag, morphemes[k].m.tag)
            // Only a dependent noun after a modifier ending, or a verb after an ending, can count.
            guard (ending == "ETM" && word == "NNB") || (ending == "EC" && word == "VX") else { continue }
            let surface = String(scalars: Jamo.compose(Array(nfd[morphemes[k].range])))
            let endingSurface = String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range])))
            // 할수, 있는것; and -고 written solid before 있다 (하고있다): 한글 맞춤법 제47항 allows
            // an auxiliary verb solid only after -아/-어. 데 counts only where it cannot be the
            // ending -는데 the analyzer confuses it with (생각하는데 'I think, but'): before 서
            // (하는데서) or after -ㄹ (실현할데).
            let next = k + 1 < morphemes.count ? String(scalars: Jamo.compose(Array(nfd[morphemes[k + 1].range]))) : ""
            // Before 있다 (하는데 있다: 'lies in doing') or 달리다 (하는데 달려있다: 'depends on
            // doing'; 표준국어대사전 '데' 의존 명사), 데 is the noun in South Korean prose too, so a
            // slip there is an ordinary one.
            let northernDe = next.hasPrefix("서") || endingSurface.unicodeScalars.last?.value == 0x11AF
            // (An adverb may stand between: 하는데 크게 달려있다; the three morphemes after 데 are read.)
            lazy var dependsOn = (k + 1..<min(k + 4, morphemes.count)).contains { j in
                morphemes[j].m.tag == "VV" && rules.predicatesAfterDe.contains(where: { String(scalars: Jamo.compose(Array(nfd[morphemes[j].range]))).hasPrefix($0) })
            }
            let unambiguous = surface != "데" || northernDe || next.hasPrefix("있") || dependsOn
            // 지 'since' (떠난 지 오래다, 제42항) where what follows measures the time; elsewhere -ㄴ지
            // is the ending ('whether').
            let elapsed = surface == "지" && rules.predicatesAfterJi.contains(where: { next.hasPrefix($0) })
            if (ending == "ETM" && word == "NNB" && (Self.dependentNounsWrittenSolid.contains(surface) || elapsed) && unambiguous)
                || (ending == "EC" && endingSurface == "고" && word == "VX" && surface.hasPrefix("있")) {
                solidDependentNouns.append(morphemes[k].range)
                if surface == "데" && northernDe { northernOnly.append(morphemes[k].range) }
            }
        }
        // Nouns North Korean writes solid with the word before them, each a word of its own in
        // South Korean: a -적 modifier's noun (국제적환경, 전투적기능; 조선말규범집 writes them
        // solid), a position noun (우리앞에, 계획밑에, 인민들속에서: 한글 맞춤법 제2항) unless HanDic
        // knows the two as one word (눈앞, 마음속), and 동지/동무 after a name (김일성동지: 제48항;
        // South Korean prose writes neither title after a name unquoted). Only the boundary
        // before the noun is theirs.
        var solidModifiers: [Range<Int>] = []
        var modifierNouns = Set<Int>()   // where the noun after a solid -적 begins
        for k in morphemes.indices.dropFirst() where morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound
            && ["NNG", "NNP", "NNB"].contains(morphemes[k].m[10]) && !morphemes[k].m.isUnknown && !lockedIndex.overlaps(morphemes[k].range) {
            let before = morphemes[k - 1].m.tag
            // A dependent noun counts only as a noun of time (지난해말까지: 말 末).
            let dependent = morphemes[k].m[10] == "NNB"
            // Only a suffix, a noun or a name before it can make it one of these.
            guard ["XSN", "NNG", "NP", "NNP"].contains(before) else { continue }
            let previousSurface = String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range])))
            let surface = String(scalars: Jamo.compose(Array(nfd[morphemes[k].range])))
            let suffixAttached = k >= 2 && morphemes[k - 2].range.upperBound == morphemes[k - 1].range.lowerBound
            let isModifier = !dependent && ((before == "XSN" && suffixAttached && rules.suffixesBeforeNoun.contains(previousSurface))
                || (before == "NNG" && previousSurface.count >= 3 && rules.suffixesBeforeNoun.contains(where: { previousSurface.hasSuffix($0) })))
            let isPosition = ["NNG", "NP", "XSN"].contains(before)
                && isPositionNoun(morphemes[k].m, tag: morphemes[k].m[10], surface: surface, after: previousSurface, word: Self.word(around: morphemes[k].range.lowerBound, in: nfd))
                && (before != "XSN" || previousSurface == "들") && !isPositionCompound(previousSurface, surface)
            // 동지/동무 after a name, or after a noun HanDic does not join it with (장령동무들).
            let isTitle = !dependent && Self.northernTitles.contains(surface)
                && (before == "NNP" || (before == "NNG" && !isSouthKoreanWord(previousSurface + surface)))
            if (isModifier && surface.count >= 2) || isPosition || isTitle { solidModifiers.append(morphemes[k].range) }
            if isModifier && surface.count >= 2 { modifierNouns.insert(morphemes[k].range.lowerBound) }
        }
        // Words ended by grammar and written solid with the next (수립된후, 인민들의것, 다바쳐,
        // 존엄있는: ``wordEndReason(before:previousSurface:tag:surface:endingAttached:word:afterCounter:)``): evidence like the
        // nouns above. A dependent noun after 의 or a nominal ending, 아니다 after a dependent
        // noun, 없이 or 있다 after a Sino-Korean noun HanDic does not join it with, and a counter
        // after a numeral (한해, but not 한번, also an adverb) are mended alone too, as slips; a
        // verb after an adverb or an ending is not (a South Korean writer's 안되다 or 못하는 may
        // be the one word the analyzer cut in two).
        var solidWordEnds: [Range<Int>] = []
        var mendedAlone = Set<Int>()
        let counted = Set(solidModifiers.map(\.lowerBound) + solidDependentNouns.map(\.lowerBound))
        for k in morphemes.indices.dropFirst() where morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound
            && !morphemes[k].m.isUnknown && !morphemes[k - 1].m.isUnknown && !lockedIndex.overlaps(morphemes[k].range)
            && !counted.contains(morphemes[k].range.lowerBound) {
            // An ending after no verb stem is a name or loanword the analyzer cut up (할+랄+포크).
            if morphemes[k - 1].m[10].hasPrefix("E") && (k < 2 || !Self.modifierStems.contains(morphemes[k - 2].m[10]) || morphemes[k - 2].m.isUnknown) { continue }
            lazy var previousSurface = String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range])))
            lazy var surface = String(scalars: Jamo.compose(Array(nfd[morphemes[k].range])))
            let (before, tag) = (morphemes[k - 1].m[10], morphemes[k].m[10])
            let endingAttached = k >= 2 && morphemes[k - 2].range.upperBound == morphemes[k - 1].range.lowerBound
            if wordEndReason(before: before, previousSurface: previousSurface, tag: tag, surface: surface, endingAttached: endingAttached,
                             word: Self.word(around: morphemes[k].range.lowerBound, in: nfd),
                             afterCounter: Self.isCounter(k - 1, in: morphemes), wordBefore: Self.word(before: morphemes[k].range.lowerBound, in: nfd),
                             previousHasHanja: morphemes[k - 1].m.hasHanja) != nil {
                solidWordEnds.append(morphemes[k].range)
                // (After an ending, only a dependent noun: the analyzer also cuts an ending in
                // two, 잡는+다면, or a loanword after one it guessed, 캐+ㅁ+벨.)
                if (["JKG", "ETN"].contains(before) && tag == "NNB") || (before == "JKG" && tag.hasPrefix("NN") && morphemes[k].m.hasHanja)
                    || (before == "NNB" && tag == "VCN") || (before.hasPrefix("J") && tag == "VCN") || (tag == "MAG" && surface == "없이") || (before == "JX" && (surface == "말" || surface == "마"))
                    || (["NNG", "XSN"].contains(before) && morphemes[k - 1].m.hasHanja && ["VA", "VV"].contains(tag)) || (before == "SW" && tag == "NNG") || (before == "MAG" && tag == "MM")
                    || (before == "EC" && Self.verbTags.contains(tag) && rules.verbAfter.contains(previousSurface))
                    || (before == "MAG" && ["다", "못"].contains(previousSurface) && ["VV", "VA"].contains(tag))
                    || (before == "MM" && morphemes[k - 1].m.feature(1, is: "数詞") && morphemes[k].m.feature(2, is: "助数詞") && surface != "번")
                    || (before == "NNB" && morphemes[k - 1].m.feature(2, is: "助数詞") && k >= 2 && morphemes[k - 2].m[10] == "MM" && morphemes[k - 2].range.upperBound == morphemes[k - 1].range.lowerBound) {
                    mendedAlone.insert(morphemes[k].range.lowerBound)
                }
            }
        }
        // One such slip is how South Korean writers err too (날수도, 알고있다); North Korean prose
        // writes them all solid, so a sentence needs two, or one that only North Korean prose
        // writes (하는데서, 실현할데 대한), to come into the spacing rule's scope. A lone slip is
        // mended by itself, at its own boundaries, and nothing else in its sentence moves (the
        // South Korean norms space it too: 한글 맞춤법 제42항, 제47항; 제2항 for -적).
        var slips = Set<Int>()
        let spacingEvidence = sentenceRanges.flatMap { sentence -> [Range<Int>] in
            let jamo = start[sentence.lowerBound]..<start[sentence.upperBound]
            let inside = solidDependentNouns.filter { jamo.contains($0.lowerBound) }
            let modifiers = solidModifiers.filter { jamo.contains($0.lowerBound) }
            // A comma written straight before the next word (수령,위대한) counts as one more: the
            // comma rule itself waits for the sentence's scope (a page title, 뉴스,대한민국, stays).
            let commas = sentence.dropFirst().dropLast().filter { text[$0] == "," && Self.isHangulSyllable(text[$0 - 1]) && Self.isHangulSyllable(text[$0 + 1]) }
            let wordEnds = solidWordEnds.filter { jamo.contains($0.lowerBound) } + commas.map { start[$0 + 1]..<start[$0 + 1] + 1 }
                + partedStems.filter { jamo.contains($0.lowerBound) }
            if inside.count + modifiers.count + wordEnds.count >= 2 || inside.contains(where: { range in northernOnly.contains(range) }) { return inside + modifiers + wordEnds }
            for range in inside { slips.insert(range.lowerBound); slips.insert(range.upperBound) }
            for range in wordEnds where mendedAlone.contains(range.lowerBound) { slips.insert(range.lowerBound) }
            for range in modifiers {
                slips.insert(range.lowerBound)
                // After a -적 modifier the rest of its word is a noun compound, spaced as one
                // (전략적동반자관계를 → 전략적 동반자 관계를, not 전략적 동반자관계를, which is
                // neither spelling): every boundary inside the word is the slip's.
                guard modifierNouns.contains(range.lowerBound) else { continue }
                var upper = range.upperBound
                while upper < nfd.count && (0x1100...0x11FF).contains(nfd[upper].value) { upper += 1 }
                for item in morphemes where item.range.lowerBound > range.lowerBound && item.range.lowerBound < upper { slips.insert(item.range.lowerBound) }
            }
            return []
        }
        return (spacingEvidence, slips)
    }

    /// Rule 7's edits: a space wherever two morphemes written solid are two words in South
    /// Korean (a dependent noun, an auxiliary verb, a position noun, a -적 modifier's noun, a
    /// compound HanDic does not know as one word, a noun after a glossary term) and after a comma
    /// before the next word, inside the scopes where the text shows North Korean spelling, or at
    /// the boundaries of a lone slip.
    func spacingEdits(_ morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], converted: [Int: [Unicode.Scalar]], text: [Unicode.Scalar], nfd: [Unicode.Scalar],
                      source: [Int], start: [Int], scopes: RangeIndex, lockedTerms: [Range<Int>], locked lockedIndex: RangeIndex, slips: Set<Int>) -> [Edit] {
        var result: [Edit] = []
        let termEnds = Set(lockedTerms.map { start[$0.upperBound] })
        for k in 1..<max(morphemes.count, 1) {
            let (range, m) = morphemes[k]
            let (previousRange, previous) = morphemes[k - 1]
            guard previousRange.upperBound == range.lowerBound, !lockedIndex.containsInside(range.lowerBound),
                  let textIndex = source.indices.contains(range.lowerBound) ? source[range.lowerBound] : nil,
                  options.assumesNorthKorean || scopes.contains(textIndex) || slips.contains(range.lowerBound) else { continue }
            lazy var surface = String(scalars: Jamo.compose(converted[k] ?? Array(nfd[range])))
            lazy var previousSurface = String(scalars: Jamo.compose(converted[k - 1] ?? Array(nfd[previousRange])))
            let afterTerm = termEnds.contains(range.lowerBound) && m.tag == "NNG" && surface.count >= 2
            let endingAttached = k >= 2 && morphemes[k - 2].range.upperBound == previousRange.lowerBound
            if let reason = afterTerm ? "noun after a name or term" : spacingReason(previous: previous, previousSurface: previousSurface, current: m, surface: surface, endingAttached: endingAttached,
                                                                                                   afterCounter: Self.isCounter(k - 1, in: morphemes),
                                                                                                   word: Self.word(around: range.lowerBound, in: nfd),
                                                                                                   wordBefore: Self.word(before: range.lowerBound, in: nfd)) {
                // Name the change by its morphemes, or by the syllables around it when a morpheme
                // is a bare consonant (할 = 하 + ᆯ) or a stem's form the text does not show (높으 of 높은).
                var (left, right) = (previousSurface, surface)
                if (left + right).unicodeScalars.contains(where: { (0x1100...0x11FF).contains($0.value) })
                    || !text[textIndex...].starts(with: Jamo.compose(Array(nfd[range]))), textIndex > 0 {
                    (left, right) = (String(text[textIndex - 1]), String(text[textIndex]))
                }
                result.append(Edit(range: range.lowerBound..<range.lowerBound, replacement: [" "], rule: .spacing,
                                  note: "\(left)\(right) → \(left) \(right): \(reason)", shown: (left + right, left + " " + right)))
            }
        }
        // A noun NK-HanDic lists whole with 的 inside (물질기술적토대, 物質技術的土臺) is a -적
        // modifier and the noun after it, two words in South Korean (제2항): a space after 적.
        // (Three syllables at least, seven jamo: a syllable before 적 and one after.)
        for k in morphemes.indices where morphemes[k].m.hasHanja && morphemes[k].range.count >= 7 && morphemes[k].m.tag == "NNG" {
            let range = morphemes[k].range
            // (A glossary term inside the noun, 인민 of 인민적시책, keeps the cut out of it only.)
            guard let cut = Self.modifierCut(morphemes[k].m, range: range, nfd: nfd), !lockedIndex.containsInside(cut), source.indices.contains(cut),
                  options.assumesNorthKorean || scopes.contains(source[cut]) || morphemes[k].m.isNorthKorean else { continue }
            let (left, right) = (String(scalars: Jamo.compose(Array(nfd[range.lowerBound..<cut]))), String(scalars: Jamo.compose(Array(nfd[cut..<range.upperBound]))))
            result.append(Edit(range: cut..<cut, replacement: [" "], rule: .spacing,
                               note: "\(left)\(right) → \(left) \(right): -적 modifier inside a noun the dictionary lists whole", shown: (left + right, left + " " + right)))
        }
        // A comma written straight before the next word (자주,통일): 한글 맞춤법 부록 (문장 부호)
        // puts a space after it. Between Hangul only (1,000 and 3,4호 stay), and, as the other
        // spacing rules, where the sentence shows North Korean spelling (a South Korean page
        // title, 뉴스,대한민국, stays as written).
        for i in text.indices.dropFirst().dropLast() where text[i] == "," && Self.isHangulSyllable(text[i - 1]) && Self.isHangulSyllable(text[i + 1])
            && (options.assumesNorthKorean || scopes.contains(i)) {
            result.append(Edit(range: start[i + 1]..<start[i + 1], replacement: [" "], rule: .spacing,
                              note: "\(text[i - 1]),\(text[i + 1]) → \(text[i - 1]), \(text[i + 1]): a space after a comma",
                              shown: ("\(text[i - 1]),\(text[i + 1])", "\(text[i - 1]), \(text[i + 1])")))
        }
        return result
    }
}

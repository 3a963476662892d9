import Gyeore

/// Rule 7: the words written solid that are evidence of North Korean spacing, or slips mended
/// alone.
extension OrthographyConverter {
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
            // (An adverb may stand between: 하는데 크게 달려있다; the three morphemes after 데 are read.
            // A predicate noun of 하다 counts as its verb: 하는데 크게 이바지하였다.)
            lazy var dependsOn = (k + 1..<min(k + 4, morphemes.count)).contains { j in
                ["VV", "NNG"].contains(morphemes[j].m.tag) && Self.startsWithPredicateAfterDe(String(scalars: Jamo.compose(Array(nfd[morphemes[j].range]))), rules.predicatesAfterDe)
            }
            let unambiguous = surface != "데" || northernDe || next.hasPrefix("있") || dependsOn
            // 자 'person' only after an ending of its own syllable (이라는자, 하는자): after a bare ㄴ
            // the analyzer has cut a name (네벤자 is no 네 + 벤 + 자).
            lazy var bareEnding = endingSurface.unicodeScalars.allSatisfy { (0x1100...0x11FF).contains($0.value) }
            if surface == "자" && bareEnding { continue }
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
            let isTitle = !dependent && ((Self.northernTitles.contains(surface)
                && (before == "NNP" || (before == "NNG" && !isSouthKoreanWord(previousSurface + surface))))
                // A listed title written solid after a person's name (김정은원수님께서: 제48항).
                || (before == "NNP" && rules.titles.contains(surface) && ["人名", "名", "姓"].contains(where: { morphemes[k - 1].m.feature(2, is: $0) })))
            let isModifierNoun = isModifier && (surface.count >= 2 || rules.shortNounsAfterModifier.contains(surface))
            if isModifierNoun || isPosition || isTitle { solidModifiers.append(morphemes[k].range) }
            if isModifierNoun { modifierNouns.insert(morphemes[k].range.lowerBound) }
        }
        // A dependent noun written solid after a determiner of two syllables or more (모든것,
        // 여러가지), where HanDic does not know the two as one word.
        for k in morphemes.indices.dropFirst() where morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound
            && morphemes[k - 1].m.tag == "MM" && morphemes[k].m.tag == "NNB" && !lockedIndex.overlaps(morphemes[k].range) {
            let determiner = String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range])))
            let surface = String(scalars: Jamo.compose(Array(nfd[morphemes[k].range])))
            if determiner.count >= 2, rules.dependentsAfterDeterminer.contains(surface), !isSouthKoreanWord(determiner + surface) {
                solidDependentNouns.append(morphemes[k].range)
            }
        }
        // Words ended by grammar and written solid with the next (수립된후, 인민들의것, 다바쳐,
        // 존엄있는: ``wordEndReason(before:previousSurface:tag:surface:endingAttached:word:afterCounter:)``): evidence like the
        // nouns above. A dependent noun after 의 or a nominal ending, 아니다 after a dependent
        // noun, 없이 or 있다 after a Sino-Korean noun HanDic does not join it with, a listed
        // adverb's noun (다시말하여), a listed adjective after a noun (가슴벅찬, 남들같으면) and a
        // counter after a numeral (한해, but not 한번, also an adverb) are mended alone too, as
        // slips; a verb after an adverb or an ending is not (a South Korean writer's 안되다 or
        // 못하는 may be the one word the analyzer cut in two).
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
                    || (["NNG", "XSN"].contains(before) && morphemes[k - 1].m.hasHanja && ["VA", "VV"].contains(tag)) || (before == "SW" && tag == "NNG") || (before == "MAG" && tag == "MM") || (before == "MAG" && tag == "NNG")
                    || (tag == "VA" && (["NNG", "NP"].contains(before) || (before == "XSN" && previousSurface == "들")) && Self.isListedStem(surface, in: rules.adjectivesAfterNoun))
                    || (before == "EC" && Self.verbTags.contains(tag) && rules.verbAfter.contains(previousSurface))
                    || (before == "MAG" && ["다", "못"].contains(previousSurface) && ["VV", "VA"].contains(tag)) || (before == "NP" && tag == "NNG")
                    // (Where HanDic too reads the determiner there: 전주곡 is 全州 + 曲 to it, no 전 + 주곡.)
                    || (before == "MM" && tag == "NNG" && rules.determinersMendedAlone.contains(previousSurface)
                        && southernReadsDeterminer(Self.word(around: morphemes[k].range.lowerBound, in: nfd), determiner: previousSurface))
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

    /// Whether a morpheme's text starts with a `de-before` row of spacing.tsv (달려 of 달려있다),
    /// or, for a row ending in `$`, is that row's word whole (따라, not 따라가다: 오는데 따라갈
    /// 사람 is the ending -는데).
    static func startsWithPredicateAfterDe(_ text: String, _ rows: [String]) -> Bool {
        rows.contains { row in row.hasSuffix("$") ? text == String(row.dropLast()) : text.hasPrefix(row) }
    }
}

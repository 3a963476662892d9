import Gyeore

/// Rule 7: spacing, where the sentence or quotation shows North Korean spelling.
extension OrthographyConverter {
    /// Rule 7's edits: a space wherever two morphemes written solid are two words in South
    /// Korean (a dependent noun, an auxiliary verb, a position noun, a -적 modifier's noun, a
    /// compound HanDic does not know as one word, a noun after a glossary term) and after a comma
    /// before the next word, inside the scopes where the text shows North Korean spelling, or at
    /// the boundaries of a lone slip.
    func spacingEdits(_ morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], converted: [Int: [Unicode.Scalar]], text: [Unicode.Scalar], nfd: [Unicode.Scalar],
                      source: [Int], start: [Int], scopes: RangeIndex, nounsAfterTerms: Set<Int>, locked lockedIndex: RangeIndex, slips: Set<Int>) -> [Edit] {
        var result: [Edit] = []
        for k in 1..<max(morphemes.count, 1) {
            let (range, m) = morphemes[k]
            let (previousRange, previous) = morphemes[k - 1]
            guard previousRange.upperBound == range.lowerBound, !lockedIndex.containsInside(range.lowerBound), !isConnectiveEnding(k, in: morphemes, nfd: nfd), !Self.isCutName(k, in: morphemes),
                  let textIndex = source.indices.contains(range.lowerBound) ? source[range.lowerBound] : nil,
                  options.assumesNorthKorean || scopes.contains(textIndex) || slips.contains(range.lowerBound) else { continue }
            lazy var surface = String(scalars: Jamo.compose(converted[k] ?? Array(nfd[range])))
            lazy var previousSurface = String(scalars: Jamo.compose(converted[k - 1] ?? Array(nfd[previousRange])))
            let afterTerm = nounsAfterTerms.contains(range.lowerBound)
            let endingAttached = k >= 2 && morphemes[k - 2].range.upperBound == previousRange.lowerBound
            // Whether the morpheme ends its word but for particles, the copula and endings (read
            // only by the rule that asks: a few morphemes at most). Punctuation ends a word too
            // (무엇때문이였던가.), but not digits, Latin letters or Hanja written solid after it.
            lazy var endsWord: Bool = {
                var j = k + 1, end = range.upperBound
                var afterEnding = false
                while j < morphemes.count && morphemes[j].range.lowerBound == end {
                    let tag = morphemes[j].m.tag
                    if tag.hasPrefix("S") && !["SN", "SL", "SH"].contains(tag) { return true }
                    // A word written solid after an ending (때문이라는것: 것 after the modifier
                    // ending) starts a word of its own: this one ended with the ending.
                    guard ["J", "E", "VCP"].contains(where: { tag.hasPrefix($0) }) else { return afterEnding }
                    if tag.hasPrefix("E") && tag != "EP" { afterEnding = true }
                    end = morphemes[j].range.upperBound
                    j += 1
                }
                return true
            }()
            if let reason = afterTerm ? "noun after a name or term" : spacingReason(previous: previous, previousSurface: previousSurface, current: m, surface: surface, endingAttached: endingAttached,
                                                                                                   endsWord: endsWord,
                                                                                                   afterNumeral: k >= 2 && endingAttached && morphemes[k - 2].m.tag == "NR",
                                                                                                   afterCounter: Self.isCounter(k - 1, in: morphemes),
                                                                                                   afterDigits: k >= 2 && endingAttached && morphemes[k - 2].m.tag == "SN",
                                                                                                   afterPersonName: Self.followsPersonName(k, in: morphemes),
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
        // -는데 read as the connective ending where the dependent noun 데 is meant: before a
        // `de-before` predicate, an adverb or two between (앞당기는데 적극 이바지할: 제42항), the
        // modifier ending and 데 are two words. Where the sentence shows North Korean spelling.
        for k in morphemes.indices where morphemes[k].m.tag == "EC" && morphemes[k].range.count >= 5 {
            let range = morphemes[k].range
            let cut = range.upperBound - 2
            guard nfd[cut].value == 0x1103, nfd[cut + 1].value == 0x1166, String(scalars: Jamo.compose(Array(nfd[range]))) == "는데",
                  k + 1 < morphemes.count, morphemes[k + 1].range.lowerBound > range.upperBound,
                  !lockedIndex.containsInside(cut), source.indices.contains(cut), options.assumesNorthKorean || scopes.contains(source[cut]) else { continue }
            let dependsOn = (k + 1..<min(k + 4, morphemes.count)).contains { j in
                ["VV", "NNG"].contains(morphemes[j].m.tag) && Self.startsWithPredicateAfterDe(String(scalars: Jamo.compose(Array(nfd[morphemes[j].range]))), rules.predicatesAfterDe)
            }
            guard dependsOn else { continue }
            result.append(Edit(range: cut..<cut, replacement: [" "], rule: .spacing, note: "는데 → 는 데: dependent noun before its predicate", shown: ("는데", "는 데")))
        }
        // A comma written straight before the next word (자주,통일): 한글 맞춤법 부록 (문장 부호)
        // puts a space after it. Before Hangul only, after Hangul or a digit (1,000 and 3,4호
        // stay; 5:1,윁남팀을 is a list of scores), and, as the other spacing rules, where the
        // sentence shows North Korean spelling (a South Korean page title, 뉴스,대한민국, stays as
        // written).
        for i in text.indices.dropFirst().dropLast() where text[i] == "," && (Self.isHangulSyllable(text[i - 1]) || ("0"..."9").contains(text[i - 1])) && Self.isHangulSyllable(text[i + 1])
            && (options.assumesNorthKorean || scopes.contains(i)) {
            result.append(Edit(range: start[i + 1]..<start[i + 1], replacement: [" "], rule: .spacing,
                              note: "\(text[i - 1]),\(text[i + 1]) → \(text[i - 1]), \(text[i + 1]): a space after a comma",
                              shown: ("\(text[i - 1]),\(text[i + 1])", "\(text[i - 1]), \(text[i + 1])")))
        }
        return result
    }

    /// Whether morpheme `k` is a noun after two determiners written solid in a row: the analyzer's
    /// cut of a foreign name it does not know (크라이네브명칭 read 크 + 라 + 이 + 네 + 브 + 명칭, a
    /// piano competition's namesake), where no space goes.
    static func isCutName(_ k: Int, in morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)]) -> Bool {
        k >= 2 && morphemes[k].m.tag == "NNG" && morphemes[k - 1].m.tag == "MM" && morphemes[k - 2].m.tag == "MM"
            && morphemes[k - 2].range.upperBound == morphemes[k - 1].range.lowerBound && morphemes[k - 1].range.upperBound == morphemes[k].range.lowerBound
    }

    /// Whether morpheme `k`, 데 read as a dependent noun after -고 있는, is the connective ending
    /// -는데 'and, but' (분별을 잃고있는데 재침열에 들뜬 머리를 식히고: KCNA, 2018): nothing
    /// attached after it (데서, 데에, 데를 are the noun), and the next word no predicate the noun
    /// takes (있다, or a `de-before` row of spacing.tsv: 하고 있는 데 대하여, 달려 있다). Then no
    /// space goes before it.
    func isConnectiveEnding(_ k: Int, in morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], nfd: [Unicode.Scalar]) -> Bool {
        guard k >= 3, morphemes[k].m.tag == "NNB", morphemes[k - 1].m.tag == "ETM", morphemes[k - 2].m.tag == "VX", morphemes[k - 3].m.tag == "EC" else { return false }
        func text(_ i: Int) -> String { String(scalars: Jamo.compose(Array(nfd[morphemes[i].range]))) }
        guard text(k) == "데", text(k - 1) == "는", text(k - 2) == "있", text(k - 3) == "고" else { return false }
        guard k + 1 < morphemes.count else { return true }
        if morphemes[k + 1].range.lowerBound == morphemes[k].range.upperBound { return false }
        let next = text(k + 1)
        return !(next.hasPrefix("있") || next.hasPrefix("대해") || Self.startsWithPredicateAfterDe(next, rules.predicatesAfterDe))
    }

    /// A native position noun written solid after a term the glossary respelt, before its particle
    /// (꽁고사이의 → 콩고 사이의, a DPRK site, 2017): a word of its own (한글 맞춤법 제2항). Read
    /// from the text, as the analyzer garbles a name it does not know and the noun with it
    /// (꼬 + ᆼ고사이의); inside the spacing rule's scopes. 우 is left to the rules that respell it.
    func positionSpacingEdits(after ends: [Int], text: [Unicode.Scalar], start: [Int], scopes: RangeIndex) -> [Edit] {
        var result: [Edit] = []
        for p in ends where p > 0 && p < text.count && Self.isHangulSyllable(text[p - 1]) && (options.assumesNorthKorean || scopes.contains(p)) {
            for noun in Self.positionNounsAfterNames(rules) where text[p...].starts(with: noun.unicodeScalars) {
                let after = p + noun.unicodeScalars.count
                guard after < text.count, Self.particleStarts.contains(text[after]) else { continue }
                let (left, right) = (String(text[p - 1]), String(text[p]))
                result.append(Edit(range: start[p]..<start[p], replacement: [" "], rule: .spacing,
                                   note: "\(left)\(right) → \(left) \(right): position noun after a name", shown: (left + right, left + " " + right)))
                break
            }
        }
        return result
    }

    /// The native position nouns ``positionSpacingEdits(after:text:start:scopes:)`` reads, longest
    /// first: all but 우 (respelt 위 by other rules) and 때 (a noun of time).
    static func positionNounsAfterNames(_ rules: OrthographyRules) -> [String] {
        rules.positionNouns.filter { $0 != "우" && $0 != "때" }.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Titles written solid after a person's name the glossary respelt (습근평총서기동지 → 시진핑
    /// 총서기 동지, 뿌찐대통령): 한글 맞춤법 제48항 spaces a title after a name. Read from the text,
    /// as the analyzer cuts a name it does not know, and the titles run into it, anyhow; listed
    /// titles only (`title` rows), one after another, inside the spacing rule's scopes.
    func titleSpacingEdits(after ends: [Int], text: [Unicode.Scalar], start: [Int], scopes: RangeIndex) -> [Edit] {
        var result: [Edit] = []
        for end in ends {
            var p = end
            while p < text.count, options.assumesNorthKorean || scopes.contains(p),
                  let title = rules.titlesLongestFirst.first(where: { text[p...].starts(with: $0) }) {
                let (left, right) = (String(text[p - 1]), String(text[p]))
                result.append(Edit(range: start[p]..<start[p], replacement: [" "], rule: .spacing,
                                   note: "\(left)\(right) → \(left) \(right): title after a name", shown: (left + right, left + " " + right)))
                p += title.count
            }
        }
        return result
    }
}

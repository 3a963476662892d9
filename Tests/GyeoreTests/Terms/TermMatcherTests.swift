import Testing
@testable import Gyeore

@Suite struct TermMatcherTests {
    private static let loaded = Result { try TermMatcher(glossary: try GlossaryLookupTests.glossary()) }
    static func matcher() throws -> TermMatcher { try loaded.get() }

    private func found(_ text: String) throws -> [String] {
        try Self.matcher().matches(in: text).map { "\($0.range.lowerBound)-\($0.range.upperBound) \($0.text) \($0.entry.id) \($0.kind.rawValue)" }
    }

    /// General vocabulary (kind `word`) is found by look-up and never matched in running text:
    /// a line of a New Year address made of such words gives only the term inside one of them
    /// (인민, an element of 인민경제, as before the words were entries), while the glossary finds
    /// each word by its North Korean spelling.
    @Test func generalVocabularyIsLookedUpButNeverMatched() throws {
        let glossary = try GlossaryLookupTests.glossary()
        let line = "모든 로력과 설비를 집중하여 인민경제의 선행부문들에서 생산을 장성시키고 당의 두리에 굳게 뭉치자"
        #expect(try found(line) == ["16-18 인민 term.people sk"])
        for (query, id) in [("로력", "word.manpower"), ("인민경제", "word.national-economy"), ("두리", "word.around"), ("장성", "word.growth")] {
            #expect(glossary.lookup(query).map(\.id) == [id], "\(query)")
        }
    }

    /// A word of the general vocabulary hides the person names inside it, and only those: 레닌
    /// in 맑스-레닌주의 (New Year address, 1970) is the ideology's, not the man's, while a term
    /// inside a word still counts (자주 in 자주권, 인민 in 인민경제 above).
    @Test func aWordHidesThePersonNamesInsideIt() throws {
        #expect(try found("현시대를 맑스-레닌주의적으로 명석하게 분석하고").isEmpty)
        // Spaced around the hyphen (레닌주의, a word of its own), and inside a longer word.
        #expect(try found("전체 인민을 맑스- 레닌주의의 혁명정신으로") == ["3-5 인민 term.people sk", "17-19 혁명 term.revolution sk"])
        #expect(try found("고전적맑스-레닌주의문헌이며").isEmpty)
        #expect(try found("레닌은 말하였다") == ["0-2 레닌 person.vladimir-lenin sk"])
        #expect(try found("나라의 자주권을 지키자") == ["4-6 자주 term.independence sk"])
    }

    @Test func northKoreanQuoteFromSeed001() throws {
        let line = "특히 \"최근 로씨야정부와 군대가 결행한 대우크라이나 대응타격은 무분별한 군사모험주의에 매달리는 미국과 서방, 우크라이나에 사태의 심각성과 로씨야의 강경대응의지를 알리는 시기적절하고 효과적인 조치로 된다\"며, \"조선민주주의인민공화국 정부와 군대와 인민은 앞으로도 제국주의패권책동에 맞서 국가의 주권과 령토완정을 수호하려는 로씨야련방의 정책을 변함없이 지지할 것\"이라고 거듭 러시아 지지 입장을 밝혔다."
        #expect(try Fixtures.seed("001").contains(line))
        #expect(try found(line) == [
            "7-10 로씨야 country.russia nk",
            "23-28 우크라이나 country.ukraine sk",
            "29-33 대응타격 term.retaliatory-strike sk",
            "53-55 미국 country.united-states sk",
            "57-59 서방 term.the-west sk",
            "61-66 우크라이나 country.ukraine sk",
            "77-80 로씨야 country.russia nk",
            "117-128 조선민주주의인민공화국 country.north-korea sk",
            "137-139 인민 term.people sk",
            "146-150 제국주의 term.imperialism sk",
            "163-165 주권 term.sovereignty sk",
            "167-171 령토완정 term.territorial-integrity nk",
            "179-184 로씨야련방 country.russia nk",
            "208-211 러시아 country.russia sk",
        ])
    }

    @Test func southKoreanHeadlineFromSeed000() throws {
        let line = "[일반] 방북 러 국방 \"군사협력 신속 확대\" 北국방상 \"전투우의 중요\""
        #expect(try found(line) == [
            "8-9 러 country.russia sk",
            "10-12 국방 term.national-defence sk",
            "14-18 군사협력 term.military-cooperation sk",
            "26-27 北 country.north-korea sk",
            "27-30 국방상 title.defence-minister nk",
        ])
    }

    @Test func middleDotsSpacingAndCaseDoNotHideTerms() throws {
        #expect(try found("북·러 정상회담, 北-러, KCNA·타스 보도, TASS는") == [
            "0-3 북·러 term.north-korea-russia sk",
            "4-8 정상회담 term.summit sk",
            "10-11 北 country.north-korea sk",
            "12-13 러 country.russia sk",
            "15-19 KCNA outlet.kcna en",
            "20-22 타스 outlet.tass sk",
            "27-31 TASS outlet.tass en",
        ])
        #expect(try found("러시아 연방과 러시아연방") == ["0-6 러시아 연방 country.russia sk", "8-13 러시아연방 country.russia sk"])
        #expect(try found("Kim Jong-un met the Russian Federation's Belousov") == [
            "0-11 Kim Jong-un person.kim-jong-un en",
            "20-38 Russian Federation country.russia en",
            "41-49 Belousov person.andrei-belousov en",
        ])
    }

    /// A match's text is the original's, its form the glossary's: the same string where the
    /// text spells the form, and `textIsForm` says so exactly when `==` does — for a spaceless
    /// variant, full-width letters, doubled spaces, and decomposed syllables (which `==`
    /// counts as the form, though their scalars differ).
    @Test func aMatchTellsWhetherItsTextIsTheForm() throws {
        let decomposed = "타스".decomposedStringWithCanonicalMapping
        let line = "러시아 연방과 러시아연방, 러시아  연방, ＴＡＳＳ는 \(decomposed) 보도"
        let matches = try Self.matcher().matches(in: line)
        #expect(matches.map { "\($0.text)|\($0.form)|\($0.textIsForm)" } == [
            "러시아 연방|러시아 연방|true",
            "러시아연방|러시아 연방|false",
            "러시아  연방|러시아 연방|false",
            "ＴＡＳＳ|TASS|false",
            "\(decomposed)|타스|true",
        ])
        #expect(matches.last.map { Array($0.text.unicodeScalars) != Array($0.form.unicodeScalars) } == true)
        for match in matches {
            #expect(match.textIsForm == (match.text == match.form))
            #expect(line.unicodeScalars.count >= match.range.upperBound)
            #expect(String(String.UnicodeScalarView(Array(line.unicodeScalars)[match.range])) == match.text)
        }
        #expect(matches.map(\.entry.id) == ["country.russia", "country.russia", "country.russia", "outlet.tass", "outlet.tass"])
        #expect(matches[0] == matches[0] && matches[0] != matches[1])
    }

    @Test func shortFormsNeedWordBoundariesAndHomographsAreSkipped() throws {
        #expect(try found("평양으로 가는 길").map { $0.split(separator: " ")[2] } == ["capital.pyongyang"]) // no 로 in 으로
        #expect(try found("판타스틱한 수단과 방법, 가나다 순서").isEmpty)                                       // 타스, 수단, 가나
        #expect(try found("남미국가와 대북제재").map { $0.split(separator: " ")[2] } == ["term.sanctions-on-north-korea"])
        #expect(try found("반로씨야적 조치").map { $0.split(separator: " ")[2] } == ["country.russia"])
        // After a closing mark a particle or ending attaches: 이란 there is 'called', not Iran;
        // standing as a word, it is the country.
        #expect(try found("이른바 “문민정권”이란 허울뿐이다").isEmpty)
        #expect(try found("그들은 (통일)이란 말을 쓴다").isEmpty)
        #expect(try found("그가 이란에 갔다").map { $0.split(separator: " ")[2] } == ["country.iran"])
    }

    /// A one-syllable form that is also a particle, standing alone right after a Hangul word, is
    /// that word's particle set apart by a stray space (the 2016 and 2019 addresses: 최우선적으 로
    /// 보장하여야, 중심고리 로 되는 문제), not the abbreviation 로 'Russia'; 러 alone, which is
    /// no particle, stays the abbreviation, and 조로 written solid is its term.
    @Test func aParticleSetApartByASpaceIsNoAbbreviation() throws {
        #expect(try found("중심고리 로 되는 문제를 정확히 포착하고").isEmpty)
        #expect(try found("최우선적으 로 보장하여야 합니다").isEmpty)
        #expect(try found("한편 러 외무장관은 말했다").map { $0.split(separator: " ")[2] } == ["country.russia", "title.foreign-minister"])
        #expect(try found("조로 친선").map { $0.split(separator: " ")[2] } == ["term.north-korea-russia"])
    }

    @Test func abbreviationsInCapitalsMatchOnlyInCapitals() throws {
        #expect(try found("The US said it would talk to us and the U.S. Congress, with the UN") == [
            "4-6 US country.united-states en",
            "40-44 U.S. country.united-states en",
            "64-66 UN organization.un en",
        ])
    }

    /// A segmenter that divides the words it knows as a table says, and no others.
    private struct TableSegmenter: WordSegmenter {
        var table: [String: [(Int, Int, Bool)]]
        func morphemes(of word: [Unicode.Scalar]) -> [WordMorpheme]? {
            table[String(String.UnicodeScalarView(word))].map { $0.map { WordMorpheme(range: $0.0..<$0.1, isGrammatical: $0.2) } }
        }
    }

    @Test func anAnalyzerFindsShortFormsInsideWordsWrittenSolid() throws {
        let segmenter = TableSegmenter(table: [
            "김정은동지께서는": [(0, 1, false), (1, 3, false), (3, 5, false), (5, 7, true), (7, 8, true)],
            "최고리익을": [(0, 2, false), (2, 4, false), (4, 5, true)],
            "대원수님들의": [(0, 3, false), (3, 4, true), (4, 5, true), (5, 6, true)],  // 원수 inside one noun
            "혁명적대고조로": [(0, 2, false), (2, 3, true), (3, 6, false), (6, 7, true)],  // 조로 across two
            "북과": [(0, 1, false), (1, 2, true)],
            "북한의": [(0, 2, false), (2, 3, true)],
            "미래가": [(0, 2, false), (2, 3, true)],
        ])
        let matcher = try TermMatcher(glossary: try GlossaryLookupTests.glossary(), segmenter: segmenter)
        func found(_ text: String) -> [String] { matcher.matches(in: text).map { "\($0.range.lowerBound)-\($0.range.upperBound) \($0.text) \($0.entry.id)" } }
        #expect(found("경애하는 김정은동지께서는") == ["5-8 김정은 person.kim-jong-un", "8-10 동지 title.comrade"])
        #expect(found("국가의 최고리익을") == ["6-8 리익 term.interest"])
        #expect(found("대원수님들의 업적") == [])
        #expect(found("혁명적대고조로") == ["0-2 혁명 term.revolution"])
        #expect(found("북과 남이") == ["0-1 북 country.north-korea"])
        #expect(found("미래가 밝다") == [])
        // Without the analyzer, only where a word starts.
        #expect(try self.found("경애하는 김정은동지께서는 북과 남이").map { $0.split(separator: " ")[2] } == ["person.kim-jong-un"])
    }

    @Test(arguments: Fixtures.seedURLs.map(\.lastPathComponent))
    func everyMatchIsTheOriginalSliceOfAFormOfItsEntry(seed: String) throws {
        let glossary = try GlossaryLookupTests.glossary()
        var count = 0
        for line in try Fixtures.seed(String(seed.prefix(3))).components(separatedBy: "\n") {
            var previousEnd = 0
            for match in try Self.matcher().matches(in: line) {
                #expect(line.scalarSlice(match.range) == match.text)
                #expect(match.range.lowerBound >= previousEnd)
                previousEnd = match.range.upperBound
                // The matched text is, up to folding, one of the entry's forms.
                let keys = match.entry.forms.map { glossary.key($0.text) }
                #expect(keys.contains(glossary.key(match.text)) || keys.contains(glossary.key(match.text.replacingOccurrences(of: "·", with: ""))), "\(match.text)")
                count += 1
            }
        }
        #expect(count > 20)
    }
}

extension TermMatcherTests {
    /// Matches of some kinds only are the matches of those kinds among all matches: the other
    /// kinds still hide what they overlap (김일성광장 is a place, not 김일성), they are only not
    /// made. Checked on every line of the seeds.
    @Test func matchesOfSomeKindsAreTheseAmongAll() throws {
        let matcher = try Self.matcher()
        let normalizer = try Normalizer()
        let kinds: Set<GlossaryEntry.Kind> = [.person, .outlet, .organization]
        var compared = 0
        for name in ["000", "001", "002", "003", "004"] {
            for line in try Fixtures.seed(name).split(separator: "\n") {
                let text = [Unicode.Scalar](scalarsOf: normalizer.normalize(String(line)).normalized)
                let some = matcher.matches(inNormalized: text, kinds: kinds).map { "\($0.range) \($0.entry.id)" }
                let all = matcher.matches(inNormalized: text).filter { kinds.contains($0.entry.kind) }.map { "\($0.range) \($0.entry.id)" }
                #expect(some == all, "\(line)")
                compared += all.count
            }
        }
        #expect(compared > 50)
        let square = [Unicode.Scalar](scalarsOf: "김일성광장에서")
        #expect(matcher.matches(inNormalized: square, kinds: [.person]).isEmpty == !matcher.matches(inNormalized: square).contains { $0.entry.kind == .person })
    }
}

extension TermMatcherTests {
    /// The kind filter never says no where a match of its kinds is found (the seeds' lines, the
    /// development set's reports, and folded spellings: capitals, middle dots, hyphens), and
    /// says no to lines naming nobody of those kinds.
    @Test func aKindFilterNeverRefusesALineWithAMatch() throws {
        let matcher = try Self.matcher()
        let normalizer = try Normalizer()
        let kinds: Set<GlossaryEntry.Kind> = [.person, .outlet, .organization]
        let filter = matcher.filter(kinds: kinds)
        var lines = try ["000", "001", "002", "003", "004"].flatMap { try Fixtures.seed($0).split(separator: "\n").map(String.init) }
        lines += try WordSplittingTests.reportLines()
        lines += ["KIM JONG UN said", "Kim Jong-un met", "김·정은", "조선중앙통신은", "TASS reported"]
        var refused = 0, withMatches = 0
        for line in lines {
            let text = [Unicode.Scalar](scalarsOf: normalizer.normalize(line).normalized)
            let found = !matcher.matches(inNormalized: text, kinds: kinds).isEmpty
            let may = filter.mayMatch(text)
            #expect(may || !found, "\(line)")
            if found { withMatches += 1 }
            if !may { refused += 1 }
        }
        #expect(withMatches > 100 && refused > 100, "\(withMatches) lines with matches, \(refused) refused")
        #expect(!filter.mayMatch([Unicode.Scalar](scalarsOf: "오늘은 날씨가 맑고 바람이 분다.")))
    }
}

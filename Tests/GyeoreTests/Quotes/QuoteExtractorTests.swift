import Foundation
import Testing
@testable import Gyeore
import GyeoreTestSupport

@Suite struct QuoteExtractorTests {
    let extractor: QuoteExtractor // per test: it holds document state

    init() throws { extractor = try QuoteExtractor(glossary: try GlossaryLookupTests.glossary()) }

    /// Extracts a document given as text.
    private func quotations(_ text: String, document: String = "doc") throws -> [Quotation] {
        let url = try Fixtures.scratchFolder().appendingPathComponent("doc.txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try quotations(file: url.path, document: document)
    }

    private func quotations(file: String, document: String) throws -> [Quotation] {
        let reader = try LineReader(path: file)
        extractor.begin(document: document)
        while let line = try reader.next() { extractor.add(line) }
        return extractor.finish()
    }

    /// Other articles' headlines after a report (`data/related-content.tsv`): from the marker
    /// on, in its line and every line after it, quotations are of context `related`; the report's
    /// own before it stay `body`, and the next document starts over.
    @Test func quotationsAmongOtherArticlesAreMarkedRelated() throws {
        let text = """
        김정은 위원장은 “평양은 언제나 함께 있을 것”이라고 말했다.
        그는 “협력을 더 확대할 것”이라고 강조했다.관련 기사“우주 기술을 지원할 것”…다른 회담 소식
        “제재는 효과가 없다”는 또 다른 기사
        """
        let found = try quotations(text)
        #expect(found.map(\.text) == ["평양은 언제나 함께 있을 것", "협력을 더 확대할 것", "우주 기술을 지원할 것", "제재는 효과가 없다"])
        #expect(found.map { $0.occurrences.map(\.context) } == [[.body], [.body], [.related], [.related]])
        #expect(found.map(\.isFromOtherArticles) == [false, false, true, true])
        // A marker at a line's start makes the whole line another article's; a new document is
        // read as a report again.
        let next = try quotations("Similar News: “다른 사건의 발언”\n“또 다른 발언”")
        #expect(next.map { $0.occurrences.map(\.context) } == [[.related], [.related]])
        let again = try quotations("그는 “보고서 본문의 발언”이라고 말했다.")
        #expect(again.map { $0.occurrences.map(\.context) } == [[.body]])
        // Reported speech without marks after the marker in its line is theirs too.
        let indirect = try quotations("김 위원장은 신년사에서 개성공단과 금강산 관광을 조건없이 재개할 용의가 있다고 밝혔다. 관련 기사 외무상은 회담에서 두 나라의 경제 협력을 더욱 넓혀 나갈 용의가 있다고 밝혔다.")
        #expect(indirect.map(\.kind) == [.indirect, .indirect])
        #expect(indirect.map { $0.occurrences.map(\.context) } == [[.body], [.related]])
        // And on the lines after the marker's.
        let later = try quotations("관련 기사\n김 위원장은 신년사에서 개성공단과 금강산 관광을 조건없이 재개할 용의가 있다고 밝혔다.")
        #expect(later.map(\.kind) == [.indirect])
        #expect(later.map { $0.occurrences.map(\.context) } == [[.related]])
    }

    /// ASCII angle brackets quote as 《…》 do, and an opening mark typed with a space after it
    /// starts its quotation at the first word; offsets cut out the quoted text.
    @Test func asciiAngleBracketsAndAnOpenerFollowedByASpaceQuote() throws {
        let text = "김정은위원장은 <우리손으로군사적균형의추를내리우는일은없을것>이라고 말했다.\n김 부부장은 \" 한국 당국자들이 묘사한 것은 그들의 일\"이라고 밝혔다.\n영화 <기생충>을 봤다."
        let found = try quotations(text)
        #expect(found.map(\.text) == ["우리손으로군사적균형의추를내리우는일은없을것", "한국 당국자들이 묘사한 것은 그들의 일", "기생충"])
        #expect(found.map(\.kind) == [.direct, .direct, .title])
        #expect(found.map(\.marks) == ["<>", "\"\"", "<>"])
        #expect(found.first?.speaker == "김정은")
        let scalars = Array(text.unicodeScalars)
        for quotation in found {
            #expect(String(String.UnicodeScalarView(scalars[quotation.start..<quotation.end])) == quotation.text)
        }
    }

    /// Every marker of the data file is found where it stands, by scalars (not bytes).
    @Test func relatedMarkersAreFoundAtTheirScalarOffset() throws {
        #expect(extractor.relatedMarkers.count >= 4)
        #expect(extractor.relatedMarkerOffset(in: "기사 본문.관련 기사 다른 글") == 6)
        #expect(extractor.relatedMarkerOffset(in: "Similar News:") == 0)
        #expect(extractor.relatedMarkerOffset(in: "관련된 기사는 없다") == nil)
        #expect(extractor.relatedMarkerOffset(in: "") == nil)
    }

    /// Datelines: the quick test never turns away a text the expression finds a date in, on the
    /// seeds' and the development set's lines and on random mixes of years, separators, digits
    /// of other scripts, spaces and Hangul.
    @Test func theDatelineQuickTestAgreesWithTheExpression() throws {
        var texts = ["2024. 11. 30.", "(2024. 11. 30.)", "2024년 11월 30일", "2024-11-30", "1999/1/2", "20２４-11-30", "２０24-11-30",
                     "2024 년 1 월 2", "2024.13.01", "19", "20", "2", "", "2019年", "날짜 없음 202"]
        for url in Fixtures.seedURLs + (try FileManager.default.contentsOfDirectory(at: Fixtures.root.appendingPathComponent("Tests/Fixtures/alignment-dev"), includingPropertiesForKeys: nil)) {
            texts += try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).prefix(12).map(String.init)
        }
        let pieces = ["19", "20", "2", "0", "9", "24", "１", "２０", "٢", ".", "-", "/", " ", "  ", "년", "월", "일", "\t", "가", "a"]
        var random = SplitMix64(seed: 19)
        for _ in 0..<3000 { texts.append((0..<Int(random.next() % 10)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()) }
        var dated = 0
        for text in texts {
            let expected = QuoteExtractor.isoDateByExpression(in: text)
            #expect(QuoteExtractor.isoDate(in: text) == expected, "\(text)")
            if expected != nil { dated += 1 }
        }
        #expect(dated > 20)
    }

    /// A document held in memory gives exactly what the same bytes read from a file give.
    @Test(arguments: Fixtures.seedURLs.map(\.lastPathComponent))
    func aStringGivesWhatAFileGives(seed: String) throws {
        let url = Fixtures.root.appendingPathComponent("seeds/\(seed)")
        let fromFile = try quotations(file: url.path, document: seed)
        let text = try String(contentsOf: url, encoding: .utf8)
        let fromString = try QuoteExtractor(glossary: try GlossaryLookupTests.glossary()).quotations(in: text, document: seed)
        #expect(fromString.count == fromFile.count)
        for (a, b) in zip(fromString, fromFile) {
            #expect([String(a.start), String(a.end), String(a.line), a.text, a.kind.rawValue, a.speaker ?? "-", a.date ?? "-"]
                    == [String(b.start), String(b.end), String(b.line), b.text, b.kind.rawValue, b.speaker ?? "-", b.date ?? "-"])
        }
        let scalars = Array(text.unicodeScalars)
        for q in fromString { #expect(String(String.UnicodeScalarView(scalars[q.start..<q.end])) == q.text) }
    }

    @Test func linesOfATextKeepOffsetsAndCRLF() {
        let lines = LineReader.Line.lines(of: "가나\r\n“다”\n\nend")
        #expect(lines.map(\.text) == ["가나", "“다”", "", "end"])
        #expect(lines.map(\.scalarOffset) == [0, 4, 8, 9])
        #expect(lines.map(\.byteOffset) == [0, 8, 18, 19])
        #expect(lines.map(\.terminatorLength) == [2, 1, 1, 0])
    }

    @Test(arguments: Fixtures.seedURLs.map(\.lastPathComponent))
    func seedsExactly(seed: String) throws {
        let url = Fixtures.root.appendingPathComponent("seeds/\(seed)")
        let found = try quotations(file: url.path, document: seed)
        let rows = found.map { q in
            [String(q.start), String(q.end), String(q.line), q.kind.rawValue, String(q.depth), q.verb ?? "-", q.speaker ?? "-",
             q.speakerText ?? "-", q.occurrences.map { String($0.line) }.joined(separator: ","), q.text.replacingOccurrences(of: "\t", with: " ")]
                .joined(separator: "\t")
        }
        let fixture = Fixtures.root.appendingPathComponent("Tests/Fixtures/quotes/\(seed.replacingOccurrences(of: ".txt", with: ".tsv"))")
        let expected = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(rows == expected)
        // Every occurrence is the file's own text at its offsets.
        let file = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
        for q in found {
            for occurrence in q.occurrences {
                let slice = String(String.UnicodeScalarView(file[occurrence.start..<occurrence.end]))
                #expect(Fixtures.normalizedKey(slice) == Fixtures.normalizedKey(q.text))
            }
            #expect(String(String.UnicodeScalarView(file[q.start..<q.end])) == q.text)
        }
    }

    @Test func speakersVerbsAndChainsFromSeed000() throws {
        let url = Fixtures.root.appendingPathComponent("seeds/000_a4e56163664be897.txt")
        let found = try quotations(file: url.path, document: "000")
        let belousov = try #require(found.first { $0.text.hasPrefix("러시아와 북한의 우호적인 관계가") })
        #expect(belousov.kind == .direct && belousov.verb == "강조했다" && belousov.clause == "고 강조했다")
        #expect(belousov.speaker == "안드레이 벨로우소프" && belousov.speakerText == "벨로우소프 장관" && belousov.speakerEntry == "person.andrei-belousov")
        let pronoun = try #require(found.first { $0.text.hasPrefix("오늘 회담은") })
        #expect(pronoun.speakerText == "그" && pronoun.speaker == "안드레이 벨로우소프")       // 그는 → the last named speaker
        let chained = try #require(found.first { $0.text.hasPrefix("동북아시아 전쟁 위험을") })
        #expect(chained.verb == "설명했다")                                                   // “A”며 “B”고 설명했다
        let no = try #require(found.first { $0.text.hasPrefix("이를 지속해서") })
        #expect(no.speakerText == "노 국방상" && no.speaker == "노광철")                       // surname + title
        let partial = try #require(found.first { $0.text == "포괄적 전략적 동반자 관계 조약" })
        #expect(partial.kind == .partial && partial.marks == "''")
    }

    /// North Korean copy: the uncontracted past of a listed verb (지적하였다 for 지적했, 알리였다
    /// for 알렸), and the honorific subject 께서는 after a name and its title, spaced or solid
    /// (김정은 동지께서는, 김정은동지께서는), as the 2018 address in the development set writes it.
    @Test func northKoreanPastsAndHonorificSubjects() throws {
        let found = try quotations("""
        그는 두 나라 관계가 발전하고있다고 지적하였다.
        김정은동지께서는 두 나라사이의 친선관계를 발전시켜나가야 한다고 강조하시였다.
        김정은 동지께서는 《우리는 언제나 함께 있을것이다》라고 말씀하시였다.
        대변인은 두 나라 관계가 계속 발전하고있다고 알리였다.

        """)
        #expect(found.map(\.verb) == ["지적하였다", "강조하시였다", "말씀하시였다", "알리였다"])
        #expect(found.map(\.kind) == [.indirect, .indirect, .direct, .indirect])
        #expect(found[1].speaker == "김정은" && found[1].speakerText == "김정은동지")
        #expect(found[2].speaker == "김정은" && found[2].speakerText == "김정은 동지")
        let url = Fixtures.root.appendingPathComponent("Tests/Fixtures/alignment-dev/ny2018-00.txt")
        let address = try quotations(file: url.path, document: "ny2018-00")
        #expect(address.contains { $0.text.hasPrefix("미국 본토 전역이") && $0.speaker == "김정은" })
    }

    /// The day a report dates the words by, right after the speaker (대변인은 16일 …, 외무성은
    /// 지난 28일 …, the wires' 현지시간 16일 … and 24일(현지 시간) …), is the reporter's, as 이날
    /// is, and so is the briefing or press conference they spoke at (브리핑에서, 기자회견에서:
    /// `data/speaker-nouns.tsv`); and a speaker in 이/가 with such a day after
    /// it (대변인 자하로바가 16일 …) is the speaker, its words starting after the day. (The first
    /// sentence's reported words are KCNA's of February 2026, the fifth's a US spokesman's of 2022
    /// and the sixth's the Pentagon's of 2021 as Yonhap gave them, the rest written here.) Without a day, a subject
    /// in 이/가 stays in the clause, which may have a subject of its own; a count of days (100일)
    /// is no date.
    @Test func theReportsDayAfterTheSpeakerIsNoPartOfTheWords() throws {
        let found = try quotations("""
        로씨야외무성 대변인 마리야 자하로바가 16일 끼예브정권은 이미 오래전에 나토의 우산밑에 있는 나라들의 지원을 받는 국제적인 테로단체로 굴러떨어졌다고 폭로하였다.
        조선민주주의인민공화국 외무성 대변인은 지난 28일 우크라이나사태의 근원은 전적으로 미국과 서방의 패권주의정책에 있다고 주장하였다.
        미국이 우리의 정당한 요구를 끝내 외면하였다고 그는 단죄하였다.
        김 위원장은 100일 동안 우리는 많은 일을 해냈다고 말했다.
        프라이스 대변인은 현지시간 16일 브리핑에서 우리는 한반도 비핵화라는 목표를 진전시키기 위해 대화와 외교를 추구하고 있다고 말했다.
        미 국방부는 24일(현지 시간) 북한이 한반도를 덜 안정되게 만드는 일을 하지 말아야 한다고 촉구했다.

        """)
        #expect(found.map(\.kind) == [.indirect, .indirect, .indirect, .indirect, .indirect, .indirect])
        #expect(found.map(\.text) == ["끼예브정권은 이미 오래전에 나토의 우산밑에 있는 나라들의 지원을 받는 국제적인 테로단체로 굴러떨어졌다",
                                       "우크라이나사태의 근원은 전적으로 미국과 서방의 패권주의정책에 있다",
                                       "미국이 우리의 정당한 요구를 끝내 외면하였다",
                                       "100일 동안 우리는 많은 일을 해냈다",
                                       "우리는 한반도 비핵화라는 목표를 진전시키기 위해 대화와 외교를 추구하고 있다",
                                       "북한이 한반도를 덜 안정되게 만드는 일을 하지 말아야 한다"])
        #expect(found[0].speakerText?.hasSuffix("자하로바") == true, "\(String(describing: found[0].speakerText))")
        #expect(found[1].speakerText == "외무성 대변인", "\(String(describing: found[1].speakerText))")
    }

    /// The honorific past of every reporting verb, North Korean and South Korean (지적하시였다,
    /// 하시였다, 밝히셨다), and a title after a modifier in -는 as the topic (경애하는
    /// 원수님께서는): the modifier is no topic, and the quotation starts after the title.
    @Test func honorificPastsAndATitleAfterAModifier() throws {
        let found = try quotations("""
        김정은동지께서는 새로운 관계를 수립하는것이 중요하다고 지적하시였다.
        경애하는 원수님께서는 오늘 새로운 력사를 써나가는 출발선에서 신호탄을 쏜다는 마음을 안고 왔다고 하시였다.
        김 위원장은 두 나라 관계가 계속 발전하고 있다고 밝히셨다.
        김정은동지께서는 두 나라의 관계를 새로운 높이에로 발전시킬것이라고 천명하시였다.

        """)
        #expect(found.map(\.verb) == ["지적하시였다", "하시였다", "밝히셨다", "천명하시였다"])
        #expect(found.map(\.kind) == [.indirect, .indirect, .indirect, .indirect])
        #expect(found[0].speaker == "김정은")
        #expect(found[1].text == "오늘 새로운 력사를 써나가는 출발선에서 신호탄을 쏜다는 마음을 안고 왔다")
        #expect(found[1].speakerText == "경애하는 원수님")
        #expect(found[2].text == "두 나라 관계가 계속 발전하고 있다")
    }

    /// English reported speech without marks, as KCNA's English and the wires report talks: a
    /// speaker, a verb of saying and `that`; the clause is the quotation. A passive, a clause of
    /// fewer than four words, a sentence holding a quotation and a lower-case subject that is no
    /// pronoun give none.
    @Test func englishReportedSpeechWithoutMarks() throws {
        let found = try quotations("""
        Kim Jong Un said that the DPRK government would always stand with the Russian people.
        Noting the significance of the talks, he stressed that the relations have developed into a new stage.
        It is said that the two sides reached an agreement on many issues.
        Kim said that it was true.
        He said that “the talks were good” and left.
        the official said that the meeting would be held next month in the capital.

        """)
        #expect(found.map(\.kind) == [.indirect, .indirect, .partial])
        #expect(found[0].text == "the DPRK government would always stand with the Russian people")
        #expect(found[0].speaker == "김정은" && found[0].verb == "said" && found[0].language == .english)
        #expect(found[1].text == "the relations have developed into a new stage")
        #expect(found[1].speakerText == "he" && found[1].speaker == "김정은" && found[1].verb == "stressed")
        #expect(found[2].text == "the talks were good")
    }

    /// The wires' reported speech without `that` (Moon said Tuesday an agreement could …; told
    /// reporters his government was …): the clause after the verb, its object for `told` and
    /// words of time, when it starts as a clause does (a pronoun, a determiner or a name) and an
    /// auxiliary follows before any comma. A noun phrase after the verb (the same thing), a
    /// clause behind a comma, `said` as an adjective and a prepositional phrase after the verb
    /// give none.
    @Test func englishReportedSpeechWithoutThat() throws {
        let found = try quotations("""
        Chairman Kim said the two sides would meet again before the end of the year.
        The minister told reporters his government was ready to resume the talks.
        Moon said Tuesday an agreement could be reached within weeks.
        Kim said the same thing at the dinner in the evening.
        As the envoy said the day before, the talks went well for both.
        The said declaration was adopted by both sides last year.
        Pompeo said in Tokyo the talks were productive and useful.

        """)
        #expect(found.map(\.text) == ["the two sides would meet again before the end of the year",
                                       "his government was ready to resume the talks",
                                       "an agreement could be reached within weeks"])
        #expect(found.allSatisfy { $0.kind == .indirect && $0.language == .english })
        #expect(found.map(\.verb) == ["said", "told", "said"])
        #expect(found.map(\.clause) == ["said", "told reporters", "said"])
        #expect(found.map(\.speakerText) == ["Chairman Kim", "The minister", "Moon"])
        #expect(found[2].speaker == "문재인")
    }

    /// A quotation inside reported speech without `that`, as wire copy cuts it ("Putin said North
    /// Korea “needs …”"), is the words of the reporting verb's subject; a comma between, or a
    /// subject that is no name, leaves it unattributed.
    @Test func aPartialQuotationInReportedSpeechIsTheSubjects() throws {
        let found = try quotations("""
        Putin said North Korea “needs guarantees of its security.”
        Lavrov urged all sides to “avoid the temptation to demand everything and now.”
        Kim Jong Un said the country “will gird itself for every possible situation.”
        The report said, in a long passage, that Seoul was “a puppet.”
        Observers said the talks had “no chance.”

        """)
        #expect(found.map(\.text) == ["needs guarantees of its security.", "avoid the temptation to demand everything and now.",
                                      "will gird itself for every possible situation.", "a puppet.", "no chance."])
        #expect(found.map(\.speaker) == ["블라디미르 푸틴", "세르게이 라브로프", "김정은", nil, nil])
    }

    /// A statement printed whole after the line introducing it (…은 다음과 같은 담화를
    /// 발표하였다): each sentence of its text, holding no quotation, is the speaker's `indirect`
    /// quotation, until the dateline. A report that a statement was issued, without the
    /// following text, introduces nothing.
    @Test func aStatementPrintedWholeIsItsSpeakers() throws {
        let found = try quotations("""
        조선로동당 중앙위원회 김여정부부장은 4일 다음과 같은 담화를 발표하였다.
        남조선당국이 응분의 조처를 세우지 못한다면 개성공업지구의 완전철거가 될지 단단히 각오는 해둬야 할것이다. 그 대가를 남조선당국이 혹독하게 치르는 수밖에 없다.
        주체109(2020)년 6월 4일
        평양
        이 글은 담화가 끝난 뒤의 다른 문장이다.
        김 제1부부장은 4일 담화를 발표했다.
        남측은 그 담화에 대하여 유감을 표명하는 입장을 냈다.

        """)
        #expect(found.map(\.kind) == [.indirect, .indirect])
        #expect(found.map(\.text) == ["남조선당국이 응분의 조처를 세우지 못한다면 개성공업지구의 완전철거가 될지 단단히 각오는 해둬야 할것이다",
                                       "그 대가를 남조선당국이 혹독하게 치르는 수밖에 없다"])
        #expect(found.allSatisfy { $0.speaker == "김여정" })
    }

    /// A statement as KCNA's pages print it: its title, a heading naming the speaker and the
    /// statement (no line announcing it), the text, the dateline. Each sentence is the speaker's
    /// (a ministry's spokesman's too); the text after the dateline is not.
    @Test func aStatementUnderItsHeadingIsItsSpeakers() throws {
        let found = try quotations("""
        서울의 희망은 어리석은 꿈에 불과하다
        김여정 조선로동당 중앙위원회 부부장 담화

        한국이 때아닌 때에 봄꿈을 꾸고있다.

        우리가 미국측에 무슨 리유로 메쎄지를 전달하겠는가.
        주체114(2025)년 8월 14일
        평양
        이 글은 담화가 끝난 뒤의 다른 문장이다.

        """)
        #expect(found.map(\.text) == ["한국이 때아닌 때에 봄꿈을 꾸고있다", "우리가 미국측에 무슨 리유로 메쎄지를 전달하겠는가"])
        #expect(found.allSatisfy { $0.kind == .indirect && $0.speaker == "김여정" })
        let ministry = try quotations("조선민주주의인민공화국 외무성 대변인 담화\n미국은 조선반도의 긴장을 격화시키는 군사적도발을 당장 중지하여야 한다.\n")
        #expect(ministry.count == 1 && ministry.first?.speakerEntry != nil)
        // A page listing statements one after another (the ministry's site): each heading starts
        // its own statement, the noun written solid or apart.
        let listing = try quotations("""
        조선민주주의인민공화국 외무성 대변인담화
        우리는 미국의 이번 조치를 엄중한 도발로 간주한다.
        ... ... ... 더보기
        김여정 조선로동당 중앙위원회 부부장 담화
        내외의 한결같은 규탄과 배격에도 불구하고 미국과 남조선군은 합동군사연습을 개시하였다.

        """)
        #expect(listing.count == 2)
        #expect(listing.first?.speaker != "김여정" && listing.first?.speakerEntry != nil)
        #expect(listing.last?.speaker == "김여정")
        // An answer and a commentary under their headings: the ministry's and the agency's.
        let commentary = try quotations("조선중앙통신사 론평\n미국의 군사적도발은 조선반도의 정세를 더욱 악화시키고있다.\n")
        #expect(commentary.count == 1 && commentary.first?.speakerEntry != nil && commentary.first?.kind == .indirect)
        // The dateline and the place on one line close the text: the agency's next sentence is its own.
        let dated = try quotations("김여정 조선로동당 중앙위원회 부부장 담화\n한국이 때아닌 때에 봄꿈을 꾸고있다.\n주체114(2025)년 8월 14일 평양\n조선중앙통신사는 이 담화를 전문 그대로 보도하였으며 다른 기사들도 실었다.\n")
        #expect(dated.map(\.text) == ["한국이 때아닌 때에 봄꿈을 꾸고있다"])
        // A speech headed in the possessive; its salutation, a line without a sentence's end, is no sentence of it.
        let speech = try quotations("조선민주주의인민공화국 국무위원장이신 김정은동지의 연설\n친애하는 동지들!\n우리 인민은 반드시 승리할것입니다.\n")
        #expect(speech.map(\.text) == ["우리 인민은 반드시 승리할것입니다"] && speech.first?.speaker == "김정은")
    }

    /// The wire's end mark after a statement's last sentence (KCNA's English -0-, its Korean
    /// (끝)) keeps that sentence and closes the statement: a page's text after it is not the
    /// speaker's.
    @Test func aStatementsEndMarkClosesIt() throws {
        let english = try quotations("""
        Pyongyang, January 13 (KCNA) -- Kim Yo Jong, vice department director of the Central Committee of the Workers' Party of Korea, released the following statement on January 12:
        The southerners are a truly weird group hard to understand.
        As I warned before, all these things must surely be reckoned up in the future. -0-
        More From KCNA.kp (En)
        The paper carried several articles about the economy of the country this week.

        """)
        #expect(english.map(\.text) == ["The southerners are a truly weird group hard to understand", "As I warned before, all these things must surely be reckoned up in the future"])
        let korean = try quotations("김여정 조선로동당 중앙위원회 부부장 담화\n한국이 때아닌 때에 봄꿈을 꾸고있다.(끝)\n조선중앙통신사는 이 담화를 전문 그대로 보도하였으며 다른 기사들도 실었다.\n")
        #expect(korean.map(\.text) == ["한국이 때아닌 때에 봄꿈을 꾸고있다"])
    }

    /// A report's next sentence that leaves the subject out (한미연합훈련 조정은 …고 밝혔습니다,
    /// after 김여정은 …고 반박했습니다): its topic names no one, so it is part of the words, and
    /// the speaker is the one before; not when the topic is one word (it may be a name), nor
    /// after a gap of more than two lines.
    @Test func aReportsNextSentenceWithoutItsSubjectGoesOnWithItsSpeaker() throws {
        let found = try quotations("""
        김여정은 북한은 대남 확성기를 철거한 적이 없으며 철거할 의향도 없다고 반박했습니다.

        한미연합훈련 조정은 평가받을 만한 일이 못 되며 우리는 관심이 없다고 밝혔습니다.

        """)
        #expect(found.map(\.text) == ["북한은 대남 확성기를 철거한 적이 없으며 철거할 의향도 없다", "한미연합훈련 조정은 평가받을 만한 일이 못 되며 우리는 관심이 없다"])
        #expect(found.allSatisfy { $0.speaker == "김여정" })
        // After a direct quotation only (its speaker known, no reported speech yet) the rule does
        // not apply; it trapped on an overflow there (found by the fuzzer).
        let afterDirect = try quotations("김여정은 “우리는 관심이 없다”라고 말했다.\n한미연합훈련 조정은 평가받을 만한 일이 못 된다고 밝혔다.\n")
        #expect(afterDirect.map(\.text) == ["우리는 관심이 없다", "평가받을 만한 일이 못 된다"])
        let apart = try quotations("김여정은 북한은 대남 확성기를 철거한 적이 없으며 철거할 의향도 없다고 반박했습니다.\n\n\n\n한미연합훈련 조정은 평가받을 만한 일이 못 되며 우리는 관심이 없다고 밝혔습니다.\n")
        #expect(apart.last?.speaker == nil && apart.last?.text.hasPrefix("평가받을") == true)
    }

    /// A paper's article under a heading naming a statement is the paper's: its first line names
    /// the speaker (or the heading names the North as a South Korean paper does), and a line
    /// naming the speaker later ends the statement's text.
    @Test func aReportUnderAStatementsHeadingIsNotTheStatement() throws {
        let report = try quotations("""
        김여정 노동당 부부장 담화
        북한 김여정 노동당 부부장이 14일 조선중앙통신을 통해 담화를 발표했다.
        합참은 북한군의 활동이 식별됐다고 설명했다.

        """)
        #expect(!report.contains { $0.speaker == "김여정" && $0.text.hasPrefix("합참은") })
        #expect(!report.contains { $0.text.hasPrefix("북한 김여정") })
        let headline = try quotations("北 김여정 담화\n북한이 14일 확성기를 철거한 적이 없다는 입장을 내놨다.\n")
        #expect(headline.isEmpty)
        // A heading whose text does not follow within a few lines (a list of links) heads nothing.
        let links = try quotations("김여정 조선로동당 중앙위원회 부부장 담화\n외무성 대변인 발표\n최근 소식\n관련 기사\n많이 본 뉴스\n오늘의 사진\n독자 의견\n광고 안내\n회사 소개\n이 사이트는 여러 나라의 소식을 전하는 곳이다.\n")
        #expect(links.isEmpty)
        let later = try quotations("""
        김여정 조선로동당 중앙위원회 부부장 담화
        한국이 때아닌 때에 봄꿈을 꾸고있다.
        김 부부장은 이날 다른 문제도 거론했다.
        합참은 북한군의 활동이 식별됐다고 설명했다.

        """)
        #expect(later.map(\.text) == ["한국이 때아닌 때에 봄꿈을 꾸고있다"])
    }

    /// A statement's sentence that puts a few words in marks (《소통》, 《조한관계개선》) is the
    /// speaker's sentence all the same; one that is mostly someone else's quoted words is not.
    @Test func aStatementSentenceWithWordsInMarksIsTheSpeakers() throws {
        let found = try quotations("""
        김여정 조선로동당 중앙위원회 부부장은 13일 다음과 같은 담화를 발표하였다.
        한국통일부가 13일 나의 담화와 관련해 《소통》과 《긴장완화》의 여지를 두었다고 나름 평한것을 지켜보았다.
        서울이 궁리하는 《조한관계개선》이라는 희망부푼 여러가지 개꿈들에 대해 말한다면 그것은 전부 실현불가한 망상에 지나지 않는다.
        그들은 《우리는 언제든지 마주앉아 대화할 준비가 되여있으며 그 어떤 제안도 검토할것이다》라고 떠들었다.
        (끝)

        """)
        let sentences = found.filter { $0.kind == .indirect }
        #expect(sentences.map(\.text) == ["한국통일부가 13일 나의 담화와 관련해 《소통》과 《긴장완화》의 여지를 두었다고 나름 평한것을 지켜보았다",
                                          "서울이 궁리하는 《조한관계개선》이라는 희망부푼 여러가지 개꿈들에 대해 말한다면 그것은 전부 실현불가한 망상에 지나지 않는다"])
        #expect(sentences.allSatisfy { $0.speaker == "김여정" })
        // The words in marks stay quotations of their own.
        #expect(found.contains { $0.text == "소통" } && found.contains { $0.text == "조한관계개선" })
        #expect(found.contains { $0.text.hasPrefix("우리는 언제든지") && $0.kind != .indirect })
        // KCNA's English quotes words the same way (Kim Yo Jong's statement of 15 September 2021,
        // its first paragraphs as kcnawatch.org printed them): none of these was hers before.
        let english = try quotations("""
        Pyongyang, September 15 (KCNA) -- Kim Yo Jong, vice department director of the Central Committee of the Workers' Party of Korea, issued the following press statement on Wednesday:
        South Korean President Moon Jae In reportedly made an improper remark that "south Korea's missile power is enough to contain 'provocation' from the north", when inspecting a missile test-launch.
        If the slip of tongue reportedly made by the "president" is true, it is too stupid one to be fit for the "president of a state".
        We express very great regret over his thoughtless utterance of the word "provocation" which might be fitting for hack journalists.
        Explicitly speaking, it is nothing different from the "mid-term defence plan" of south Korea.

        """)
        let hers = english.filter { $0.kind == .indirect }
        #expect(hers.count == 4 && hers.allSatisfy { $0.speaker == "김여정" })
        #expect(hers.map { String($0.text.prefix(12)) } == ["South Korean", "If the slip ", "We express v", "Explicitly s"])
    }

    /// A quotation standing alone on the line after one announcing it (…께서는 다음과 같이
    /// 교시하시였다) is the announced speaker's words, not a title; a blank line between keeps
    /// the announcement, a line of other text ends it. The New Year addresses hold four.
    @Test func anAnnouncedQuotationIsTheSpeakersWords() throws {
        let found = try quotations("""
        김일성동지께서는 다음과 같이 교시하시였다.

        《우리의 방위력을 불패의것으로 강화하기 위하여서는 인민군대를 강화하여야 합니다.》
        《로동신문》

        """)
        #expect(found.map(\.kind) == [.direct, .title])
        #expect(found[0].speaker == "김일성" && found[0].text.hasPrefix("우리의 방위력을"))
        #expect(found[1].speaker == nil)
    }

    @Test func nestingKeepsOuterAndInnerWithDepth() throws {
        let found = try quotations("김 위원장은 《조선은 〈자주〉의 길을 간다》고 말했다.\n")
        #expect(found.map(\.text) == ["조선은 〈자주〉의 길을 간다", "자주"])
        #expect(found.map(\.depth) == [0, 1])
        #expect(found[1].parent == 0)
        #expect(found[0].marks == "《》" && found[0].kind == .direct && found[0].verb == "말했다")
    }

    @Test func anUnbalancedMarkSwallowsNothingBeyondItsLine() throws {
        let found = try quotations("그는 “끝나지 않은 인용이다.\n다음 줄에는 “정상적인 인용”이라고 말했다.\n")
        #expect(found.map(\.kind) == [.unbalanced, .direct])
        #expect(found[0].text == "끝나지 않은 인용이다.")
        #expect(found[1].text == "정상적인 인용")
    }

    @Test func frontMatterAndBodyRepeatsAreOneQuotation() throws {
        let document = """
        ---
        title: 김정은 "새 시대 조로관계" 강조
        image: '/assets/img/x.jpg'
        excerpt: >
          김 위원장은 "새 시대 조로관계를 힘있게 인도하여야 한다"고 말했다.
        ---
        <h2>김정은 "새 시대 조로관계" 강조</h2>
        <p>김 위원장은 "새 시대 조로관계를 힘있게 인도하여야 한다"고 말했다.</p>

        """
        let found = try quotations(document)
        #expect(found.map(\.text) == ["새 시대 조로관계", "새 시대 조로관계를 힘있게 인도하여야 한다"])
        #expect(found[0].occurrences.map(\.context) == [.frontMatter, .heading])
        #expect(found[0].kind == .headline)
        #expect(found[1].occurrences.map(\.context) == [.frontMatter, .body])
        #expect(found[1].kind == .direct)
        #expect(found[1].speakerText == "김 위원장")
    }

    @Test func englishWireCopy() throws {
        let found = try quotations("Putin said: \"Today we signed a truly breakthrough document,\" and Kim Jong Un told reporters \"we support Russia\".\n")
        #expect(found.map(\.language) == [.english, .english])
        #expect(found.map(\.text) == ["Today we signed a truly breakthrough document,", "we support Russia"])
    }

    /// A source document gives its unquoted sentences as quotations of kind `sentence`, with
    /// offsets that cut them out of the file; a sentence holding a quotation is left to it.
    @Test func aSourceDocumentGivesItsUnquotedSentences() throws {
        let text = "강력한 자위적국방력은 국가존립의 초석이며 평화수호의 담보입니다. 김정은동지께서는 《우리는 전진할것입니다.》고 말씀하시였다.\n\n북남관계를 개선하여야 합니다.\n"
        let url = try Fixtures.scratchFolder().appendingPathComponent("source.txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let reader = try LineReader(path: url.path)
        extractor.begin(document: "source", source: true)
        while let line = try reader.next() { extractor.add(line) }
        let found = extractor.finish()
        let scalars = Array(text.unicodeScalars)
        let sentences = found.filter { $0.kind == .sentence }
        #expect(sentences.map(\.text) == ["강력한 자위적국방력은 국가존립의 초석이며 평화수호의 담보입니다.", "북남관계를 개선하여야 합니다."])
        for sentence in sentences { #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text) }
        #expect(sentences.map(\.line) == [1, 3])
        #expect(found.filter { $0.kind != .sentence }.map(\.text) == ["우리는 전진할것입니다."])
        // Not a source: no sentences.
        #expect(try quotations(text).allSatisfy { $0.kind != .sentence })
    }

    /// Reported speech without marks (a Korean report's own sentence): the clause before -다고
    /// and a reporting verb, the speaker's topic and where they said it (신년사에서) left out;
    /// short clauses and sentences already holding a quotation give none.
    @Test func reportedSpeechWithoutMarksIsAnIndirectQuotation() throws {
        let text = "김 위원장은 신년사에서 개성공단과 금강산 관광을 조건없이 재개할 용의가 있다고 밝혔다.\n그는 그렇다고 말했다.\n김 위원장은 “대화할 준비가 돼 있다”고 말했다.\n"
        let found = try quotations(text)
        let indirect = found.filter { $0.kind == .indirect }
        #expect(indirect.map(\.text) == ["개성공단과 금강산 관광을 조건없이 재개할 용의가 있다"])
        #expect(indirect.first?.verb == "밝혔다")
        #expect(indirect.first?.speakerText == "김 위원장")
        let scalars = Array(text.unicodeScalars)
        for q in indirect { #expect(String(String.UnicodeScalarView(scalars[q.start..<q.end])) == q.text) }
        #expect(found.filter { $0.kind == .direct }.map(\.text) == ["대화할 준비가 돼 있다"])
    }

    /// The reporter's link between sentences (그러면서, 이어, 또한) is no part of the words it
    /// reports: 국제뉴스21's report of the speech of 21 September 2025, and KCNA's 이어.
    @Test func aReportersConnectiveIsNotTheSpeakers() throws {
        let text = """
        김 위원장은 그러면서 미국이 허황된 비핵화 집념을 털어버리고 현실을 인정하면, 미국과 마주서지 못할 이유가 없다고 말했다.
        그는 이어 또한 우리 국가의 핵무력은 불변의 실전용이라고 강조하였다.
        김 위원장은 특기할 만한 성과가 있었다고 말했다.

        """
        let indirect = try quotations(text).filter { $0.kind == .indirect }
        #expect(indirect.map(\.text) == ["미국이 허황된 비핵화 집념을 털어버리고 현실을 인정하면, 미국과 마주서지 못할 이유가 없다",
                                         "우리 국가의 핵무력은 불변의 실전용이라", "특기할 만한 성과가 있었다"])
        let scalars = Array(text.unicodeScalars)
        for q in indirect { #expect(String(String.UnicodeScalarView(scalars[q.start..<q.end])) == q.text) }
    }

    /// Reported speech with more framing around it (the misses of the second blind set of
    /// unmarked speech): an adverb of manner between the clause and its verb (…없다고 뜨겁게
    /// 말씀하시였다), the hearers named before the clause (동행한 일군들에게), a sentence that
    /// names no speaker and opens with 그러면서 (the sentence before's speaker), and a title
    /// alone (대변인은) after the report named whose it is (외무성 대변인).
    @Test func framingAroundReportedSpeechIsTheReporters() throws {
        let visit = try quotations("""
        김정은동지께서는 건설장을 돌아보시면서 동행한 일군들에게 인민을 위한 고생을 우리가 하여야지 누가 대신해줄수는 없다고 뜨겁게 말씀하시였다.
        그러면서 모든 건설을 제 기일에 끝내야 한다고 강조하시였다.

        """).filter { $0.kind == .indirect }
        #expect(visit.map(\.text) == ["인민을 위한 고생을 우리가 하여야지 누가 대신해줄수는 없다", "모든 건설을 제 기일에 끝내야 한다"])
        #expect(visit.map(\.verb) == ["말씀하시였다", "강조하시였다"])
        #expect(visit.map(\.speaker) == ["김정은", "김정은"])
        let answer = try quotations("""
        조선민주주의인민공화국 외무성 대변인은 기자의 질문에 대답하였다.
        대변인은 조선의 핵억제력은 협상탁우에 올려놓을 흥정물이 아니라고 강조하였다.

        """).filter { $0.kind == .indirect }
        #expect(answer.map(\.text) == ["조선의 핵억제력은 협상탁우에 올려놓을 흥정물이 아니라"])
        #expect(answer.map(\.speaker) == ["북한 외무성"])
        // A listed hearer only: a clause may start with 인민들에게 itself.
        let own = try quotations("김 위원장은 인민들에게 더 좋은 생활을 마련해주어야 한다고 말했다.\n").filter { $0.kind == .indirect }
        #expect(own.map(\.text) == ["인민들에게 더 좋은 생활을 마련해주어야 한다"])
    }

    /// A verb of judging reports a clause, right after it or after the matter judged (its
    /// object, the reporter's words); an object before another verb reports nothing.
    @Test func aVerbOfJudgingReportsTheClauseBeforeItsObject() throws {
        let judged = try quotations("""
        김정은 총비서는 그 어떤 우연적인 기회가 생길 것도 절대로 믿지 않는다고 현 정세를 판단했습니다.
        그는 이번 회담이 두 나라 관계의 새로운 출발점이라고 높이 평가하였다.
        그는 적대세력들의 압박은 더는 통하지 않는다고 판단했다.

        """).filter { $0.kind == .indirect }
        #expect(judged.map(\.text) == ["그 어떤 우연적인 기회가 생길 것도 절대로 믿지 않는다", "적대세력들의 압박은 더는 통하지 않는다"])
        #expect(judged.map(\.verb) == ["판단했습니다", "판단했다"])
        #expect(judged.map(\.speaker) == ["김정은", "김정은"])
        let other = try quotations("그는 협상이 곧 열린다고 현 정세를 설명한 자료를 냈다.\n").filter { $0.kind == .indirect }
        #expect(other.isEmpty)
    }

    /// A person named inside a speaker's own words (the leaders Kim Jong Un cites) is not who a
    /// later 김 위원장 or "Kim" of the report is; a person named only inside an earlier line's
    /// quotation still is, when the report names nobody else of that surname.
    @Test func peopleNamedInsideAQuotationAreNotItsSpeaker() throws {
        let korean = try quotations("""
        김정은 위원장은 “김일성 및 김정일 위원장의 유훈에 따라 한반도 비핵화 실현에 주력하는 것은 우리의 일관된 입장”이라고 말했다.
        김 위원장은 “현재 한반도 정세가 좋은 방향으로 발전하기 시작했다”라고 말했다.

        """)
        #expect(korean.map(\.speaker) == ["김정은", "김정은"])
        let english = try quotations("""
        Kim said: “It is our consistent stand to be committed to denuclearization on the peninsula, in accordance with the will of late President Kim Il Sung and late General Secretary Kim Jong Il.”

        """)
        #expect(english.count == 1 && english[0].speakerText == "Kim" && english[0].speaker == nil)
        let earlier = try quotations("""
        트럼프 대통령은 “김정은 위원장과 좋은 관계를 맺고 있다”고 강조했다.
        김 위원장은 “어느 때보다 많은 고민과 노력, 인내가 필요했던 기간이었던 것 같다”고 밝혔다.

        """)
        #expect(earlier.map(\.speaker) == ["도널드 트럼프", "김정은"])
    }

    /// KCNA's report of a Rodong Sinmun commentary (chosonsinbo.com, 7 April 2014, as KCNA
    /// wrote it): the paper's name in title marks before its particle, where it said it (개인필명의
    /// 론평에서) outside the words, a clause reported by 하면서 before "as follows", the
    /// commentary's paragraphs after it (titles in 《》 inside them, no space after a full stop)
    /// until the line that names the commentary again, and 론평은 standing for the paper.
    @Test func aCommentaryReportedByKCNA() throws {
        let found = try quotations("""
        1일부 《로동신문》은 개인필명의 론평에서 남조선집권자의 연설이 사리와 진실을 따지기에 앞서 혐오감과 환멸감부터 자아낸다고 조소하였다.

        론평은 남조선집권자가 《경제난》이니 뭐니 하고 우리를 마구 비방한것은 동족에 대한 참을수 없는 우롱이고 모독이라고 하면서 다음과 같이 지적하였다.

        사실 박근혜가 추구하는 《통일》은 우리의 존엄높은 사상과 제도를 해치기 위한 반민족적인 《체제통일》이다.그런 흉악한 속심을 품고있으면서도 《통일구상》이니 뭐니 하고 떠들었으니 그야말로 낯가죽이 두꺼워도 보통 두껍지 않다.

        제 주제에 감히 우리를 모독하며 《통일》에 대해 횡설수설한것은 불안감과 위기의식의 발로이다.

        론평은 남조선집권자가 이번 행각에서 교훈을 찾을 대신 계속 대결을 추구한다면 그로부터 초래되는 북남관계의 파국에 대해 전적인 책임을 지게 될것이라고 경고하였다.(끝)

        """)
        let indirect = found.filter { $0.kind == .indirect }
        #expect(indirect.map(\.text) == [
            "남조선집권자의 연설이 사리와 진실을 따지기에 앞서 혐오감과 환멸감부터 자아낸다",
            "남조선집권자가 《경제난》이니 뭐니 하고 우리를 마구 비방한것은 동족에 대한 참을수 없는 우롱이고 모독이라",
            "사실 박근혜가 추구하는 《통일》은 우리의 존엄높은 사상과 제도를 해치기 위한 반민족적인 《체제통일》이다",
            "그런 흉악한 속심을 품고있으면서도 《통일구상》이니 뭐니 하고 떠들었으니 그야말로 낯가죽이 두꺼워도 보통 두껍지 않다",
            "제 주제에 감히 우리를 모독하며 《통일》에 대해 횡설수설한것은 불안감과 위기의식의 발로이다",
            "남조선집권자가 이번 행각에서 교훈을 찾을 대신 계속 대결을 추구한다면 그로부터 초래되는 북남관계의 파국에 대해 전적인 책임을 지게 될것이라"])
        #expect(indirect.map { $0.verb ?? "-" } == ["조소하였다", "하면서", "-", "-", "-", "경고하였다"])
        #expect(indirect.allSatisfy { $0.speaker == "노동신문" })
        // (The second 《통일》 is an occurrence of the first.)
        #expect(found.filter { $0.kind == .title }.map(\.text) == ["로동신문", "경제난", "통일", "체제통일", "통일구상"])
    }

    /// A wire's dateline glued to the sentence ((평양 3월 16일발 조선중앙통신)16일부 …) is no part
    /// of the reported clause, and a person's announced words are one paragraph: the line after
    /// them is the report's again.
    @Test func aDatelineAndAPersonsAnnouncedParagraph() throws {
        let dated = try quotations("(평양 3월 16일발 조선중앙통신)16일부 《로동신문》은 개인필명의 론설에서 조선은 무진막강한 위력을 지닌 백두산대국이라고 강조하였다.\n")
        #expect(dated.filter { $0.kind == .indirect }.map(\.text) == ["조선은 무진막강한 위력을 지닌 백두산대국이라"])
        #expect(dated.first { $0.kind == .indirect }?.speaker == "노동신문")
        let person = try quotations("""
        김정은 위원장은 이어 다음과 같이 말했다.

        우리는 앞으로도 인민생활을 향상시키기 위한 투쟁을 힘있게 벌려나갈 것이다.

        회의에서는 다음 안건들이 토의되였다.

        """)
        #expect(person.map(\.text) == ["우리는 앞으로도 인민생활을 향상시키기 위한 투쟁을 힘있게 벌려나갈 것이다"])
        #expect(person.first?.speaker == "김정은")
    }

    /// How a speaker spoke is no part of the words either (김정은은 국방성에서 연설을 통해 …고
    /// 말했다, Xinhua's Korean, February 2026), and 그들 reports a meeting's speakers, unnamed
    /// (…흐르고있다고 그들은 말하였다, KCNA, February 2026).
    @Test func howASpeakerSpokeAndTheyAsSpeakers() throws {
        let speech = try quotations("김정은은 국방성에서 연설을 통해 지난 년도는 조선군대가 혁혁한 공훈들이 많았던 한해였다고 말했다.\n")
        #expect(speech.map(\.text) == ["지난 년도는 조선군대가 혁혁한 공훈들이 많았던 한해였다"])
        #expect(speech.first?.speaker == "김정은")
        let they = try quotations("웅변모임이 13일 청년중앙회관에서 진행되였다.\n이 땅우에는 인민사랑의 력사가 변함없이 흐르고있다고 그들은 말하였다.\n")
        #expect(they.map(\.text) == ["이 땅우에는 인민사랑의 력사가 변함없이 흐르고있다"])
        #expect(they.first?.speakerText == "그들" && they.first?.speaker == nil)
    }

    /// A spokesman's answer KCNA prints after announcing it in the same paragraph (…질문에 다음과
    /// 같이 대답하였다. …(끝), 23 July 2022): each sentence is his, without the wire's end mark,
    /// and 《…》라는 before a noun that names (허울) makes a title, not speech.
    @Test func anAnswerPrintedAfterItsAnnouncementAndANamingPhrase() throws {
        let found = try quotations("(평양 7월 23일발 조선중앙통신) 조선민주주의인민공화국 외무성 대변인은 최근 백악관 국가안보부보좌관이 우리 국가를 《범죄집단》으로 모독하는 망발을 늘어놓은것과 관련하여 23일 조선중앙통신사 기자가 제기한 질문에 다음과 같이 대답하였다. 이로써 미행정부는 《전제조건없는 대화》와 《외교적관여》라는 허울밑에 가리워진 가장 추악한 적대시정책의 진면모를 드러내보였다. 우리는 이에 상응하게 세계유일무이한 범죄집단인 미국을 상대해줄것이다.(끝)\n")
        #expect(found.filter { $0.kind == .title }.map(\.text) == ["범죄집단", "전제조건없는 대화", "외교적관여"])
        let answer = found.filter { $0.kind == .indirect }
        #expect(answer.map(\.text) == ["이로써 미행정부는 《전제조건없는 대화》와 《외교적관여》라는 허울밑에 가리워진 가장 추악한 적대시정책의 진면모를 드러내보였다",
                                       "우리는 이에 상응하게 세계유일무이한 범죄집단인 미국을 상대해줄것이다"])
        #expect(answer.allSatisfy { $0.speakerText == "외무성 대변인" })
    }

    /// An agency announcing what it reported (로씨야의 따쓰통신은 다음과 같이 전하였다, KCNA,
    /// 8 September 2016) gives the next line to the speaker that line names and reports.
    @Test func anAnnouncedLineThatReportsItsOwnSpeaker() throws {
        let found = try quotations("""
        로씨야의 따쓰통신은 다음과 같이 전하였다.
        조선외무성 대변인은 미국핵잠수함들이 비밀리에 추적작전을 진행하고있다는 보도들이 나오고있다고 하면서 미국의 이러한 행위는 지역의 평화와 안정을 위태롭게 할뿐이라고 언급하였다.

        """)
        #expect(found.map(\.text) == ["미국핵잠수함들이 비밀리에 추적작전을 진행하고있다는 보도들이 나오고있다", "미국의 이러한 행위는 지역의 평화와 안정을 위태롭게 할뿐이라"])
        #expect(found.map { $0.verb ?? "-" } == ["하면서", "언급하였다"])
        #expect(found.allSatisfy { $0.speakerText == "조선외무성 대변인" })
    }

    /// A speaker named after the first clause's 하면서 (Rodong Sinmun's commentary of 6 June
    /// 2020, as a KCNA-style report gives it): the first clause runs from the sentence's start,
    /// the second from after the speaker; both are the commentary's, and so the paper's.
    @Test func aSpeakerNamedAfterTheFirstClause() throws {
        let found = try quotations("""
        《로동신문》은 6일 《절대로 용납 못할 적대행위》이런 제목의 론평을 게재하였다.
        더욱 격분스러운것은 사태의 책임을 모면해보려고 모지름을 쓰는 남조선당국의 태도이라고 하면서 론평은 일이 터질 때마다 남조선당국이 입에 올리는 《개인의 자유》니, 《표현의 자유》니 하는 구차스러운 요설은 더 듣고싶지도 않다고 지적하였다.

        """)
        let indirect = found.filter { $0.kind == .indirect }
        #expect(indirect.map(\.text) == ["더욱 격분스러운것은 사태의 책임을 모면해보려고 모지름을 쓰는 남조선당국의 태도이라",
                                         "일이 터질 때마다 남조선당국이 입에 올리는 《개인의 자유》니, 《표현의 자유》니 하는 구차스러운 요설은 더 듣고싶지도 않다"])
        #expect(indirect.map { $0.verb ?? "-" } == ["하면서", "지적하였다"])
        #expect(indirect.allSatisfy { $0.speaker == "노동신문" && $0.speakerText == "론평" })
    }

    /// Whom the speaker met to say it and the piece they carried before saying it are no part of
    /// the words (the South Korean framing of a ministry official's comment and of a Rodong
    /// Sinmun editorial of November 2010, written here).
    @Test func whomASpeakerMetAndWhatTheyCarried() throws {
        let found = try quotations("""
        통일부 당국자는 기자들과 만나 북한의 이번 담화는 대화 의지를 보여주는 것이라고 평가했다.
        노동신문은 이날 '선군의 길에 우리 조국의 대번영과 찬란한 미래가 있다'는 제목의 논설을 게재하고 선군은 강성대국 건설과 주체혁명 위업의 영원한 승리의 표대라고 주장했다.

        """)
        #expect(found.filter { $0.kind == .indirect }.map(\.text) == ["북한의 이번 담화는 대화 의지를 보여주는 것이라", "선군은 강성대국 건설과 주체혁명 위업의 영원한 승리의 표대라"])
        #expect(found.filter { $0.kind == .indirect }.map(\.speakerText) == ["통일부 당국자", "노동신문"])
    }

    /// The occasion at which the speaker said it is no part of the words, as English reports put
    /// it outside the clause ("said at the talks that …"): a noun of `data/occasion-nouns.tsv` in
    /// 에서, alone or ending a compound, among the first words (KCNA's framing of the Panmunjom
    /// summit of April 2018 in the test set's report, and framings written here).
    @Test func theOccasionOfReportedWordsIsTheReporters() throws {
        let found = try quotations("""
        경애하는 원수님께서는 문재인대통령과의 회담에서 분렬과 대결의 력사에 종지부를 찍고 평화와 번영의 새시대를 열어나가야 한다는 민족적사명감과 의무를 다시한번 느끼게 된다고 하시였다.
        통일부 장관은 이날 국무회의에서 남북 간 소통 채널을 복원하는 것이 시급하다고 말했다.
        외무상은 만찬에서 두 나라가 언제나 함께할 것이라고 밝혔다.

        """)
        #expect(found.filter { $0.kind == .indirect }.map(\.text) == ["분렬과 대결의 력사에 종지부를 찍고 평화와 번영의 새시대를 열어나가야 한다는 민족적사명감과 의무를 다시한번 느끼게 된다",
                                                                     "남북 간 소통 채널을 복원하는 것이 시급하다",
                                                                     "두 나라가 언제나 함께할 것이라"])
    }

    /// "According to Lavrov, …": the glossary person named before the comma says the clause
    /// after it, as 타스 통신에 따르면 라브로프 장관은 … 말했다 has him say it in Korean; an agency
    /// or a paper so named reports what happened, which is no statement (framings written here).
    @Test func aClauseAccordingToAPersonIsTheirs() throws {
        let found = try quotations("""
        According to Lavrov, the two sides agreed to expand cooperation in all areas.

        According to KCNA, Kim Jong Un inspected a munitions factory on Friday.

        According to the report, the talks were held behind closed doors in the capital.

        The talks went on for hours. According to Putin, Russia would help its neighbour in every way.

        """)
        #expect(found.map(\.text) == ["the two sides agreed to expand cooperation in all areas", "Russia would help its neighbour in every way"])
        #expect(found.map { $0.speaker ?? "-" } == ["세르게이 라브로프", "블라디미르 푸틴"])
        #expect(found.allSatisfy { $0.kind == .indirect && $0.verb == "according to" && $0.language == .english })
    }

    /// Words in marks that a reported clause of the report's own words begins carry that clause
    /// (``Quotation/reportedClause``, marks left out): what they say. None when the words in
    /// marks follow the verb at once, or go on with a predicate of their own (framings of the
    /// wires' partial quotations of May 2018 and April 2019, written here).
    @Test func wordsInMarksCarryTheClauseTheyStandIn() throws {
        let found = try quotations("""
        Kim said the North's will for denuclearization remains “unchanged, consistent and fixed,” KCNA reported.

        Putin said: “We will always be with you.”

        Putin said that “the relations are developing well.”

        KCNA said Putin thanked Kim for his visit “and expressed the firm stand of his government.”

        """)
        #expect(found.map(\.text) == ["unchanged, consistent and fixed,", "We will always be with you.", "the relations are developing well.", "and expressed the firm stand of his government."])
        #expect(found.map { $0.reportedClause ?? "-" } == ["the North's will for denuclearization remains unchanged, consistent and fixed,", "-", "-", "-"])
    }

    /// KCNA's English prints a statement whole after announcing it (Choe Son Hui … released the
    /// following statement on Saturday:, 31 August 2019): each sentence is hers, in English,
    /// until the dateline that closes it.
    @Test func anEnglishStatementPrintedWhole() throws {
        let found = try quotations("""
        Pyongyang, August 31 (KCNA) -- Choe Son Hui, first vice-foreign minister of the DPRK, released the following statement on Saturday:

        A series of awful remarks provoking us is recently heard from the upper echelons of the U.S. administration.

        Pyongyang, August 31, Juche 108 (2019)

        The report's own sentence after the dateline is nobody's statement.

        """)
        #expect(found.map(\.text) == ["A series of awful remarks provoking us is recently heard from the upper echelons of the U.S. administration"])
        #expect(found.first?.speaker == "최선희" && found.first?.language == .english && found.first?.kind == .indirect)
    }

    /// Xinhua's Korean service prints a leader's words without marks after the sentence
    /// announcing them, in the same paragraph (습근평은 다음과 같이 강조했다. …); a report may
    /// put them on the line after the announcement. Each sentence is the speaker's.
    @Test func wordsAnnouncedWithoutMarksAreTheSpeakers() throws {
        let sameLine = try quotations("""
        습근평은 다음과 같이 강조했다. 김정은 위원장이 100일내에 세번이나 중국에 와서 나와 회담을 가짐으로써 쌍방은 공동으로 중조 고위층 래왕의 새로운 력사를 열었다. 나는 중조 쌍방의 공동한 노력하에 중조관계가 꼭 량국과 량국 인민에게 더욱 훌륭하게 행복을 가져다줄 것이라고 믿어마지않는다.

        """)
        #expect(sameLine.map(\.kind) == [.indirect, .indirect])
        #expect(sameLine.map(\.text) == ["김정은 위원장이 100일내에 세번이나 중국에 와서 나와 회담을 가짐으로써 쌍방은 공동으로 중조 고위층 래왕의 새로운 력사를 열었다",
                                          "나는 중조 쌍방의 공동한 노력하에 중조관계가 꼭 량국과 량국 인민에게 더욱 훌륭하게 행복을 가져다줄 것이라고 믿어마지않는다"])
        #expect(sameLine.allSatisfy { $0.speaker == "시진핑" })
        let nextLine = try quotations("""
        시진핑 주석은 다음과 같이 강조했다.
        김정은 위원장이 100일새 세 차례 중국을 방문해 나와 회담을 가지면서 양국은 중조 고위급 왕래의 새로운 역사를 열었다.
        이 문장은 그 다음 줄의 보도문이다.

        """)
        #expect(nextLine.map(\.text) == ["김정은 위원장이 100일새 세 차례 중국을 방문해 나와 회담을 가지면서 양국은 중조 고위급 왕래의 새로운 역사를 열었다"])
        #expect(nextLine.first?.speaker == "시진핑" && nextLine.first?.kind == .indirect)
    }

    /// The Chinese radio's Korean puts a comma after the speaker's topic (습근평 주석은, …) and
    /// reports with 표하다 (…기쁘게 생각한다고 표했다): the topic is the speaker's all the same,
    /// and not part of the quotation.
    @Test func aTopicBeforeACommaAndReportsWith표하다() throws {
        let found = try quotations("""
        습근평 주석은, 김정은 위원장이 백일사이 세번이나 중국에 와서 나와 회담을 진행했다면서 쌍방은 중조 고위층 래왕의 새 력사를 적어놓았다고 말했다. 습근평 주석은, 우리는 중조 쌍방이 달성한 중요한 합의들이 점차 관철되는것을 아주 기쁘게 생각한다고 표했다.

        """)
        #expect(found.map(\.kind) == [.indirect, .indirect])
        #expect(found.map(\.text) == ["김정은 위원장이 백일사이 세번이나 중국에 와서 나와 회담을 진행했다면서 쌍방은 중조 고위층 래왕의 새 력사를 적어놓았다",
                                       "우리는 중조 쌍방이 달성한 중요한 합의들이 점차 관철되는것을 아주 기쁘게 생각한다"])
        #expect(found.map(\.speaker) == ["시진핑", "시진핑"])
        #expect(found.map(\.verb) == ["말했다", "표했다"])
    }

    /// The wires' other ways of reporting without marks: "told X that", a verb of saying and a
    /// phrase before `that`, "was quoted as saying that", the clause before ", Kim said." or ",
    /// said Putin.", ", adding that …" as a second clause, and an attribution at the sentence's
    /// end (", KCNA said.") left out of a clause another verb reported.
    @Test func theWiresOtherReportedSpeech() throws {
        let found = try quotations("""
        Vladimir Putin told Kim that Russia would never forget the help of the Korean people.
        The two countries will always stand together in the same trench, Kim Jong Un said.
        Relations between the two countries have reached an unprecedented level, said Vladimir Putin.
        Putin said in a statement carried by state media that the partnership treaty had opened a new era.
        Kim Jong Un was quoted as saying that the DPRK will always be with Russia.
        Kim Jong Un said the visit was a historic event, adding that relations had entered a new stage.
        Kim said he was grateful for the support of the Russian people, KCNA said.
        Putin said the two countries had entered a new stage of development, according to the Kremlin.
        In Pyongyang, Kim said.
        Kim Jong Un arrived in Moscow on Tuesday, the agency said.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["Russia would never forget the help of the Korean people",
                                       "The two countries will always stand together in the same trench",
                                       "Relations between the two countries have reached an unprecedented level",
                                       "the partnership treaty had opened a new era",
                                       "the DPRK will always be with Russia",
                                       "the visit was a historic event",
                                       "relations had entered a new stage",
                                       "he was grateful for the support of the Russian people",
                                       "the two countries had entered a new stage of development"])
        #expect(found.map(\.speaker) == ["블라디미르 푸틴", "김정은", "블라디미르 푸틴", "블라디미르 푸틴", "김정은", "김정은", "김정은", "김정은", "블라디미르 푸틴"])
        #expect(found.map(\.verb) == ["told", "said", "said", "said", "quoted as saying", "said", "adding", "said", "said"])
    }

    /// The wires' speaker with an aside set off by commas before the verb ("Putin, speaking at a
    /// press conference, said …", "Kim, who arrived on Wednesday, told reporters that …"), or an
    /// adverb (Kim also said): the speaker is the name. "said that … and that …" is two clauses.
    /// An aside may start with a past participle too ("The statement, carried by KCNA, said …").
    /// (Sentences written here.)
    @Test func theWiresSpeakerBeforeAnAsideOrAnAdverb() throws {
        let found = try quotations("""
        Vladimir Putin, speaking at a press conference after the talks, said the two countries would deepen their cooperation.
        Kim Jong Un, who arrived in Vladivostok on Wednesday, told reporters that the visit would open a new chapter.
        Kim Jong Un also said the two countries would stand together in every field.
        Putin said that Russia would continue to help the Korean people and that the two countries would build a new bridge.
        The statement, carried by KCNA, said Pyongyang had no intention of returning to talks.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["the two countries would deepen their cooperation",
                                       "the visit would open a new chapter",
                                       "the two countries would stand together in every field",
                                       "Russia would continue to help the Korean people",
                                       "the two countries would build a new bridge",
                                       "Pyongyang had no intention of returning to talks"])
        #expect(found.map(\.speakerText) == ["Vladimir Putin", "Kim Jong Un", "Kim Jong Un", "Putin", "Putin", "The statement"])
        #expect(found.map(\.speaker) == ["블라디미르 푸틴", "김정은", "김정은", "블라디미르 푸틴", "블라디미르 푸틴", nil])
    }

    /// The wires' time phrases between the verb and its clause (said last week that, said
    /// earlier this week that, said late Sunday that), a speaker named beside a noun phrase set
    /// off by commas (Kim Yo Jong, sister of Kim Jong Un, said …; Kim's sister, Kim Yo Jong,
    /// said …), and a person named as the speaker's possessor or relation, who is not the speaker.
    /// (Sentences written here.)
    @Test func theWiresTimePhrasesAppositivesAndRelations() throws {
        let found = try quotations("""
        Kim Yo Jong said last week that North Korea would cut off all contacts with the South.
        Lavrov said earlier this week that Russia would continue to develop relations with the DPRK.
        Kim Yo Jong, sister of Kim Jong Un, said that the North would demolish the liaison office.
        Kim's sister, Kim Yo Jong, said the North would no longer deal with the South.
        North Korea's foreign minister, Choe Son Hui, said late Sunday that the alliance was a threat.
        In a statement, KCNA, the state news agency, said that the test was a routine exercise.
        North Korean leader Kim Jong Un's powerful sister said on Saturday that she had ordered the military to prepare.
        The sister of North Korean leader Kim Jong Un said the North would soon take the next action.
        Kim said this would be the last summit between the two leaders for a long time.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["North Korea would cut off all contacts with the South",
                                       "Russia would continue to develop relations with the DPRK",
                                       "the North would demolish the liaison office",
                                       "the North would no longer deal with the South",
                                       "the alliance was a threat",
                                       "the test was a routine exercise",
                                       "she had ordered the military to prepare",
                                       "the North would soon take the next action",
                                       "this would be the last summit between the two leaders for a long time"])
        #expect(found.map(\.speakerText) == ["Kim Yo Jong", "Lavrov", "Kim Yo Jong", "Kim Yo Jong", "Choe Son Hui", "KCNA",
                                              "North Korean leader Kim Jong Un's powerful sister", "The sister of North Korean leader Kim Jong Un", "Kim"])
        #expect(found.map(\.speaker) == ["김여정", "세르게이 라브로프", "김여정", "김여정", "최선희", "조선중앙통신", nil, nil, "김정은"])
    }

    /// An agency relaying what a leader said ("KCNA said Kim had told the meeting that …"; "Kim was
    /// cited by KCNA as saying …"): the leader is the speaker. `told` with a long object, and
    /// the wires' other verbs before `that` (vowed, reiterated). (Sentences written here.)
    @Test func anAgencyRelayingALeadersWordsInEnglish() throws {
        let found = try quotations("""
        Kim Jong Un told a plenary meeting of the ruling party's Central Committee that the country must be ready for dialogue.
        KCNA said Kim Jong Un had told the meeting that the nuclear force would be strengthened further.
        Kim Jong Un was cited by KCNA as saying that the nation faced a grave situation this year.
        Kim Jong Un vowed that the army would respond to any provocation with overwhelming force.
        Yonhap reported that Choe Son Hui reiterated that the country would not trade its nuclear weapons.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["the country must be ready for dialogue",
                                       "the nuclear force would be strengthened further",
                                       "the nation faced a grave situation this year",
                                       "the army would respond to any provocation with overwhelming force",
                                       "the country would not trade its nuclear weapons"])
        #expect(found.map(\.verb) == ["told", "told", "cited as saying", "vowed", "reiterated"])
        #expect(found.map(\.speakerText) == ["Kim Jong Un", "Kim Jong Un", "Kim Jong Un", "Kim Jong Un", "Choe Son Hui"])
        #expect(found.map(\.speaker) == ["김정은", "김정은", "김정은", "김정은", "최선희"])
    }

    /// A spokesman's answer to a reporter's question: in South Korean copy the framing (조선중앙통신
    /// 기자의 질문에 대한 답변에서) is the reporter's words; in KCNA's own form (…질문에 다음과 같이
    /// 대답하였다) the answer's paragraphs run on, as a statement's do. (Sentences written here.)
    @Test func aSpokesmansAnswerToAReportersQuestion() throws {
        let found = try quotations("""
        북한 외무성 대변인은 조선중앙통신 기자의 질문에 대한 답변에서 미국의 적대시 정책이 변하지 않았다고 주장했다.

        조선민주주의인민공화국 외무성 대변인은 조선중앙통신사 기자가 제기한 질문에 다음과 같이 대답하였다.
        미국은 조선반도정세를 긴장시키는 위험한 군사적도발을 당장 중지하여야 한다.
        우리는 이를 절대로 묵과하지 않을것이다.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["미국의 적대시 정책이 변하지 않았다",
                                       "미국은 조선반도정세를 긴장시키는 위험한 군사적도발을 당장 중지하여야 한다",
                                       "우리는 이를 절대로 묵과하지 않을것이다"])
        #expect(found.map(\.speaker) == ["북한 외무성", "북한 외무성", "북한 외무성"])
    }

    /// Where a paper said it is the reporter's words: a kind of piece in 에서 (정세론해설에서,
    /// 게재한 글에서), and a piece named by its title ('…'이라는 제목의 기사에서: a title, the
    /// paper's own words, after which the clause is read as reported speech). (Sentences written
    /// here.)
    @Test func aPaperSpeakingInAPieceOrItsTitle() throws {
        let found = try quotations("""
        노동신문은 16일 정세론해설에서 미국의 군사적 압박이 도를 넘어서고 있다고 비난했다.
        민주조선은 이날 게재한 글에서 남측 당국이 대결 정책을 고집하고 있다고 비난했다.
        노동신문은 이날 '자력갱생은 우리의 전진 방식'이라는 제목의 기사에서 자립경제의 토대를 더욱 강화해야 한다고 주장했다.

        """)
        #expect(found.map(\.text) == ["미국의 군사적 압박이 도를 넘어서고 있다",
                                       "남측 당국이 대결 정책을 고집하고 있다",
                                       "자력갱생은 우리의 전진 방식",
                                       "자립경제의 토대를 더욱 강화해야 한다"])
        #expect(found.map(\.kind) == [.indirect, .indirect, .title, .indirect])
        #expect(found.map(\.speaker) == ["노동신문", "민주조선", "노동신문", "노동신문"])
    }

    /// `told` with an object of a few words before a clause without `that` ("told the party
    /// plenum the country must …"), and a phrase of up to twelve words between a verb of saying
    /// and `that` ("said in a press statement carried by the Korean Central News Agency that …").
    /// (Sentences written here.)
    @Test func theWiresLongerObjectsAndPhrases() throws {
        let found = try quotations("""
        Kim Jong Un told the party plenum the country must bolster its nuclear war deterrent.
        Kim Yo Jong said in a press statement carried by the Korean Central News Agency that the South was a hostile state.
        Putin told reporters he would visit Pyongyang at an early date.

        """)
        #expect(found.map(\.text) == ["the country must bolster its nuclear war deterrent",
                                       "the South was a hostile state",
                                       "he would visit Pyongyang at an early date"])
        #expect(found.map(\.verb) == ["told", "said", "told"])
        #expect(found.map(\.speaker) == ["김정은", "김여정", "블라디미르 푸틴"])
    }

    /// South Korean copy's other verbs of reporting (다짐했다, 일축했다, 위협했다: rows of
    /// `data/reporting-verbs.tsv` with their senses), and a first clause reported by 말하면서 with
    /// a comma after it: two quotations, as without the comma. (Sentences written here.)
    @Test func moreVerbsOfReportingAndAConnectiveBeforeAComma() throws {
        let found = try quotations("""
        푸틴 대통령은 두 나라가 관계를 새로운 단계로 끌어올렸다고 말하면서, 어느 한 나라가 공격을 받으면 서로 돕겠다고 다짐했다.
        북한 외무성은 무기를 거래했다는 보도가 전혀 사실이 아니라고 일축했다.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["두 나라가 관계를 새로운 단계로 끌어올렸다", "어느 한 나라가 공격을 받으면 서로 돕겠다", "무기를 거래했다는 보도가 전혀 사실이 아니라"])
        #expect(found.map(\.verb) == ["말하면서", "다짐했다", "일축했다"])
        #expect(found.map(\.speaker) == ["블라디미르 푸틴", "블라디미르 푸틴", "북한 외무성"])
    }

    /// Reported speech beside a quotation in marks in one sentence, as South Korean copy writes
    /// it: the clause before, reported by its connective (…것이라며 “…”, …라고 주장하며 “…”), and
    /// the clause after one the quotation's connective joins to it (“…”며 …고 강조했다, “…”고
    /// 말하며 …고 밝혔다), each the quotation's speaker's. Beside a connective that reports
    /// nothing (“…”며 손을 흔들었다), or after a quotation an agency reports (…고 말했다며
    /// 통신이 보도했다), there is none. (Sentences written here.)
    @Test func reportedSpeechBesideAQuotationInMarks() throws {
        let found = try quotations("""
        푸틴 대통령은 러시아가 북한과의 협력을 앞으로도 계속 발전시킬 것이라며 "우리는 언제나 함께 할 것"이라고 말했다.
        외무성 대변인은 미국의 일방적인 제재가 국제법에 어긋나는 불법행위라고 주장하며 "우리는 절대로 굴복하지 않을 것"이라고 밝혔다.
        김 위원장은 "두 나라 관계가 새로운 단계에 올라섰다"며 앞으로도 모든 분야에서 긴밀히 협력해 나가겠다고 강조했다.
        그는 "평화는 힘으로 지켜진다"고 말하며 자위적 국방력을 계속 강화해 나가겠다고 밝혔다.
        그는 "회담은 아주 성공적이었다"며 기자들에게 손을 흔들었다.
        김 위원장이 "조선반도 정세가 매우 엄중하다"고 말했다며 조선중앙통신이 보도했다.

        """)
        let indirect = found.filter { $0.kind == .indirect }
        #expect(indirect.map(\.text) == ["러시아가 북한과의 협력을 앞으로도 계속 발전시킬 것이라", "미국의 일방적인 제재가 국제법에 어긋나는 불법행위라",
                                          "앞으로도 모든 분야에서 긴밀히 협력해 나가겠다", "자위적 국방력을 계속 강화해 나가겠다"])
        #expect(indirect.map(\.line) == [1, 2, 3, 4])
        #expect(indirect.map(\.speakerText) == ["푸틴 대통령", "외무성 대변인", "김 위원장", "그"])
        #expect(indirect[0].speaker == "블라디미르 푸틴" && indirect[1].speakerEntry == "organization.foreign-ministry-dprk")
        #expect(indirect.map(\.verb) == ["라며", "주장하며", "강조했다", "밝혔다"])
        #expect(found.filter { $0.kind == .direct }.count == 6)
    }

    /// The wires' English: speech reported beside a quotation in marks in one sentence — a clause
    /// before ", adding:" or ", and added that" and the quotation, a clause after "“…” and said"
    /// or "“…,” Kim said, adding that" — each the speaker's; and the speaker of a quotation after
    /// a participle (", saying: “…”": the sentence's subject, not the object before the comma)
    /// or after "told reporters," (direct speech, not a phrase). A second verb that reports no
    /// clause of four words ("and warned of countermeasures") gives none, and a verb after `and`
    /// does not make a phrase before it speech. (Sentences written here.)
    @Test func theWiresReportedSpeechBesideAQuotation() throws {
        let found = try quotations("""
        Putin said Russia would continue to support the DPRK in every field, adding: "We will always be together."
        Kim called the talks "very successful" and said the two countries would expand their cooperation in all fields.
        Lavrov said that the two sides had agreed to deepen their strategic partnership, and added that "nobody can stop us."
        "We are ready for any situation," Kim said, adding that the peace of the region depended on the United States.
        Putin told reporters, "The talks were held in a warm atmosphere."
        Choe praised the treaty, saying: "It is a historic document."
        The ministry condemned the drills as "a dangerous provocation" and warned of countermeasures.

        """)
        let indirect = found.filter { $0.kind == .indirect }
        #expect(indirect.map(\.text) == ["Russia would continue to support the DPRK in every field", "the two countries would expand their cooperation in all fields",
                                          "the two sides had agreed to deepen their strategic partnership", "the peace of the region depended on the United States"])
        #expect(indirect.map(\.line) == [1, 2, 3, 4])
        #expect(indirect.map(\.speakerText) == ["Putin", "Kim", "Lavrov", "Kim"])
        #expect(indirect.map(\.verb) == ["said", "said", "said", "adding"])
        let together = try #require(found.first { $0.text == "We will always be together." })
        #expect(together.kind == .direct && together.verb == "adding" && together.speaker == "블라디미르 푸틴")
        let atmosphere = try #require(found.first { $0.text == "The talks were held in a warm atmosphere." })
        #expect(atmosphere.kind == .direct && atmosphere.verb == "told" && atmosphere.speakerText == "Putin")
        #expect(found.first { $0.text == "It is a historic document." }?.speakerText == "Choe")
        #expect(found.first { $0.text == "nobody can stop us." }?.speakerText == "Lavrov")
        // A phrase the sentence's verb takes ("called the talks “very successful” and said",
        // "condemned the drills as “…” and warned"): no speech the verb after `and` reports.
        let successful = try #require(found.first { $0.text == "very successful" })
        #expect(successful.speakerText == "Kim" && successful.kind == .partial && successful.verb == nil)
        #expect(found.first { $0.text == "a dangerous provocation" }?.kind == .partial)
        #expect(!found.contains { $0.line == 7 && $0.kind == .indirect })
    }

    /// More of the wires' participles go on with a speaker's words (", noting that …",
    /// ", stressing that …", ", noting: “…”"), and a second verb after `but` is the sentence's
    /// subject's, as after `and` ("said the talks were useful but added that “…”"). (Sentences
    /// written here.)
    @Test func moreParticiplesAndButGoOnWithTheSpeakersWords() throws {
        let found = try quotations("""
        Kim said the two countries would deepen their cooperation in every field, noting that the friendship had a long history.
        "We will never give up our position," Kim said, stressing that the country would strengthen its defence capabilities.
        Putin praised the treaty, noting: "It is a truly breakthrough document."
        Putin said the talks were useful but added that "much remains to be done."

        """)
        let indirect = found.filter { $0.kind == .indirect }
        #expect(indirect.map(\.text) == ["the two countries would deepen their cooperation in every field", "the friendship had a long history",
                                          "the country would strengthen its defence capabilities", "the talks were useful"])
        #expect(indirect.map(\.verb) == ["said", "noting", "stressing", "said"])
        #expect(indirect.allSatisfy { $0.speakerText == "Kim" || $0.speakerText == "Putin" } && indirect.last?.speakerText == "Putin")
        let breakthrough = try #require(found.first { $0.text == "It is a truly breakthrough document." })
        #expect(breakthrough.kind == .direct && breakthrough.speakerText == "Putin")
        #expect(found.first { $0.text == "much remains to be done." }?.speakerText == "Putin")
    }

    /// KCNA's English opens a sentence with the speaker's first clause: "Noting that …, Kim Jong
    /// Un said that …" is two clauses of his. A participle whose clause has under four words
    /// before the comma, or a sentence whose verb comes too soon, gives none of it. (Sentences
    /// written here.)
    @Test func aSentenceOpeningWithTheSpeakersParticiple() throws {
        let found = try quotations("""
        Noting that the DPRK-Russia friendship has a long history, Kim Jong Un said that the two countries would further develop their relations.
        Noting that, Putin said that the two sides would meet again soon in Moscow.
        Stressing that peace matters, he said so.

        """)
        #expect(found.map(\.text) == ["the DPRK-Russia friendship has a long history", "the two countries would further develop their relations",
                                       "the two sides would meet again soon in Moscow"])
        #expect(found.map(\.verb) == ["noting", "said", "said"] && found.first?.clause == "noting that")
        #expect(found.map(\.speakerText) == ["Kim Jong Un", "Kim Jong Un", "Putin"])
    }

    /// A transcript's lines, as the Kremlin prints its leaders' talks in English and Korean
    /// broadcasters print a leader's remarks: "Vladimir Putin: …", "Kim Jong Un (retranslated):
    /// …", "[김정은/북한 국무위원장 (어제) : …]". Each sentence after the label is the speaker's.
    /// A label naming no glossary speaker (Question:, Moscow:) gives nothing. (Sentences written
    /// here.)
    @Test func aTranscriptsLinesAreTheirSpeakers() throws {
        let found = try quotations("""
        Vladimir Putin: Mr Chairman, friends, I am very glad to welcome you to Russia. Our talks will cover the whole range of our relations.
        Kim Jong Un (retranslated): Thank you, Mr President. I came here to exchange opinions on the situation on the Korean Peninsula.
        [김정은/북한 국무위원장 (어제) : 올해만 벌써 세 차례나 대통령을 만났는데 정말 우리가 가까워졌구나 하는 생각이 듭니다.]
        Question: Will you meet again soon with the leader of the DPRK?
        Moscow: the talks will continue next week in the Russian capital.

        """)
        #expect(found.map(\.text) == ["Mr Chairman, friends, I am very glad to welcome you to Russia", "Our talks will cover the whole range of our relations",
                                       "Thank you, Mr President", "I came here to exchange opinions on the situation on the Korean Peninsula",
                                       "올해만 벌써 세 차례나 대통령을 만났는데 정말 우리가 가까워졌구나 하는 생각이 듭니다"])
        #expect(found.map(\.speakerEntry) == ["person.vladimir-putin", "person.vladimir-putin", "person.kim-jong-un", "person.kim-jong-un", "person.kim-jong-un"])
        #expect(found.map(\.line) == [1, 1, 2, 2, 3])
    }

    /// A clause reported without `that` whose verb is in the past in -ed, no auxiliary before it
    /// ("said the cooperation fully complied with …"), is reported speech; a noun phrase after
    /// the verb ("said the same thing") and words that only look so ("told reporters gathered
    /// outside …") are not. (Sentences written here.)
    @Test func aClauseInThePastWithoutAnAuxiliary() throws {
        let found = try quotations("""
        The Russian Foreign Ministry said the military cooperation fully complied with international law.
        Kim said the same thing again and again at the meeting.
        Putin told reporters gathered outside the building about the visit.

        """)
        #expect(found.map(\.text) == ["the military cooperation fully complied with international law"])
        #expect(found.first?.speakerEntry == "organization.foreign-ministry-russia")
    }

    /// A chain (“A”라며 “B”라고 말했다) gives A the next quotation's verb only when B follows the
    /// connective at once: with words between, A's own verb stands among them (“A”라며 성공을
    /// 다짐했고, 김정은 위원장은 “B”며 답했다: 다짐했고, not 답했다; “A”며 이같이 말한 뒤 “B”고
    /// 했다: 말한). (Sentences written here.)
    @Test func aChainOnlyWhenTheNextQuotationFollowsTheConnective() throws {
        let found = try quotations("""
        트럼프 대통령은 "오늘 회담은 무한한 영광이며 좋은 대화가 있을 것"이라며 성공을 다짐했고, 김정은 위원장은 "여기까지 오는 길이 쉬운 길은 아니었다"며 답했다.
        김 위원장은 "역사적인 대화의 불씨를 대통령께서 찾아주셨다"며 이같이 말한 뒤 "주변 정세가 안정되고 있다"고 했다.
        그는 "두 나라의 관계가 새로운 단계에 들어섰다"며 "앞으로도 협력을 계속 강화해 나갈 것"이라고 강조했다.

        """)
        #expect(found.map(\.verb) == ["다짐했고", "답했다", "말한", "했다", "강조했다", "강조했다"])
    }

    /// Five more verbs of reporting in South Korean copy (rows of `data/reporting-verbs.tsv` with
    /// their senses): 화답했다, 응수했다, 요청했다, 제안했다, 제의했다. (Sentences written here.)
    @Test func aLeadersAnswerARequestAndAProposal() throws {
        let found = try quotations("""
        이에 대해 김 위원장은 "러시아와 언제나 함께 있을 것"이라고 화답했다.
        외무성 대변인은 미국이 먼저 적대시 정책을 철회해야 한다고 응수했다.
        푸틴 대통령은 양국 실무진이 구체적인 협력 방안을 마련해 달라고 요청했다.
        김 위원장은 두 나라가 모든 분야에서 교류를 늘리자고 제안했다.
        러시아 측은 내년에 공동 위원회를 다시 열자고 제의했다.

        """)
        #expect(found.map(\.verb) == ["화답했다", "응수했다", "요청했다", "제안했다", "제의했다"])
        #expect(found.map(\.kind) == [.direct, .indirect, .indirect, .indirect, .indirect])
        #expect(found.map(\.text).dropFirst() == ["미국이 먼저 적대시 정책을 철회해야 한다", "양국 실무진이 구체적인 협력 방안을 마련해 달라",
                                                  "두 나라가 모든 분야에서 교류를 늘리자", "내년에 공동 위원회를 다시 열자"])
    }

    /// KCNA's English: a leader's long title set off by commas ("Kim Jong Un, general secretary of
    /// the WPK and president of the State Affairs of the DPRK, said that …"), "expressed the firm
    /// belief that", and a speaker who did something else first ("…expressed his thanks to Putin
    /// and said that …": the speaker is Kim, not the Putin named last). (Sentences written here.)
    @Test func kcnaEnglishLongTitlesAndCoordinatedVerbs() throws {
        let found = try quotations("""
        Kim Jong Un, general secretary of the WPK and president of the State Affairs of the DPRK, said that the treaty would be a new milestone.
        He expressed the firm belief that the talks would be a milestone in the development of the relations.
        Comrade Kim Jong Un expressed his thanks to Putin and said that he was pleased with the outcome of the talks.

        """)
        #expect(found.map(\.text) == ["the treaty would be a new milestone",
                                       "the talks would be a milestone in the development of the relations",
                                       "he was pleased with the outcome of the talks"])
        #expect(found.map(\.verb) == ["said", "expressed the firm belief", "said"])
        #expect(found.map(\.speakerText) == ["Kim Jong Un", "he", "Comrade Kim Jong Un"])
        #expect(found.map(\.speaker) == ["김정은", "김정은", "김정은"])
    }

    /// A secretary named by his title (쇼이구 서기는: 서기 in `data/speaker-nouns.tsv`), and the
    /// settings South Korean copy puts before a Russian official's words (회담 모두발언에서, 평양
    /// 도착 직후 기자들에게): the reporter's words. (Sentences written here.)
    @Test func aSecretaryAndTheSettingOfHisWords() throws {
        let found = try quotations("""
        라브로프 장관은 회담 모두발언에서 러시아는 조선의 입장을 전적으로 지지한다고 강조했다.
        쇼이구 서기는 평양 도착 직후 기자들에게 이번 방문이 매우 중요하다고 말했다.

        """)
        #expect(found.map(\.text) == ["러시아는 조선의 입장을 전적으로 지지한다", "이번 방문이 매우 중요하다"])
        #expect(found.map(\.speaker) == ["세르게이 라브로프", "세르게이 쇼이구"])
    }

    /// "The North Korean leader said …", "the Russian president said that …": the person the
    /// report named after those words ("North Korean leader Kim Jong Un", "Russian President
    /// Vladimir Putin"); a description the report never put before a name names no one.
    /// (Sentences written here.)
    @Test func aDescriptionNamesThePersonTheReportNamedWithIt() throws {
        let found = try quotations("""
        North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on Thursday.
        The North Korean leader said the two countries would deepen their cooperation in all fields.
        The Russian president said that Moscow supported the talks between Pyongyang and Washington.
        The Chinese leader said that Beijing would keep a close eye on the situation.

        """)
        #expect(found.map(\.speakerText) == ["The North Korean leader", "The Russian president", "The Chinese leader"])
        #expect(found.map(\.speaker) == ["김정은", "블라디미르 푸틴", nil])
    }

    /// KCNA's English of talks: "noted with satisfaction that", "expressed his conviction that",
    /// "expressed satisfaction that" report the clause after `that`. (Sentences written here.)
    @Test func kcnaEnglishVerbPhrasesBeforeThat() throws {
        let found = try quotations("""
        Vladimir Putin noted with satisfaction that the relations between the two countries had developed onto a new level.
        Kim Jong Un expressed his conviction that the friendship would grow stronger with each passing day.
        Kim Jong Un expressed satisfaction that the talks had been held in a warm atmosphere.

        """)
        #expect(found.map(\.text) == ["the relations between the two countries had developed onto a new level",
                                       "the friendship would grow stronger with each passing day",
                                       "the talks had been held in a warm atmosphere"])
        #expect(found.map(\.verb) == ["noted", "expressed his conviction", "expressed satisfaction"])
        #expect(found.map(\.speaker) == ["블라디미르 푸틴", "김정은", "김정은"])
    }

    /// South Korean copy's relay of KCNA: "…고 강조했다고 (북한 관영) 조선중앙통신이 19일
    /// 보도했다" and "조선중앙통신은 19일 김정은 위원장이 (전날) …고 말했다고 보도했다". The
    /// clause is the leader's, reported by the inner verb; the agency, its day and the verb it
    /// reported with are the reporter's. (Sentences written here.)
    @Test func anAgencysReportOfWhatALeaderSaid() throws {
        let found = try quotations("""
        김정은 위원장은 두 나라 관계를 새로운 높이로 발전시켜 나가야 한다고 강조했다고 조선중앙통신이 19일 보도했다.
        김 위원장은 러시아와의 협력을 모든 분야에서 확대해 나갈 것이라고 말했다고 북한 관영 조선중앙통신이 20일 보도했다.
        조선중앙통신은 21일 김정은 위원장이 전날 두 나라의 친선은 영원할 것이라고 말했다고 보도했다.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["두 나라 관계를 새로운 높이로 발전시켜 나가야 한다",
                                       "러시아와의 협력을 모든 분야에서 확대해 나갈 것이라",
                                       "두 나라의 친선은 영원할 것이라"])
        #expect(found.map(\.verb) == ["강조했다", "말했다", "말했다"])
        #expect(found.map(\.speakerText) == ["김정은 위원장", "김 위원장", "김정은 위원장"])
        #expect(found.map(\.speaker) == ["김정은", "김정은", "김정은"])
        // A clause too short to report after the agency and the leader gives no quotation (the
        // search for the leader once formed a range ending before it started, and trapped).
        #expect(try quotations("조선중앙통신은 김 위원장이 한다고 말했다고 보도했다.\n").isEmpty)
    }

    /// An agency's report citing another's statement before its words (통신은 …이 발표한 담화를
    /// 인용해, …고 전했다; …의 담화를 인용해; …론평을 인용하여): the statement's author is the
    /// speaker, the citing words are the reporter's, and the next sentence's 그는 is that
    /// author, not the agency. A report citing a source the glossary does not know has no
    /// speaker. (Sentences written here, in the formula of South Korean relays of KCNA.)
    @Test func anAgencyCitingAStatement() throws {
        let found = try quotations("""
        조선중앙통신은 13일 김여정 제1부부장의 담화를 인용해 남측이 전단 살포를 막지 않은 대가를 받게 될 것이라고 보도했다.
        조선중앙통신은 29일 김 부부장이 발표한 담화를 인용해, 미국이 과거에만 집착한다면 두 나라 사이의 만남은 미국의 희망으로만 남을 것이라고 전했다.
        그는 "우리는 지난 대화에 그 어떤 의미도 부여하고 싶지 않다"고 말했다.
        통신은 로동신문 론평을 인용하여 남조선 당국이 외세의 눈치만 보고 있다고 전했다.
        연합뉴스는 정부 당국자의 말을 인용해 북측이 연락사무소 통화에 응답하지 않았다고 전했다.

        """)
        #expect(found.map(\.text) == ["남측이 전단 살포를 막지 않은 대가를 받게 될 것이라",
                                       "미국이 과거에만 집착한다면 두 나라 사이의 만남은 미국의 희망으로만 남을 것이라",
                                       "우리는 지난 대화에 그 어떤 의미도 부여하고 싶지 않다",
                                       "남조선 당국이 외세의 눈치만 보고 있다",
                                       "북측이 연락사무소 통화에 응답하지 않았다"])
        #expect(found.map(\.speaker) == ["김여정", "김여정", "김여정", "노동신문", nil])
        #expect(found.map(\.kind) == [.indirect, .indirect, .direct, .indirect, .indirect])
    }

    /// KCNA's Korean of what the leader did as he spoke and of a clause he said before another:
    /// a verb in -시면서/-시며 right after the topic that reports nothing (시험사격을
    /// 지도하시면서) is the reporter's, and a clause reported by 하시면서 (…한다고 하시면서 …이라고
    /// 강조하시였다) is a quotation of its own, as one reported by 강조하시면서 is. A -면서 in the
    /// speaker's own words (운운하면서도) is theirs. (Sentences written here in KCNA's manner.)
    @Test func whatTheLeaderDidAsHeSpoke() throws {
        let found = try quotations("""
        김정은동지께서는 시험사격을 지도하시면서 나라의 방위력을 계속 강화해나가야 한다고 말씀하시였다.
        김정은동지께서는 모든 사업을 인민대중의 요구에 맞게 해나가야 한다고 하시면서 이것은 우리 당의 일관한 립장이라고 강조하시였다.
        대변인은 미국이 대화를 운운하면서도 적대행위를 계속하고있는것은 모순이라고 지적하였다.

        """)
        #expect(found.map(\.text) == ["나라의 방위력을 계속 강화해나가야 한다",
                                       "모든 사업을 인민대중의 요구에 맞게 해나가야 한다",
                                       "이것은 우리 당의 일관한 립장이라",
                                       "미국이 대화를 운운하면서도 적대행위를 계속하고있는것은 모순이라"])
        #expect(found.prefix(3).allSatisfy { $0.speaker == "김정은" })
    }

    /// KCNA's title of respect after the leader was named with it (경애하는 최고령도자
    /// 김정은원수님께서는 …; then 경애하는 원수님께서는 …고 말씀하시였다): the title is his, though
    /// a modifier of respect stands before it and the honorific particle 께서는 after it, and
    /// whether the name and title are written solid or apart. (Sentences written here in KCNA's
    /// manner.)
    @Test func aTitleOfRespectAfterTheLeaderWasNamed() throws {
        for named in ["김정은원수님께서는", "김정은 원수님께서는"] {
            let found = try quotations("""
            경애하는 최고령도자 \(named) 평화의 집을 찾으시였다.
            경애하는 원수님께서는 회담에서 평화와 번영의 새시대를 열어나가야 한다고 말씀하시였다.

            """)
            #expect(found.map(\.speaker) == ["김정은"], "\(named)")
            #expect(found.map(\.speakerText) == ["경애하는 원수님"], "\(named)")
        }
    }

    /// A direct quotation in an agency's report (김 위원장은 “…”고 말했다고 조선중앙통신이
    /// 보도했다): its verb is the speaker's 말했다, without the 고 that embeds it in the report.
    /// (Sentences written here.)
    @Test func theVerbOfAQuotationAnAgencyReports() throws {
        let found = try quotations("""
        김정은 위원장은 "경제발전보다 더 절박한 임무는 없다"고 말했다고 조선중앙통신이 보도했다.
        김여정 제1부부장은 "비참한 광경을 보게 될 것"이라며 이같이 말했다고 통신이 전했다.
        김 위원장은 "모든 힘을 집중해야 한다"고 강조했다.

        """)
        #expect(found.map(\.verb) == ["말했다", "말했다", "강조했다"])
        #expect(found.map(\.clause) == ["고 말했다", "이라며 이같이 말했다", "고 강조했다"])
    }

    /// A direct quotation whose sentence has a country as its topic (북한은 외무성 대변인 담화를
    /// 통해 “…”고 밝혔다) does not take the document's last speaker: the sentence names its own
    /// subject, which is none of the glossary's speakers; and the next sentence that names no
    /// one (이어 “…”고 말했다) goes on with that subject, not with the speaker before it.
    /// (Sentences written here.)
    @Test func aCountryAsTheTopicIsNotTheLastSpeaker() throws {
        let found = try quotations("""
        김여정 부부장은 담화에서 "참으로 뻔뻔스러운 행태"라고 비난했다.
        북한은 외무성 대변인 담화를 통해 "적대시 정책이 철회되지 않는 한 대화는 없다"고 밝혔다.
        이어 "우리는 어떤 선택도 할 수 있다"고 말했다.

        """)
        #expect(found.map(\.speaker) == ["김여정", nil, nil])
    }

    /// A report passing on what it heard (…라고 말한 것으로 알려졌다, …고 강조한 것으로
    /// 조선중앙통신이 전했다): the clause is the sentence's speaker's, its verb the reporting verb
    /// in its past adnominal form (말한, 강조한, 밝힌, 덧붙인); the agency naming the source is
    /// no speaker. A noun in -다는 before such a verb (…한다는 방침을 정한 것으로) is no speech.
    /// (Sentences written here.)
    @Test func aReportPassingOnWhatItHeard() throws {
        let found = try quotations("""
        김정은 위원장은 두 나라 관계를 새로운 높이로 발전시켜 나가야 한다고 말한 것으로 알려졌다.
        푸틴 대통령은 두 나라의 협력이 어느 나라도 겨냥하지 않은 것이라고 강조한 것으로 조선중앙통신이 전했다.
        김 위원장은 러시아의 지지에 깊은 사의를 표한다고 밝힌 것으로 알려졌습니다.
        그는 이번 방문이 두 나라 관계의 새로운 장을 열 것이라고 덧붙인 것으로 전해졌다.
        정부는 두 나라 관계를 새로운 높이로 발전시켜 나가야 한다는 방침을 정한 것으로 알려졌다.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["두 나라 관계를 새로운 높이로 발전시켜 나가야 한다",
                                       "두 나라의 협력이 어느 나라도 겨냥하지 않은 것이라",
                                       "러시아의 지지에 깊은 사의를 표한다",
                                       "이번 방문이 두 나라 관계의 새로운 장을 열 것이라"])
        #expect(found.map(\.verb) == ["말한", "강조한", "밝힌", "덧붙인"])
        #expect(found.prefix(2).map(\.speaker) == ["김정은", "블라디미르 푸틴"])
    }

    /// The adnominal pasts come from the listed past stems: 했 → 한 and 하신, ㅕ with ㅆ → ㅣ with
    /// ㄴ and 신 (밝혔 → 밝힌, 덧붙였 → 덧붙인).
    @Test func adnominalPastsOfTheReportingVerbs() {
        let forms = QuoteExtractor.adnominalPasts([("말했", "ko"), ("밝혔", "ko"), ("덧붙였", "ko"), ("알렸", "ko"), ("said", "en"), ("물었", "ko")])
        #expect(forms == ["말한", "말하신", "밝힌", "밝히신", "덧붙인", "덧붙이신", "알린", "알리신"])
    }

    /// The wires' report of what state media said a leader said: "KCNA quoted Kim Jong Un as
    /// saying …" (the speaker is the one quoted, not the agency) and "… was quoted by KCNA as
    /// saying …", with `that` or without; "quoted him as saying" is he. (Sentences written here.)
    @Test func theWiresQuotedAsSaying() throws {
        let found = try quotations("""
        KCNA quoted Kim Jong Un as saying the two countries should develop their relations to a new level.
        State media quoted Vladimir Putin as saying that Russia would continue to help the Korean people.
        Kim Jong Un was quoted by KCNA as saying the visit had opened a new chapter in bilateral ties.
        The agency quoted him as saying the talks had been frank and constructive.

        """)
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.text) == ["the two countries should develop their relations to a new level",
                                       "Russia would continue to help the Korean people",
                                       "the visit had opened a new chapter in bilateral ties",
                                       "the talks had been frank and constructive"])
        #expect(found.map(\.speakerText) == ["Kim Jong Un", "Vladimir Putin", "Kim Jong Un", "he"])
        #expect(found.prefix(3).map(\.speaker) == ["김정은", "블라디미르 푸틴", "김정은"])
        #expect(found.allSatisfy { $0.verb == "quoted as saying" })
    }

    /// Korean reported speech with the speaker after the clause (…올라섰다고 김정은 위원장은
    /// 말했다; …보도했다고 19일 조선중앙통신이 보도했습니다), and an agency's report of what the
    /// sentence's speaker said (…라고 말했다고 통신이 보도했다): the words are the speaker's.
    @Test func koreanReportedSpeechWithTheSpeakerAfterTheClause() throws {
        let found = try quotations("""
        김정은 위원장은 평양에서 회담을 가졌다.
        두 나라 관계가 새로운 높은 단계에 올라섰다고 김정은 위원장은 말했다.
        러시아는 조선 인민의 지원을 결코 잊지 않을 것이라고 푸틴 대통령이 강조했다.
        김 위원장은 두 나라가 언제나 함께 있을 것이라고 말했다고 조선중앙통신이 보도했다.

        """)
        #expect(found.map(\.kind) == [.indirect, .indirect, .indirect])
        #expect(found.map(\.text) == ["두 나라 관계가 새로운 높은 단계에 올라섰다", "러시아는 조선 인민의 지원을 결코 잊지 않을 것이라", "두 나라가 언제나 함께 있을 것이라"])
        #expect(found.map(\.speaker) == ["김정은", "블라디미르 푸틴", "김정은"])
        #expect(found.map(\.verb) == ["말했다", "강조했다", "말했다"])
    }

    /// KCNA's Korean reports two clauses of one speaker in one sentence, the first by a verb in
    /// -면서 (…립장이라고 강조하시면서 …할것이라고 천명하시였다): two quotations, both the speaker's.
    @Test func twoReportedClausesOfOneSentence() throws {
        let found = try quotations("""
        김정은동지께서는 조중 두 나라사이의 관계를 새로운 높은 단계에로 발전시켜나가려는것은 우리 당과 정부의 확고부동한 립장이라고 강조하시면서 조선반도정세를 안정시키기 위해 적극 노력할것이라고 천명하시였다.

        """)
        #expect(found.map(\.text) == ["조중 두 나라사이의 관계를 새로운 높은 단계에로 발전시켜나가려는것은 우리 당과 정부의 확고부동한 립장이라",
                                       "조선반도정세를 안정시키기 위해 적극 노력할것이라"])
        #expect(found.map(\.verb) == ["강조하시면서", "천명하시였다"])
        #expect(found.map(\.speaker) == ["김정은", "김정은"])
    }

    /// A clause in -다며/-라며 (-다고 하며) before what the speaker did is the speaker's words
    /// (…것이라며 감사를 표했다); 바라며 and 자라며 are verbs in -며, not quotatives.
    @Test func aClauseInDamyeoIsReportedSpeech() throws {
        let found = try quotations("""
        푸틴 대통령은 러시아는 조선 인민의 지원을 결코 잊지 않을 것이라며 감사를 표했다.
        우리는 나라의 통일을 바라며 모든 힘을 다하여 투쟁하고 있다.

        """)
        #expect(found.map(\.text) == ["러시아는 조선 인민의 지원을 결코 잊지 않을 것이라"])
        #expect(found.map(\.speaker) == ["블라디미르 푸틴"])
        #expect(found.map(\.verb) == ["라며"])
    }

    /// A person named inside one quotation is not the speaker of the next in the same sentence,
    /// nor, through 그는, of the next sentence's (quotations of Kim Yo Jong's statement of 1
    /// January 2023 as South Korean papers printed them; the framing is written here).
    @Test func theWordsOfEarlierQuotationsNameNoSpeaker() throws {
        let found = try quotations("""
        김여정 노동당 부부장이 2일 담화를 발표했다.
        김 부부장은 윤석열 대통령에 관해 "무식하고 미련한 윤석열 대통령은 안보를 통째로 말아먹었다"고 했으며, 문재인 전 대통령을 "영특하고 교활해 참으로 다루기 까다로운 상대였다"고 비교했다.
        그는 윤 대통령의 '확장억제 완성' 신년사를 비꼬며 "우리의 핵전력 확보에 박차를 가해야 할 당위성과 정당성을 부여했다"고 밝혔다.

        """)
        #expect(found.map(\.text) == ["무식하고 미련한 윤석열 대통령은 안보를 통째로 말아먹었다", "영특하고 교활해 참으로 다루기 까다로운 상대였다", "확장억제 완성", "우리의 핵전력 확보에 박차를 가해야 할 당위성과 정당성을 부여했다"])
        #expect(found.map(\.speaker) == ["김여정", "김여정", nil, "김여정"])
        #expect(found.map(\.kind) == [.direct, .direct, .partial, .direct])
    }

    /// “A”이라면서 “B”고 말했다: A is direct speech like B, with B's verb and speaker (a JTBC
    /// report of Kim Jong Un's speech of 27 July 2022; the framing is written here).
    @Test func aQuotationChainedByRamyeonseoHasTheNextOnesVerb() throws {
        let found = try quotations("""
        김정은 국무위원장이 27일 연설했다.
        김 위원장은 "위험한 시도는 즉시 강력한 힘에 의해 응징될 것이며 윤석열 정권과 그의 군대는 전멸될 것"이라면서 "집권 전과 집권 후 여러 계기들에 내뱉은 망언들과 추태들을 정확히 기억하고 있다"고 했습니다.

        """)
        #expect(found.map(\.kind) == [.direct, .direct])
        #expect(found.map(\.verb) == ["했습니다", "했습니다"])
        #expect(found.map(\.speaker) == ["김정은", "김정은"])
    }

    /// A surname alone is the person the report last named as a subject, not one it named as a
    /// possessive (a KBS report of Kim Yo Jong's statement of 19 August 2022; the framing is
    /// written here).
    @Test func aSurnameIsNotThePersonNamedAsAPossessive() throws {
        let found = try quotations("""
        Kim Yo Jong, Kim Jong Un's younger sister, issued a statement on the South's initiative.
        Kim said "Yoon has an illusion that we would abandon our nuclear assets."

        """)
        #expect(found.map(\.text) == ["Yoon has an illusion that we would abandon our nuclear assets."])
        #expect(found.map(\.speaker) == ["김여정"])
    }

    /// A person named before the words that say whose title it is speaks, not the party those
    /// words name (Kim Yo Jong's statements of 13 June 2020 and 13 January 2026 as a South
    /// Korean paper and a North Korean one printed them; the framing is written here).
    @Test func aPersonBeforeTheirPartyAndTitleIsTheSpeaker() throws {
        let found = try quotations("""
        김정은 북한 국무위원장의 여동생인 김여정 북한 노동당 제1부부장은 13일 “곧 다음 단계 행동을 취하겠다”고 밝혔다.
        김여정 조선로동당 중앙위원회 부부장은 13일 《아무리 개꿈을 꾸어도 조한관계의 현실은 달라지지 않는다》라는 제목의 담화를 발표하였다.
        북한 외무성 대변인은 “대화의 문은 열려있다”고 말했다.

        """)
        #expect(found.map(\.speaker) == ["김여정", "김여정", "북한 외무성"])
        #expect(found.map(\.speakerText) == ["김여정 북한 노동당 제1부부장", "김여정 조선로동당 중앙위원회 부부장", "외무성 대변인"])
    }

    /// The subject right before a quotation whose verb is itself reported (…고 말했다고 전했다)
    /// said it; the topic reports it. Inside a quotation that reports another, its first word
    /// is a subject like any, and a surname written solid before a title names its person (Kim
    /// Jong Un's words of March and April 2018 as South Korean papers printed them; the framing
    /// is written here).
    @Test func speechReportedInsideAReport() throws {
        let found = try quotations("""
        김정은 위원장과 문재인 대통령이 27일 만났다.
        청와대 핵심 관계자는 김 위원장이 “이제는 실무적 대화가 막히고 안하무인격으로 나오면 대통령하고 나하고 직통전화로 얘기하면 간단히 해결된다”고 말했다고 전했다.
        이날 윤 수석은 “문대통령은 김정은 위원장에게 ‘언제쯤 북한을 가볼까요?’라고 말을 했고 이에 김정은 위원장은 ‘그럼 지금 넘어가볼까요?’하고 손을 이끌었다”고 설명했다.

        """)
        #expect(found.map(\.text) == ["이제는 실무적 대화가 막히고 안하무인격으로 나오면 대통령하고 나하고 직통전화로 얘기하면 간단히 해결된다",
                                      "문대통령은 김정은 위원장에게 ‘언제쯤 북한을 가볼까요?’라고 말을 했고 이에 김정은 위원장은 ‘그럼 지금 넘어가볼까요?’하고 손을 이끌었다",
                                      "언제쯤 북한을 가볼까요?", "그럼 지금 넘어가볼까요?"])
        #expect(found.map(\.speaker) == ["김정은", nil, "문재인", "김정은"])
        #expect(found.map(\.speakerText) == ["김 위원장", "윤 수석", "문대통령", "김정은 위원장"])
    }

    /// English attribution as wire copy writes it: a verb before the quotation and nothing after
    /// it makes direct speech (not a headline, though the line ends in a quotation mark); a
    /// passive "was quoted as saying" after it names its subject; a one-word object of "urged"
    /// stays a partial quotation (Kim Yo Jong's statements of 2020 and 2022 as KCNA and the wires
    /// printed them; the framing is written here).
    @Test func englishAttributionAroundAQuotation() throws {
        let found = try quotations("""
        Kim Yo Jong, vice department director of the WPK Central Committee, issued a statement.
        Kim Yo Jong told reporters: "We will never forget her words and she might have to pay dearly for it."
        "It would have been better for his image to keep his mouth shut," Kim was quoted as saying by KCNA.
        The South's presidential office urged "patience".

        """)
        #expect(found.map(\.kind) == [.direct, .direct, .partial])
        #expect(found.map(\.verb) == ["told", "quoted", nil])
        #expect(found.map(\.speaker) == ["김여정", "김여정", nil])
    }

    /// The wires' other attributions: the agency that quoted someone as saying, the subject of a
    /// passive "was quoted as saying", and the subject of the verb before `that` for a fragment
    /// inside reported speech (Kim Jong Un's and Xi Jinping's words of 2018 and 2019 as UPI,
    /// Yonhap and the Associated Press printed them; the framing is written here).
    @Test func quotedAsSayingAndFragmentsOfReportedSpeech() throws {
        let found = try quotations("""
        North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing.
        Kim reportedly told Xi that the situation on the peninsula is improving as the North has "taken the initiative to ease tensions and propose peace talks."
        "There's no change in (Kim's) will for denuclearization," Xi was quoted as saying by Cheong Wa Dae spokesperson Ko Min-jung.
        "The DPRK will continue sticking to the stance of denuclearization and resolving the Korean Peninsula issue through dialogue and consultation," Xinhua quoted Kim as saying during talks with Xi.

        """)
        #expect(found.map(\.speaker) == ["김정은", "시진핑", "김정은"])
        #expect(found.map(\.kind) == [.partial, .direct, .direct])
        #expect(found.map(\.verb) == [nil, "quoted", "quoted"])
    }

    /// 담화는 and 성명은 stand for who issued the statement the document named as an object; a
    /// statement of someone the glossary does not hold names nobody (Kim Yo Jong's statement of
    /// 1 January 2023 as a South Korean paper printed it; the framing is written here).
    @Test func aStatementSpeaksForItsAuthor() throws {
        let found = try quotations("""
        김여정 노동당 부부장이 2일 담화를 발표했다.
        담화는 "무식하고 미련한 윤석열 대통령은 안보를 통째로 말아먹었다"고 밝혔다.
        조선인권연구협회 논평은 《남조선당국은 더이상 우리를 자극하지 말아야 할것이다.》라고 주장하였다.
        조선중앙통신사 논평은 《미국은 더이상 우리를 자극하지 말아야 할것이다.》라고 주장하였다.

        """)
        // The agency's commentary is the agency's (조선중앙통신사 is KCNA's own name, a form of
        // its glossary entry since the fortieth session).
        #expect(found.map(\.speaker) == ["김여정", nil, "조선중앙통신"])
        #expect(found.map(\.speakerText) == ["담화", "조선인권연구협회 논평", "조선중앙통신사 논평"])
    }
}

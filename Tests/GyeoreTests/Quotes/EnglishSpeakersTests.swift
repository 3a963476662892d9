import Foundation
import Testing
@testable import Gyeore

/// Who said an English quotation, and who a Korean surname and title name: the speaker the
/// aligner compares two renderings by.
@Suite struct EnglishSpeakersTests {
    private func quotations(_ text: String) throws -> [Quotation] {
        try QuoteExtractor(glossary: try GlossaryLookupTests.glossary()).quotations(in: text, document: "doc")
    }

    /// The speaker's words, glossary entry and name, one line per quotation.
    private func speakers(_ text: String) throws -> [String] {
        try quotations(text).map { "\($0.speakerText ?? "-") | \($0.speakerEntry ?? "-") | \($0.speaker ?? "-")" }
    }

    @Test func aNameBeforeItsVerbSpeaks() throws {
        #expect(try speakers("In the statement, Kim Yo Jong added: “We will take the next step.”")
                == ["Kim Yo Jong | person.kim-yo-jong | 김여정"])
        #expect(try speakers("Chinese President Xi Jinping told reporters, “The talks were candid.”")
                == ["Chinese President Xi Jinping | person.xi-jinping | 시진핑"])
        // An appositive between the name and the verb.
        #expect(try speakers("Kim Jong Un, the leader of the country, said: “We are ready for both.”")
                == ["Kim Jong Un | person.kim-jong-un | 김정은"])
        // Quoted by an outlet: the person quoted speaks.
        #expect(try speakers("KCNA quoted Kim Yo Jong as saying “This is a grave provocation.”")
                == ["Kim Yo Jong | person.kim-yo-jong | 김여정"])
    }

    @Test func aNameAfterTheQuotationSpeaks() throws {
        #expect(try speakers("“We will never accept it,” Lavrov told reporters.") == ["Lavrov | person.sergei-lavrov | 세르게이 라브로프"])
        #expect(try speakers("“The door is open,” said Putin.") == ["Putin | person.vladimir-putin | 블라디미르 푸틴"])
    }

    /// A surname alone names the person of that surname the document mentioned, else the one
    /// glossary person who bears it; a surname many people bear stays unresolved.
    @Test func aSurnameNamesTheOnePersonItCanMean() throws {
        let mentioned = try speakers("North Korean leader Kim Jong Un visited a factory.\nKim said: “Production must rise.”")
        #expect(mentioned == ["Kim | person.kim-jong-un | 김정은"])
        #expect(try speakers("Xi said “relations have entered a new era”.") == ["Xi | person.xi-jinping | 시진핑"])
        #expect(try speakers("Kim said: “Production must rise.”") == ["Kim | - | -"])
    }

    @Test func aPronounIsTheLastSpeaker() throws {
        let found = try speakers("Kim Yo Jong said: “We warned them.”\nShe added: “They did not listen.”")
        #expect(found == ["Kim Yo Jong | person.kim-yo-jong | 김여정", "she | person.kim-yo-jong | 김여정"])
    }

    /// Words that name nobody are kept as words (the ministry); a phrase with no verb next to the
    /// quotation has no speaker, and an English quotation never takes the last speaker unasked.
    @Test func noNameNoEntry() throws {
        #expect(try speakers("The ministry said: “The drills will go on.”") == ["The ministry | - | -"])
        #expect(try speakers("Kim Yo Jong said: “We warned them.”\nThe paper called it “a farce”.")
                == ["Kim Yo Jong | person.kim-yo-jong | 김여정", "- | - | -"])
    }

    /// In Korean, a surname and a title name the one person of that surname the document
    /// mentioned (김정은의 발언 … 김 위원장은), nobody when two were; an outlet's name is one word.
    @Test func aKoreanSurnameAndTitleNameTheOnlyPersonOfThatSurname() throws {
        let one = try speakers("김정은의 발언이 전해졌다.\n김 위원장은 “경제 건설에 총력을 다해야 한다”고 말했다.")
        #expect(one == ["김 위원장 | person.kim-jong-un | 김정은"])
        let two = try speakers("김정은과 김여정의 발언이 전해졌다.\n김 위원장은 “경제 건설에 총력을 다해야 한다”고 말했다.")
        #expect(two == ["김 위원장 | - | -"])
        #expect(try speakers("이어 조선중앙방송은 “새 공장이 준공되였다”고 보도했다.") == ["조선중앙방송 | outlet.kcbs | 조선중앙방송"])
        #expect(try speakers("습근평 총서기는 “두 나라의 친선은 변함없다”고 말했다.") == ["습근평 총서기 | person.xi-jinping | 시진핑"])
    }

    /// A speaker named by two words, the second naming no one alone (러시아 외무부는, 조선의
    /// 오늘은), and the Kremlin as the Russian presidency (크렘린궁은, "the Kremlin said").
    @Test func twoWordNamesAndTheKremlinSpeak() throws {
        #expect(try speakers("러시아 외무부는 “회담에서 구체적인 의견 교환이 이뤄졌다”고 밝혔다.") == ["러시아 외무부 | organization.foreign-ministry-russia | 러시아 외무부"])
        #expect(try speakers("조선의 오늘은 “미국은 대결을 추구하고 있다”고 주장하였다.") == ["조선의 오늘 | outlet.dprk-today | 조선의 오늘"])
        #expect(try speakers("크렘린궁은 “두 정상이 양국 관계를 폭넓게 논의했다”고 밝혔다.") == ["크렘린궁 | organization.kremlin | 크렘린"])
        #expect(try speakers("The Kremlin said: “The two leaders discussed the situation in detail.”") == ["Kremlin | organization.kremlin | 크렘린"])
    }
}

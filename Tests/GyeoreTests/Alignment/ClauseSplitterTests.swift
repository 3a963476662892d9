import Foundation
import Testing
@testable import Gyeore

@Suite struct ClauseSplitterTests {
    let splitter: ClauseSplitter

    init() throws { splitter = try ClauseSplitter() }

    private func clauses(_ text: String, _ language: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return splitter.clauses(of: text, language: language).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    /// The 2018 New Year address joins two statements with -며; reports quoted each on its own.
    @Test func aKoreanConnectiveEndingDividesTwoStatements() {
        #expect(clauses("미국 본토 전역이 우리 핵 타격 사정권안에 있으며 핵 단추가 내 사무실 책상 위에 항상 놓여 있다는 것, 이는 결코 위협이 아닌 현실임을 똑바로 알아야 합니다.", "ko") == [
            "미국 본토 전역이 우리 핵 타격 사정권안에 있으며",
            "핵 단추가 내 사무실 책상 위에 항상 놓여 있다는 것, 이는 결코 위협이 아닌 현실임을 똑바로 알아야 합니다.",
        ])
    }

    @Test func aSentenceEndDividesAndShortClausesStayWithANeighbour() {
        #expect(clauses("민족의 지위를 과시할 좋은 기회가 된다. 대회의 성공을 진심으로 바란다", "ko") == [
            "민족의 지위를 과시할 좋은 기회가 된다.", "대회의 성공을 진심으로 바란다",
        ])
        // 바란다 alone is too short to be quoted on its own: it stays with the clause before.
        #expect(clauses("대표단 파견을 포함해 필요한 조치를 취할 용의가 있으며 바란다", "ko") == [])
        // -며 inside a word is not an ending (며느리), and a text of one clause has no parts.
        #expect(clauses("우리는 며느리와 함께 민족의 위상을 과시하는 좋은 계기를 마련할 것이다", "ko") == [])
    }

    /// KCNA's English of Kim Yo Jong's statement of 28 July 2025 joins its two statements with
    /// "and there is"; Dong-A's with ", nor": outlets quoted each half on its own. "neither …
    /// nor" without a comma stays whole.
    @Test func anExistentialThereAndACommaNorDivide() {
        #expect(clauses("We clarify once again the official stand that no matter what policy is adopted and whatever proposal is made in Seoul, we have no interest in it and there is neither a reason to meet nor an issue to be discussed with the ROK.", "en") == [
            "We clarify once again the official stand that no matter what policy is adopted and whatever proposal is made in Seoul, we have no interest in it",
            "and there is neither a reason to meet nor an issue to be discussed with the ROK.",
        ])
        #expect(clauses("We reiterate our official position that we have no interest in any policy or proposal from Seoul, nor any reason to sit down with South Korea.", "en") == [
            "We reiterate our official position that we have no interest in any policy or proposal from Seoul,", "nor any reason to sit down with South Korea.",
        ])
        #expect(clauses("There is neither a reason to meet nor an issue to be discussed with the other side today", "en") == [])
    }

    /// An ellipsis followed by a space marks words left out between two sentences of a
    /// quotation (a wire's rendering of the 2019 address): each side is a clause.
    @Test func anEllipsisBetweenSentencesDivides() {
        #expect(clauses("I think we both understood the situation… I am ready to meet the U.S. President at any time", "en") == [
            "I think we both understood the situation…", "I am ready to meet the U.S. President at any time",
        ])
        #expect(clauses("우리는 언제든 마주앉을 준비가 되여있으며… 반드시 국제사회가 환영하는 결과를 만들어낼 것이다", "ko").count == 2)
    }

    /// A coordinator before a subject pronoun joins two independent clauses even without a comma
    /// (a wire's rendering of the 2018 address); before an object it does not.
    @Test func aCoordinatorBeforeASubjectPronounDivides() {
        #expect(clauses("Winter Games will be a good opportunity to show unity of the people and we wish the Games will be a success", "en") == [
            "Winter Games will be a good opportunity to show unity of the people", "and we wish the Games will be a success",
        ])
        #expect(clauses("The delegation will meet officials of the South and us in the coming weeks of January", "en") == [])
    }

    @Test func englishCoordinatorsAfterACommaAndSentenceEndsDivide() {
        #expect(clauses("The entire mainland of the U.S. is within the range of our nuclear weapons, and the nuclear button is always on the desk of my office,", "en") == [
            "The entire mainland of the U.S. is within the range of our nuclear weapons,",
            "and the nuclear button is always on the desk of my office,",
        ])
        // "and" without a comma joins words, not clauses; U.S. is an abbreviation.
        #expect(clauses("mass produce and deploy nuclear warheads and ballistic missiles in the U.S. style", "en") == [])
        // A listed abbreviation ends no sentence either.
        #expect(clauses("We told Mr. Kim that the talks would resume in Singapore next week", "en") == [])
    }

    /// Offsets are scalar offsets into the text, whatever its scripts.
    @Test func rangesMapBackToTheText() {
        let text = "핵 단추가 내 사무실 책상 위에 항상 놓여있으며, 이것은 위협이 아니라 현실이라는 것을 알아야 한다"
        let ranges = splitter.clauses(of: text, language: "ko")
        #expect(ranges.count == 2)
        let scalars = Array(text.unicodeScalars)
        for range in ranges {
            #expect(range.lowerBound >= 0 && range.upperBound <= scalars.count)
            #expect(!scalars[range.lowerBound].properties.isWhitespace && !scalars[range.upperBound - 1].properties.isWhitespace)
        }
        #expect(ranges[0].upperBound < ranges[1].lowerBound)
    }

    private func sentences(_ text: String, _ language: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return splitter.sentences(of: text, language: language).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    /// A source document's line (the 2019 address): each sentence, white space left out.
    @Test func sentencesAreCutAfterSentenceMarks() {
        #expect(sentences("  강력한 자위적국방력은 국가존립의 초석이며 평화수호의 담보입니다. 우리는 전진할것입니다!  ", "ko") == [
            "강력한 자위적국방력은 국가존립의 초석이며 평화수호의 담보입니다.", "우리는 전진할것입니다!",
        ])
        #expect(sentences("He met Mr. Moon in the U.S. capital. They talked (briefly.) Then left", "en") == [
            "He met Mr. Moon in the U.S. capital.", "They talked (briefly.)", "Then left",
        ])
        #expect(sentences("   ", "ko").isEmpty)
    }
}

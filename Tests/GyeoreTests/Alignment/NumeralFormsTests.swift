import Testing
@testable import Gyeore

@Suite struct NumeralFormsTests {
    private static let loaded = Result { try NumeralForms() }

    private func rewritten(_ text: String) throws -> String {
        String(String.UnicodeScalarView(try Self.loaded.get().rewrite(Array(text.unicodeScalars))))
    }

    /// Renderings of one statement in the validation set's reports (Xi Jinping, June 2018).
    @Test func oneNumberWrittenThreeWays() throws {
        #expect(try rewritten("김정은 위원장이 100일내에 세번이나 중국에 와서") == "김정은 위원장이 100일내에 3번이나 중국에 와서")
        #expect(try rewritten("김정은 위원장이 백일동안에 세번이나 중국에 와") == "김정은 위원장이 100일동안에 3번이나 중국에 와")
        #expect(try rewritten("김정은 위원장이 100일새 세 차례 중국을 방문해") == "김정은 위원장이 100일새 3번 중국을 방문해")
    }

    @Test func countersTakeTheirUnit() throws {
        #expect(try rewritten("두번째 회담, 두 번째 회담, 2차례째") == "2번째 회담, 2번째 회담, 2번째")
        #expect(try rewritten("한 해 동안, 석 달 만에, 세 사람이") == "1년 동안, 3개월 만에, 3명이")
        #expect(try rewritten("3 차례나, 10명") == "3번나, 10명")
    }

    @Test func wordsThatAreNoNumbersStay() throws {
        // 한일: 일 'day' follows no native number; 세계, 한국, 열차: no counter; 백 a surname;
        // 차례 'order' after no number; 네가: no counter.
        for text in ["한일 관계", "세계 평화", "한국과 열차", "백 위원장", "차례를 지켜", "네가 말한 것", "세 나라", "한반도"] {
            #expect(try rewritten(text) == text)
        }
    }

    @Test func rewritingTwiceChangesNothingMore() throws {
        for text in ["백일동안에 세번이나", "두 번째 회담", "석 달 만에 3 차례", "한 해"] {
            let once = try rewritten(text)
            #expect(try rewritten(once) == once)
        }
    }
}

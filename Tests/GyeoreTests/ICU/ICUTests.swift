import Testing
@testable import Gyeore

@Suite struct ICUTests {
    /// The plain ICU pass over UTF-8 the benchmark measures against: conjoining jamo compose, a
    /// full-width digit stays (NFC), and a buffer too small grows.
    @Test func normalizesUTF8IntoUTF16() throws {
        let nfc = try ICUNormalizer(.nfc)
        var buffer: [UInt16] = []
        var text = "\u{1100}\u{1161}\u{11A8} ５"
        let count = try text.withUTF8 { utf8 throws(ICUError) in try nfc.normalizeUTF8(utf8, into: &buffer) }
        #expect(String(decoding: buffer[..<count], as: UTF16.self) == "각 ５")
        #expect(buffer.count >= text.utf8.count * 3)
    }

    @Test func linksTheSystemICU() {
        #expect(ICU.version.split(separator: ".").first.flatMap { Int($0) }.map { $0 >= 60 } == true)
    }

    @Test func unicodeSetPatternsUseICUProperties() throws {
        let set = try ScalarSet(pattern: "[[:White_Space:]-[\\n]]")
        #expect(set.contains("\u{3000}") && set.contains("\u{00A0}") && set.contains(" "))
        #expect(!set.contains("\n") && !set.contains("가"))
        let astral = try ScalarSet(pattern: "[\\U0001F4F0 가-힣]")
        #expect(astral.contains("📰") && astral.contains("한") && !astral.contains("📊"))
        #expect(throws: ICUError.self) { try ScalarSet(pattern: "[unclosed") }
    }

    @Test func transformRulesCompileFromText() throws {
        let transliterator = try ICUTransliterator(id: "test", rules: "ㄹ > ㄴ ;\n로 > 노 ;")
        #expect(try transliterator.transliterate("로동") == "노동")
    }

    @Test func ruleSyntaxErrorsNameTheLine() {
        #expect(throws: ICUError.self) { try ICUTransliterator(id: "broken", rules: "a > b ;\nc > ;;\n[ > d ;") }
        // The error names the line of the rule ICU could not read.
        let error = #expect(throws: ICUError.self) { try ICUTransliterator(id: "broken", rules: "a > b ;\nb > c ;\n[ > d ;") }
        #expect(error?.line == 3)
    }

    @Test func wordBreaksSeparateKoreanWordsAndPunctuation() throws {
        // ICU's word rules: Hangul runs are words, digits and Hangul are separate words.
        let iterator = try ICUBreakIterator(.word, locale: "ko")
        let text = Array("북러 조약은 2024년, “체결”".unicodeScalars)
        let words = try iterator.segments(of: text).filter(\.isWord).map { String(String.UnicodeScalarView(text[$0.range])) }
        #expect(words == ["북러", "조약은", "2024", "년", "체결"])
    }

    @Test func sentenceBreaks() throws {
        let iterator = try ICUBreakIterator(.sentence, locale: "ko")
        let text = Array("회담이 진행되였다. 만족한 견해일치를 보았다! 끝".unicodeScalars)
        let sentences = try iterator.segments(of: text).map { String(String.UnicodeScalarView(text[$0.range])) }
        #expect(sentences == ["회담이 진행되였다. ", "만족한 견해일치를 보았다! ", "끝"])
    }

    @Test func normalizerAgreesWithItselfOnWholeAndSegmentedText() throws {
        let nfc = try ICUNormalizer(.nfc)
        let decomposed = try ICUNormalizer(.nfd).normalize(try Fixtures.seed("001"))
        #expect(try nfc.normalize(decomposed) == Fixtures.seed("001"))
        let (scalars, runs) = try nfc.normalizeWithRuns(Array(decomposed.unicodeScalars))
        #expect(try String(String.UnicodeScalarView(scalars)) == Fixtures.seed("001"))
        #expect(runs.allSatisfy { !$0.isChange || $0.normalizedLength == 1 }) // one syllable per change
    }
}

import Foundation
import Testing
@testable import Gyeore

@Suite struct WordSplittingTests {
    /// Lines of the development set's reports: Korean and English news text with quotation
    /// marks, brackets and middle dots.
    static func reportLines() throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fixtures/alignment-dev").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.flatMap { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8).split(separator: "\n").map(String.init) }
    }

    /// Texts where a space or a suffix is joined to its neighbour in one grapheme cluster: a
    /// combining mark, a joiner or a spacing mark after a space, a prepended mark before one, a
    /// leading jamo before a syllable, decomposed syllables.
    static let edgeCases = [
        "김 \u{0301}위원장은 말했다", "a \u{200D}b  c", "x \u{0903}y", "\u{0600} 위원장", "위원장\u{0600} 은",
        "\u{1100}은", "국방상\u{1100}은", "김정\u{110B}\u{1173}\u{11AB}", "  두  칸  ", "", " ", "끝 ",
        "“인용” 《제목》 「괄호」 ·점· …", "ｆｕｌｌ　ｗｉｄｔｈ 말", "漢字 한자 \u{302A}x",
    ]

    @Test func wordsAreTheCharacterSplit() throws {
        for line in try Self.reportLines() + Self.edgeCases {
            let fast = WordSplitting.words(line).map(String.init)
            let slow = line.split(separator: " ").map(String.init)
            #expect(fast == slow, "\(line.debugDescription)")
            for limit in [1, 3, 8] {
                #expect(WordSplitting.words(line, limit: limit).map(String.init) == Array(slow.prefix(limit)), "\(line.debugDescription) \(limit)")
            }
        }
        // A substring's words, as the extractor passes a sentence cut from a line.
        let line = "조선중앙통신은 “우리는 언제나 함께 있을 것”이라고 보도했다."
        let slice = line[line.index(line.startIndex, offsetBy: 7)...]
        #expect(WordSplitting.words(slice).map(String.init) == slice.split(separator: " ").map(String.init))
    }

    @Test func suffixesAreTheCharacterSuffixes() throws {
        let suffixes = ["은", "는", "이", "가", "위원장", "국방상", "신문", "은 ", ""]
        var words = try Self.reportLines().flatMap { $0.split(separator: " ").map(String.init) }.prefix(3_000).map { $0 }
        words += Self.edgeCases + ["위원장", "은", "장", "국방상은"]
        for word in words {
            for suffix in suffixes {
                let fast = WordSplitting.hasSuffix(word, suffix)
                #expect(fast == word.hasSuffix(suffix), "\(word.debugDescription) \(suffix.debugDescription)")
            }
        }
        // A leading jamo before the suffix joins its syllable: no suffix by characters.
        #expect(!WordSplitting.hasSuffix("국방상\u{1100}은", "은"))
        #expect(WordSplitting.hasSuffix("김정은", "은"))
    }

    @Test func lastScalarIsTheScalarViewsLast() throws {
        let words = try Self.reportLines().flatMap { $0.split(separator: " ").map(String.init) }
        for text in words + Self.edgeCases + ["a", "é", "e\u{0301}", "😀", "한😀", "\u{10FFFF}", "\u{7FF}", "\u{800}"] {
            #expect(WordSplitting.lastScalar(text) == text.unicodeScalars.last, "\(text.debugDescription)")
            let tail = text.dropFirst()
            #expect(WordSplitting.lastScalar(tail) == tail.unicodeScalars.last, "\(tail.debugDescription)")
        }
        #expect(WordSplitting.lastScalar("") == nil)
        // The suffixes of the particle list (은, 는) and the last syllable check behind them.
        #expect(!WordSplitting.hasSuffix("위원장이", "은") && WordSplitting.hasSuffix("위원장은", "은"))
    }
}

import Foundation
import Testing
@testable import Gyeore
import GyeoreTestSupport

/// The extractor's scans give what the regular expressions they replaced gave: each against its
/// expression (ICU, through `NSRegularExpression`), on generated text made of the scalars the
/// patterns turn on, and on a few written cases.
@Suite struct QuotePatternsTests {
    static let alphabet: [String] = [
        ".", "!", "?", "。", ",", ")", "”", "’", "“", " ", "  ", "\t", "\n", "\u{0B}", "\u{85}", "\u{A0}", "\u{3000}", "\u{2028}",
        "다", "요", "까", "이", "었", "였", "라", "고", "며", "면", "서", "하", "는", "도", "을", "를", "가", "의", "에", "로", "으",
        "과", "와", "은", "란", "처", "럼", "도", "<", ">", "h", "1", "7", "t", "i", "l", "e", "x", "\u{FFFD}", "👨", "\"", "'",
    ]

    static func text(_ generator: inout SplitMix64) -> String {
        let length = Int(generator.next() % 12)
        return (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
    }

    static func firstMatch(_ pattern: String, _ text: String) throws -> Range<String.Index>? {
        let regex = try NSRegularExpression(pattern: pattern)
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range, in: text)
    }

    static let written = ["”고 말했다", "라며 “", "며,", "면서", "다.", "이었다고 밝혔다", "였다며 ", "을 두고", "이란", "처럼.", "다.” 그는 ", "하였다. 그는”  말", "<h2>", "<h7>", "<title>x", "끝이다 ", "끝。", "…까", "다\u{85}", "다\u{0B}", "closely.\"", "다.”’ ", "다”", "이라면서 “", "라면서,"]

    /// Every generated and written text, in every pattern.
    @Test func scansAgreeWithTheExpressions() throws {
        var generator = SplitMix64(seed: 20261203)
        var texts = Self.written
        for _ in 0..<20_000 { texts.append(Self.text(&generator)) }
        let extractor = try QuoteExtractor(glossary: nil)
        for text in texts {
            #expect(QuoteExtractor.hasHeadingTag(text) == (try Self.firstMatch(#"<h[1-6][ >]|<title>"#, text) != nil), "\(text.debugDescription)")
            #expect(QuoteExtractor.startsWithQuotative(text) == (try Self.firstMatch(#"^(?:다|이었다|였다)?(?:이?라고|고|이?라며|며|면서|하면서|이?라면서|이?라는|이?라고도)(?=[\s,.]|$)"#, text) != nil), "\(text.debugDescription)")
            #expect(QuoteExtractor.startsWithParticle(text) == (try Self.firstMatch(#"^(?:을|를|이|가|의|에|에서|로|으로|과|와|은|는|도|란|이란|처럼)(?=[\s,.)]|$)"#, text) != nil), "\(text.debugDescription)")
            #expect(QuoteExtractor.chainConnective(text) == (try Self.firstMatch(#"^(?:이?라며|며|이?라면서|면서)(?=[\s,])"#, text)), "\(text.debugDescription)")
            #expect(QuoteExtractor.sentenceEnd(text) == (try Self.firstMatch(#"[.!?](?:\s|$)"#, text))?.upperBound, "\(text.debugDescription)")
            #expect(QuoteExtractor.lastSentenceStart(text) == (try Self.firstMatch(#"[.!?”’]\s+(?=[^.!?]*$)"#, text))?.upperBound, "\(text.debugDescription)")
            #expect(QuoteExtractor.clauseEnd(text) == (try Self.firstMatch(#"[.!?“]"#, text))?.lowerBound, "\(text.debugDescription)")
            #expect(QuoteExtractor.endsASentence(text) == (try Self.firstMatch(#"(다|요|까)[.!?]|(다|요|까)\s*$|[.!?。]\s*$|[.!?]["'”’]+\s*$"#, text) != nil), "\(text.debugDescription)")
            // The scans over scalars (a slice, as the extractor passes one) give the same places.
            let padded = Array("앞".unicodeScalars) + Array(text.unicodeScalars)
            let slice = padded[1...]
            func offset(_ index: String.Index?) -> Int? { index.map { text.unicodeScalars.distance(from: text.startIndex, to: $0) + 1 } }
            #expect(QuoteExtractor.sentenceEnd(slice) == offset(QuoteExtractor.sentenceEnd(text)), "\(text.debugDescription)")
            #expect(QuoteExtractor.lastSentenceStart(slice) == offset(QuoteExtractor.lastSentenceStart(text)), "\(text.debugDescription)")
            #expect(QuoteExtractor.clauseEnd(slice) == offset(QuoteExtractor.clauseEnd(text)), "\(text.debugDescription)")
            #expect(QuoteExtractor.endsASentence(slice) == QuoteExtractor.endsASentence(text), "\(text.debugDescription)")
            // The language by the definition: more than twice as many ASCII letters as Hangul syllables.
            let hangul = text.unicodeScalars.filter { (0xAC00...0xD7A3).contains($0.value) }.count
            let latin = text.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
            #expect(extractor.language(of: text) == (latin > hangul * 2 ? .english : .korean), "\(text.debugDescription)")
        }
    }

    /// A mark followed by a combining mark is still the mark: the expressions' ranges could not
    /// be taken back into the string there (a match inside a grapheme cluster came back as no
    /// match), so a fuzzed line found its clause's end, and with it a speaker, past the mark.
    @Test func aMarkBeforeACombiningMarkStillCounts() {
        let text = "소프 장관“\u{0334}은"
        let mark = text.unicodeScalars.firstIndex(of: "\u{201C}")
        #expect(QuoteExtractor.clauseEnd(text) == mark)
        #expect(QuoteExtractor.endsASentence("말했다.\u{0301}"))
    }
}

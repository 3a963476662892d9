import Foundation
import Testing
@testable import Gyeore
import GyeoreTestSupport

/// Properties over random text drawn from the characters that make normalization hard.
/// Deterministic generators (SplitMix64) so that a failure reproduces from its seed.
@Suite struct PropertyTests {
    /// Uniformly random symbols: the hard cases with no realistic text around them (stray CR,
    /// zero-width and combining characters between unbalanced marks of different styles).
    static let alphabet: [String] = [
        "가", "한", "국", "로", "씨", "야", "련", "방", "을", "는", "다", "것", "\u{1100}", "\u{1161}", "\u{11A8}", "ㄱ", "ㅇ",
        "“", "”", "‘", "’", "\"", "'", "《", "》", "〈", "〉", "「", "」", "『", "』", "«", "»", "„",
        " ", " ", " ", "\u{00A0}", "\u{3000}", "\u{2003}", "\t", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00AD}", "\u{2028}", "\r", "\n",
        "５", "Ａ", "！", "·", "ㆍ", "・", "-", "–", "•", ".", ",", "…", "e", "\u{0301}", "K", "s", "1", "<", ">", "p", "=", "👨", "北",
    ]

    static let words = ["로씨야련방", "러시아", "령토완정", "북·러", "북ㆍ러", "제５９차", "ＫＣＮＡ", "Korea's", "said", "2024년", "김정은동지", "e\u{0301}lan",
                        "\u{1112}\u{1161}\u{11AB}", "ㅇㅇ", "北", "👨\u{200D}👩", "<p a=\"b\">", "</p>", "진행되였다", "…", "·", "-"]
    static let spaces = [" ", " ", " ", "  ", "\u{00A0}", "\u{3000}", "\u{2003}", "\t", "\u{200B}", " \u{200B}", "\u{FEFF}", "\u{00AD}", "\n", "\r\n", "\u{2028}"]
    static let pairs: [(String, String)] = [("“", "”"), ("‘", "’"), ("\"", "\""), ("'", "'"), ("《", "》"), ("〈", "〉"), ("「", "」"), ("『", "』"), ("«", "»"), ("„", "“")]

    /// Text as it comes: words, spacing of every kind, quotations of every style, some nested,
    /// some mismatched (《…") and some left open or closed without an opener.
    static func randomText(_ generator: inout SplitMix64, length: Int) -> String {
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        var text = ""
        for _ in 0..<max(1, length / 4) {
            switch generator.next() % 6 {
            case 0, 1, 2: text += pick(words)
            case 3:
                let (open, close) = pick(pairs)
                var inner = pick(words)
                if generator.next() % 3 == 0 { let (o, c) = pick(pairs); inner = o + pick(words) + " " + pick(words) + c }
                text += open + inner + " " + pick(words) + (generator.next() % 6 == 0 ? pick(pairs).1 : close)
            case 4: text += generator.next() % 2 == 0 ? pick(pairs).0 : pick(pairs).1   // unbalanced
            default: break
            }
            text += pick(spaces)
        }
        return text
    }

    static let configurations: [NormalizerConfiguration] = {
        var result: [NormalizerConfiguration] = []
        for form in [UnicodeNormalizationStep.Form.nfc, .nfkc, nil] {
            for breaks in [WhitespaceStep.LineBreaks.unify, .toSpace] {
                for off in 0..<5 {
                    var c = NormalizerConfiguration()
                    c.unicodeForm = form
                    c.lineBreaks = breaks
                    switch off {
                    case 1: c.foldsWidth = false
                    case 2: c.normalizesWhitespace = false
                    case 3: c.foldsQuotes = false
                    case 4: c.canonicalizesSeparators = false
                    default: break
                    }
                    result.append(c)
                }
            }
        }
        return result
    }()

    @Test(arguments: 0..<configurations.count)
    func everyModeIsIdempotent(configuration index: Int) throws {
        let normalizer = try Normalizer(configuration: Self.configurations[index])
        var generator = SplitMix64(seed: UInt64(1000 + index))
        for _ in 0..<300 {
            let text = Self.randomText(&generator, length: Int(generator.next() % 40))
            let once = normalizer.normalize(text).normalized
            #expect(normalizer.normalize(once).normalized == once, "\(text.debugDescription)")
        }
    }

    /// The same over uniformly random symbols, where steps interact most (a removed zero-width
    /// space joining a letter to a combining mark, a folded quote changing how the next reads).
    @Test(arguments: [0, 3, 5, 9, 14, 20, 27])
    func symbolSoupIsIdempotent(configuration index: Int) throws {
        let normalizer = try Normalizer(configuration: Self.configurations[index])
        var generator = SplitMix64(seed: UInt64(5000 + index))
        for _ in 0..<1500 {
            let text = (0..<Int(generator.next() % 40)).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
            let once = normalizer.normalize(text).normalized
            #expect(normalizer.normalize(once).normalized == once, "\(text.debugDescription)")
        }
    }

    @Test func offsetsStayInsideAndCoverBothTextsInOrder() throws {
        let normalizer = try Normalizer()
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let text = Self.randomText(&generator, length: Int(generator.next() % 50))
            let result = normalizer.normalize(text)
            let original = Array(text.unicodeScalars), normalized = Array(result.normalized.unicodeScalars)
            var o = 0, n = 0
            for run in result.offsetMap.runs {
                #expect(run.originalLength >= 0 && run.normalizedLength >= 0)
                if !run.isChange { #expect(Array(original[o..<o + run.originalLength]) == Array(normalized[n..<n + run.normalizedLength])) }
                o += run.originalLength
                n += run.normalizedLength
            }
            #expect(o == original.count && n == normalized.count)
            var previous = 0
            for start in 0...normalized.count {
                let back = result.originalRange(forNormalized: start..<min(normalized.count, start + 3))
                #expect(back.lowerBound >= previous && back.upperBound <= original.count)
                previous = back.lowerBound
            }
        }
    }

    @Test func quotationSpansAreTheFilesOwnSlices() throws {
        let extractor = try QuoteExtractor(glossary: try GlossaryLookupTests.glossary())
        var generator = SplitMix64(seed: 11)
        for round in 0..<60 {
            let lines = (0..<Int(1 + generator.next() % 4)).map { _ in Self.randomText(&generator, length: Int(generator.next() % 30)).replacingOccurrences(of: "\n", with: " ") }
            let text = lines.joined(separator: "\n") + "\n"
            let url = try Fixtures.scratchFolder().appendingPathComponent("q\(round).txt")
            try text.write(to: url, atomically: true, encoding: .utf8)
            let reader = try LineReader(path: url.path)
            extractor.begin(document: url.path)
            while let line = try reader.next() { extractor.add(line) }
            let file = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
            for q in extractor.finish() {
                #expect(q.start <= q.end && q.end <= file.count)
                #expect(String(String.UnicodeScalarView(file[q.start..<q.end])) == q.text)
            }
        }
    }
}

import Testing
@testable import Gyeore

/// The whole pipeline on the seed reports.
@Suite struct NormalizerSeedTests {
    let normalizer: Normalizer

    init() throws { normalizer = try Normalizer() }

    @Test(arguments: [
        // seed 000: a forum headline with straight quotes and a Hanja abbreviation.
        ("[일반] 방북 러 국방 \"군사협력 신속 확대\" 北국방상 \"전투우의 중요\"",
         "[일반] 방북 러 국방 “군사협력 신속 확대” 北국방상 “전투우의 중요”"),
        // seed 000: a paragraph starting with a no-break space.
        ("\u{00A0}안드레이 벨로우소프 러시아 국방장관과 노광철 북한 국방상이 29일 북한에서 회담하며 군사 분야 협력 강화를 다짐했다.",
         "안드레이 벨로우소프 러시아 국방장관과 노광철 북한 국방상이 29일 북한에서 회담하며 군사 분야 협력 강화를 다짐했다."),
        // seed 001: bullets with no-break spaces; a title with straight quotes after an ellipsis.
        ("  • \u{00A0}이승현 기자", "• 이승현 기자"),
        ("김정은, 러 국방장관 접견...\"평양은 모스크바와 함께 있을 것\" (2024. 11. 30.)",
         "김정은, 러 국방장관 접견...“평양은 모스크바와 함께 있을 것” (2024. 11. 30.)"),
        // seed 002: already normalized South Korean copy stays exactly as it is.
        ("북·러, 광범위한 군사협력 시사···“정치·경제·군사 모든 방면 발전”", "북·러, 광범위한 군사협력 시사···“정치·경제·군사 모든 방면 발전”"),
        ("더 많은 것을 읽으십시오 »", "더 많은 것을 읽으십시오 »"),
        // seed 003: HTML attributes keep their quotes; the quotation inside is folded.
        ("<p data-ke-size=\"size16\">이번 회담을 통해 '군사협력'을 직접 언급하며</p>",
         "<p data-ke-size=\"size16\">이번 회담을 통해 “군사협력”을 직접 언급하며</p>"),
        // seed 004: curly quotes with particles.
        ("한편 김 위원장은 새로운 '동맹'을 '양국 관계 발전의 분수령'이라고 표현했습니다.",
         "한편 김 위원장은 새로운 “동맹”을 “양국 관계 발전의 분수령”이라고 표현했습니다."),
        // North Korean style: full-width numbers and 《》 quotes.
        ("제５９차 《조로 두 나라사이의 〈포괄적인 전략적동반자관계〉》", "제59차 “조로 두 나라사이의 ‘포괄적인 전략적동반자관계’”"),
    ])
    func passage(input: String, expected: String) {
        #expect(normalizer.normalize(input).normalized == expected)
    }

    @Test func seedPassagesAreFoundInTheSeeds() throws {
        // The passages above are real: check a few of them against the files.
        #expect(try Fixtures.seed("000").contains("[일반] 방북 러 국방 \"군사협력 신속 확대\" 北국방상 \"전투우의 중요\""))
        #expect(try Fixtures.seed("001").contains("  • \u{00A0}이승현 기자"))
        #expect(try Fixtures.seed("002").contains("북·러, 광범위한 군사협력 시사···“정치·경제·군사 모든 방면 발전”"))
        #expect(try Fixtures.seed("004").contains("한편 김 위원장은 새로운 '동맹'을 '양국 관계 발전의 분수령'이라고 표현했습니다."))
    }

    @Test(arguments: Fixtures.seedURLs.map(\.lastPathComponent))
    func normalizingTwiceChangesNothing(seed: String) throws {
        for line in try Fixtures.seed(String(seed.prefix(3))).components(separatedBy: "\n") {
            let once = normalizer.normalize(line).normalized
            #expect(normalizer.normalize(once).normalized == once)
        }
    }

    /// The scalar form matchers use gives the text and offset map of the full result, on every
    /// seed line and on the whole document.
    @Test(arguments: Fixtures.seedURLs.map(\.lastPathComponent))
    func scalarOutputEqualsTheFullResult(seed: String) throws {
        let text = try Fixtures.seed(String(seed.prefix(3)))
        for piece in [text] + text.components(separatedBy: "\n") {
            let full = normalizer.normalize(piece)
            let scalars = normalizer.normalizedScalars(piece)
            #expect(scalars.original == [Unicode.Scalar](scalarsOf: piece))
            #expect(scalars.normalized == [Unicode.Scalar](scalarsOf: full.normalized))
            #expect(scalars.map == full.offsetMap)
        }
    }

    @Test(arguments: Fixtures.seedURLs.map(\.lastPathComponent))
    func mappingIsExactOnEverySeedLine(seed: String) throws {
        let text = try Fixtures.seed(String(seed.prefix(3)))
        let result = normalizer.normalize(text) // whole document at once: multi-line mode
        checkMapping(result)
        for line in text.components(separatedBy: "\n") { checkMapping(normalizer.normalize(line)) }
    }

    @Test func documentModeKeepsLineBreaksAndPairsQuotesAcrossThem() {
        let result = normalizer.normalize("첫 줄 \r\n\r\n《둘째 줄\n셋째 줄》")
        #expect(result.normalized == "첫 줄\n\n“둘째 줄\n셋째 줄”")
        #expect(result.quoteMarks.map(\.partner) == [1, 0])
    }

    /// The map covers both texts in order; unchanged runs hold identical text; every range maps
    /// back to a range that maps forward over it again; mapping is monotone.
    private func checkMapping(_ result: NormalizedText) {
        let original = Array(result.original.unicodeScalars)
        let normalized = Array(result.normalized.unicodeScalars)
        let map = result.offsetMap
        #expect(map.originalLength == original.count)
        #expect(map.normalizedLength == normalized.count)
        var o = 0, n = 0
        for run in map.runs {
            if !run.isChange {
                #expect(original[o..<o + run.originalLength] == normalized[n..<n + run.normalizedLength])
            }
            o += run.originalLength
            n += run.normalizedLength
        }
        // Ranges: every word-sized window.
        let step = max(1, normalized.count / 200)
        var previous = 0..<0
        for start in stride(from: 0, to: normalized.count, by: step) {
            let range = start..<min(normalized.count, start + 7)
            let back = result.originalRange(forNormalized: range)
            #expect(back.lowerBound >= 0 && back.upperBound <= original.count)
            let forward = result.normalizedRange(forOriginal: back)
            #expect(forward.lowerBound <= range.lowerBound && forward.upperBound >= range.upperBound)
            #expect(back.lowerBound >= previous.lowerBound)
            previous = back
        }
        // The whole normalized text maps back to the original with only trimmed edges left out.
        let whole = result.originalRange(forNormalized: 0..<normalized.count)
        #expect(original[..<whole.lowerBound].allSatisfy { $0.properties.isWhitespace || $0.value == 0xFEFF })
        #expect(original[whole.upperBound...].allSatisfy { $0.properties.isWhitespace })
    }
}

import Foundation
import Testing

@Suite(.enabled(if: CLIDependencies.dictionariesFound, "needs the MeCab dictionaries (see CLIDependencyTests)"))
struct OrthographyCommandTests {
    let example = "《조선민주주의인민공화국 정부와 군대와 인민은 국가의 주권과 령토완정을 수호하려는 로씨야련방의 정책을 변함없이 지지할것이다》\n"

    @Test func convertsAndExplainsEveryChange() throws {
        let result = try CommandRunner.run(["normalize", "--to", "sk", "--explain"], stdin: Data(example.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == """
        “조선민주주의인민공화국 정부와 군대와 인민은 국가의 주권과 영토 완정을 수호하려는 러시아 연방의 정책을 변함없이 지지할 것이다”
          0-1 [9-punctuation] 《 → “ (North Korean quotation mark)
          33-35 [2-dictionary] 령토 → 영토 (NK-HanDic: ‘영토’의 북한어)
          35-35 [7-spacing] 영토완정 → 영토 완정: compound HanDic does not know as one word
          45-50 [1-glossary] 로씨야련방 → 러시아 연방 (glossary country.russia)
          64-64 [7-spacing] 할것 → 할 것: dependent noun
          67-68 [9-punctuation] 》 → ” (North Korean quotation mark)

        """)
    }

    @Test func jsonCarriesExplanationsWithOffsetsIntoTheLine() throws {
        let result = try CommandRunner.run(["normalize", "--to", "sk", "--json", "--explain"], stdin: Data(example.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let object = try jsonObject(try #require(result.stdoutLines.first))
        let text = Array(try field(object, "text", String.self).unicodeScalars)
        let normalized = Array(try field(object, "normalized", String.self).unicodeScalars)
        let explanations = try field(object, "explanations", [[String: Any]].self)
        #expect(explanations.count == 6)
        let glossary = try #require(explanations.first { $0["rule"] as? String == "1-glossary" })
        let original = try field(glossary, "original", [Int].self), target = try field(glossary, "normalized", [Int].self)
        #expect(String(String.UnicodeScalarView(text[original[0]..<original[1]])) == "로씨야련방")
        #expect(String(String.UnicodeScalarView(normalized[target[0]..<target[1]])) == "러시아 연방")
        #expect(glossary["from"] as? String == "로씨야련방" && glossary["to"] as? String == "러시아 연방" && glossary["level"] as? String == "spelling", "\(glossary)")
    }

    /// South Korean text keeps its spelling: the only change `--to sk` may make is a space
    /// mending a lone slip of spacing (the forum post's 날수도 → 날 수도, as 한글 맞춤법 제42항
    /// wants), in at most 0.2% of the words.
    @Test func southKoreanSeedsKeepTheirSpelling() throws {
        var words = 0, changed = 0
        for seed in ["seeds/000_a4e56163664be897.txt", "seeds/004_15df3eb66bf667d6.txt"] {
            let plain = try CommandRunner.run(["normalize", seed])
            let south = try CommandRunner.run(["normalize", "--to", "sk", seed])
            #expect(south.status == 0)
            #expect(south.stdout.filter { $0 != " " } == plain.stdout.filter { $0 != " " })
            let before = plain.stdout.split(separator: "\n", omittingEmptySubsequences: false), after = south.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(before.count == after.count)
            for (a, b) in zip(before, after) {
                let (x, y) = (a.split(separator: " "), b.split(separator: " "))
                words += x.count
                if a != b { changed += max(1, abs(y.count - x.count)) }
            }
        }
        #expect(changed == 1, "\(changed) of \(words) words")
        #expect(Double(changed) <= 0.002 * Double(words))
    }

    @Test func aMissingDictionaryNamesTheSetUpCommand() throws {
        let result = try CommandRunner.run(["normalize", "--to", "sk", "--dictionary-dir", "/no/such/dir"], stdin: Data("령토\n".utf8))
        #expect(result.status == 66)
        #expect(result.stderr == "/no/such/dir: error: cannot open: the nkhandic dictionary was not found (looked in /no/such/dir/nkhandic); run 'bash scripts/setup.sh --deps-only' to fetch it, or name its folder with --dictionary-dir or GYEORE_DICTIONARIES\n")
    }

    @Test func orthographyFlagsNeedTo() throws {
        let result = try CommandRunner.run(["normalize", "--explain"], stdin: Data())
        #expect(result.status == 64)
        #expect(result.stderr.contains("--explain, --contract, --convert-names, --assume-north-korean and --wording go with --to sk"))
    }
}

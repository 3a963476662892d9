import Foundation
import Testing

/// `gyeore terms` as a pipeline runs it: terms inside North Korean words written solid with the
/// analyzer, word starts only without it, and a named dictionary folder that holds none.
@Suite struct TermsAnalyzerCommandTests {
    private func entries(_ arguments: [String], _ text: String) throws -> [String] {
        let result = try CommandRunner.run(["terms"] + arguments, stdin: Data((text + "\n").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return "\(object["start"] ?? "")-\(object["end"] ?? "") \(object["text"] ?? "") \(object["entry"] ?? "")"
        }
    }

    /// A sentence of the 2019 New Year address (`../shared/nk-texts/2019.txt`, CC0).
    @Test(.enabled(if: CLIDependencies.dictionariesFound, "needs the MeCab dictionaries (see CLIDependencyTests)"))
    func termsInsideWordsWrittenSolid() throws {
        let line = "경애하는 김정은동지께서는 《북과 남이 평화번영의 길로 나가기로 확약한 이상"
        #expect(try entries([], line) == ["5-8 김정은 person.kim-jong-un", "8-10 동지 title.comrade", "15-16 북 country.north-korea"])
        #expect(try entries(["--no-morphology"], line) == ["5-8 김정은 person.kim-jong-un"])
    }

    @Test func aDictionaryFolderThatHoldsNoneIsAnError() throws {
        let result = try CommandRunner.run(["terms", "--dictionary-dir", "/no/such/folder"], stdin: Data("북과 남\n".utf8))
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("/no/such/folder") && result.stderr.contains("nkhandic"), "\(result.stderr)")
    }
}

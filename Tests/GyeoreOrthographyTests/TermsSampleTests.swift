import Foundation
import Gyeore
import Testing
@testable import GyeoreOrthography

/// `terms` on the labelled sample (Tests/Fixtures/terms): precision and recall stay at or above
/// the issue's targets (0.98 and 0.95; measured 1.000 and 0.978 with the analyzer).
@Suite(.enabled(if: OrthographyFixtures.dictionariesLoad, "needs the MeCab dictionaries (see DependencyTests)"))
struct TermsSampleTests {
    struct Mention: Hashable {
        var document: String
        var start: Int
        var end: Int
        var entry: String
    }

    @Test func precisionAndRecallOnTheLabelledSample() throws {
        let folder = OrthographyFixtures.root.appendingPathComponent("Tests/Fixtures/terms")
        var texts: [(String, String)] = []
        for line in try String(contentsOf: folder.appendingPathComponent("sample.jsonl"), encoding: .utf8).split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            texts.append((try #require(object["id"]), try #require(object["text"])))
        }
        var gold = Set<Mention>(), homographs = Set<Mention>()
        for line in try String(contentsOf: folder.appendingPathComponent("labels.tsv"), encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let mention = Mention(document: fields[0], start: try #require(Int(fields[1])), end: try #require(Int(fields[2])), entry: fields[3])
            if fields[5] == "yes" { gold.insert(mention) } else if fields[5] == "homograph" { homographs.insert(mention) }
        }
        #expect(texts.count == 285 && gold.count == 556)
        let matcher = try TermMatcher(glossary: try OrthographyFixtures.glossary(), segmenter: try MeCabWordSegmenter(dictionaryFolder: OrthographyFixtures.dictionaries))
        var found = Set<Mention>()
        for (id, text) in texts {
            for match in matcher.matches(in: text) { found.insert(Mention(document: id, start: match.range.lowerBound, end: match.range.upperBound, entry: match.entry.id)) }
        }
        found.subtract(homographs)
        let right = Double(found.intersection(gold).count)
        #expect(right / Double(found.count) >= 0.98, "precision \(right / Double(found.count)): \(found.subtracting(gold).map { "\($0)" }.sorted().prefix(10))")
        #expect(right / Double(gold.count) >= 0.95, "recall \(right / Double(gold.count)): \(gold.subtracting(found).map { "\($0)" }.sorted().prefix(10))")
    }
}

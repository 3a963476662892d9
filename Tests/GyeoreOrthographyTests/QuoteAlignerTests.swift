import Foundation
import Gyeore
import Testing
@testable import GyeoreOrthography

@Suite struct QuoteAlignerTests {
    let aligner = try! QuoteAligner(normalizer: OrthographyFixtures.standard, glossary: OrthographyFixtures.glossary)

    private func quotations(_ paths: [String]) throws -> [Quotation] {
        let extractor = try QuoteExtractor(glossary: OrthographyFixtures.glossary)
        var result: [Quotation] = []
        for path in paths {
            let reader = try LineReader(path: path)
            extractor.begin(document: path)
            while let line = try reader.next() { extractor.add(line) }
            result += extractor.finish()
        }
        return result
    }

    /// A quotation as "file@its first eight characters".
    private func key(_ q: Quotation) -> String { "\(URL(fileURLWithPath: q.document).lastPathComponent)@\(q.text.prefix(8))" }

    /// Pairs of quotations predicted to render the same statement.
    private func predictedPairs(_ paths: [String]) throws -> Set<String> {
        let items = try quotations(paths).map(aligner.item)
        var pairs = Set<String>()
        for group in aligner.clusters(items, pairs: aligner.pairs(items)) where group.count > 1 {
            let keys = group.map { key(items[$0].quotation) }.sorted()
            for i in keys.indices { for j in keys.indices where i < j { pairs.insert("\(keys[i])|\(keys[j])") } }
        }
        return pairs
    }

    @Test func labelledSetPrecisionAndRecall() throws {
        let folder = OrthographyFixtures.root.appendingPathComponent("Tests/Fixtures/alignment")
        let files = ["kcna.txt", "yonhap.txt", "newsis.txt", "wire.txt"].map { folder.appendingPathComponent($0).path }
        var labels: [String: String] = [:]   // "file@prefix12" -> statement
        for line in try String(contentsOf: folder.appendingPathComponent("labels.tsv"), encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            labels["\(f[0])@\(f[1].prefix(8))"] = f[2]
        }
        var truth = Set<String>()
        let keys = labels.keys.sorted()
        for i in keys.indices { for j in keys.indices where i < j && labels[keys[i]] == labels[keys[j]] && labels[keys[i]] != "-" { truth.insert("\(keys[i])|\(keys[j])") } }
        let predicted = try predictedPairs(files)
        let correct = predicted.intersection(truth).count
        let precision = Double(correct) / Double(max(1, predicted.count)), recall = Double(correct) / Double(truth.count)
        // Measured: 13 of 13 predicted pairs are true, of 20 true pairs (the misses are heavy
        // paraphrases and English quotations with fewer than three glossary anchors).
        #expect(truth.count == 20)
        #expect(precision == 1.0, "false pairs: \(predicted.subtracting(truth))")
        #expect(recall >= 0.65, "missed: \(truth.subtracting(predicted))")
        // The same statement in North and South Korean spelling, and in English.
        #expect(predicted.contains("kcna.txt@로씨야는 지금 |yonhap.txt@러시아는 지금 "))
        #expect(predicted.contains("kcna.txt@로씨야는 지금 |wire.txt@Russia i"))
        // A fragment of a longer rendering (쇼이구: the last clause only).
        #expect(predicted.contains("kcna.txt@조선인민군은 세|yonhap.txt@세계에서 가장 "))
    }

    @Test func seedsHoldOneStatementQuotedTwice() throws {
        let files = OrthographyFixtures.root.appendingPathComponent("seeds")
        let paths = try FileManager.default.contentsOfDirectory(atPath: files.path).filter { $0.hasSuffix(".txt") }.sorted().map { files.appendingPathComponent($0).path }
        let predicted = try predictedPairs(paths)
        // The headline condenses Kim's statement that the article quotes in full; boilerplate
        // (러시아와 북한, 전략적 동반자 관계) and different events are not merged.
        #expect(predicted == ["001_7e2b87ae5e712a91.txt@강력한 북러관계|001_7e2b87ae5e712a91.txt@강력한 조로관계"])
    }

    @Test func alignmentIsSymmetricAndIndependentOfFileOrder() throws {
        let folder = OrthographyFixtures.root.appendingPathComponent("Tests/Fixtures/alignment")
        let files = ["kcna.txt", "yonhap.txt", "newsis.txt", "wire.txt"].map { folder.appendingPathComponent($0).path }
        #expect(try predictedPairs(files) == predictedPairs(files.reversed()))
        let items = try quotations(files).map(aligner.item)
        for a in items.indices { for b in items.indices where a < b { #expect(aligner.score(items[a], items[b]) == aligner.score(items[b], items[a])) } }
    }

    /// Shuffling every quotation of the labelled set finds the same pairs, also when the cap on
    /// postings per feature (2 here, so that nearly every feature is capped) decides what is scanned.
    @Test(arguments: [64, 2])
    func pairsDoNotDependOnInputOrder(postingsPerKey: Int) throws {
        var options = QuoteAligner.Options()
        options.postingsPerKey = postingsPerKey
        let aligner = try QuoteAligner(normalizer: OrthographyFixtures.standard, glossary: OrthographyFixtures.glossary, options: options)
        let folder = OrthographyFixtures.root.appendingPathComponent("Tests/Fixtures/alignment")
        let files = ["kcna.txt", "yonhap.txt", "newsis.txt", "wire.txt"].map { folder.appendingPathComponent($0).path }
        let items = try quotations(files).map(aligner.item)
        func pairKeys(_ items: [QuoteAligner.Item]) -> Set<String> {
            Set(aligner.pairs(items).map { pair in
                [items[pair.a], items[pair.b]].map { "\($0.quotation.document)#\($0.quotation.text)" }.sorted().joined(separator: "|") + " \(pair.score)"
            })
        }
        let expected = pairKeys(items)
        #expect(expected.count >= (postingsPerKey == 64 ? 11 : 1)) // 11 direct pairs; clustering makes them 13
        var generator = SplitMix64(seed: 6)
        for _ in 0..<5 { #expect(pairKeys(items.shuffled(using: &generator)) == expected) }
    }

    @Test(arguments: [
        ("로씨야련방의 정책", "러시아 연방의 정책", ["spelling"]),
        ("전략적동반자관계를 발전", "전략적 동반자 관계를 발전", ["spacing"]),
        ("호상협조를 강화", "상호 협조를 강화", ["lexical"]),
        ("벨로우쏘브 국방상", "벨로우소프 국방상", ["lexical"]),
        ("관계가 빠르게 확대되고 있다", "관계가 활발히 확대되고 있다", ["paraphrase"]),
        ("국방분야를 비롯하여 두 나라 관계를 확대", "두 나라 관계를 확대", ["omission"]),
        ("우리는 친구", "우리는 오랜 친구", ["addition"]),
        ("평화, 안정", "평화 안정", ["punctuation"]),
        ("같은 말", "같은 말", ["identical"]),
    ])
    func diffCategories(a: String, b: String, categories: [String]) {
        #expect(RenderingDiff.compare(a, b, aligner: aligner).map(\.category) == categories)
    }
}

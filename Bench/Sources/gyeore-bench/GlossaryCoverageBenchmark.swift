import Foundation
import Gyeore
import GyeoreOrthography

/// `gyeore-bench coverage [DIR]`: how many of the most frequent nouns of real North Korean text
/// `gyeore lookup` finds. The nouns are MeCab's (NK-HanDic) over every `*.txt` of DIR (default
/// `../shared/nk-texts`, the New Year addresses); the 200 most frequent (common and proper, by
/// their written form; `--top N` for another count) are looked up in the reviewed glossary alone, the baseline, and then, for
/// those it misses, in the proposals set-up generates (``GlossaryProposals``), as `lookup` does.
struct GlossaryCoverageBenchmark {
    let folder: String
    var top = 200

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let glossary = try Glossary(folder: root.appendingPathComponent("glossary").path)
        let tagger = try MeCabTagger(dictionary: try DictionaryLocator.locate("nkhandic"))
        guard let path = GlossaryProposals.locate() else { throw BenchError("no glossary proposals in deps/ (run scripts/setup.sh --deps-only)") }
        let proposals = try GlossaryProposals(contentsOf: path)

        var counts: [String: Int] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        for name in files {
            let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                // NK-HanDic reads Hangul as conjoining jamo.
                for morpheme in tagger.analyse(Array(String(line).decomposedStringWithCanonicalMapping.utf8)) where morpheme.tag == "NNG" || morpheme.tag == "NNP" {
                    let form = morpheme[6].precomposedStringWithCanonicalMapping
                    guard form.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) else { continue }
                    counts[form, default: 0] += 1
                }
            }
        }
        let frequent = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top).map(\.key)
        var reviewed: [String] = [], proposed: [String] = [], missed: [String] = []
        for noun in frequent {
            if !glossary.lookup(noun).isEmpty { reviewed.append(noun) } else if !proposals.lookup(noun).isEmpty { proposed.append(noun) } else { missed.append(noun) }
        }
        func share(_ n: Int) -> String { String(format: "%3d of %d (%.1f%%)", n, frequent.count, 100 * Double(n) / Double(max(1, frequent.count))) }
        print("glossary coverage: the \(frequent.count) most frequent nouns (NK-HanDic's NNG and NNP) of \(files.count) texts in \(folder), \(counts.count) distinct")
        print("  reviewed glossary (\(glossary.entries.count) entries), the baseline   \(share(reviewed.count))")
        print("  with the proposals (\(proposals.count) rows, not reviewed)      \(share(reviewed.count + proposed.count))")
        print("  found only among the proposals: \(proposed.joined(separator: " "))")
        print("  found nowhere: \(missed.joined(separator: " "))")
    }
}

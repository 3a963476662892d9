import Foundation
import Gyeore

/// `gyeore-bench lexicon-gaps DIR... [--top N] [--lines]`: the Korean content words of the
/// quotations in the reports of the folders (with `--lines`, of every line of every text file,
/// for running text such as the New Year addresses) that no lexicon row, glossary entry or Hanja gloss gives an English
/// counterpart, by how many quotations hold them, most first (grouped by the first two syllables,
/// the stem the aligner compares an unknown word by). Where the bilingual lexicon's coverage ends,
/// measured on material chosen by the caller: rows chosen from one set's list can be judged on
/// another set.
struct LexiconGapsBenchmark {
    let folders: [String]
    let top: Int
    /// Every line a rendering (running text), not the quotations of reports.
    var lines = false

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let (glossary, aligner) = try AlignmentBenchmark.standardAligner(root: root, hanja: true)
        let extractor = try QuoteExtractor(glossary: glossary)
        var quotationsHolding: [String: Int] = [:]
        var forms: [String: [String: Int]] = [:]
        var koreanQuotations = 0, contentWords = 0, uncovered = 0
        for folder in folders {
            let directory = URL(fileURLWithPath: folder)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in files {
                let reader = try LineReader(path: directory.appendingPathComponent(name).path)
                var quotations: [Quotation] = []
                if lines {
                    while let line = try reader.next() { if !line.text.isEmpty { quotations.append(Quotation(text: line.text, document: name, language: .korean)) } }
                } else {
                    extractor.begin(document: name)
                    while let line = try reader.next() { extractor.add(line) }
                    quotations = extractor.finish()
                }
                for quotation in quotations where quotation.language == .korean {
                    koreanQuotations += 1
                    let item = aligner.item(quotation)
                    contentWords += aligner.contentWords(item).count
                    let words = aligner.wordsWithoutCounterparts(item)
                    uncovered += words.count
                    var stems = Set<String>()
                    for word in words {
                        let stem = String(String.UnicodeScalarView(word.unicodeScalars.filter { $0.properties.isAlphabetic }.prefix(2)))
                        guard !stem.isEmpty else { continue }
                        stems.insert(stem)
                        forms[stem, default: [:]][word, default: 0] += 1
                    }
                    for stem in stems { quotationsHolding[stem, default: 0] += 1 }
                }
            }
        }
        print("lexicon gaps in \(folders.joined(separator: ", ")): \(koreanQuotations) Korean quotations, \(uncovered) of \(contentWords) content words with no English counterpart")
        for (stem, count) in quotationsHolding.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).prefix(top) {
            let examples = (forms[stem] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(4).map(\.key)
            print("\(count)\t\(stem)\t\(examples.joined(separator: " "))")
        }
    }
}

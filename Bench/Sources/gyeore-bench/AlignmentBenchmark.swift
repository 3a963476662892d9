import Foundation
import Gyeore
import GyeoreOrthography
import GyeoreTestSupport

/// `gyeore-bench align`: planted statements rendered several ways, at several corpus sizes;
/// prints time, peak memory and pairwise precision and recall of the planted matches.
struct AlignmentBenchmark {
    let sizes: [Int]

    /// The package's glossary and an aligner that converts North Korean orthography, as `align` runs.
    static func standardAligner(root: URL, hanja useHanja: Bool = true, curated: Bool = true) throws -> (Glossary, QuoteAligner) {
        let glossary = try Glossary(folder: root.appendingPathComponent("glossary").path)
        var configuration = NormalizerConfiguration()
        configuration.lineBreaks = .toSpace
        configuration.orthography = OrthographyStep(converter: try OrthographyConverter(glossary: glossary, options: .matching))
        var options = QuoteAligner.Options()
        // For calibration runs: the same aligner at another threshold.
        if let value = ProcessInfo.processInfo.environment["GYEORE_MIN_SCORE"].flatMap(Double.init) { options.minimumScore = value }
        // The Hanja glosses set-up generates; GYEORE_NO_HANJA=1 measures without them.
        var hanja: HanjaGlosses?
        options.curatedLexicon = curated
        if useHanja && ProcessInfo.processInfo.environment["GYEORE_NO_HANJA"] == nil {
            guard let path = HanjaGlosses.locate() else { throw BenchError("no Hanja glosses in deps/ (run scripts/setup.sh --deps-only)") }
            hanja = try HanjaGlosses(contentsOf: path)
        }
        // The lexicon's lemma rows, through HanDic; GYEORE_NO_LEMMAS=1 measures without them.
        let lemmatizer = ProcessInfo.processInfo.environment["GYEORE_NO_LEMMAS"] == nil ? try MeCabLemmatizer() : nil
        return (glossary, try QuoteAligner(normalizer: try Normalizer(configuration: configuration), glossary: glossary, hanja: hanja, lemmatizer: lemmatizer, options: options))
    }

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let (glossary, aligner) = try AlignmentBenchmark.standardAligner(root: root)

        // Sentences of the seeds, as material.
        var sentences: [[String]] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
            for line in text.components(separatedBy: "\n") where !line.contains("<") {
                for sentence in line.components(separatedBy: ". ") {
                    let words = sentence.split(separator: " ").map(String.init).filter { $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
                    if words.count >= 8 { sentences.append(words) }
                }
            }
        }
        let vocabulary = Array(Set(sentences.joined())).sorted()
        // South → North respellings (the development set's pairs, reversed) for variation.
        var northern: [String: String] = [:]
        for line in try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/orthography/word-pairs.tsv"), encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            if f[2] != "guard" && !f[1].contains(" ") { northern[f[1]] = f[0] }
        }
        for entry in glossary.entries where [.country, .capital, .person].contains(entry.kind) {
            if let nk = entry.forms(.nk).first?.text, !entry.southKorean.contains(" ") { northern[entry.southKorean] = nk }
        }
        let substitutes = ["빠르게": "활발히", "더욱": "한층", "강화": "증진", "모든": "여러", "우리는": "우리도", "것": "일", "지역": "지방", "관계": "사이"]
        print("alignment benchmark (\(sentences.count) seed sentences and \(vocabulary.count) words as material; planted statements of four three-word windows, 2-4 renderings each)")
        print("  quotations      time     peak memory   pairs found   precision   recall")
        for size in sizes {
            var generator = SplitMix64(seed: UInt64(size))
            var quotations: [Quotation] = []
            var groupOf: [Int] = []
            var group = 0
            while quotations.count < size {
                var base: [String] = []
                for _ in 0..<4 {
                    let s = sentences[Int(generator.next() % UInt64(sentences.count))]
                    let length = 3
                    let start = Int(generator.next() % UInt64(max(1, s.count - length)))
                    var window = Array(s[start..<min(s.count, start + length)])
                    // Statements on one topic share phrases but not all their words: each window
                    // takes one word from elsewhere in the seeds.
                    window[Int(generator.next() % UInt64(window.count))] = vocabulary[Int(generator.next() % UInt64(vocabulary.count))]
                    base += window
                }
                let renderings = 2 + Int(generator.next() % 3)
                for r in 0..<renderings where quotations.count < size {
                    var words = base
                    if r > 0 {
                        switch generator.next() % 5 {
                        case 0: words = words.map { w in northern.first { w.hasPrefix($0.key) }.map { w.replacingOccurrences(of: $0.key, with: $0.value) } ?? w }
                        case 1: // North Korean spacing: some neighbours written solid
                            var joined: [String] = []
                            for w in words { if !joined.isEmpty && generator.next() % 3 == 0 { joined[joined.count - 1] += w } else { joined.append(w) } }
                            words = joined
                        case 2: // a fragment: one outlet quotes part only
                            let keep = max(5, words.count * (6 + Int(generator.next() % 3)) / 10)
                            words = generator.next() % 2 == 0 ? Array(words.prefix(keep)) : Array(words.suffix(keep))
                        case 3: words = words.map { substitutes[$0] ?? $0 }
                        default: words = words.map { $0.replacingOccurrences(of: ",", with: "") }
                        }
                    }
                    let text = words.joined(separator: " ")
                    quotations.append(Quotation(document: "bench-\(quotations.count % 97)", start: 0, end: text.unicodeScalars.count, line: quotations.count + 1,
                                                text: text, normalized: text, marks: "“”", depth: 0, parent: nil, kind: .direct, clause: nil, verb: nil,
                                                speaker: nil, speakerText: nil, speakerEntry: nil, language: .korean, occurrences: []))
                    groupOf.append(group)
                }
                group += 1
            }
            let start = DispatchTime.now()
            let items = quotations.map(aligner.item)
            let pairs = aligner.pairs(items)
            let clusters = aligner.clusters(items, pairs: pairs)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            // Pairwise precision and recall of "same cluster" against "same planted group".
            func choose2(_ n: Int) -> Int { n * (n - 1) / 2 }
            // Clusters may share members (a whole sentence in the clusters of its parts): each
            // pair counts once.
            var together = Set<Int>()
            for cluster in clusters where cluster.count > 1 {
                for x in cluster { for y in cluster where x < y { together.insert(x * quotations.count + y) } }
            }
            let predicted = together.count
            let correct = together.filter { groupOf[$0 / quotations.count] == groupOf[$0 % quotations.count] }.count
            var groupSizes: [Int: Int] = [:]
            for g in groupOf { groupSizes[g, default: 0] += 1 }
            let truth = groupSizes.values.map(choose2).reduce(0, +)
            print(String(format: "  %10d  %7.2f s  %9.0f MB   %11d   %8.3f   %6.3f", size, seconds, peakResidentMB(), predicted,
                         Double(correct) / Double(max(1, predicted)), Double(correct) / Double(max(1, truth))))
        }
    }
}

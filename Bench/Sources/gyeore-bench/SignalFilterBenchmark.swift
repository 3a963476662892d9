import Foundation
import Gyeore
import GyeoreOrthography

/// `gyeore-bench signals [DIR]`: how many of the sentences that full analysis changes the cheap
/// signal filter lets through, over real North Korean text (default `../shared/nk-texts/`):
/// each line's sentences converted twice, once with the filter and once analysing every
/// sentence, compared sentence by sentence. Prints the share (the orthography issue's target is
/// ≥ 99.5%), the share of sentences analysed, both runs' times, and the sentences the filter
/// missed with the words that differ.
struct SignalFilterBenchmark {
    let folder: String

    func run() throws {
        let filtered = try BenchSetup()
        var every = OrthographyOptions()
        every.analysesEverySentence = true
        let full = try BenchSetup(options: every)
        let (withFilter, withoutFilter) = (filtered.toSouth, full.toSouth)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let splitter = try ClauseSplitter()
        var sentences: [String] = []
        for name in files {
            for line in try String(contentsOfFile: URL(fileURLWithPath: folder).appendingPathComponent(name).path, encoding: .utf8).split(separator: "\n") {
                let text = String(line)
                let scalars = Array(text.unicodeScalars)
                for range in splitter.sentences(of: text, language: "ko") { sentences.append(String(String.UnicodeScalarView(scalars[range]))) }
            }
        }
        var filteredOut: [String] = [], fullOut: [String] = []
        let t0 = Date()
        for s in sentences { filteredOut.append(withFilter.normalize(s).normalized) }
        let t1 = Date()
        for s in sentences { fullOut.append(withoutFilter.normalize(s).normalized) }
        let t2 = Date()
        var changed = 0, passed = 0
        var missed: [(String, String, String)] = []
        for (i, s) in sentences.enumerated() where fullOut[i] != s {
            changed += 1
            if filteredOut[i] == fullOut[i] { passed += 1 } else { missed.append((s, filteredOut[i], fullOut[i])) }
        }
        let stats = filtered.converter.statistics
        print("signal filter over \(folder): \(files.count) files, \(sentences.count) sentences")
        print(String(format: "  sentences full analysis changes: %d; the filter passes %d of them (%.2f%%)", changed, passed, 100 * Double(passed) / Double(max(1, changed))))
        print(String(format: "  sentences analysed with the filter: %d of %d (%.1f%%)", stats.sentencesAnalysed, stats.sentences, 100 * Double(stats.sentencesAnalysed) / Double(max(1, stats.sentences))))
        print(String(format: "  time with the filter %.2f s, analysing every sentence %.2f s (same run)", t1.timeIntervalSince(t0), t2.timeIntervalSince(t1)))
        // The words that differ, most frequent first: what the filter lets slip.
        var words: [String: Int] = [:]
        for (_, a, b) in missed {
            let (x, y) = (a.split(separator: " ").map(String.init), b.split(separator: " ").map(String.init))
            for w in Set(x).subtracting(y) { words[w, default: 0] += 1 }
        }
        print("  words the filter leaves unconverted (top 30): " + words.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(30).map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
        for (s, _, b) in missed.prefix(10) { print("  missed: \(s)\n       → \(b)") }
    }
}

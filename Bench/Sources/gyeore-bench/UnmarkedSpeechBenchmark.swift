import Foundation
import Gyeore

/// `gyeore-bench unmarked --labelled DIR... [--misses]`: how much of the speech North Korean copy
/// reports without quotation marks `quotes` finds, where each quotation starts and ends, and who
/// it gives it to, beside a naive baseline in the same run.
///
/// Each folder holds reports (`*.txt`) and `labels.tsv`: for every stretch of reported speech a
/// reader would cite (a clause before -다고/-라고 and a reporting verb, a sentence of a commentary
/// or answer printed after "as follows"), its file, its first characters and the glossary name of
/// its speaker (`-` when the report does not name one). An extracted quotation of kind `indirect`
/// matches a label when it starts with the label's characters and holds no word of the reporting
/// clause after them (it ends before 고, 하면서 or the sentence's stop). Precision counts every
/// `indirect` quotation extracted; a quotation that starts elsewhere is a miss and a wrong one.
/// A fourth column `whole` marks a sentence of a statement printed whole: the sentence is the
/// speaker's as it stands, so its own verb (…개시하였다) is no reporting clause.
///
/// The naive baseline reads each sentence (split after ". ") holding a word in -다고/-라고 followed
/// within two words by a word in -다 or -면서, and takes the words before that quotative, less a
/// first word ending in 은/는; it names no speaker.
struct UnmarkedSpeechBenchmark {
    let folders: [String]
    var misses = false

    struct Label { let file: String, prefix: String, speaker: String?, whole: Bool }

    struct Tally {
        var labels = 0, extracted = 0, found = 0, speakers = 0
        func line(_ name: String) -> String {
            let p = extracted == 0 ? 1 : Double(found) / Double(extracted), r = labels == 0 ? 1 : Double(found) / Double(labels)
            let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
            return "  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) P \(String(format: "%.3f", p))  R \(String(format: "%.3f", r))  F \(String(format: "%.3f", f))  speaker right \(String(format: "%.3f", labels == 0 ? 0 : Double(speakers) / Double(labels)))  (\(found) of \(extracted) extracted, \(labels) labelled; \(speakers) with the right speaker)"
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let glossary = try Glossary(folder: root.appendingPathComponent("glossary").path)
        let extractor = try QuoteExtractor(glossary: glossary)
        var allGyeore = Tally(), allNaive = Tally()
        for folder in folders {
            let directory = URL(fileURLWithPath: folder)
            var labels: [String: [Label]] = [:]
            for (n, line) in try String(contentsOf: directory.appendingPathComponent("labels.tsv"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.hasPrefix("#") && !line.isEmpty {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 3 else { throw BenchError("\(folder)/labels.tsv:\(n + 1): a row needs file, first characters and speaker") }
                labels[fields[0], default: []].append(Label(file: fields[0], prefix: fields[1], speaker: fields[2] == "-" ? nil : fields[2], whole: fields.count > 3 && fields[3] == "whole"))
            }
            var gyeore = Tally(), naive = Tally()
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in files {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let expected = labels[name] ?? []
                let found = extractor.quotations(in: text, document: name).filter { $0.kind == .indirect }.map { ($0.text, $0.speaker) }
                score(found, expected, into: &gyeore, file: name, report: misses)
                score(Self.naive(text).map { ($0, nil) }, expected, into: &naive, file: name, report: false)
            }
            let total = labels.values.reduce(0) { $0 + $1.count }
            guard gyeore.labels == total else { throw BenchError("\(folder)/labels.tsv names files that are not in the folder") }
            print("unmarked speech in \(folder): \(files.count) reports, \(total) labelled stretches")
            print(gyeore.line("gyeore quotes (kind indirect)"))
            print(naive.line("naive (-다고 + verb, no speaker)"))
            for (all, one) in [(\Tally.labels, gyeore.labels), (\Tally.extracted, gyeore.extracted), (\Tally.found, gyeore.found), (\Tally.speakers, gyeore.speakers)] { allGyeore[keyPath: all] += one }
            for (all, one) in [(\Tally.labels, naive.labels), (\Tally.extracted, naive.extracted), (\Tally.found, naive.found), (\Tally.speakers, naive.speakers)] { allNaive[keyPath: all] += one }
        }
        if folders.count > 1 {
            print("all \(folders.count) folders:")
            print(allGyeore.line("gyeore quotes (kind indirect)"))
            print(allNaive.line("naive (-다고 + verb, no speaker)"))
        }
    }

    /// Matches extracted stretches to labels by their start; a stretch matches once.
    func score(_ found: [(text: String, speaker: String?)], _ expected: [Label], into tally: inout Tally, file: String, report: Bool) {
        tally.labels += expected.count
        tally.extracted += found.count
        var used = Set<Int>()
        for label in expected {
            if let k = found.indices.first(where: { !used.contains($0) && Self.matches(found[$0].text, label.prefix, whole: label.whole) }) {
                used.insert(k)
                tally.found += 1
                if found[k].speaker == label.speaker { tally.speakers += 1 } else if report { print("    speaker \(file): \(label.prefix)… gave \(found[k].speaker ?? "-"), labelled \(label.speaker ?? "-")") }
            } else if report {
                print("    missed \(file): \(label.prefix)…")
            }
        }
        if report { for k in found.indices where !used.contains(k) { print("    extra \(file): \(found[k].text.prefix(40))…") } }
    }

    /// Whether an extracted stretch starts with a label's characters and leaves out the
    /// reporting clause (it does not end in a quotative or reporting word).
    static func matches(_ text: String, _ prefix: String, whole: Bool = false) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix(prefix), let last = trimmed.split(separator: " ").last else { return false }
        if whole { return true }
        return !(last.hasSuffix("다고") || last.hasSuffix("라고") || last.hasSuffix("하면서") || last.hasSuffix("하였다") || last.hasSuffix("했다"))
    }

    /// The naive baseline's stretches of one report.
    static func naive(_ text: String) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n") {
            for sentence in line.components(separatedBy: ". ") {
                let words = sentence.split(separator: " ").map(String.init)
                guard let q = words.indices.first(where: { k in
                    (words[k].hasSuffix("다고") || words[k].hasSuffix("라고")) && words[(k + 1)..<min(words.count, k + 3)].contains { $0.hasSuffix("다") || $0.hasSuffix("다.") || $0.hasSuffix("면서") }
                }) else { continue }
                var clause = Array(words[...q])
                if let first = clause.first, clause.count > 1, first.hasSuffix("은") || first.hasSuffix("는") { clause.removeFirst() }
                var joined = clause.joined(separator: " ")
                joined.removeLast()  // the quotative's 고
                result.append(joined)
            }
        }
        return result
    }
}

import Foundation
import Gyeore
import GyeoreOrthography

/// `gyeore-bench orthography`: the development-set accuracy per rule, South Korean precision,
/// and the speed of `--to sk` against the plain normalizer and MeCab alone, in one run.
struct OrthographyBenchmark {
    let megabytes: Int
    /// Lists every gold-set sentence the converter gets wrong.
    var misses = false
    /// Only the gold set of real North Korean text (no development set, no speed).
    var goldOnly = false
    /// Converts as `--assume-north-korean` does (a source known to be North Korean).
    var assumesNorthKorean = false
    /// The folder whose `.txt` files the speed is measured on, repeated to ``megabytes``
    /// (default: the seeds, `seeds/`).
    var corpus: String? = nil

    func run() throws {
        var options = OrthographyOptions()
        options.assumesNorthKorean = assumesNorthKorean
        let setup = try BenchSetup(options: options)
        let (root, converter, plain, toSouth) = (setup.root, setup.converter, setup.plain, setup.toSouth)

        // The addresses' set, on which the rules were written, then the sets written down after
        // them (recent statements; held back from rule-making), each named with its file.
        let sets = try [
            ("gold-nk-texts.tsv", "gold set of real North Korean text"),
            ("gold-statements.tsv", "gold set of recent statements, built after the rules"),
            ("gold-held-back.tsv", "gold set held back from rule-making"),
            ("gold-held-back-2.tsv", "second gold set held back from rule-making"),
            ("gold-held-back-3.tsv", "third gold set held back from rule-making, editorials"),
            ("gold-held-back-4.tsv", "fourth gold set held back from rule-making, editorials"),
            ("gold-held-back-5.tsv", "fifth gold set held back from rule-making, editorials and commentaries"),
            ("gold-held-back-6.tsv", "sixth gold set held back from rule-making, honorific narrative"),
            ("gold-held-back-7.tsv", "seventh gold set held back from rule-making, editorials"),
            ("gold-held-back-8.tsv", "eighth gold set held back from rule-making, descriptive prose"),
            ("gold-held-back-9.tsv", "ninth gold set held back from rule-making, polemics"),
            ("gold-held-back-10.tsv", "tenth gold set held back from rule-making, speeches of 1990-1992"),
            ("gold-held-back-11.tsv", "eleventh gold set held back from rule-making, Kim Il Sung's speeches of 1990-1992"),
            ("gold-held-back-12.tsv", "twelfth gold set held back from rule-making, Kim Jong Il's talks of 1986 and 1992"),
            ("gold-held-back-13.tsv", "thirteenth gold set held back from rule-making, reports of a leaders' meeting"),
            ("gold-held-back-14.tsv", "fourteenth gold set held back from rule-making, vox pop, essays and editorials"),
            ("gold-held-back-15.tsv", "fifteenth gold set held back from rule-making, editorial argument"),
            ("gold-held-back-16.tsv", "sixteenth gold set held back from rule-making, praise and a formal speech"),
            ("gold-held-back-17.tsv", "seventeenth gold set held back from rule-making, short news reports"),
            ("gold-held-back-18.tsv", "eighteenth gold set held back from rule-making, sports news"),
            ("gold-held-back-19.tsv", "nineteenth gold set held back from rule-making, the Korean press in Japan"),
            ("gold-held-back-20.tsv", "twentieth gold set held back from rule-making, a party congress's reports"),
            ("gold-held-back-21.tsv", "twenty-first gold set held back from rule-making, anti-epidemic and farming news"),
            ("gold-held-back-22.tsv", "twenty-second gold set held back from rule-making, polemics on Japan"),
            ("gold-held-back-23.tsv", "twenty-third gold set held back from rule-making, diplomatic messages"),
            ("gold-held-back-24.tsv", "twenty-fourth gold set held back from rule-making, commentaries on reunification"),
            ("gold-held-back-25.tsv", "twenty-fifth gold set held back from rule-making, editorial prose"),
            ("gold-held-back-26.tsv", "twenty-sixth gold set held back from rule-making, foreign news"),
            ("gold-held-back-27.tsv", "twenty-seventh gold set held back from rule-making, cultural news"),
            ("gold-held-back-28.tsv", "twenty-eighth gold set held back from rule-making, the Foreign Ministry's statements"),
            ("gold-held-back-29.tsv", "twenty-ninth gold set held back from rule-making, partisans' reminiscences"),
            ("gold-held-back-30.tsv", "thirtieth gold set held back from rule-making, New Year addresses the addresses' set does not hold"),
            ("gold-held-back-31.tsv", "thirty-first gold set held back from rule-making, more New Year addresses the addresses' set does not hold"),
            ("gold-held-back-32.tsv", "thirty-second gold set held back from rule-making, a third draw of New Year addresses the addresses' set does not hold"),
            ("gold-held-back-33.tsv", "thirty-third gold set held back from rule-making, long sentences of New Year addresses the addresses' set does not hold"),
            ("gold-held-back-34.tsv", "thirty-fourth gold set held back from rule-making, joint editorials and addresses of 2010-2019 the addresses' set does not hold"),
            ("gold-held-back-35.tsv", "thirty-fifth gold set held back from rule-making, a second draw of joint editorials and addresses of 2010-2019"),
        ].map { file, description in
            let path = "Tests/Fixtures/orthography/\(file)"
            return try OrthographyGoldSet(contentsOf: root.appendingPathComponent(path), title: "\(description) (\(path))")
        }
        if goldOnly {
            for set in sets { set.report(toSouth, plain: plain, misses: misses) }
            return
        }
        try evaluate(root: root, normalizer: toSouth)
        for set in sets { set.report(toSouth, plain: plain, misses: misses) }
        let before = converter.statistics
        try speed(root: root, plain: plain, toSouth: toSouth, tagger: converter.northKoreanTagger)
        let after = converter.statistics
        let seen = after.sentences - before.sentences, analysed = after.sentencesAnalysed - before.sentencesAnalysed
        print("  sentences analysed with MeCab: \(analysed)/\(seen) = \(percent(analysed, seen)); HanDic look-ups: \(after.southernLookups - before.southernLookups)")
    }

    // MARK: Accuracy

    private func rows(_ url: URL) throws -> [[String]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    private func evaluate(root: URL, normalizer: Normalizer) throws {
        let folder = root.appendingPathComponent("Tests/Fixtures/orthography")
        var byRule: [String: (total: Int, correct: Int)] = [:]
        var misses: [String] = []
        for row in try rows(folder.appendingPathComponent("word-pairs.tsv")) {
            let got = normalizer.normalize(row[0]).normalized
            let ok = got == row[1]
            byRule[row[2], default: (0, 0)].total += 1
            if ok { byRule[row[2]]!.correct += 1 } else { misses.append("  \(row[2]): \(row[0]) → \(got) (expected \(row[1]))") }
        }
        print("orthography development set (Tests/Fixtures/orthography)")
        print("  word pairs, accuracy per rule:")
        for (rule, count) in byRule.sorted(by: { $0.key < $1.key }) {
            print("    \(rule.padding(toLength: 18, withPad: " ", startingAt: 0)) \(count.correct)/\(count.total) = \(percent(count.correct, count.total))")
        }
        let total = byRule.values.reduce((0, 0)) { ($0.0 + $1.total, $0.1 + $1.correct) }
        print("    all                \(total.1)/\(total.0) = \(percent(total.1, total.0))")
        var sentences = 0, exact = 0
        for row in try rows(folder.appendingPathComponent("sentences.tsv")) {
            sentences += 1
            let got = normalizer.normalize(row[0]).normalized
            if got == row[1] { exact += 1 } else { misses.append("  sentence: \(got)\n      expected: \(row[1])") }
        }
        print("  sentences, exact match: \(exact)/\(sentences) = \(percent(exact, sentences))")
        // Precision on South Korean text: what fraction of words and sentences change.
        var words = 0, changedWords = 0
        for row in try rows(folder.appendingPathComponent("south-korean-words.tsv")) {
            words += 1
            let got = normalizer.normalize(row[0]).normalized
            if got != row[0] { changedWords += 1; misses.append("  south korean word changed: \(row[0]) → \(got)") }
        }
        print("  South Korean word list: \(changedWords)/\(words) words changed = \(percent(changedWords, words))")
        var seedSentences = 0, changedSentences = 0, seedWords = 0, seedChangedWords = 0
        let reference = try Normalizer(configuration: { var c = NormalizerConfiguration(); c.lineBreaks = .toSpace; return c }())
        for row in try rows(folder.appendingPathComponent("south-korean-sentences.tsv")) {
            seedSentences += 1
            let before = reference.normalize(row[0]).normalized
            let after = normalizer.normalize(row[0]).normalized
            let a = before.split(separator: " "), b = after.split(separator: " ")
            seedWords += a.count
            if before != after {
                changedSentences += 1
                seedChangedWords += max(1, zip(a, b).filter { $0 != $1 }.count + abs(a.count - b.count))
                misses.append("  south korean sentence changed: \(before)\n      → \(after)")
            }
        }
        print("  South Korean sentences of the seeds: \(changedSentences)/\(seedSentences) sentences changed = \(percent(changedSentences, seedSentences)); \(seedChangedWords)/\(seedWords) words = \(percent(seedChangedWords, seedWords))")
        if !misses.isEmpty {
            print("  misses:")
            misses.forEach { print($0) }
        }
    }

    private func percent(_ a: Int, _ b: Int) -> String { b == 0 ? "n/a" : String(format: "%.1f%%", 100 * Double(a) / Double(b)) }

    // MARK: Speed

    private func speed(root: URL, plain: Normalizer, toSouth: Normalizer, tagger: MeCabTagger) throws {
        let folder = corpus.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("seeds")
        var seedLines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            seedLines += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n")
        }
        guard seedLines.contains(where: { !$0.isEmpty }) else { throw BenchError("\(folder.path): no text in its .txt files") }
        var lines: [String] = []
        var bytes = 0
        while bytes < megabytes << 20 { for line in seedLines { lines.append(line); bytes += line.utf8.count + 1 } }
        let mb = Double(bytes) / 1_048_576
        var checksum = 0
        let plainTime = time { for line in lines { checksum &+= plain.normalize(line).normalized.utf8.count } }
        // MeCab alone: the same text, normalized and decomposed as the analyzer needs it.
        let decomposed = lines.map { line in Array(String(line.unicodeScalars.flatMap { decompose($0) }.map(Character.init)).utf8) }
        let mecabTime = time { for line in decomposed { checksum &+= tagger.countMorphemes(line) } }
        let southTime = time { for line in lines { checksum &+= toSouth.normalize(line).normalized.utf8.count } }
        print("speed on \(corpus ?? "the seeds") repeated to \(String(format: "%.1f", mb)) MB (checksum \(checksum % 1000))")
        print("  plain normalizer            \(String(format: "%7.2f", mb / plainTime)) MB/s")
        print("  MeCab + NK-HanDic alone     \(String(format: "%7.2f", mb / mecabTime)) MB/s")
        print("  normalize --to sk           \(String(format: "%7.2f", mb / southTime)) MB/s = \(String(format: "%.2f", mecabTime / southTime))x MeCab alone")
    }

    private func decompose(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        guard (0xAC00...0xD7A3).contains(scalar.value) else { return [scalar] }
        let index = scalar.value - 0xAC00
        var result = [Unicode.Scalar(0x1100 + index / 588)!, Unicode.Scalar(0x1161 + (index % 588) / 28)!]
        if index % 28 != 0 { result.append(Unicode.Scalar(0x11A7 + index % 28)!) }
        return result
    }

    private func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now()
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

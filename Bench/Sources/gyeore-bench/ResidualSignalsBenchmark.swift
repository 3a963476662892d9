import Foundation
import Gyeore
import GyeoreOrthography

/// `gyeore-bench residuals [DIR]`: the words of real North Korean text that still show a North
/// Korean signal (the cheap filter's: a Sino-Korean ㄹ/ㄴ syllable at a word or compound start,
/// 렬/률, -여/-였 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ, listed North Korean words, solid dependent nouns …) after
/// `--to sk`, beside the same count on the unchanged text; and the most frequent of them, to be
/// reviewed one by one (a miss, or why it stays: a name, a word South Korean writes the same).
/// DIR defaults to `../shared/nk-texts`; the South Korean summaries those files open with
/// (before "원 문") are left out.
struct ResidualSignalsBenchmark {
    let folder: String
    var top = 50

    func run() throws {
        let setup = try BenchSetup()
        let (converter, plain, toSouth) = (setup.converter, setup.plain, setup.toSouth)

        var words = 0, before = 0, after = 0
        var residual: [String: Int] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        for name in files {
            var lines = try String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
            if let original = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "원 문" }) { lines.removeFirst(original + 1) }
            for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                for word in plain.normalize(line).normalized.split(separator: " ") where converter.showsNorthKoreanSignal(String(word)) { before += 1 }
                for word in toSouth.normalize(line).normalized.split(separator: " ") {
                    words += 1
                    let text = String(word)
                    guard converter.showsNorthKoreanSignal(text) else { continue }
                    after += 1
                    // Counted without the punctuation around it.
                    let bare = String(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
                    residual[bare, default: 0] += 1
                }
            }
        }
        func share(_ n: Int) -> String { String(format: "%d (%.2f%%)", n, 100 * Double(n) / Double(max(1, words))) }
        print("residual North Korean signals over \(folder): \(files.count) files, \(words) words after --to sk")
        print("  words with a signal, unchanged text   \(share(before))")
        print("  words with a signal, after --to sk    \(share(after))")
        print("  the \(top) most frequent after --to sk:")
        for (word, count) in residual.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(top) {
            print("    \(count)\t\(word)")
        }
    }
}

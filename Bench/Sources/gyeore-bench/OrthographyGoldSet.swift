import Foundation
import Gyeore

/// The gold set of real North Korean running text (`Tests/Fixtures/orthography/gold-nk-texts.tsv`):
/// sentences of the New Year addresses with their South Korean spelling written by the norms.
/// Scored twice, as `--to sk` writes them and as the unchanged text is (the baseline): exact
/// match with spaces ignored, and with spaces counted, where a `^` of the gold accepts a space or
/// none; overall and per phenomenon (the `phenomena` column).
struct OrthographyGoldSet {
    struct Row {
        var id: String
        var northKorean: String
        var southKorean: String
        var phenomena: [String]
    }

    let rows: [Row]
    /// How the report names the set: its description and its path.
    let title: String

    init(contentsOf url: URL, title: String) throws {
        self.title = title
        var rows: [Row] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("id\t") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { throw BenchError("\(url.lastPathComponent): expected five fields (id, nk, sk, phenomena, source): \(line)") }
            rows.append(Row(id: fields[0], northKorean: fields[1], southKorean: fields[2], phenomena: fields[3].split(separator: ",").map(String.init)))
        }
        self.rows = rows
    }

    /// Whether `text` is the gold with spaces ignored.
    static func matchesIgnoringSpaces(_ text: String, _ gold: String) -> Bool {
        text.unicodeScalars.filter { $0 != " " } == gold.unicodeScalars.filter { $0 != " " && $0 != "^" }
    }

    /// Whether `text` is the gold with spaces counted: a gold space needs one, a `^` takes one or
    /// none, and nowhere else may the text have one.
    static func matchesWithSpaces(_ text: String, _ gold: String) -> Bool {
        let t = Array(text.unicodeScalars), g = Array(gold.unicodeScalars)
        var i = 0, j = 0
        while j < g.count {
            if g[j] == "^" {
                if i < t.count && t[i] == " " { i += 1 }
            } else {
                guard i < t.count, t[i] == g[j] else { return false }
                i += 1
            }
            j += 1
        }
        return i == t.count
    }

    /// Prints the scores of the converter and the unchanged text; with `misses`, every sentence the
    /// converter gets wrong.
    func report(_ normalizer: Normalizer, plain: Normalizer, misses: Bool) {
        var total: [String: (n: Int, loose: Int, strict: Int, baseLoose: Int, baseStrict: Int)] = [:]
        var wrong: [String] = []
        for row in rows {
            let converted = normalizer.normalize(row.northKorean).normalized
            // The baseline: the text as it is, normalized without conversion (width, quotes).
            let unchanged = plain.normalize(row.northKorean).normalized
            let loose = Self.matchesIgnoringSpaces(converted, row.southKorean), strict = Self.matchesWithSpaces(converted, row.southKorean)
            let baseLoose = Self.matchesIgnoringSpaces(unchanged, row.southKorean), baseStrict = Self.matchesWithSpaces(unchanged, row.southKorean)
            for key in ["all"] + row.phenomena {
                var entry = total[key] ?? (0, 0, 0, 0, 0)
                entry.n += 1
                if loose { entry.loose += 1 }
                if strict { entry.strict += 1 }
                if baseLoose { entry.baseLoose += 1 }
                if baseStrict { entry.baseStrict += 1 }
                total[key] = entry
            }
            if misses && !strict {
                wrong.append("  \(row.id) [\(row.phenomena.joined(separator: ","))]\(loose ? " (spacing only)" : "")\n    got:      \(converted)\n    expected: \(row.southKorean.replacingOccurrences(of: "^", with: "·"))")
            }
        }
        func percent(_ a: Int, _ b: Int) -> String { String(format: "%5.1f%%", 100 * Double(a) / Double(max(1, b))) }
        print("\(title): \(rows.count) sentences")
        print("  phenomenon       sentences   --to sk: spaces ignored / counted    unchanged text: ignored / counted")
        let order = ["all", "initial-sound", "yeol-yul", "yeo", "saisiot", "word", "punctuation", "spacing", "unchanged"]
        for key in order + total.keys.filter({ !order.contains($0) }).sorted() {
            guard let e = total[key] else { continue }
            print("  \(key.padding(toLength: 16, withPad: " ", startingAt: 0)) \(String(format: "%5d", e.n))       \(percent(e.loose, e.n)) / \(percent(e.strict, e.n))              \(percent(e.baseLoose, e.n)) / \(percent(e.baseStrict, e.n))")
        }
        if misses { print("  misses (spaces counted):"); wrong.forEach { print($0) } }
    }
}

import Foundation
import Gyeore

/// `gyeore-bench speakers --labelled DIR...`: how often `quotes` names the right speaker of a
/// labelled quotation, beside a naive baseline in the same run (the last glossary person, outlet
/// or organization named before the quotation in its document).
///
/// A labelled set's statement ids say who spoke (`hn-trump-economy`, `pys-moon-homeland`,
/// `kyj0604-price`, `ny19-kaesong`): ``speakerTokens`` reads the speaker from the id's tokens.
/// A quotation counts where every statement it renders has a known speaker and they agree;
/// statements with no speaker token (`sg-statement`, `py-assess`) and speakers with no reviewed
/// glossary entry are left out. Each quotation is right (the speaker's entry), wrong (another
/// entry: the error that makes two people's words look alike or one person's unlike) or unnamed
/// (no entry: a title or noun alone, or nothing).
struct SpeakerBenchmark {
    let folders: [String]
    /// Lists every wrong and unnamed attribution.
    var misses = false

    /// A statement id's token and the glossary entry of the speaker it names.
    static let speakerTokens: [String: String] = [
        "kim": "person.kim-jong-un", "ny18": "person.kim-jong-un", "ny19": "person.kim-jong-un",
        "xi": "person.xi-jinping", "moon": "person.moon-jae-in", "trump": "person.donald-trump",
        "chung": "person.chung-eui-yong", "kcna": "outlet.kcna", "xinhua": "outlet.xinhua",
        "kyj0604": "person.kim-yo-jong", "kyj0613": "person.kim-yo-jong", "kyj2105": "person.kim-yo-jong",
    ]

    /// The speaker's entry a statement id names: its first token for the sets whose ids start
    /// with the speech (`ny19-…`, `kyj0604-…`), else its second (`hn-trump-…`).
    static func speaker(ofStatement id: String) -> String? {
        let tokens = id.split(separator: "-").map(String.init)
        if let first = tokens.first, let entry = speakerTokens[first] { return entry }
        return tokens.count > 1 ? speakerTokens[tokens[1]] : nil
    }

    struct Tally {
        var right = 0, wrong = 0, unnamed = 0
        var total: Int { right + wrong + unnamed }
        func line(_ name: String) -> String {
            func share(_ n: Int) -> String { String(format: "%.3f", total == 0 ? 0 : Double(n) / Double(total)) }
            return "  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) right \(share(right))  wrong \(share(wrong))  unnamed \(share(unnamed))  (\(right) / \(wrong) / \(unnamed) of \(total))"
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let glossary = try Glossary(folder: root.appendingPathComponent("glossary").path)
        let extractor = try QuoteExtractor(glossary: glossary)
        let matcher = try TermMatcher(glossary: glossary)
        let speakerKinds: Set<GlossaryEntry.Kind> = [.person, .outlet, .organization]
        var allGyeore = Tally(), allNaive = Tally()
        for folder in folders {
            let directory = URL(fileURLWithPath: folder)
            var labels: [String: [(prefix: String, speaker: String?)]] = [:]
            for line in try String(contentsOf: directory.appendingPathComponent("labels.tsv"), encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 3 else { throw BenchError("\(folder)/labels.tsv: a row needs file, prefix and labels: \(line)") }
                let speakers = Set(fields[2].split(separator: "+").map { Self.speaker(ofStatement: String($0)) })
                labels[fields[0], default: []].append((fields[1], speakers.count == 1 ? (speakers.first ?? nil) : nil))
            }
            var gyeore = Tally(), naive = Tally()
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in files {
                let path = directory.appendingPathComponent(name).path
                let text = try String(contentsOfFile: path, encoding: .utf8)
                // The naive baseline: every speaker mention of the document, by its start.
                let mentions = matcher.matches(in: text).filter { speakerKinds.contains($0.entry.kind) }
                let reader = try LineReader(path: path)
                extractor.begin(document: name)
                while let line = try reader.next() { extractor.add(line) }
                for quotation in extractor.finish() {
                    guard let row = labels[name]?.filter({ quotation.text.hasPrefix($0.prefix) }).max(by: { $0.prefix.count < $1.prefix.count }),
                          let expected = row.speaker else { continue }
                    func count(_ found: String?, into tally: inout Tally) {
                        if found == expected { tally.right += 1 } else if found == nil { tally.unnamed += 1 } else { tally.wrong += 1 }
                    }
                    count(quotation.speakerEntry, into: &gyeore)
                    if misses, quotation.speakerEntry != expected {
                        print("\(quotation.speakerEntry == nil ? "unnamed" : "wrong  ") \(name):\(quotation.line) “\(quotation.text.prefix(40))” → \(quotation.speakerEntry ?? "-") (\(quotation.speakerText ?? "")), expected \(expected)")
                    }
                    count(mentions.last { $0.range.upperBound < quotation.start }?.entry.id, into: &naive)
                }
            }
            print("speaker attribution in \(folder): \(gyeore.total) labelled quotations with a known speaker")
            print(gyeore.line("gyeore quotes"))
            print(naive.line("naive (last mention before it)"))
            allGyeore.right += gyeore.right; allGyeore.wrong += gyeore.wrong; allGyeore.unnamed += gyeore.unnamed
            allNaive.right += naive.right; allNaive.wrong += naive.wrong; allNaive.unnamed += naive.unnamed
        }
        if folders.count > 1 {
            print("all \(folders.count) sets: \(allGyeore.total) quotations")
            print(allGyeore.line("gyeore quotes"))
            print(allNaive.line("naive (last mention before it)"))
        }
    }
}

import Foundation
import Gyeore

/// `gyeore-bench terms --labelled DIR [--misses]`: precision and recall of `gyeore terms` on a
/// labelled sample (DIR/sample.jsonl, the documents; DIR/labels.tsv, every candidate mention
/// judged), beside the same command without the analyzer (`--no-morphology`) and a naive
/// baseline measured in the same run: every form of every entry (but those tagged
/// {homograph}) found as a substring, Latin forms as whole words in any case, longest first,
/// never overlapping. A match counts when its document, offsets and entry are a mention's.
/// Candidates labelled `homograph` (forms the glossary never matches in text) count on neither
/// side; how many of them there are is printed.
struct TermsLabelledBenchmark {
    let folder: String
    var misses = false

    struct Mention: Hashable, Comparable {
        var document: String
        var start: Int
        var end: Int
        var entry: String
        static func < (a: Mention, b: Mention) -> Bool { (a.document, a.start, a.end, a.entry) < (b.document, b.start, b.end, b.entry) }
    }

    func run() throws {
        let samplePath = (folder as NSString).appendingPathComponent("sample.jsonl")
        var gold = Set<Mention>(), excluded = Set<Mention>()
        var texts: [String: String] = [:]
        var order: [String] = []
        for (number, line) in try String(contentsOfFile: samplePath, encoding: .utf8).split(separator: "\n").enumerated() {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let id = object["id"] as? String, let text = object["text"] as? String else {
                throw BenchError("\(samplePath):\(number + 1): not a document object with id and text")
            }
            texts[id] = text
            order.append(id)
        }
        let labelsPath = (folder as NSString).appendingPathComponent("labels.tsv")
        for (number, line) in try String(contentsOfFile: labelsPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.hasPrefix("#") && !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 6, let start = Int(fields[1]), let end = Int(fields[2]), texts[fields[0]] != nil else {
                throw BenchError("\(labelsPath):\(number + 1): expected document, start, end, entry, text, label of a document in sample.jsonl")
            }
            let mention = Mention(document: fields[0], start: start, end: end, entry: fields[3])
            switch fields[5] {
            case "yes": gold.insert(mention)
            case "no": break
            case "homograph": excluded.insert(mention)
            default: throw BenchError("\(labelsPath):\(number + 1): label '\(fields[5])' is none of yes, no, homograph")
            }
        }
        print("labelled term sample \(folder): \(texts.count) documents, \(texts.values.reduce(0) { $0 + $1.unicodeScalars.count }) scalars, \(gold.count) mentions (\(excluded.count) more candidates use forms tagged {homograph}, counted on neither side)")
        let binary = BenchSetup.gyeoreBinary()
        for (name, extra) in [("gyeore terms", [String]()), ("gyeore terms --no-morphology", ["--no-morphology"])] {
            let started = Date()
            let output = try Self.run([binary.path, "terms", "--jsonl"] + extra + [samplePath])
            let seconds = Date().timeIntervalSince(started)
            var found = Set<Mention>()
            for line in output.split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let document = object["document"] as? String,
                      let start = object["start"] as? Int, let end = object["end"] as? Int, let entry = object["entry"] as? String else { throw BenchError("\(name): unreadable record \(line)") }
                found.insert(Mention(document: document, start: start, end: end, entry: entry))
            }
            report(name + String(format: " (%.2f s)", seconds), found.subtracting(excluded), gold: gold, texts: texts)
        }
        let glossary = try Glossary(folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("glossary").path)
        report("naive baseline (every form as a substring)", naive(glossary, texts: texts, order: order).subtracting(excluded), gold: gold, texts: texts)
    }

    func report(_ name: String, _ found: Set<Mention>, gold: Set<Mention>, texts: [String: String]) {
        let right = found.intersection(gold).count
        let precision = Double(right) / Double(max(1, found.count)), recall = Double(right) / Double(max(1, gold.count))
        print(String(format: "  %@\n    P %.3f  R %.3f  F %.3f  (%d of %d found, %d mentions)", name, precision, recall, 2 * precision * recall / max(1e-9, precision + recall), right, found.count, gold.count))
        guard misses else { return }
        func show(_ m: Mention) -> String {
            let scalars = Array(texts[m.document]!.unicodeScalars)
            func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[max(0, r.lowerBound)..<min(scalars.count, r.upperBound)])) }
            return "\(m.document) \(m.entry) \(text(m.start - 8..<m.start))[\(text(m.start..<m.end))]\(text(m.end..<m.end + 8))"
        }
        for m in found.subtracting(gold).sorted() { print("    wrong  \(show(m))") }
        for m in gold.subtracting(found).sorted() { print("    missed \(show(m))") }
    }

    /// Every non-homograph form as a substring (Latin: whole words, any case), longest first.
    func naive(_ glossary: Glossary, texts: [String: String], order: [String]) -> Set<Mention> {
        var forms: [([Unicode.Scalar], String, Bool)] = []
        for entry in glossary.entries {
            for form in entry.forms where !form.tags.contains(.homograph) {
                let latin = form.text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
                forms.append((Array((latin ? form.text.lowercased() : form.text).unicodeScalars), entry.id, latin))
            }
        }
        var result = Set<Mention>()
        for id in order {
            let scalars = Array(texts[id]!.unicodeScalars), lower = Array(texts[id]!.lowercased().unicodeScalars)
            guard scalars.count == lower.count else { continue }
            func isLatinLetter(_ i: Int) -> Bool { i >= 0 && i < lower.count && lower[i].isASCII && (lower[i].properties.isAlphabetic || lower[i].properties.numericType != nil) }
            var hits: [(Int, Int, String)] = []
            for (form, entry, latin) in forms where !form.isEmpty && form.count <= scalars.count {
                let text = latin ? lower : scalars
                for start in 0...(text.count - form.count) where text[start] == form[0] && Array(text[start..<start + form.count]) == form {
                    if latin && (isLatinLetter(start - 1) || isLatinLetter(start + form.count)) { continue }
                    hits.append((start, start + form.count, entry))
                }
            }
            hits.sort { ($0.0, $1.1 - $1.0, $0.2) < ($1.0, $0.1 - $0.0, $1.2) }
            var end = 0
            for hit in hits where hit.0 >= end {
                result.insert(Mention(document: id, start: hit.0, end: hit.1, entry: hit.2))
                end = hit.1
            }
        }
        return result
    }

    /// Runs a command and returns its standard output; a failure is an error naming it.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("\(arguments.joined(separator: " ")) exited with status \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }
}

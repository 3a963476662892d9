import Foundation
import Gyeore

/// `gyeore-bench glossary [--entries 100000]`: how `lookup` and `terms` start, and how fast
/// `terms` reads, with the package's glossary and with one of `--entries` entries, each command
/// a separate process.
///
/// The large glossary is the package's files plus `scale.tsv`: one row per proposal of
/// `deps/glossary-proposals/proposals.tsv` (NK-HanDic's proper and North Korean nouns, with the
/// CC-CEDICT English of their Hanja; set-up generates it), then, past the proposals, rows of
/// made-up three-syllable words, to the count asked for. Every figure is the median of five
/// runs; the first run of each command, which compiles the glossary's cache
/// (``GlossaryCache``), is shown apart, and so are runs with the cache switched off
/// (`GYEORE_CACHE_DIR=`), the start before the cache existed. The floor is `gyeore --version`:
/// a process that starts and reads no glossary.
struct GlossaryScaleBenchmark {
    let entries: Int
    /// A folder to build the glossaries in and leave behind (for profiling); a temporary one,
    /// removed at the end, when nil.
    var keep: String? = nil

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let binary = BenchSetup.gyeoreBinary()
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw BenchError("\(binary.path) not built: run `swift build -c release` first") }
        guard let proposalsPath = GlossaryProposals.locate(folder: root.appendingPathComponent("deps").path) else {
            throw BenchError("no deps/glossary-proposals/proposals.tsv: run scripts/setup.sh first")
        }
        let work = keep.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-glossary-scale-\(getpid())")
        if FileManager.default.fileExists(atPath: work.path) {
            let present = try FileManager.default.contentsOfDirectory(atPath: work.path)
            guard keep == nil || present.isEmpty else { throw BenchError("\(work.path) is not empty") }
        }
        defer { if keep == nil { try? FileManager.default.removeItem(at: work) } }
        let small = work.appendingPathComponent("small"), large = work.appendingPathComponent("large")
        for folder in [small, large] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let glossary = root.appendingPathComponent("glossary")
            for name in try FileManager.default.contentsOfDirectory(atPath: glossary.path) where name.hasSuffix(".tsv") {
                try FileManager.default.copyItem(at: glossary.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
        }
        let reviewed = try Glossary(folder: small.path)
        var rows = try Self.rows(proposals: try GlossaryProposals(contentsOf: proposalsPath).proposals, count: max(0, entries - reviewed.entries.count))
        var big: Glossary
        repeat {
            // Rows the reader refuses (a form in the wrong script) are made up for with more.
            try Data((GlossaryReader.columns.joined(separator: "\t") + "\n" + rows.joined()).utf8).write(to: large.appendingPathComponent("scale.tsv"))
            big = try Glossary(folder: large.path)
            rows += Self.madeUp(count: entries - big.entries.count, from: rows.count)
        } while big.entries.count < entries
        let bigBytes = try FileManager.default.contentsOfDirectory(atPath: large.path).reduce(0) {
            $0 + (((try? FileManager.default.attributesOfItem(atPath: large.appendingPathComponent($1).path))?[.size] as? Int) ?? 0)
        }

        // The text terms reads: the seeds, repeated to about 2 MB; and a one-line file for starts.
        let seeds = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path).filter { $0.hasSuffix(".txt") }.sorted()
        let block = try seeds.map { try String(contentsOf: root.appendingPathComponent("seeds/\($0)"), encoding: .utf8) }.joined(separator: "\n")
        let corpus = work.appendingPathComponent("corpus.txt"), line = work.appendingPathComponent("line.txt")
        let copies = max(1, (2 << 20) / max(1, block.utf8.count))
        try Data(String(repeating: block + "\n", count: copies).utf8).write(to: corpus)
        try Data("러시아 연방과 조선민주주의인민공화국\n".utf8).write(to: line)
        let corpusMB = Double(block.utf8.count + 1) * Double(copies) / 1e6

        let cache = work.appendingPathComponent("cache").path
        func median(_ arguments: [String], cacheDirectory: String, runs: Int = 5) throws -> Double {
            setenv("GYEORE_CACHE_DIR", cacheDirectory, 1)
            var times: [Double] = []
            for _ in 0..<runs {
                let run = try ManyFilesBenchmark.runTimed(arguments)
                // lookup exits 1 when it finds nothing: only a crash or a usage error is a failure.
                guard run.status <= 1 else { throw BenchError("\(arguments.joined(separator: " ")) exited with \(run.status)") }
                times.append(run.seconds)
            }
            return times.sorted()[times.count / 2]
        }
        let floor = try median([binary.path, "--version"], cacheDirectory: cache)
        print("glossary at scale: `lookup` and `terms` as separate processes, median of 5 runs (first runs apart); the floor, `gyeore --version`, \(ms(floor))")
        print("large glossary: \(big.entries.count) entries (\(reviewed.entries.count) reviewed + \(big.entries.count - reviewed.entries.count) generated), \(big.entries.reduce(0) { $0 + $1.forms.count }) forms, \(String(format: "%.1f", Double(bigBytes) / 1e6)) MB, \(big.problems.count) problem(s); terms text \(String(format: "%.1f", corpusMB)) MB (the seeds ×\(copies))")
        print("  glossary  entries  lookup start (first run; no cache)   terms start (first run; no cache)   terms MB/s (start taken off)")
        var throughputs: [Double] = []
        for (name, folder, count) in [("package", small, reviewed.entries.count), ("large", large, big.entries.count)] {
            let lookup = [binary.path, "lookup", "--glossary", folder.path, "로씨야련방"]
            let terms = [binary.path, "terms", "--glossary", folder.path, line.path]
            let lookupFirst = try median(lookup, cacheDirectory: cache, runs: 1)
            let lookupStart = try median(lookup, cacheDirectory: cache)
            let termsFirst = try median(terms, cacheDirectory: cache, runs: 1)
            let termsStart = try median(terms, cacheDirectory: cache)
            let lookupUncached = try median(lookup, cacheDirectory: "", runs: 3)
            let termsUncached = try median(terms, cacheDirectory: "", runs: 3)
            let termsCorpus = try median([binary.path, "terms", "--glossary", folder.path, corpus.path], cacheDirectory: cache, runs: 3)
            let throughput = corpusMB / max(1e-6, termsCorpus - termsStart)
            throughputs.append(throughput)
            print("  \(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(format: "%8d", count))  \(ms(lookupStart).leftPadded(8)) (\(ms(lookupFirst)); \(ms(lookupUncached)))".padding(toLength: 70, withPad: " ", startingAt: 0)
                  + "\(ms(termsStart).leftPadded(8)) (\(ms(termsFirst)); \(ms(termsUncached)))".padding(toLength: 36, withPad: " ", startingAt: 0)
                  + String(format: "%6.2f (%.2f s for the text)", throughput, termsCorpus))
        }
        print(String(format: "terms throughput, large glossary to package glossary: %.2f× (1.00 is as fast)", throughputs[1] / throughputs[0]))
    }

    private func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }

    /// Glossary rows for `count` entries: proposals first, then made-up words.
    static func rows(proposals: [GlossaryProposal], count: Int) throws -> [String] {
        var rows: [String] = []
        // A reviewed glossary gives a form to one entry (or tags it a homograph): proposals
        // share many (one word, several Hanja), so a form another row has is left out, and a
        // row whose Korean form another has is skipped.
        let keys = try FormKey()
        var claimed = Set<String>()
        func clean(_ form: String) -> String? {
            let form = form.trimmingCharacters(in: .whitespaces)
            return form.isEmpty || form.contains(where: { ";{}\t\n".contains($0) }) ? nil : form
        }
        func isLatin(_ form: String) -> Bool {
            form.unicodeScalars.contains { $0.properties.isAlphabetic } && !form.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || $0.properties.isIdeographic }
        }
        for proposal in proposals where rows.count < count {
            guard let korean = clean(proposal.southKorean.isEmpty ? proposal.northKorean : proposal.southKorean),
                  claimed.insert(keys.key(korean)).inserted else { continue }
            let nk = clean(proposal.northKorean).flatMap { $0 == korean || !claimed.insert(keys.key($0)).inserted ? nil : $0 } ?? ""
            let hanja = clean(proposal.hanja).flatMap { $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) && claimed.insert(keys.key($0)).inserted ? "\($0){hanja}" : nil } ?? ""
            let english = proposal.english.compactMap(clean).filter(isLatin).filter { claimed.insert(keys.key($0)).inserted }
            rows.append(["scale.p\(rows.count)", proposal.kind.rawValue, korean, nk, hanja, english.first ?? "", english.dropFirst().joined(separator: "; "),
                         "", "", "", proposal.source].joined(separator: "\t") + "\n")
        }
        return rows + madeUp(count: count - rows.count, from: rows.count)
    }

    /// Rows of made-up three-syllable words, numbered from `first`: the number's digits in
    /// base 399, each a syllable (가 … 힣 by steps of 28).
    static func madeUp(count: Int, from first: Int) -> [String] {
        (first..<(first + max(0, count))).map { number in
            let syllables = [number / (399 * 399), (number / 399) % 399, number % 399].map { Character(Unicode.Scalar(0xAC00 + 28 * UInt32($0))!) }
            return ["scale.s\(number)", "term", String(syllables), "", "", "", "", "", "", "", "scale test: made up"].joined(separator: "\t") + "\n"
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

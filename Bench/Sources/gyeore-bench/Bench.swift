// gyeore-bench: throughput and memory figures, measured in one run against a baseline.
//
//   swift run -c release gyeore-bench normalize [--megabytes 50]
//
// Builds a corpus from seeds/ repeated to the requested size, then measures, on the same lines:
//   1. a plain ICU NFC pass (UTF-8 -> UTF-16 -> unorm2_normalize), the baseline;
//   2. Gyeore's full normalization pipeline (NFC, width, white space, quotes, separators)
//      with its offset maps;
//   3. the `gyeore normalize` command streaming the corpus file, as a separate process,
//      with its peak resident memory;
//   4. `gyeore normalize`, `quotes` and `terms` as separate processes on the corpus file and on
//      a file of short lines (`--short-lines N`, default 1,000,000; 0 skips it), each beside
//      `normalize` run before and after it.
// Figures are ratios against the baseline measured in the same run: the machine is noisy.
import Foundation
import Gyeore

@main
struct Bench {
    /// Runs the benchmark the arguments name; an error ends it with one line on stderr and
    /// status 1, never a trap.
    static func main() {
        do {
            try run()
        } catch {
            let message: String
            if let error = error as? LocalizedError, let description = error.errorDescription {
                message = description
            } else if let path = (error as NSError).userInfo[NSFilePathErrorKey] as? String {
                message = "\(path): \(error.localizedDescription)"
            } else {
                // Every error bridges to NSError on Linux, so a Swift error's own description (a
                // typed error's "file:line: error: …") is asked for by name, not by a cast.
                message = String(describing: error)
            }
            FileHandle.standardError.write(Data("gyeore-bench: error: \(message)\n".utf8))
            exit(1)
        }
    }

    static func run() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = arguments.first, ["normalize", "orthography", "signals", "align", "lines", "files", "coverage", "residuals", "glossary", "terms", "lexicon-gaps", "speakers", "unmarked", "pair"].contains(command) else {
            FileHandle.standardError.write(Data("usage: gyeore-bench normalize [--megabytes N] [--short-lines N] | orthography [--megabytes N] [--corpus DIR] [--gold] [--misses] [--assume-north-korean] | align [--sizes 1000,10000,100000] | align --labelled DIR [--explain] [--scores] [--source FILE]... | signals [DIR] | lines [--scalars N] | files [--counts 2000,20000] | coverage [DIR] [--top N] | residuals [DIR] | glossary [--entries 100000] [--keep DIR] | terms --labelled DIR [--misses] | lexicon-gaps DIR... [--top N] [--lines] | speakers --labelled DIR... [--misses] | unmarked --labelled DIR... [--misses] | pair TEXT TEXT\n".utf8))
            exit(64)
        }
        if command == "pair" {
            guard arguments.count == 3 else { throw BenchError("pair needs two texts") }
            try PairExplanationBenchmark(texts: (arguments[1], arguments[2])).run()
            return
        }
        if command == "signals" {
            try SignalFilterBenchmark(folder: arguments.count > 1 ? arguments[1] : "../shared/nk-texts").run()
            return
        }
        if command == "residuals" {
            try ResidualSignalsBenchmark(folder: arguments.count > 1 ? arguments[1] : "../shared/nk-texts").run()
            return
        }
        if command == "glossary" {
            var entries = 100_000
            if let i = arguments.firstIndex(of: "--entries"), i + 1 < arguments.count, let value = Int(arguments[i + 1]), value > 0 { entries = value }
            let keep = arguments.firstIndex(of: "--keep").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
            try GlossaryScaleBenchmark(entries: entries, keep: keep).run()
            return
        }
        if command == "speakers" {
            let folders = arguments.dropFirst().filter { $0 != "--labelled" && $0 != "--misses" }
            guard arguments.contains("--labelled"), !folders.isEmpty else { throw BenchError("speakers needs --labelled DIR... (Tests/Fixtures/alignment-*)") }
            try SpeakerBenchmark(folders: Array(folders), misses: arguments.contains("--misses")).run()
            return
        }
        if command == "unmarked" {
            let folders = arguments.dropFirst().filter { $0 != "--labelled" && $0 != "--misses" }
            guard arguments.contains("--labelled"), !folders.isEmpty else { throw BenchError("unmarked needs --labelled DIR... (Tests/Fixtures/unmarked-speech/*)") }
            try UnmarkedSpeechBenchmark(folders: Array(folders), misses: arguments.contains("--misses")).run()
            return
        }
        if command == "terms" {
            guard let i = arguments.firstIndex(of: "--labelled"), i + 1 < arguments.count else { throw BenchError("terms needs --labelled DIR (Tests/Fixtures/terms)") }
            try TermsLabelledBenchmark(folder: arguments[i + 1], misses: arguments.contains("--misses")).run()
            return
        }
        if command == "lexicon-gaps" {
            var top = 100
            if let i = arguments.firstIndex(of: "--top"), i + 1 < arguments.count, let value = Int(arguments[i + 1]), value > 0 { top = value }
            let folders = arguments.dropFirst().enumerated().filter { k, a in a != "--top" && a != "--lines" && arguments[k] != "--top" }.map(\.element)
            guard !folders.isEmpty else { throw BenchError("lexicon-gaps needs one folder of reports or more") }
            try LexiconGapsBenchmark(folders: folders, top: top, lines: arguments.contains("--lines")).run()
            return
        }
        if command == "coverage" {
            // `coverage [DIR] [--top N]`: DIR is the first argument that is not an option or its value.
            var top = 200
            if let i = arguments.firstIndex(of: "--top"), i + 1 < arguments.count, let value = Int(arguments[i + 1]), value > 0 { top = value }
            let rest = arguments.dropFirst().enumerated().filter { k, a in a != "--top" && (k == 0 || arguments[k] != "--top") }.map(\.element)
            try GlossaryCoverageBenchmark(folder: rest.first ?? "../shared/nk-texts", top: top).run()
            return
        }
        if command == "lines" {
            var scalars = 100_000
            if let i = arguments.firstIndex(of: "--scalars"), i + 1 < arguments.count, let value = Int(arguments[i + 1]), value > 0 { scalars = value }
            try LongLineBenchmark(scalars: scalars).run()
            return
        }
        if command == "files" {
            var counts = [2000, 20000]
            if let i = arguments.firstIndex(of: "--counts"), i + 1 < arguments.count {
                counts = arguments[i + 1].split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
            }
            try ManyFilesBenchmark(counts: counts.isEmpty ? [2000, 20000] : counts).run()
            return
        }
        if command == "align", let i = arguments.firstIndex(of: "--labelled"), i + 1 < arguments.count {
            let sources = arguments.indices.filter { arguments[$0] == "--source" && $0 + 1 < arguments.count }.map { arguments[$0 + 1] }
            try LabelledAlignmentBenchmark(folder: arguments[i + 1], explain: arguments.contains("--explain"), scoresOnly: arguments.contains("--scores"), sources: sources).run()
            return
        }
        if command == "align" {
            var sizes = [1000, 10000, 100_000]
            if let i = arguments.firstIndex(of: "--sizes"), i + 1 < arguments.count {
                sizes = arguments[i + 1].split(separator: ",").compactMap { Int($0) }.filter { $0 > 1 }
            }
            try AlignmentBenchmark(sizes: sizes).run()
            return
        }
        arguments.removeFirst()
        var megabytes = command == "normalize" ? 50 : 2
        if let i = arguments.firstIndex(of: "--megabytes"), i + 1 < arguments.count, let value = Int(arguments[i + 1]), value > 0 {
            megabytes = value
        }
        if command == "normalize" {
            var benchmark = NormalizeBenchmark(megabytes: megabytes)
            if let i = arguments.firstIndex(of: "--short-lines"), i + 1 < arguments.count, let value = Int(arguments[i + 1]), value >= 0 { benchmark.shortLines = value }
            try benchmark.run()
        } else {
            var benchmark = OrthographyBenchmark(megabytes: megabytes, misses: arguments.contains("--misses"), goldOnly: arguments.contains("--gold"),
                                                 assumesNorthKorean: arguments.contains("--assume-north-korean"))
            if let i = arguments.firstIndex(of: "--corpus"), i + 1 < arguments.count { benchmark.corpus = arguments[i + 1] }
            try benchmark.run()
        }
    }
}

struct NormalizeBenchmark {
    let megabytes: Int
    /// How many short lines the command comparison's second file holds (0: none).
    var shortLines = 1_000_000

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        guard !seeds.isEmpty else { throw BenchError("run from the package root: no seeds/*.txt here") }
        var seedLines: [String] = []
        for name in seeds {
            let text = try String(contentsOf: root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
            seedLines += text.components(separatedBy: "\n")
        }
        // The CLI first, streaming a corpus file written straight from the seeds: a child's peak
        // memory on Linux includes its parent's at fork, so the parent must still be small.
        let target = megabytes << 20
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-bench-\(getpid()).txt")
        guard FileManager.default.createFile(atPath: corpus.path, contents: nil) else { throw BenchError("cannot create \(corpus.path)") }
        let handle = try FileHandle(forWritingTo: corpus)
        let seedBlock = Data((seedLines.joined(separator: "\n") + "\n").utf8)
        var written = 0
        while written < target { handle.write(seedBlock); written += seedBlock.count }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let parentFloorMB = peakResidentMB()
        let binary = BenchSetup.gyeoreBinary()
        var cliSeconds = Double.nan
        var jsonSeconds = Double.nan
        var cliPeakMB = Double.nan
        if FileManager.default.isExecutableFile(atPath: binary.path) {
            let plain = try ManyFilesBenchmark.runTimed([binary.path, "normalize", corpus.path])
            if plain.status != 0 { throw BenchError("gyeore normalize exited with \(plain.status)") }
            (cliSeconds, cliPeakMB) = (plain.seconds, Double(plain.peakKB) / 1024)
            // The same file with --json (one record per line), right after.
            let json = try ManyFilesBenchmark.runTimed([binary.path, "normalize", "--json", corpus.path])
            if json.status != 0 { throw BenchError("gyeore normalize --json exited with \(json.status)") }
            jsonSeconds = json.seconds
        } else {
            log("note: \(binary.path) not built; build it with `swift build -c release --product gyeore` (scripts/bench.sh does) to measure the CLI")
        }
        let cliMB = Double(written) / 1_048_576
        // The commands compared while this process is still small (see above); printed last,
        // with the plain ICU NFC pass's speed, which is measured below.
        var commandRuns: [CommandRuns] = []
        if FileManager.default.isExecutableFile(atPath: binary.path) {
            commandRuns = try commandThroughput(binary: binary, corpus: corpus, corpusBytes: written, seedLines: seedLines)
        }

        // The in-process measurements hold the corpus (seed lines repeated) in memory.
        var lines: [String] = []
        var bytes = 0
        while bytes < target {
            for line in seedLines where bytes < target {
                lines.append(line)
                bytes += line.utf8.count + 1
            }
        }
        log("corpus: \(lines.count) lines, \(format(Double(bytes) / 1_048_576)) MB from \(seeds.count) seeds")

        // 1. Baseline: plain ICU NFC.
        let nfc = try ICUNormalizer(.nfc)
        var buffer = [UInt16](repeating: 0, count: 1 << 16)
        var checksum = 0
        var failure: (any Error)?
        let baseline = measure {
            for var line in lines {
                do { checksum &+= try line.withUTF8 { utf8 throws(ICUError) in try nfc.normalizeUTF8(utf8, into: &buffer) } } catch { failure = error }
            }
        }
        if let failure { throw failure }

        // 2. The full pipeline with offset maps.
        let normalizer = try Normalizer()
        let pipeline = measure {
            for line in lines { checksum &+= normalizer.normalize(line).offsetMap.runs.count }
        }

        // Where the pipeline's time goes: each step alone on pre-converted text.
        let scalars = lines.map { ScalarText.scalars(of: $0) }
        var stepTimes: [(String, Double)] = []
        stepTimes.append(("String -> scalars", measure { for line in lines { checksum &+= ScalarText.scalars(of: line).count } }))
        for step in normalizer.steps {
            stepTimes.append((step.name, measure { for text in scalars { checksum &+= step.apply(to: text)?.text.count ?? 0 } }))
        }
        stepTimes.append(("scalars -> String", measure {
            for text in scalars { checksum &+= ScalarText.string(text).utf8.count }
        }))


        let mb = Double(bytes) / 1_048_576
        print("normalize benchmark (\(format(mb)) MB, ICU \(ICU.version), checksum \(checksum % 1000))")
        print("  plain ICU NFC (baseline)       \(format(mb / baseline)) MB/s")
        print("  gyeore pipeline (steps + maps) \(format(mb / pipeline)) MB/s   = \(format(baseline / pipeline, digits: 2))x the baseline's speed")
        for (name, seconds) in stepTimes {
            print("    \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(format(mb / seconds)) MB/s alone")
        }
        if !cliSeconds.isNaN {
            print("  gyeore normalize (CLI, file)   \(format(cliMB / cliSeconds)) MB/s   = \(format((cliMB / cliSeconds) / (mb / baseline), digits: 2))x the baseline's speed")
            print("  gyeore normalize --json (CLI)  \(format(cliMB / jsonSeconds)) MB/s   = \(format(cliSeconds / jsonSeconds, digits: 2))x plain normalize's speed")
            print("  peak memory: CLI \(format(cliPeakMB)) MB streaming \(format(cliMB)) MB of input (floor: the benchmark's own \(format(parentFloorMB)) MB at spawn)")
        }
        print("  peak memory: benchmark process \(format(peakResidentMB())) MB (holds the whole corpus in memory)")
        for runs in commandRuns { runs.print(baselineMBs: mb / baseline) }
    }

    /// One file's command runs: `normalize`, `quotes`, `terms`, then `normalize` again.
    struct CommandRuns {
        var label: String
        var bytes: Int
        var lines: Int?
        var runs: [(command: String, status: Int32, peakKB: Int, seconds: Double, cpuSeconds: Double)]

        /// Each command's speed beside `normalize`'s (the mean of its two runs) and the plain
        /// ICU NFC pass's, its CPU seconds and its own peak memory.
        func print(baselineMBs: Double) {
            let mb = Double(bytes) / 1_048_576
            let normalizeSeconds = (runs[0].seconds + runs[3].seconds) / 2
            Swift.print("commands on \(label) (\(format(mb)) MB), each a separate process, normalize run first and last:")
            for run in runs.dropLast() {
                let speed = mb / run.seconds
                let perLine = lines.map { String(format: "  %.0f lines/s", Double($0) / run.seconds) } ?? ""
                Swift.print("  gyeore \(run.command.padding(toLength: 10, withPad: " ", startingAt: 0)) \(format(speed)) MB/s\(perLine)  = \(format(normalizeSeconds / run.seconds, digits: 2))x normalize's speed, \(format(speed / baselineMBs, digits: 3))x plain ICU NFC's  (\(format(run.seconds, digits: 2)) s, CPU \(format(run.cpuSeconds, digits: 2)) s, peak \(format(Double(run.peakKB) / 1024)) MB)")
            }
            Swift.print("  (normalize: \(format(runs[0].seconds, digits: 2)) s first, \(format(runs[3].seconds, digits: 2)) s last)")
        }
    }

    /// `normalize`, `quotes` and `terms` as separate processes on the same files, one after the
    /// other and `normalize` again last (the machine's speed drifts): the corpus file, and a file
    /// of short lines (the first 40 scalars of each non-empty seed line, repeated), written here
    /// in pieces so that this process stays small while they run.
    private func commandThroughput(binary: URL, corpus: URL, corpusBytes: Int, seedLines: [String]) throws -> [CommandRuns] {
        let short = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-bench-short-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: short) }
        guard FileManager.default.createFile(atPath: short.path, contents: nil) else { throw BenchError("cannot create \(short.path)") }
        let handle = try FileHandle(forWritingTo: short)
        let pieces = seedLines.filter { !$0.isEmpty }.map { String(String.UnicodeScalarView($0.unicodeScalars.prefix(40))) + "\n" }
        var shortBytes = 0
        var chunk = ""
        for n in 0..<shortLines {
            chunk += pieces[n % pieces.count]
            if chunk.utf8.count > 1 << 20 { handle.write(Data(chunk.utf8)); shortBytes += chunk.utf8.count; chunk = "" }
        }
        handle.write(Data(chunk.utf8))
        shortBytes += chunk.utf8.count
        try handle.close()
        var result: [CommandRuns] = []
        for (file, bytes, label, lines) in [(corpus, corpusBytes, "the seeds repeated", Int?.none), (short, shortBytes, "\(shortLines) short lines", Int?.some(shortLines))] where bytes > 0 {
            var runs = CommandRuns(label: label, bytes: bytes, lines: lines, runs: [])
            for command in ["normalize", "quotes", "terms", "normalize"] {
                let run = try ManyFilesBenchmark.runTimed([binary.path, command, file.path])
                if run.status != 0 { throw BenchError("gyeore \(command) exited with \(run.status) on \(file.path)") }
                runs.runs.append((command, run.status, run.peakKB, run.seconds, run.cpuSeconds))
            }
            result.append(runs)
        }
        return result
    }

    private func measure(_ body: () -> Void) -> Double {
        let start = DispatchTime.now()
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// This process's peak resident memory so far, in MB.
func peakResidentMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func log(_ text: String) { FileHandle.standardError.write(Data("bench: \(text)\n".utf8)) }

func format(_ value: Double, digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

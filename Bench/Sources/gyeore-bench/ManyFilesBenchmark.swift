import Foundation
import Gyeore
import GyeoreTestSupport

/// `gyeore-bench files [--counts 2000,20000]`: `gyeore align --files-from` over N generated
/// reports of one quotation each, for each N, as a separate process: wall time, peak memory and
/// the ratio to the first N (linear: the ratio of the counts). Two corpora: *distinct* quotations
/// (eight words drawn from the seeds' 1,600 words, as unrelated reports are) and *dense* ones
/// (eight words of a 20-word vocabulary, every report resembling hundreds of others: the hostile
/// case for clustering, run at a quarter of the counts).
struct ManyFilesBenchmark {
    let counts: [Int]

    /// Runs a command with its output discarded; its exit status and its own peak resident
    /// memory in KB (wait4's, not the largest of all children so far).
    static func runQuietly(_ arguments: [String]) throws -> (status: Int32, peakKB: Int) {
        let run = try runTimed(arguments)
        return (run.status, run.peakKB)
    }

    /// Runs a command with its output discarded: its exit status, its own peak resident memory
    /// in KB, its wall time and its CPU time (user and system), from wait4.
    static func runTimed(_ arguments: [String]) throws -> (status: Int32, peakKB: Int, seconds: Double, cpuSeconds: Double) {
        let start = DispatchTime.now()
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), usage.ru_maxrss, seconds, cpu)
    }

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let binary = BenchSetup.gyeoreBinary()
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw BenchError("\(binary.path) not built: run `swift build -c release` first") }
        var seedWords = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
            for word in text.split(whereSeparator: { !(0xAC00...0xD7A3).contains($0.unicodeScalars.first!.value) }) where word.count >= 2 { seedWords.insert(String(word)) }
        }
        let corpora: [(String, [String])] = [
            ("distinct", seedWords.sorted()),
            ("dense", "평화 협력 발전 관계 조약 전략 동반자 국가 인민 군대 정부 경제 문화 교류 회담 합의 선언 지역 안정 번영".split(separator: " ").map(String.init)),
        ]
        print("align over many reports (one quotation each), as a separate process; ratio of times to the first count's (linear: the ratio of the counts, \(counts.map { String(format: "%.0f", Double($0) / Double(counts[0])) }.joined(separator: ", ")))")
        print("  corpus      reports      time   peak memory   ratio")
        for (name, words) in corpora {
            let counts = name == "dense" ? counts.map { max(1, $0 / 4) } : counts
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-files-\(name)-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var random = SplitMix64(seed: 1)
            var written = 0
            var first: Double?
            for count in counts {
                while written < count {
                    let quotation = (0..<8).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
                    try Data("김 위원장은 “\(quotation)”고 말했다.\n".utf8).write(to: folder.appendingPathComponent(String(format: "r%06d.txt", written)))
                    written += 1
                }
                let list = folder.appendingPathComponent("list-\(count).txt")
                try Data((0..<count).map { folder.appendingPathComponent(String(format: "r%06d.txt", $0)).path + "\n" }.joined().utf8).write(to: list)
                let arguments = [binary.path, "align", "--glossary", root.appendingPathComponent("glossary").path, "--files-from", list.path]
                let start = DispatchTime.now()
                let (status, peakKB) = try Self.runQuietly(arguments)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                if status != 0 { throw BenchError("gyeore align exited with \(status) on \(count) \(name) reports") }
                first = first ?? seconds
                print("  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%8d %9.2f s %9.0f MB %7.1f", count, seconds, Double(peakKB) / 1024, seconds / first!))")
            }
        }
    }
}

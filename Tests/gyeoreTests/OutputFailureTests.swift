import Foundation
import Testing

/// What every command does when its output cannot be written, when its error cannot be
/// written, when the reader goes away, and on lines made of quotation marks alone.
@Suite(.enabled(if: CLIDependencies.dictionariesFound, "needs the MeCab dictionaries (see CLIDependencyTests)"))
struct OutputFailureTests {
    static let seed = "seeds/001_7e2b87ae5e712a91.txt"

    /// Every command that writes to standard output, with arguments that make it write.
    static let commands: [[String]] = [
        ["normalize", seed],
        ["normalize", "--json", seed],
        ["normalize", "--to", "sk", "--explain", seed],
        ["quotes", seed],
        ["quotes", "--per-line", seed],
        ["terms", seed],
        ["align", seed, "seeds/000_a4e56163664be897.txt"],
        ["align", "--format", "html", seed],
        ["align", "--format", "text", "--all", seed],
        ["lookup", "로씨야련방"],
        ["lookup", "--json", "Russia"],
        ["romanize", "독립문"],
        ["glossary", "export", "--format", "tbx"],
        ["glossary", "export", "--format", "csv"],
        ["glossary", "validate"],
        ["--help"],
        ["--version"],
    ]

    @Test(arguments: commands)
    func aFullDeviceIsAnErrorWithStatus74(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments, stdoutDevice: "/dev/full")
        #expect(result.status == 74)
        #expect(result.stderr.hasSuffix("gyeore: error: cannot write output: No space left on device\n"))
    }

    @Test func anErrorThatCannotBeWrittenStillExitsWithItsStatus() throws {
        let missing = try CommandRunner.run(["normalize", "/nonexistent/input.txt"], stderrDevice: "/dev/full")
        #expect(missing.status == 66)
        let usage = try CommandRunner.run(["normalize", "--form", "nope"], stderrDevice: "/dev/full")
        #expect(usage.status == 64)
        let bothFull = try CommandRunner.run(["quotes", Self.seed], stdoutDevice: "/dev/full", stderrDevice: "/dev/full")
        #expect(bothFull.status == 74)
    }

    @Test func aClosedPipeEndsQuietlyAsSIGPIPEWould() throws {
        // Far more output than a pipe buffer holds, so the writer meets the closed pipe.
        let input = Data(String(repeating: "북ㆍ러 《회담》 제５９차\n", count: 200_000).utf8)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["normalize"]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        signal(SIGPIPE, SIG_IGN) // this test's own writes to gyeore's closed input fail with EPIPE
        try process.launchForTest()
        let descriptor = stdin.fileHandleForWriting.fileDescriptor
        let writer = Thread {
            input.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written <= 0 { break } // gyeore is gone
                    offset += written
                }
            }
            // Closed through its handle, never by number: a raw close() here and the handle's
            // own close later would close whatever file another test had opened under that number.
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let firstBytes = stdout.fileHandleForReading.readData(ofLength: 16)
        try stdout.fileHandleForReading.close()
        process.waitUntilExit()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        #expect(!firstBytes.isEmpty)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGPIPE)
        #expect(errors.isEmpty)
    }

    // MARK: - Lines of marks

    @Test func a100000UnbalancedMarksLineGivesOneQuotationPerMark() throws {
        let path = try CommandRunner.scratchFile("unbalanced.txt", Array((String(repeating: "《", count: 100_000) + "\n").utf8))
        let result = try CommandRunner.run(["quotes", path])
        #expect(result.status == 0)
        let records = try result.stdoutLines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        // A mark its line never closes encloses nothing after it, so every mark is a quotation
        // of its own at depth 0; each ends at the next unbalanced mark, so none repeats the rest
        // of the line and the output grows with the marks, not their square.
        #expect(records.count == 100_000)
        #expect(records.allSatisfy { $0["kind"] as? String == "unbalanced" && $0["text"] as? String == "" && $0["depth"] as? Int == 0 })
        #expect(records.compactMap { $0["start"] as? Int } == Array(1...100_000))
    }

    /// Ordinary text joined into one 15 MB line (the seeds, repeated, as a scraped page without
    /// line breaks): every quotation of every copy is found, however many marks the copies leave
    /// unclosed, and `--to sk` converts the line as it converts one copy.
    @Test func aFifteenMegabyteLineOfJoinedReportsLosesNoQuotation() throws {
        let seeds = CommandRunner.root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(!names.isEmpty, "no seeds in \(seeds.path)")
        let copy = try names.map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8).replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: " ")
        let copies = 15_000_000 / copy.utf8.count
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = folder.appendingPathComponent("one.txt").path, long = folder.appendingPathComponent("long.txt").path
        try (copy + "\n").write(toFile: one, atomically: false, encoding: .utf8)
        try (Array(repeating: copy, count: copies).joined(separator: " ") + "\n").write(toFile: long, atomically: false, encoding: .utf8)

        func occurrences(_ path: String) throws -> (quotations: Int, occurrences: Int, lastEnd: Int) {
            let result = try CommandRunner.run(["quotes", path])
            #expect(result.status == 0, "\(result.stderr)")
            let records = try result.stdoutLines.map(jsonObject)
            let spans = try records.flatMap { try #require($0["occurrences"] as? [[String: Any]]) }
            return (records.count, spans.count, spans.compactMap { $0["end"] as? Int }.max() ?? 0)
        }
        let single = try occurrences(one), joined = try occurrences(long)
        #expect(single.occurrences > 50)
        #expect(joined.occurrences == copies * single.occurrences)
        // The last copy's quotations are there: the last one ends in the last copy.
        #expect(joined.lastEnd > (copies - 1) * (copy.unicodeScalars.count + 1))

        let converted = try CommandRunner.run(["normalize", "--to", "sk", one]), convertedLong = try CommandRunner.run(["normalize", "--to", "sk", long])
        #expect(converted.status == 0 && convertedLong.status == 0)
        let oneLine = try #require(converted.stdoutLines.first)
        #expect(convertedLong.stdoutLines == [Array(repeating: oneLine, count: copies).joined(separator: " ")])
    }

    @Test func a100000NestedQuotationsLineGivesTheOuterEightWithParents() throws {
        let n = 100_000
        let line = String(repeating: "“가", count: n) + String(repeating: "”", count: n) + "\n"
        let path = try CommandRunner.scratchFile("nested.txt", Array(line.utf8))
        let result = try CommandRunner.run(["quotes", path])
        #expect(result.status == 0)
        let records = try result.stdoutLines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.count == 8)
        #expect(records.compactMap { $0["depth"] as? Int } == Array(0..<8))
        #expect(records.map { $0["parent"] as? Int } == [nil] + (0..<7).map { Optional($0) })
        let scalars = Array(line.unicodeScalars)
        for record in records {
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
        }
        let normalized = try CommandRunner.run(["normalize", path])
        #expect(normalized.status == 0)
        #expect(normalized.stdout.unicodeScalars.count == 3 * n + 1)
        let aligned = try CommandRunner.run(["align", "--no-orthography", "--all", path])
        #expect(aligned.status == 0)
    }

    // MARK: - Files written

    /// A word list of `count` new entries, each with a unique form.
    static func wordList(_ prefix: String, tag: String, count: Int) -> [UInt8] {
        var text = "nk,sk,en\n"
        for i in 0..<count { text += "\(prefix)시험말\(i),\(prefix)시험말\(i),\(tag) test word \(i)\n" }
        return Array(text.utf8)
    }

    @Test func concurrentImportsIntoOneFileAllLand() throws {
        let folder = try CommandRunner.scratchFolder()
        let target = folder.appendingPathComponent("shared.tsv").path
        var processes: [Process] = []
        for i in 0..<8 {
            let list = try CommandRunner.scratchFile("list\(i).csv", Self.wordList("가\(i)", tag: "w\(i)", count: 1))
            processes.append(try CommandRunner.start(["glossary", "import", "--columns", "nk,sk,en", "--header", "--source", "test", "--into", target, list]))
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let written = try String(contentsOfFile: target, encoding: .utf8)
        for i in 0..<8 { #expect(written.contains("w\(i) test word 0")) }
        let validated = try CommandRunner.run(["glossary", "validate", "--glossary", folder.path])
        #expect(validated.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["shared.tsv"])
    }

    @Test func aKilledImportLeavesTheOldFileAndNoTemporary() throws {
        let folder = try CommandRunner.scratchFolder()
        let target = folder.appendingPathComponent("mine.tsv")
        let old = "id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource\nterm.mine\tterm\t내말\t\t\tmy word\t\t\t\t\tme\n"
        try Data(old.utf8).write(to: target)
        let list = try CommandRunner.scratchFile("big.csv", Self.wordList("나", tag: "big", count: 60_000))
        for delay in [0.2, 0.5, 1.0, 2.0] {
            let process = try CommandRunner.start(["glossary", "import", "--columns", "nk,sk,en", "--header", "--source", "test", "--into", target.path, list])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try String(contentsOf: target, encoding: .utf8)
            // Either untouched, or (if the import finished first) the old rows and every new one.
            #expect(now == old || (now.hasPrefix(old) && now.contains("나시험말59999")))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["mine.tsv"])
            if now != old { try Data(old.utf8).write(to: target) }
        }
    }

    @Test func aTargetThatIsNotAGlossaryIsRefusedAndKept() throws {
        let folder = try CommandRunner.scratchFolder()
        let target = folder.appendingPathComponent("latin1.tsv")
        let bytes: [UInt8] = Array("id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource\n# caf".utf8) + [0xE9, 0x0A]
        try Data(bytes).write(to: target)
        let list = try CommandRunner.scratchFile("one.csv", Self.wordList("다", tag: "latin", count: 1))
        let result = try CommandRunner.run(["glossary", "import", "--columns", "nk,sk,en", "--header", "--source", "test", "--into", target.path, list])
        #expect(result.status == 65)
        #expect(result.stderr == "\(target.path): error: not UTF-8 text, so it cannot be merged into; nothing was written\n")
        #expect(try Data(contentsOf: target) == Data(bytes))
    }

    @Test func aSymlinkedTargetKeepsItsLinkAndTheFileItsMode() throws {
        let folder = try CommandRunner.scratchFolder()
        let real = folder.appendingPathComponent("real.tsv")
        try Data("id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource\n".utf8).write(to: real)
        chmod(real.path, 0o640)
        let link = folder.appendingPathComponent("link.tsv")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.tsv")
        let list = try CommandRunner.scratchFile("one.csv", Self.wordList("라", tag: "linked", count: 1))
        let result = try CommandRunner.run(["glossary", "import", "--columns", "nk,sk,en", "--header", "--source", "test", "--into", link.path, list])
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.tsv")
        #expect(try String(contentsOf: real, encoding: .utf8).contains("linked test word 0"))
        let attributes = try FileManager.default.attributesOfItem(atPath: real.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
    }
    @Test func aWriteOnlyTargetKeepsEveryEntryAndItsMode() throws {
        let folder = try CommandRunner.scratchFolder()
        let target = folder.appendingPathComponent("mine.tsv")
        var old = "id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource\n"
        for i in 0..<20 { old += "term.mine\(i)\tterm\t내말\(i)\t\t\tmy word \(i)\t\t\t\t\tme\n" }
        try Data(old.utf8).write(to: target)
        chmod(target.path, 0o200)
        let list = try CommandRunner.scratchFile("one.csv", Self.wordList("마", tag: "writeonly", count: 1))
        let result = try CommandRunner.run(["glossary", "import", "--columns", "nk,sk,en", "--header", "--source", "test", "--into", target.path, list])
        if getuid() == 0 {
            // Root reads it anyway: the 20 entries and the new one, the mode kept.
            #expect(result.status == 0)
            chmod(target.path, 0o600)
            let now = try String(contentsOf: target, encoding: .utf8)
            #expect(now.hasPrefix(old))
            #expect(now.contains("writeonly test word 0"))
            chmod(target.path, 0o200)
        } else {
            // Anyone else cannot read it: refused, nothing written.
            #expect(result.status == 66)
            #expect(result.stderr.hasPrefix("\(target.path): error: "))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o200)
    }

    @Test func anImportKeepsTheTargetsOwner() throws {
        let folder = try CommandRunner.scratchFolder()
        let target = folder.appendingPathComponent("theirs.tsv")
        try Data("id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource\n".utf8).write(to: target)
        chmod(target.path, 0o640)
        // Root can give the file to another user (nobody, 65534); anyone else keeps their own.
        let owner: uid_t = getuid() == 0 ? 65534 : getuid(), group: gid_t = getuid() == 0 ? 65534 : getgid()
        #expect(chown(target.path, owner, group) == 0)
        let list = try CommandRunner.scratchFile("one.csv", Self.wordList("바", tag: "owned", count: 1))
        let result = try CommandRunner.run(["glossary", "import", "--columns", "nk,sk,en", "--header", "--source", "test", "--into", target.path, list])
        #expect(result.status == 0)
        var info = stat()
        #expect(stat(target.path, &info) == 0)
        #expect(info.st_uid == owner && info.st_gid == group)
        #expect(info.st_mode & 0o777 == 0o640)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("owned test word 0"))
    }

    @Test func aCommandLinePastTheFileLimitIsRefusedBeforeItIsParsed() throws {
        // One short path, named over and over (a command line holds about 2 MB).
        let paths = Array(repeating: "x", count: AlignCommandLimit.files + 65)
        let start = Date()
        let result = try CommandRunner.run(["align"] + paths)
        #expect(result.status == 64)
        #expect(result.stderr == "gyeore: error: more than \(AlignCommandLimit.files) files (align holds their quotations in memory); align fewer at a time, or pass the paths with --files-from\n")
        // Refused before any path is parsed or opened: well under the minutes parsing took.
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func twentyThousandReportsAreAligned() throws {
        // The per-report cost is constant: 20,000 reports (no quotations to cluster) finish.
        let folder = try CommandRunner.scratchFolder()
        var list = ""
        for i in 0..<20_000 {
            let path = folder.appendingPathComponent("r\(i).txt").path
            guard FileManager.default.createFile(atPath: path, contents: Data("보도 \(i): 회담이 열렸다.\n".utf8)) else { throw CommandRunner.ScratchError(path: path) }
            list += path + "\n"
        }
        let listFile = try CommandRunner.scratchFile("list.txt", Array(list.utf8))
        let result = try CommandRunner.run(["align", "--no-orthography", "--format", "text", "--files-from", listFile])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty || !result.stderr.contains("error"))
    }
}

/// The limit `align` documents (README, Limits).
enum AlignCommandLimit { static let files = 100_000 }

import Foundation
import Testing

@Suite struct NormalizeCommandTests {
    let seed000 = "seeds/000_a4e56163664be897.txt"

    @Test func normalizesASeedLineByLineWithoutLosingLines() throws {
        let result = try CommandRunner.run(["normalize", seed000])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let input = try String(contentsOf: CommandRunner.root.appendingPathComponent(seed000), encoding: .utf8)
        let inputLines = input.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(result.stdoutLines.count == inputLines.count - (input.hasSuffix("\n") ? 1 : 0))
        try #require(result.stdoutLines.count > 16)
        #expect(result.stdoutLines[6] == "[일반] 방북 러 국방 “군사협력 신속 확대” 北국방상 “전투우의 중요”")
        #expect(result.stdoutLines[16] == "안드레이 벨로우소프 러시아 국방장관과 노광철 북한 국방상이 29일 북한에서 회담하며 군사 분야 협력 강화를 다짐했다.")
    }

    @Test func readsStandardInputWhenNoFileIsGiven() throws {
        let result = try CommandRunner.run(["normalize"], stdin: Data("제５９차  《회의》\n북ㆍ러\u{200B}\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "제59차 “회의”\n북·러\n")
    }

    @Test func switchesTurnStepsOff() throws {
        let input = Data("제５９차  《회의》\n".utf8)
        #expect(try CommandRunner.run(["normalize", "--no-width"], stdin: input).stdout == "제５９차 “회의”\n")
        #expect(try CommandRunner.run(["normalize", "--no-quotes"], stdin: input).stdout == "제59차 《회의》\n")
        #expect(try CommandRunner.run(["normalize", "--no-whitespace"], stdin: input).stdout == "제59차  “회의”\n")
        #expect(try CommandRunner.run(["normalize", "--form", "nfkc", "--no-quotes"], stdin: Data("①ﬁ\n".utf8)).stdout == "1fi\n")
    }

    @Test func jsonCarriesTextChangesAndOffsetsBackToTheFile() throws {
        let path = "seeds/001_7e2b87ae5e712a91.txt"
        let result = try CommandRunner.run(["normalize", "--json", path])
        #expect(result.status == 0)
        let file = Array(try String(contentsOf: CommandRunner.root.appendingPathComponent(path), encoding: .utf8).unicodeScalars)
        var changed = 0
        for line in result.stdoutLines {
            let object = try jsonObject(line)
            #expect(object["document"] as? String == path)
            #expect(object["version"] as? Int == 1)
            let text = Array(try field(object, "text", String.self).unicodeScalars)
            let normalized = Array(try field(object, "normalized", String.self).unicodeScalars)
            let offset = try field(object, "start", Int.self)
            // "start" locates the line in the file, in scalars (Python: text[start:start+len]).
            #expect(Array(file[offset..<offset + text.count]) == text)
            // Outside the changes, text and normalized text agree scalar for scalar.
            var o = 0, n = 0
            for change in try field(object, "changes", [[String: [Int]]].self) {
                let original = try #require(change["original"]), target = try #require(change["normalized"])
                #expect(original[0] - o == target[0] - n)
                #expect(Array(text[o..<original[0]]) == Array(normalized[n..<target[0]]))
                o = original[1]; n = target[1]
                changed += 1
            }
            #expect(Array(text[o...]) == Array(normalized[n...]))
        }
        #expect(changed > 20)
        try #require(result.stdoutLines.count > 8)
        let title = try jsonObject(result.stdoutLines[8])
        #expect(title["normalized"] as? String == "김정은, 러 국방장관 접견...“평양은 모스크바와 함께 있을 것” (2024. 11. 30.)")
        let quotes = try field(title, "quotes", [[String: Any]].self)
        #expect(try quotes.map { try field($0, "mark", String.self) } == ["\"", "\""])
        #expect(try quotes.map { try field($0, "role", String.self) } == ["open", "close"])
        #expect(try quotes.map { try field($0, "start", Int.self) } == [17, 35])
        #expect(try quotes.map { try field($0, "normalizedStart", Int.self) } == [17, 35])
    }

    @Test func streamsEachLineBeforeInputEnds() throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["normalize"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.launchForTest()
        defer { process.terminate() }
        input.fileHandleForWriting.write(Data("첫  줄\n".utf8))
        // The first line must arrive while standard input is still open.
        let received = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var first = Data()
        Thread.detachNewThread {
            while !first.contains(0x0A) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                first.append(chunk)
            }
            received.signal()
        }
        #expect(received.wait(timeout: .now() + 20) == .success)
        #expect(String(decoding: first, as: UTF8.self) == "첫 줄\n")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

@Suite struct BadInputTests {
    @Test func invalidUTF8NamesFileLineAndByteOffset() throws {
        let path = try CommandRunner.scratchFile("broken.txt", Array("가나\n다".utf8) + [0xFF] + Array("\n".utf8))
        let result = try CommandRunner.run(["normalize", path])
        #expect(result.status == 65)
        #expect(result.stdout == "가나\n")
        #expect(result.stderr == "\(path):2: error: invalid UTF-8 at byte offset 10 (the input must be UTF-8 text)\n")
    }

    @Test func binaryFilesAreRefused() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let path = try CommandRunner.scratchFile("image.png", png)
        let result = try CommandRunner.run(["normalize", path])
        #expect(result.status == 65)
        #expect(result.stderr == "\(path):3: error: binary data (NUL byte at byte offset 8); the input must be UTF-8 text\n")
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let path = try CommandRunner.scratchFile("empty.txt", [])
        for arguments in [["normalize", path], ["normalize", "--json", path]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout == "" && result.stderr == "")
        }
        #expect(try CommandRunner.run(["normalize"], stdin: Data()).status == 0)
    }

    @Test func missingFilesAndFoldersExit66() throws {
        let missing = try CommandRunner.run(["normalize", "no/such/file.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "no/such/file.txt: error: cannot open: No such file or directory\n")
        let folder = try CommandRunner.run(["normalize", "seeds"])
        #expect(folder.status == 66)
        #expect(folder.stderr == "seeds: error: is a directory, not a text file\n")
    }

    @Test func aHundredMegabyteLineIsRefusedAtTheLimitNotLoaded() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-huge-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let chunk = Data(repeating: 0x61, count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CommandRunner.run(["normalize", url.path])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(url.path):1: error: line longer than 16777216 bytes (raise the limit with --max-line-bytes)\n")
        // Under a raised limit the same kind of line is normalized in full.
        let small = try CommandRunner.scratchFile("long.txt", [UInt8](repeating: 0x61, count: 3 << 20))
        let raised = try CommandRunner.run(["normalize", "--max-line-bytes", "4000000", small])
        #expect(raised.status == 0)
        #expect(raised.stdout.utf8.count == (3 << 20) + 1)
    }

    @Test func usageErrorsExit64() throws {
        let result = try CommandRunner.run(["normalize", "--form", "nfx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--form") && result.stderr.contains("'nfc', 'nfkc' or 'none'"))
        let target = try CommandRunner.run(["normalize", "--to", "nk"])
        #expect(target.status == 64)
        #expect(target.stderr.contains("The value 'nk' is invalid for '--to <sk>'"))
    }
}

/// `normalize --jsonl`: documents as JSON Lines, for the map step of a distributed job.
@Suite struct NormalizeJSONLinesTests {
    @Test func eachLineOfADocumentIsARecordWithOffsetsIntoItsText() throws {
        let input = "{\"id\":\"a1\",\"text\":\"첫 줄\\n《조로》 협력\"}\n{\"id\":7,\"text\":\"둘째\"}\n"
        let result = try CommandRunner.run(["normalize", "--jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let records = try result.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.count == 3)
        #expect(records.map { $0["document"] as? String } == ["a1", "a1", "7"])
        #expect(records.map { $0["start"] as? Int } == [0, 4, 0])
        #expect(records[1]["normalized"] as? String == "“조로” 협력")
        // The text at the offset in the document is the record's text.
        let text = Array("첫 줄\n《조로》 협력".unicodeScalars)
        let line = try #require(records[1]["text"] as? String)
        #expect(String(String.UnicodeScalarView(text[4..<4 + line.unicodeScalars.count])) == line)
    }

    @Test func aBadRecordFailsOrBecomesAnErrorRecord() throws {
        let input = Data("{\"id\":\"a1\",\"text\":\"가\"}\nnot json\n".utf8)
        let failing = try CommandRunner.run(["normalize", "--jsonl"], stdin: input)
        #expect(failing.status == 65)
        #expect(failing.stderr.contains("<stdin>:2: error: not a JSON object"), "\(failing.stderr)")
        let recorded = try CommandRunner.run(["normalize", "--jsonl", "--on-error", "record"], stdin: input)
        #expect(recorded.status == 0)
        #expect(recorded.stdoutLines.last == "{\"document\":\"<stdin>:2\",\"error\":\"not a JSON object\",\"line\":2,\"version\":1}")
    }
}

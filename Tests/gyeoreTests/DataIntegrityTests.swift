import Foundation
import Testing

/// What Gyeore writes stays valid, and every input failure is reported the same way.
@Suite(.enabled(if: CLIDependencies.dictionariesFound, "needs the MeCab dictionaries (see CLIDependencyTests)"))
struct DataIntegrityTests {
    static let header = "id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource\n"

    /// A glossary folder holding one file with these rows (after the header).
    func glossary(_ rows: String, lineEnd: String = "\n") throws -> URL {
        let folder = try CommandRunner.scratchFolder()
        let text = (Self.header + rows).replacingOccurrences(of: "\n", with: lineEnd)
        try Data(text.utf8).write(to: folder.appendingPathComponent("mine.tsv"))
        return folder
    }

    // MARK: - Import

    @Test func anExistingIdIsAConflictNeverAdded() throws {
        let folder = try glossary("term.puppet\tterm\t꼭두각시\t괴뢰\t\tpuppet\t\t\t\t\tme\n")
        let list = try CommandRunner.scratchFile("list.csv", Array("id,sk,en\nterm.puppet,허수아비,scarecrow\n".utf8))
        let before = try Data(contentsOf: folder.appendingPathComponent("mine.tsv"))
        let result = try CommandRunner.run(["glossary", "import", "--glossary", folder.path, "--columns", "id,sk,en", "--header", "--source", "test",
                                            "--into", folder.appendingPathComponent("mine.tsv").path, list])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(list):2: conflict: the id 'term.puppet' is already taken"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("mine.tsv")) == before)
    }

    @Test func aNoteWithALineBreakIsRefusedSoTheTargetStillValidates() throws {
        let folder = try glossary("term.puppet\tterm\t꼭두각시\t괴뢰\t\tpuppet\t\t\t\t\tme\n")
        let list = try CommandRunner.scratchFile("list.csv", Array("sk,en,note\n허수아비,scarecrow,\"two\nlines\"\n원수,enemy,\"a\ttab\"\n".utf8))
        let target = folder.appendingPathComponent("mine.tsv").path
        let result = try CommandRunner.run(["glossary", "import", "--glossary", folder.path, "--columns", "sk,en,note", "--header", "--source", "test", "--into", target, list])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "holds a line break, tab or other control character").count - 1 == 2)
        #expect(try CommandRunner.run(["glossary", "validate", "--glossary", folder.path]).status == 0)
    }

    @Test func aGlossaryWithCRLFLineEndsIsRead() throws {
        let folder = try glossary("term.puppet\tterm\t꼭두각시\t괴뢰\t\tpuppet\t\t\t\t\tme\n", lineEnd: "\r\n")
        let result = try CommandRunner.run(["lookup", "--glossary", folder.path, "괴뢰"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("term.puppet (term)"))
    }

    @Test func aByteOrderMarkIsNotPartOfTheHeader() throws {
        let folder = try glossary("term.puppet\tterm\t꼭두각시\t괴뢰\t\tpuppet\t\t\t\t\tme\n")
        let file = folder.appendingPathComponent("mine.tsv")
        try Data([0xEF, 0xBB, 0xBF] + Array(try Data(contentsOf: file))).write(to: file)
        let result = try CommandRunner.run(["glossary", "validate", "--glossary", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    // MARK: - Exports

    @Test func csvCellsThatWouldRunAsFormulasAreNeutralized() throws {
        let folder = try glossary("term.x\tterm\t엑스\t\t\t=cmd|' /C calc'!A0\t@SUM(1+1)\t\t\t-note\tme\n")
        let csv = try CommandRunner.run(["glossary", "export", "--format", "csv", "--glossary", folder.path])
        #expect(csv.status == 0)
        #expect(csv.stdout.contains("'=cmd|' /C calc'!A0,'@SUM(1+1),,,'-note,me"))
        let raw = try CommandRunner.run(["glossary", "export", "--format", "csv", "--raw-cells", "--glossary", folder.path])
        #expect(raw.stdout.contains(",=cmd|' /C calc'!A0,@SUM(1+1),,,-note,me"))
    }

    @Test func controlCharactersAreAValidationErrorAndNeverReachXML() throws {
        let folder = try glossary("term.x\tterm\t엑스\t\t\tx\t\t\t\tbad\u{1}note\tme\n")
        let result = try CommandRunner.run(["glossary", "validate", "--glossary", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("mine.tsv:2: error: note holds the control character U+0001"))
    }

    @Test func tbxOfAnIdStartingWithADigitValidates() throws {
        let folder = try glossary("2024.pyongyang-talks\tevent\t평양 회담\t\t\tPyongyang talks\t\t\t\t\tme\n")
        #expect(try CommandRunner.run(["glossary", "validate", "--glossary", folder.path]).status == 0)
        let tbx = try CommandRunner.run(["glossary", "export", "--format", "tbx", "--glossary", folder.path])
        #expect(tbx.stdout.contains("<conceptEntry id=\"_2024.pyongyang-talks\">"))
        let schema = ProcessInfo.processInfo.environment["GYEORE_TBX_SCHEMA"].map(URL.init(fileURLWithPath:))
            ?? CommandRunner.root.deletingLastPathComponent().appendingPathComponent("shared/tbx/TBX-Basic_integrated.rng")
        try #require(FileManager.default.fileExists(atPath: schema.path), "TBX-Basic schema not found at \(schema.path): check out beside ../shared or set GYEORE_TBX_SCHEMA")
        let file = folder.appendingPathComponent("out.tbx")
        try Data(tbx.stdout.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--relaxng", schema.path, file.path]
        process.standardError = FileHandle.nullDevice
        try process.launchForTest()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    // MARK: - The HTML report

    /// Highlights are placed on the text and escaped after: the page's text, marks removed and
    /// entities read, is each quotation exactly, whatever markup-like text it holds.
    @Test func identicalRenderingsWithMarkupLikeTextAreIdentical() throws {
        let line = "김 위원장은 “두 나라 관계에서 x < y 라는 것은 분명한 사실이며 모두가 알고 있는 mark 이다”고 말했다.\n"
        let first = try CommandRunner.scratchFile("a.txt", Array(line.utf8)), second = try CommandRunner.scratchFile("b.txt", Array(line.utf8))
        let report = try CommandRunner.run(["align", "--no-orthography", "--format", "text", first, second])
        #expect(report.status == 0)
        #expect(report.stdout.contains("[0]~[1] 1.0: identical\n"))
        #expect(!report.stdout.contains("spacing"))
    }

    @Test func highlightsNeverSplitEntitiesOrTags() throws {
        let first = try CommandRunner.scratchFile("a.txt", Array("김 위원장은 “두 나라 관계에서 x < y 라는 것은 분명한 사실이며 모두가 알고 있는 mark 이다”고 말했다.\n".utf8))
        let second = try CommandRunner.scratchFile("b.txt", Array("김 위원장은 “두 나라 관계에서 x < y 라는 것은 분명한 사실이며 모두가 알고 있는 mark 이다 lt”고 말했다.\n".utf8))
        let report = try CommandRunner.run(["align", "--no-orthography", "--format", "html", first, second])
        #expect(report.status == 0)
        #expect(!report.stdout.contains("<mark class=\"addition\">&"))
        var paragraphs: [String] = []
        for piece in report.stdout.components(separatedBy: "<p>“").dropFirst() {
            let inner = piece.components(separatedBy: "”</p>")[0]
            let text = inner.replacingOccurrences(of: #"<mark class="[a-z]+">"#, with: "", options: .regularExpression).replacingOccurrences(of: "</mark>", with: "")
            paragraphs.append(text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&"))
        }
        #expect(paragraphs.sorted() == ["두 나라 관계에서 x < y 라는 것은 분명한 사실이며 모두가 알고 있는 mark 이다", "두 나라 관계에서 x < y 라는 것은 분명한 사실이며 모두가 알고 있는 mark 이다 lt"])
        #expect(report.stdout.contains("<mark class=\"addition\">lt</mark>"))
    }

    // MARK: - One input rule

    /// Every readable input is processed, every failure reported on its own line, and the
    /// command fails at the end with the first failure's status.
    @Test(arguments: ["normalize", "quotes", "terms", "align"])
    func everyReadableInputIsProcessedAndEachFailureReported(command: String) throws {
        let seed = "seeds/001_7e2b87ae5e712a91.txt", other = "seeds/000_a4e56163664be897.txt"
        let alone = try CommandRunner.run([command, seed, other])
        let result = try CommandRunner.run([command, seed, "/no/such/file.txt", other])
        #expect(result.status == 66)
        #expect(result.stderr == "/no/such/file.txt: error: cannot open: No such file or directory\n")
        if command == "align" {
            // The same clusters from the readable reports (the document list names all three).
            #expect(result.stdout.contains("\"clusters\":") && alone.stdout.contains("\"clusters\":"))
        } else {
            #expect(result.stdout == alone.stdout)
        }
    }

    @Test func aNamedGlossaryThatDoesNotExistIsAnError() throws {
        for command in [["align", "seeds/001_7e2b87ae5e712a91.txt"], ["quotes", "seeds/001_7e2b87ae5e712a91.txt"], ["romanize", "독립문"], ["lookup", "러시아"]] {
            let result = try CommandRunner.run(command + ["--glossary", "/no/such/glossary"])
            #expect(result.status == 66, "\(command)")
            #expect(result.stderr == "/no/such/glossary: error: cannot open: glossary folder not found (name one with --glossary or GYEORE_GLOSSARY)\n")
        }
    }

    // MARK: - Limits before work

    @Test func alignReadsPathsFromAListAndRefusesTooManyBeforeReadingAny() throws {
        let list = try CommandRunner.scratchFile("list.txt", Array("seeds/001_7e2b87ae5e712a91.txt\n\nseeds/002_c51002cd67bebee3.txt\n".utf8))
        let listed = try CommandRunner.run(["align", "--files-from", list])
        let named = try CommandRunner.run(["align", "seeds/001_7e2b87ae5e712a91.txt", "seeds/002_c51002cd67bebee3.txt"])
        #expect(listed.status == 0)
        #expect(listed.stdout == named.stdout)
        let tooMany = try CommandRunner.scratchFile("many.txt", Array((1...100_001).map { "/no/such/report\($0).txt\n" }.joined().utf8))
        let refused = try CommandRunner.run(["align", "--files-from", tooMany])
        #expect(refused.status == 64)
        #expect(refused.stderr == "\(tooMany):100001: error: more than 100000 files (align holds their quotations in memory); align fewer at a time\n")
    }

    @Test func aGlossaryOverTheEntryLimitIsRefusedBeforeItIsParsed() throws {
        let folder = try CommandRunner.scratchFolder()
        var text = Self.header
        text.reserveCapacity(48 << 20)
        for i in 0...1_000_000 { text += "term.t\(i)\tterm\t가\(i)\t\t\tw\(i)\t\t\t\t\tme\n" }
        try Data(text.utf8).write(to: folder.appendingPathComponent("big.tsv"))
        let result = try CommandRunner.run(["lookup", "--glossary", folder.path, "가1"])
        #expect(result.status == 65)
        #expect(result.stderr == "\(folder.path): error: more than 1000000 entries in all, passed in \(folder.path)/big.tsv (split the glossary or raise the limit in Glossary.maximumEntries)\n")
    }

    @Test func utf16IsNamedAsSuch() throws {
        let file = try CommandRunner.scratchFile("utf16.txt", [0xFF, 0xFE, 0x00, 0xAC, 0x0A, 0x00])
        let result = try CommandRunner.run(["normalize", file])
        #expect(result.status == 65)
        #expect(result.stderr == "\(file):1: error: UTF-16 text (convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8)\n")
    }
}

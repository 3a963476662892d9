import Foundation
import Testing

@Suite struct LookupCommandTests {
    @Test func findsAnEntryByANorthKoreanFormAndPrintsEveryForm() throws {
        let result = try CommandRunner.run(["lookup", "로씨야련방"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
        country.russia (country)
          South Korean:  러시아; 러시아 연방 (full); 러 (abbr)
          North Korean:  로씨야; 로씨야련방 (full); 로 (abbr)
          Other Korean:  —
          English:       Russia; Russian Federation (full)
          Other English: RF (abbr)
          Romanization:  RR Reosia; DPRK Rossiya
          Source:        seed:000; seed:001; seed:004; busan2002; hankook2021
          Defined at:    glossary/countries.tsv:3

        """)
    }

    @Test func jsonForMachines() throws {
        let result = try CommandRunner.run(["lookup", "--json", "russian federation"])
        let object = try jsonObject(result.stdout)
        #expect(object["id"] as? String == "country.russia")
        #expect(object["sk"] as? String == "러시아")
        #expect(object["nk"] as? String == "로씨야")
        #expect(object["en"] as? String == "Russia")
        #expect((object["forms"] as? [[String: Any]])?.count == 9)
    }

    @Test func aMissExitsOneWithSuggestions() throws {
        let result = try CommandRunner.run(["lookup", "벨로우소브"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "gyeore: no glossary entry for '벨로우소브'; did you mean 벨로우소프 (person.andrei-belousov)?\n")
    }

    /// A word no reviewed entry has is looked up among the proposals set-up generates from
    /// NK-HanDic and CC-CEDICT, and printed marked proposed; `--reviewed-only` keeps to the
    /// glossary. Needs `scripts/setup.sh` (deps/glossary-proposals).
    @Test func aWordTheGlossaryLacksIsFoundAmongTheProposalsMarkedProposed() throws {
        let result = try CommandRunner.run(["lookup", "락원"])
        #expect(result.status == 0, "\(result.stderr) (run scripts/setup.sh to generate deps/glossary-proposals)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("(term; proposed, not reviewed)") == true, "\(lines)")
        #expect(lines.contains("  South Korean:  낙원"))
        #expect(lines.contains("  North Korean:  락원"))
        #expect(lines.contains("  Other Korean:  樂園 (hanja)"))
        #expect(lines.contains("  English:       paradise"))
        #expect(lines.contains("  Source:        NK-HanDic North Korean noun; CC-CEDICT gloss of 樂園"))
        let json = try jsonObject(try CommandRunner.run(["lookup", "--json", "락원"]).stdout)
        #expect(json["status"] as? String == "proposed")
        #expect(try jsonObject(try CommandRunner.run(["lookup", "--json", "로씨야"]).stdout)["status"] as? String == "reviewed")
        let reviewedOnly = try CommandRunner.run(["lookup", "--reviewed-only", "락원"])
        #expect(reviewedOnly.status == 1)
        #expect(reviewedOnly.stdout == "")
        // A word of general vocabulary the glossary reviewed (kind `word`) is found there, not
        // among the proposals.
        let reviewed = try CommandRunner.run(["lookup", "--reviewed-only", "로력"])
        #expect(reviewed.status == 0)
        #expect(reviewed.stdout.split(separator: "\n").first == "word.manpower (word)")
        // A foreign name by its Latin spelling, without pinyin's tone marks; no Korean
        // romanization of its Hangul.
        let name = try CommandRunner.run(["lookup", "gao xingjian"])
        #expect(name.status == 0)
        #expect(name.stdout.contains("  South Korean:  가오싱젠\n"))
        #expect(name.stdout.contains("  Romanization:  RR —; DPRK —\n"))
    }

    @Test func aMissingGlossaryIsAnInputError() throws {
        let result = try CommandRunner.run(["lookup", "--glossary", "no/such/dir", "러시아"])
        #expect(result.status == 66) // it cannot be opened, as the README's table says
        #expect(result.stderr == "no/such/dir: error: cannot open: glossary folder not found (name one with --glossary or GYEORE_GLOSSARY)\n")
    }
}

@Suite struct TermsCommandTests {
    @Test func writesOneObjectPerTermWithFileOffsets() throws {
        let path = "seeds/001_7e2b87ae5e712a91.txt"
        let result = try CommandRunner.run(["terms", path])
        #expect(result.status == 0)
        let file = Array(try String(contentsOf: CommandRunner.root.appendingPathComponent(path), encoding: .utf8).unicodeScalars)
        let records = try result.stdoutLines.map { try jsonObject($0) }
        #expect(records.count > 100)
        for record in records {
            let start = try field(record, "start", Int.self), end = try field(record, "end", Int.self)
            #expect(try String(String.UnicodeScalarView(file[start..<end])) == field(record, "text", String.self))
            #expect(record["document"] as? String == path)
        }
        let kyiv = try #require(records.first { $0["text"] as? String == "끼예브" })
        #expect(kyiv["entry"] as? String == "capital.kyiv")
        #expect(kyiv["form"] as? String == "nk")
        #expect(kyiv["sk"] as? String == "키이우")
        #expect(kyiv["en"] as? String == "Kyiv")
        #expect(kyiv["kind"] as? String == "capital")
    }

    /// Documents as JSON Lines: the record's id as document, lines and offsets within its text.
    @Test func jsonLinesDocumentsGiveTermsWithinEachRecord() throws {
        let input = Data("{\"id\":\"n1\",\"text\":\"조로 두 나라사이의\\n벨로우쏘브 국방상\"}\n{\"id\":2}\n".utf8)
        let result = try CommandRunner.run(["terms", "--jsonl", "--on-error", "record"], stdin: input)
        #expect(result.status == 0)
        let rows = try result.stdoutLines.map { line -> String in
            let o = try jsonObject(line)
            return "\(o["document"] ?? "-") \(o["line"] ?? "-") \(o["start"] ?? "-") \(o["end"] ?? "-") \(o["entry"] ?? o["error"] ?? "-")"
        }
        #expect(rows == ["n1 1 0 2 term.north-korea-russia", "n1 2 11 16 person.andrei-belousov", "n1 2 17 20 title.defence-minister",
                         "2 2 - - no \"text\" field (a string)"])
    }

    @Test func readsStandardInput() throws {
        let result = try CommandRunner.run(["terms"], stdin: Data("조로 두 나라사이의\n벨로우쏘브 국방상\n".utf8))
        let rows = try result.stdoutLines.map { line -> String in
            let o = try jsonObject(line)
            return "\(o["line"] ?? "-") \(o["start"] ?? "-") \(o["end"] ?? "-") \(o["entry"] ?? "-") \(o["form"] ?? "-")"
        }
        #expect(rows == ["1 0 2 term.north-korea-russia nk", "2 11 16 person.andrei-belousov nk", "2 17 20 title.defence-minister nk"])
    }
}

@Suite struct GlossaryCommandTests {
    @Test func validateAcceptsTheBundledGlossary() throws {
        let result = try CommandRunner.run(["glossary", "validate"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("glossary: "))
        #expect(result.stdout.hasSuffix(" forms, no problems\n"))
    }

    @Test func validateReportsEveryProblemAsFileLineMessage() throws {
        let result = try CommandRunner.run(["glossary", "validate", "--glossary", "Tests/Fixtures/glossary-broken/cross"])
        #expect(result.status == 1)
        #expect(result.stderr == """
        Tests/Fixtures/glossary-broken/cross/b.tsv:2: error: duplicate id 'country.russia' (first defined at Tests/Fixtures/glossary-broken/cross/a.tsv:2)
        Tests/Fixtures/glossary-broken/cross/b.tsv:3: error: form '로씨야' is also a form of 'country.russia' (Tests/Fixtures/glossary-broken/cross/a.tsv:2); tag both {homograph} if both are right
        gyeore: 2 problem(s) in Tests/Fixtures/glossary-broken/cross

        """)
    }

    @Test func exportWritesEachFormat() throws {
        let tsv = try CommandRunner.run(["glossary", "export", "--format", "tsv"])
        #expect(tsv.stdoutLines.first == "id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource")
        let csv = try CommandRunner.run(["glossary", "export", "--format", "csv"])
        #expect(csv.stdoutLines.first == "id,kind,sk,nk,ko_other,en,en_other,rr,dprk,note,source")
        #expect(csv.stdoutLines.count == tsv.stdoutLines.count)
        let tbx = try CommandRunner.run(["glossary", "export", "--format", "tbx"])
        #expect(tbx.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx style=\"dca\" type=\"TBX-Basic\""))
        #expect(try CommandRunner.run(["glossary", "export", "--format", "xls"]).status == 64)
    }

    @Test func importAppendsNewEntriesAndReportsConflicts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-import-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CommandRunner.root.appendingPathComponent("glossary").resolvingSymlinksInPath(), to: folder)
        let list = try CommandRunner.scratchFile("list.csv", Array("북한어,남한어\n닭알,달걀\n로씨야,러시아\n".utf8))
        let target = folder.appendingPathComponent("imported.tsv").path
        let result = try CommandRunner.run(["glossary", "import", "--glossary", folder.path, "--columns", "nk,sk", "--header",
                                            "--source", "test list", "--into", target, list])
        #expect(result.status == 0)
        // Each new entry says how its North Korean forms convert: a term's never does, and the
        // report warns of it.
        #expect(result.stderr == "\(list):2: added term.dalgyal; warning: 닭알 is never replaced by 달걀 (a term's North Korean form is left to the spelling rules; tag an abbreviation {abbr}, another word {wording} in a name's entry)\n\(list):3: already present as country.russia\ngyeore: 1 new, 1 already present, 0 conflict(s)\n")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasSuffix("term.dalgyal\tterm\t달걀\t닭알\t\t\t\t\t\t\ttest list\n"))
        #expect(try CommandRunner.run(["glossary", "validate", "--glossary", folder.path]).status == 0)
        #expect(try CommandRunner.run(["lookup", "--glossary", folder.path, "닭알"]).stdout.hasPrefix("term.dalgyal (term)"))
    }

    /// A place converts at the spelling level, an abbreviation too, and a form tagged {wording}
    /// only at the wording level; a name more than a spelling apart gets a hint.
    @Test func importSaysHowEachNewFormWillConvert() throws {
        let list = try CommandRunner.scratchFile("places.tsv", Array("함흥시\t함흥시\n평양비행장\t평양공항\n조일{abbr}\t북일{abbr}\n조선동해{wording}\t동해\n".utf8))
        let result = try CommandRunner.run(["glossary", "import", "--format", "tsv", "--columns", "nk,sk", "--kind", "place",
                                            "--source", "test", "--into", "/tmp/unused.tsv", "--dry-run", list])
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(list):1: would add") && $0.hasSuffix("; 함흥시 is written as in the South") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("\(list):2: would add") && $0.hasSuffix("; 평양비행장 → 평양공항 with --to sk (more than a spelling apart: if it is another word, tag it {wording})") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("\(list):3: would add") && $0.hasSuffix("; 조일 → 북일 with --to sk") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("\(list):4: would add") && $0.hasSuffix("; 조선동해 → 동해 only with --to sk --wording") }, "\(lines)")
    }
}

@Suite struct RomanizeCommandTests {
    @Test func bothSystemsFromArgumentsAndStandardInput() throws {
        #expect(try CommandRunner.run(["romanize", "독립문"]).stdout == "Dongnimmun\n")
        #expect(try CommandRunner.run(["romanize", "--system", "dprk", "--name", "리선권"]).stdout == "Ri Son Gwon\n")
        #expect(try CommandRunner.run(["romanize", "--system", "dprk", "김일성"]).stdout == "Kim Il Sung\n")
        #expect(try CommandRunner.run(["romanize", "--lowercase", "같이"]).stdout == "gachi\n")
        let piped = try CommandRunner.run(["romanize", "--system", "dprk"], stdin: Data("노광철\n박정천\n".utf8))
        #expect(piped.stdout == "No Kwang Chol\nPak Jong Chon\n")
        #expect(try CommandRunner.run(["romanize", "--system", "mr", "서울"]).status == 64)
    }
}

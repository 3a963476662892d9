import Foundation
import Testing

@Suite struct QuotesCommandTests {
    @Test func oneObjectPerQuotationWithFileOffsets() throws {
        let path = "seeds/000_a4e56163664be897.txt"
        let result = try CommandRunner.run(["quotes", path])
        #expect(result.status == 0)
        let file = Array(try String(contentsOf: CommandRunner.root.appendingPathComponent(path), encoding: .utf8).unicodeScalars)
        let records = try result.stdoutLines.map { try jsonObject($0) }
        #expect(records.count == 23)   // the rows of Tests/Fixtures/quotes/000_a4e56163664be897.tsv
        for record in records {
            let start = try field(record, "start", Int.self), end = try field(record, "end", Int.self)
            #expect(try String(String.UnicodeScalarView(file[start..<end])) == field(record, "text", String.self))
        }
        let first = try #require(records.first { try field($0, "text", String.self).hasPrefix("러시아와 북한의 우호적인") })
        #expect(first["kind"] as? String == "direct")
        #expect(first["verb"] as? String == "강조했다")
        #expect(first["clause"] as? String == "고 강조했다")
        #expect(first["speaker"] as? String == "안드레이 벨로우소프")
        #expect(first["speakerText"] as? String == "벨로우소프 장관")
        #expect(first["marks"] as? String == "\"\"")
    }

    @Test func perLineStreamsEachLineAsADocument() throws {
        let input = "김 위원장은 “첫 발언”이라고 말했다.\n그는 《둘째 발언》고 강조하였다.\n"
        let result = try CommandRunner.run(["quotes", "--per-line"], stdin: Data(input.utf8))
        let records = try result.stdoutLines.map { try jsonObject($0) }
        #expect(try records.map { try field($0, "document", String.self) } == ["-:1", "-:2"])
        #expect(try records.map { try field($0, "text", String.self) } == ["첫 발언", "둘째 발언"])
        #expect(try records.map { try field($0, "start", Int.self) } == [8, 26])   // offsets into standard input as a whole (line 1: 21 scalars + LF)
        #expect(try records.map { try field($0, "verb", String.self) } == ["말했다", "강조하였다"])
    }

    /// Documents as JSON Lines: the caller's id as document, offsets into the record's text
    /// (newlines kept), and a bad record failing, left out, or written as an error record.
    @Test func jsonLinesDocumentsInQuotationsOut() throws {
        let input = Data(("{\"id\":\"a1\",\"text\":\"김 위원장은 “첫 발언”이라고 말했다.\\n그는 《둘째 발언》고 강조하였다.\"}\n"
            + "not json\n{\"id\":7,\"text\":\"\\\"third\\\" he said\"}\n").utf8)
        let records = try CommandRunner.run(["quotes", "--jsonl", "--on-error", "record"], stdin: input)
        #expect(records.status == 0)
        let objects = try records.stdoutLines.map { try jsonObject($0) }
        #expect(try objects.map { try field($0, "document", String.self) } == ["a1", "a1", "<stdin>:2", "7"])
        #expect(objects.map { $0["text"] as? String } == ["첫 발언", "둘째 발언", nil, "third"])
        #expect(objects.map { $0["start"] as? Int } == [8, 26, nil, 1])   // into the record's own text
        #expect(objects[2]["error"] as? String == "not a JSON object")
        let failing = try CommandRunner.run(["quotes", "--jsonl"], stdin: input)
        #expect(failing.status == 65)
        #expect(failing.stderr == "<stdin>:2: error: not a JSON object\n")
        #expect(failing.stdoutLines.count == 2)   // what came before the bad record is written
        let skipping = try CommandRunner.run(["quotes", "--jsonl", "--on-error", "skip"], stdin: input)
        #expect(skipping.status == 0)
        #expect(skipping.stdoutLines.count == 3)   // the records after the bad one too
        #expect(skipping.stderr == "<stdin>:2: warning: record left out: not a JSON object\n")
    }

    @Test func badInputIsAnErrorNotACrash() throws {
        let broken = try CommandRunner.scratchFile("bad.txt", Array("“인용”\n".utf8) + [0xC3, 0x28])
        let result = try CommandRunner.run(["quotes", broken])
        #expect(result.status == 65)
        // “인용” is 12 bytes (curly quotes take 3), the LF one more: the bad byte is at 13.
        #expect(result.stderr == "\(broken):2: error: invalid UTF-8 at byte offset 13 (the input must be UTF-8 text)\n")
    }
}

/// `quotes --jsonl` takes a document's date from its record (`--date-field`, default `date`)
/// when the text gives none: archives keep dates in metadata, and align keeps statements
/// reported far apart in time apart.
@Suite struct QuotesRecordDateTests {
    @Test func theRecordsDateIsTheQuotationsDate() throws {
        let input = "{\"id\":\"a\",\"date\":\"2019-01-01\",\"text\":\"그는 “대가없이 개성공단과 금강산관광을 재개할 생각이 있다”고 말했다.\"}\n"
            + "{\"id\":\"b\",\"published\":\"2019.01.02 09:00\",\"text\":\"그는 “조건 없이 금강산 관광과 개성공단을 재개할 의향이 있다”고 말했다.\"}\n"
            + "{\"id\":\"c\",\"date\":\"2019-01-01\",\"text\":\"date: 2020-06-04\\n\\n그는 “남조선 당국은 대가를 치르게 될 것”이라고 말했다.\"}\n"
        let byDefault = try CommandRunner.run(["quotes", "--jsonl"], stdin: Data(input.utf8))
        #expect(byDefault.status == 0)
        let dates = try byDefault.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["date"] as? String }
        // b names its date in another field; c's front matter wins over its record.
        #expect(dates == ["2019-01-01", nil, "2020-06-04"])
        let named = try CommandRunner.run(["quotes", "--jsonl", "--date-field", "published"], stdin: Data(input.utf8))
        let namedDates = try named.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["date"] as? String }
        #expect(namedDates == [nil, "2019-01-02", "2020-06-04"])
    }
}

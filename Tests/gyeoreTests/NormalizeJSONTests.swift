import Foundation
import Gyeore
import Testing
@testable import gyeore
import GyeoreTestSupport

/// `normalize --json` writes its records by hand (`JSONLineWriter`): the bytes must be those
/// `JSONEncoder` (keys sorted, slashes unescaped) gives for the same record.
@Suite struct NormalizeJSONTests {
    private func encoded(_ record: NormalizedLineRecord) -> String { JSONLines().line(record) }

    private func written(_ path: String, _ line: LineReader.Line, _ result: NormalizedText, explain: Bool) -> String {
        var writer = JSONLineWriter()
        NormalizedLineRecord.write(path: path, line: line, result: result, explain: explain, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func everySeedLineIsWrittenAsJSONEncoderWouldWriteIt() throws {
        let normalizer = try Normalizer()
        for url in try FileManager.default.contentsOfDirectory(at: CommandRunner.root.appendingPathComponent("seeds"), includingPropertiesForKeys: nil) where url.pathExtension == "txt" {
            let reader = try LineReader(path: url.path)
            while let line = try reader.next() {
                let result = normalizer.normalize(line.text)
                for explain in [false, true] {
                    #expect(written(url.path, line, result, explain: explain) == encoded(NormalizedLineRecord(path: url.path, line: line, result: result, explain: explain)))
                }
            }
        }
    }

    /// Every control character, quotes, backslashes, slashes, separators and astral scalars.
    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
        let normalizer = try Normalizer()
        var texts = (0..<0x20).map { "a\(Character(Unicode.Scalar(UInt8($0))))b" }
        texts += ["\"quoted\" \\ back/slash", "\u{7F}\u{85}\u{2028}\u{2029}\u{FEFF}", "“따옴표” 《제목》 😀 𝔸", "\u{0}", ""]
        var random = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let scalars = (0..<Int(random.next() % 12)).compactMap { _ in Unicode.Scalar(UInt32(random.next() % 0x3000)) }
            texts.append(String(String.UnicodeScalarView(scalars)))
        }
        for (number, text) in texts.enumerated() {
            let line = LineReader.Line(number: number + 1, byteOffset: number * 7, scalarOffset: number * 3, text: text, terminatorLength: 1)
            let result = normalizer.normalize(text)
            let path = "dir/\"odd\"\tname.txt"
            #expect(written(path, line, result, explain: true) == encoded(NormalizedLineRecord(path: path, line: line, result: result, explain: true)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Integers at every count of digits, on both sides of each power of ten, and the extremes.
    @Test func integersAreWrittenAsJSONEncoderWritesThem() throws {
        var values = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power, -(power + 1)]
        }
        var random = SplitMix64(seed: 11)
        for _ in 0..<1000 { values.append(Int(bitPattern: UInt(random.next())) >> Int(random.next() % 64)) }
        let encoder = JSONEncoder()
        for value in values {
            var writer = JSONLineWriter()
            writer.beginArray()
            writer.int(value)
            writer.int(value)
            writer.endArray()
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: try encoder.encode([value, value]), as: UTF8.self))
        }
    }

    /// `terms` writes its records by hand too: the same bytes for every match in the seeds, where
    /// most forms are found many times and each later record copies the fields its form fixes.
    @Test func everyTermRecordIsWrittenAsJSONEncoderWouldWriteIt() throws {
        let glossary = try Glossary(folder: CommandRunner.root.appendingPathComponent("glossary").path)
        let matcher = try TermMatcher(glossary: glossary)
        var writer = TermRecordWriter()
        var count = 0
        var forms: Set<Int> = []
        for url in try FileManager.default.contentsOfDirectory(at: CommandRunner.root.appendingPathComponent("seeds"), includingPropertiesForKeys: nil) where url.pathExtension == "txt" {
            let reader = try LineReader(path: url.path)
            while let line = try reader.next() {
                for match in matcher.matches(in: line.text) {
                    let document = "\"seed\"/\(url.lastPathComponent)"
                    writer.write(document: document, line: line, match: match)
                    #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONLines().line(TermRecord(document: document, line: line, match: match)))
                    count += 1
                    forms.insert(match.formNumber)
                }
            }
        }
        #expect(count > 100)
        #expect(forms.count < count / 2, "most forms are found more than once")
    }

    /// Fixed fields holding characters JSON escapes (a quotation mark, a backslash, a tab), from
    /// a glossary of entries written for it; each form found twice, and a form found first after
    /// one with a higher number.
    @Test func termRecordsWithEscapedFixedFieldsAreWrittenAsJSONEncoderWouldWriteThem() throws {
        let rows = """
        id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource
        org.quoted\torganization\t따옴표협회\t\t\tThe "Quoted" Society\t\t\t\t\ttest
        org.slash\torganization\t역사선협회\t\t\tBack\\slash Union\t\t\t\t\ttest
        """
        let glossary = try Glossary(files: [("organizations.tsv", rows)])
        let matcher = try TermMatcher(glossary: glossary)
        var writer = TermRecordWriter()
        var numbers: [Int] = []
        for (number, text) in ["역사선협회와 따옴표협회가 만났다.", "따옴표협회와 역사선협회, \"odd\"\tfile"].enumerated() {
            let line = LineReader.Line(number: number + 1, byteOffset: number * 50, scalarOffset: number * 20, text: text, terminatorLength: 1)
            for match in matcher.matches(in: text) {
                let document = "dir/\"odd\"\tname.txt"
                writer.write(document: document, line: line, match: match)
                #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONLines().line(TermRecord(document: document, line: line, match: match)))
                numbers.append(match.formNumber)
            }
        }
        #expect(numbers.count == 4)
        #expect(Set(numbers).count == 2)
    }

    /// `quotes` writes its records by hand too: the same bytes for every quotation of the seeds
    /// and the alignment development set (speakers, clauses, verbs, dates, parents, several
    /// occurrences), and for records whose every optional field is absent or holds characters
    /// JSON must escape.
    @Test func everyQuotationRecordIsWrittenAsJSONEncoderWouldWriteIt() throws {
        let glossary = try Glossary(folder: CommandRunner.root.appendingPathComponent("glossary").path)
        let extractor = try QuoteExtractor(glossary: glossary)
        var writer = JSONLineWriter()
        var records: [QuotationRecord] = []
        for folder in ["seeds", "Tests/Fixtures/alignment-dev"] {
            for url in try FileManager.default.contentsOfDirectory(at: CommandRunner.root.appendingPathComponent(folder), includingPropertiesForKeys: nil).sorted(by: { $0.path < $1.path }) where url.pathExtension == "txt" {
                let text = try String(contentsOf: url, encoding: .utf8)
                records += extractor.quotations(in: text, document: url.lastPathComponent).enumerated().map { QuotationRecord($1, index: $0) }
            }
        }
        #expect(records.contains { $0.speaker != nil && $0.clause != nil && $0.verb != nil && $0.date != nil })
        #expect(records.contains { $0.parent != nil })
        #expect(records.contains { $0.occurrences.count > 1 })
        if var odd = records.first {
            (odd.clause, odd.verb, odd.speaker, odd.speakerText, odd.speakerEntry, odd.parent, odd.date) = (nil, nil, nil, nil, nil, nil, nil)
            odd.text = "\"q\" \\ a/b \u{0}\u{1F}\n\t“따옴표” 😀"
            odd.document = "dir/\"odd\"\tname.txt"
            odd.occurrences = []
            records.append(odd)
            odd.speakerText = "\u{8}\u{C}\r"
            odd.parent = 0
            records.append(odd)
            // The reported clause a quotation stands in (`reportedClause`), with characters to escape.
            odd.reportedClause = "the North's will \"q\" \\ remains “unchanged” \u{1}"
            records.append(odd)
        }
        for record in records {
            record.write(to: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONLines().line(record))
        }
        #expect(records.count > 150)
    }

    /// The writer grows its buffer as a record needs: a line far longer than its first capacity,
    /// full of characters to escape, and a record written after it into the same writer.
    @Test func longRecordsGrowTheBufferAndShortOnesAfterThemStartClean() throws {
        let normalizer = try Normalizer()
        var writer = JSONLineWriter(capacity: 64)
        let unit = "“따옴표” \\ \"q\" \u{1}\u{1F}\t 로씨야련방 😀 "
        for text in [String(repeating: unit, count: 400), "짧은 줄", String(repeating: "\n", count: 3000), ""] {
            let line = LineReader.Line(number: 2, byteOffset: 10, scalarOffset: 5, text: text, terminatorLength: 1)
            let result = normalizer.normalize(text)
            NormalizedLineRecord.write(path: "a.txt", line: line, result: result, explain: true, to: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == encoded(NormalizedLineRecord(path: "a.txt", line: line, result: result, explain: true)))
        }
    }
}

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
        var texts = (0..<0x20).map { "a\(Character(Unicode.Scalar($0)!))b" }
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

    /// `terms` writes its records by hand too: the same bytes for every match in the seeds.
    @Test func everyTermRecordIsWrittenAsJSONEncoderWouldWriteIt() throws {
        let glossary = try Glossary(folder: CommandRunner.root.appendingPathComponent("glossary").path)
        let matcher = try TermMatcher(glossary: glossary)
        var writer = JSONLineWriter()
        var count = 0
        for url in try FileManager.default.contentsOfDirectory(at: CommandRunner.root.appendingPathComponent("seeds"), includingPropertiesForKeys: nil) where url.pathExtension == "txt" {
            let reader = try LineReader(path: url.path)
            while let line = try reader.next() {
                for match in matcher.matches(in: line.text) {
                    let record = TermRecord(document: "\"seed\"/\(url.lastPathComponent)", line: line, match: match)
                    record.write(to: &writer)
                    #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONLines().line(record))
                    count += 1
                }
            }
        }
        #expect(count > 100)
    }
}

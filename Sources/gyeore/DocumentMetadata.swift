import Foundation
import Gyeore

/// Who published a report, when, in which language, from which side: from the report's front
/// matter (`outlet:`, `date:`, `language:`, `side:` between `---` lines at its top), overridden
/// by `align --meta FILE.jsonl` (one object per document: `{"document": path, "outlet": …}`).
struct DocumentMetadata: Codable, Equatable {
    var outlet: String?
    var date: String?
    var language: String?
    /// `north-korean` (state media), `south-korean`, `foreign`.
    var side: String?

    /// The front matter of a file's first lines (nil fields where it says nothing).
    static func frontMatter(ofFile path: String) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        guard let reader = try? LineReader(path: path), let first = try? reader.next(), first.text.trimmingCharacters(in: .whitespaces) == "---" else { return metadata }
        while let line = try? reader.next(), line.number <= 64 {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if text == "---" { break }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].trimmingCharacters(in: .whitespaces)
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            switch key {
            case "outlet", "source_name", "publisher": metadata.outlet = metadata.outlet ?? value
            case "date": metadata.date = value
            case "language", "lang": metadata.language = value
            case "side": metadata.side = value
            default: break
            }
        }
        return metadata
    }

    /// `--meta FILE.jsonl`: document path → metadata. A line that is not such an object is an
    /// error naming the file and line.
    static func read(jsonLines path: String) throws -> [String: DocumentMetadata] {
        struct Row: Decodable { var document: String; var outlet: String?; var date: String?; var language: String?; var side: String? }
        let reader: LineReader
        do { reader = try LineReader(path: path) } catch { throw CLIError.input(error) }
        var result: [String: DocumentMetadata] = [:]
        do {
            while let line = try reader.next() {
                guard !line.text.isBlank else { continue }
                guard let row = try? JSONDecoder().decode(Row.self, from: Data(line.text.utf8)) else {
                    throw CLIError.input(InputError(file: path, line: line.number, reason: .other("not a JSON object with a \"document\" field")))
                }
                result[row.document] = DocumentMetadata(outlet: row.outlet, date: row.date, language: row.language, side: row.side)
            }
        } catch let error as InputError { throw CLIError.input(error) }
        return result
    }

    /// These fields, with `other`'s where it has them.
    func overridden(by other: DocumentMetadata?) -> DocumentMetadata {
        guard let other else { return self }
        return DocumentMetadata(outlet: other.outlet ?? outlet, date: other.date ?? date, language: other.language ?? language, side: other.side ?? side)
    }

    /// NK, SK or EN: the badge a reader scans for.
    func badge(language quotationLanguage: String) -> String {
        if quotationLanguage == "en" { return "EN" }
        switch side {
        case "north-korean": return "NK"
        case "south-korean": return "SK"
        default: return "KO"
        }
    }
}

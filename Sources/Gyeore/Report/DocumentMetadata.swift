import Foundation

/// Who published a report, when, in which language, from which side: from the report's front
/// matter (`outlet:`, `date:`, `language:`, `side:` between `---` lines at its top), overridden
/// by `align --meta FILE.jsonl` (one object per document: `{"document": path, "outlet": …}`).
public struct DocumentMetadata: Codable, Equatable, Sendable {
    public var outlet: String?
    public var date: String?
    public var language: String?
    /// `north-korean` (state media), `south-korean`, `foreign`.
    public var side: String?

    public init(outlet: String? = nil, date: String? = nil, language: String? = nil, side: String? = nil) {
        self.outlet = outlet
        self.date = date
        self.language = language
        self.side = side
    }

    /// How many lines the front matter may take, its `---` lines included.
    static let frontMatterLines = 64

    /// The front matter of a file's first lines (nil fields where it says nothing, or where the
    /// file cannot be read).
    public static func frontMatter(ofFile path: String) -> DocumentMetadata {
        guard let reader = try? LineReader(path: path) else { return DocumentMetadata() }
        return frontMatter(lines: AnyIterator { (try? reader.next())?.text })
    }

    /// The front matter at the top of a document's text.
    public static func frontMatter(of text: String) -> DocumentMetadata {
        var lines = text.split(separator: "\n", maxSplits: frontMatterLines, omittingEmptySubsequences: false).makeIterator()
        return frontMatter(lines: AnyIterator { lines.next().map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) } })
    }

    /// The fields between a first line of `---` and the next, within ``frontMatterLines`` lines.
    private static func frontMatter(lines: AnyIterator<String>) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        guard let first = lines.next(), first.trimmingCharacters(in: .whitespaces) == "---" else { return metadata }
        var number = 1
        while let line = lines.next(), number < frontMatterLines {
            number += 1
            let text = line.trimmingCharacters(in: .whitespaces)
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
    public static func read(jsonLines path: String) throws(InputError) -> [String: DocumentMetadata] {
        struct Row: Decodable { var document: String; var outlet: String?; var date: String?; var language: String?; var side: String? }
        let reader = try LineReader(path: path)
        var result: [String: DocumentMetadata] = [:]
        while let line = try reader.next() {
            guard !line.text.isBlank else { continue }
            guard let row = try? JSONDecoder().decode(Row.self, from: Data(line.text.utf8)) else {
                throw InputError(file: path, line: line.number, reason: .other("not a JSON object with a \"document\" field"))
            }
            result[row.document] = DocumentMetadata(outlet: row.outlet, date: row.date, language: row.language, side: row.side)
        }
        return result
    }

    /// These fields, with `other`'s where it has them.
    public func overridden(by other: DocumentMetadata?) -> DocumentMetadata {
        guard let other else { return self }
        return DocumentMetadata(outlet: other.outlet ?? outlet, date: other.date ?? date, language: other.language ?? language, side: other.side ?? side)
    }

    /// NK, SK or EN: the badge a reader scans for.
    public func badge(language quotationLanguage: String) -> String {
        if quotationLanguage == "en" { return "EN" }
        switch side {
        case "north-korean": return "NK"
        case "south-korean": return "SK"
        default: return "KO"
        }
    }
}

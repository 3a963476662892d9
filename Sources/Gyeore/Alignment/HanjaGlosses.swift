import Foundation

/// Sino-Korean nouns and adjective roots with the English words of their Hanja, for Korean ↔ English alignment:
/// 영토 (領土) → territory, 조약 (條約) → treaty, pact.
///
/// The table is generated at set-up by `scripts/hanja-glosses.py` from the MeCab dictionaries'
/// Hanja (HanDic and NK-HanDic, BSD-3-Clause) and CC-CEDICT's glosses (CC BY-SA 4.0), into
/// `deps/hanja-glosses/hanja-glosses.tsv`; it is never committed. Each English word is kept as a
/// concept of its stem (``BilingualLexicon/glossConcept(_:)``: territory and territorial,
/// sanction and sanctions meet), the same concept ``BilingualLexicon`` gives the words of an
/// English rendering.
public struct HanjaGlosses: Sendable {
    /// The file's name inside its `deps/` folder.
    public static let fileName = "hanja-glosses.tsv"
    /// The `deps/` folder it is generated into.
    public static let folderName = "hanja-glosses"

    private var glosses: [String: [UInt32]] = [:]
    private var prefixes = Set<String>()
    private var longest = 0

    /// The number of Korean forms.
    public var count: Int { glosses.count }

    /// A table from rows of Korean forms and the English words of their Hanja.
    public init(rows: [(korean: String, english: [String])]) {
        for row in rows {
            let form = String(String.UnicodeScalarView(row.korean.unicodeScalars.filter { !$0.properties.isWhitespace }))
            guard form.unicodeScalars.count >= 2 else { continue }
            var concepts: [UInt32] = []
            for word in row.english {
                for part in BilingualLexicon.englishWords(word) {
                    let concept = BilingualLexicon.glossConcept(part)
                    if !concepts.contains(concept) { concepts.append(concept) }
                }
            }
            guard !concepts.isEmpty else { continue }
            glosses[form, default: []].append(contentsOf: concepts.filter { !(glosses[form] ?? []).contains($0) })
            var prefix = String.UnicodeScalarView()
            for scalar in form.unicodeScalars.dropLast() { prefix.append(scalar); prefixes.insert(String(prefix)) }
            longest = max(longest, form.unicodeScalars.count)
        }
    }

    /// Reads the generated table: `ko<TAB>hanja<TAB>en,en,…` rows, `#` comments.
    public init(contentsOf path: String) throws(InputError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: .cannotOpen("no readable Hanja glosses here (generate them with 'bash scripts/setup.sh --deps-only' in Gyeore's checkout)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, reason: .other("the Hanja glosses are not UTF-8 text (generate them again with 'bash scripts/setup.sh --deps-only' in Gyeore's checkout)"))
        }
        var rows: [(korean: String, english: [String])] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, !fields[0].isEmpty else {
                throw InputError(file: path, line: index + 1, reason: .other("expected three tab-separated fields (ko, hanja, en), found \(fields.count)"))
            }
            rows.append((String(fields[0]), fields[2].split(separator: ",").map(String.init)))
        }
        self.init(rows: rows)
    }

    /// The generated table where set-up puts it (see ``DependencyLocator``), or nil when there
    /// is none.
    public static func locate(folder: String? = nil) -> String? {
        DependencyLocator.locate(folderName, holding: fileName, folder: folder).map { ($0 as NSString).appendingPathComponent(fileName) }
    }

    /// The forms a Korean word is read as, longest first from the left (조선반도비핵화를 →
    /// 조선반도, 비핵화): at each syllable the longest listed form starting there, else the next
    /// syllable. Letters and digits only.
    public func forms(in word: String) -> [String] {
        forms(in: word, alsoReading: { _ in false }, prefixes: [], longest: 0)
    }

    /// The forms a Korean word is read as, where other listed forms (`alsoReading`, with their
    /// proper `prefixes` and the `longest` one's length) are read too: 정세가 is 정세 and a
    /// particle when the lexicon lists 정세, not 세가 (世家) because the table does not. Only
    /// this table's forms are returned.
    public func forms(in word: String, alsoReading isOther: (String) -> Bool, prefixes otherPrefixes: Set<String>, longest otherLongest: Int) -> [String] {
        let scalars = Array(word.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        var result: [String] = []
        var start = 0
        while start < scalars.count {
            var key = String.UnicodeScalarView()
            var match: (form: String, end: Int)?
            for end in start..<min(scalars.count, start + max(longest, otherLongest)) {
                key.append(scalars[end])
                let text = String(key)
                if end > start, glosses[text] != nil || isOther(text) { match = (text, end + 1) }
                if !prefixes.contains(text) && !otherPrefixes.contains(text) { break }
            }
            if let match {
                if glosses[match.form] != nil { result.append(match.form) }
                start = match.end
            } else { start += 1 }
        }
        return result
    }

    /// The English concepts of a listed form (empty when not listed).
    public func concepts(of form: String) -> [UInt32] { glosses[form] ?? [] }
}

import Foundation

/// Reads glossary files: tab-separated, one entry per line, a fixed header, `#` comments.
///
/// ```
/// id	kind	sk	nk	ko_other	en	en_other	rr	dprk	note	source
/// country.russia	country	러시아; 러시아 연방{full}; 러{abbr}	로씨야; 로씨야련방{full}	…
/// ```
/// Cells with several forms separate them with `;`; the first is canonical. A form may carry
/// tags in braces: `러{abbr}`, `北{hanja,abbr}` (see ``GlossaryForm/Tag``).
public enum GlossaryReader {
    /// The columns, in order.
    public static let columns = ["id", "kind", "sk", "nk", "ko_other", "en", "en_other", "rr", "dprk", "note", "source"]

    /// Reads one file's text. Problems are collected, never thrown: a bad row is skipped and
    /// reported, the rest is read.
    public static func read(_ text: String, file: String) -> (entries: [GlossaryEntry], problems: [GlossaryProblem]) {
        // A UTF-8 byte-order mark (some editors write one) is not part of the header.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var entries: [GlossaryEntry] = []
        var problems: [GlossaryProblem] = []
        var sawHeader = false
        // Lines end at "\n", a "\r" before it belonging to the break, so CRLF files read like
        // LF files. Split by scalars: by Characters the whole file is segmented into graphemes.
        for (index, rawLine) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let location = GlossaryLocation(file: file, line: index + 1)
            let line = String(rawLine.last == "\r" ? rawLine.dropLast() : rawLine)
            if trimmed(line).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { trimmed($0) }
            if !sawHeader {
                sawHeader = true
                if fields != columns {
                    problems.append(GlossaryProblem(location: location, message: "the header must be the columns \(columns.joined(separator: ", ")) separated by tabs"))
                    return (entries, problems)
                }
                continue
            }
            switch parseRow(fields, location: location) {
            case .success(let entry): entries.append(entry)
            case .failure(let rowProblems): problems += rowProblems.problems
            }
        }
        if !sawHeader {
            problems.append(GlossaryProblem(location: GlossaryLocation(file: file, line: 1), message: "empty glossary file: no header line"))
        }
        return (entries, problems)
    }

    struct RowProblems: Error { var problems: [GlossaryProblem] }

    /// Text without leading and trailing tabs and spaces (Foundation's `.whitespaces`: the tab
    /// and the space separators), read scalar by scalar: bridging every cell of a large glossary
    /// through `NSString` cost a quarter of its loading time.
    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first..<scalars.index(after: last)])
    }

    static func trimmed(_ text: String) -> String { trimmed(Substring(text)) }

    /// A tab or a space separator; ASCII answered by value (its only space separator is U+0020).
    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s == " " || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator) }

    /// A control character (Cc) or a noncharacter no export can carry; ASCII answered by value.
    private static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value < 0x20 || s.value == 0x7F : s.properties.generalCategory == .control || s.value == 0xFFFE || s.value == 0xFFFF
    }

    static func parseRow(_ fields: [String], location: GlossaryLocation) -> Result<GlossaryEntry, RowProblems> {
        var problems: [GlossaryProblem] = []
        func problem(_ message: String) { problems.append(GlossaryProblem(location: location, message: message)) }
        guard fields.count == columns.count else {
            problem("expected \(columns.count) tab-separated fields, found \(fields.count)")
            return .failure(RowProblems(problems: problems))
        }
        let value = Dictionary(uniqueKeysWithValues: zip(columns, fields))
        for (column, cell) in zip(columns, fields) {
            if let bad = cell.unicodeScalars.first(where: isForbidden) {
                problem("\(column) holds the control character U+\(String(bad.value, radix: 16, uppercase: true).leftPadding(4)), which no export (XML, CSV) can carry; remove it")
            }
        }
        let id = value["id"]!
        if id.isEmpty { problem("empty id") }
        else if !isValidID(id) { problem("id '\(id)' must be lowercase letters, digits, '.' and '-' (like country.russia)") }
        let kind = GlossaryEntry.Kind(rawValue: value["kind"]!)
        if kind == nil {
            problem(value["kind"]!.isEmpty ? "empty kind" : "unknown kind '\(value["kind"]!)' (one of \(GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var forms: [GlossaryForm] = []
        var skHadBadForm = false
        for field in GlossaryForm.Field.allCases {
            let cell = value[field.rawValue]!
            let items = cell.split(separator: ";").map { trimmed($0) }.filter { !$0.isEmpty }
            for (position, item) in items.enumerated() {
                switch parseForm(item, field: field, canonical: position == 0) {
                case .success(let form):
                    if let message = scriptProblem(form) { problem(message) }
                    if form.tags.contains(.wording) && field != .nk {
                        problem("'\(form.text)' in \(field.rawValue) is tagged {wording}, which only a North Korean form can be (it says how --to sk treats it)")
                    }
                    forms.append(form)
                case .failure(let error):
                    problem(error.message)
                    if field == .sk { skHadBadForm = true }
                }
            }
        }
        if !skHadBadForm && !forms.contains(where: { $0.field == .sk }) { problem("empty sk: every entry needs a South Korean form") }
        if value["source"]!.isEmpty { problem("empty source: say where the forms are attested (a seed file, a norm, an outlet)") }
        guard problems.isEmpty, let kind else { return .failure(RowProblems(problems: problems)) }
        return .success(GlossaryEntry(id: id, kind: kind, forms: forms, note: value["note"]!, source: value["source"]!, location: location))
    }

    struct FormError: Error { var message: String }

    static func parseForm(_ item: String, field: GlossaryForm.Field, canonical: Bool) -> Result<GlossaryForm, FormError> {
        var text = item
        var tags: Set<GlossaryForm.Tag> = []
        if let open = item.firstIndex(of: "{") {
            guard item.hasSuffix("}") else { return .failure(FormError(message: "unclosed tag in '\(item)': write tags as form{tag,tag}")) }
            text = trimmed(item[..<open])
            for name in item[item.index(after: open)..<item.index(before: item.endIndex)].split(separator: ",") {
                let name = trimmed(name)
                guard let tag = GlossaryForm.Tag(rawValue: name) else {
                    return .failure(FormError(message: "unknown tag '\(name)' on '\(text)' (one of \(GlossaryForm.Tag.allCases.map(\.rawValue).joined(separator: ", ")))"))
                }
                tags.insert(tag)
            }
        }
        if text.isEmpty { return .failure(FormError(message: "a form with tags but no text in \(field.rawValue)")) }
        if text.contains("{") || text.contains("}") { return .failure(FormError(message: "stray brace in '\(item)'")) }
        return .success(GlossaryForm(text: text, field: field, tags: tags, isCanonical: canonical))
    }

    /// Korean columns hold Hangul (Hanja when tagged {hanja}); the others hold Latin script.
    static func scriptProblem(_ form: GlossaryForm) -> String? {
        let scalars = form.text.unicodeScalars
        if form.field.isKorean {
            if form.tags.contains(.hanja) {
                return scalars.allSatisfy({ $0.properties.isIdeographic || $0 == " " }) ? nil
                    : "'\(form.text)' in \(form.field.rawValue) is tagged {hanja} but is not all Hanja"
            }
            // Hangul, with the digits, Latin letters and punctuation Korean names mix in
            // (조선중앙TV, 4.25문화회관).
            let allowed = scalars.allSatisfy { isHangul($0) || $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || " .-".unicodeScalars.contains($0)) || $0 == "·" }
            let hasHangul = scalars.contains(where: isHangul)
            return allowed && hasHangul ? nil
                : "'\(form.text)' in \(form.field.rawValue) is not Hangul (Hangul with digits, Latin letters, spaces and '·' '-' '.' belong there; tag Hanja forms {hanja})"
        }
        if scalars.contains(where: isHangul) || !scalars.contains(where: { $0.properties.isAlphabetic }) {
            return "'\(form.text)' in \(form.field.rawValue) must be written in Latin letters"
        }
        return nil
    }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value) || (0x1100...0x11FF).contains(scalar.value) || (0x3131...0x318E).contains(scalar.value)
    }

    static func isValidID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false).flatMap { $0.split(separator: "-", omittingEmptySubsequences: false) }
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) } }
    }
}

private extension String {
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

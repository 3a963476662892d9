import Foundation
/// Merges a user's word list (CSV or TSV) into one glossary file, reporting conflicts
/// with existing entries instead of overwriting them.
public struct GlossaryImporter {
    /// What happened to one input row.
    public enum Outcome: Sendable, Equatable {
        /// A new entry, appended.
        case added(id: String)
        /// Every form is already in this entry: nothing to do.
        case present(id: String)
        /// Not imported; the message says why and what to do.
        case conflict(String)
    }

    /// The result of an import.
    public struct Report: Sendable {
        /// One outcome per input row, with its line.
        public var outcomes: [(line: Int, outcome: Outcome)] = []
        /// The new rows, as glossary lines (without header), to append to the target file.
        public var newLines: [String] = []
        /// The entries those rows hold, in the same order.
        public var newEntries: [GlossaryEntry] = []

        /// Rows that could not be imported.
        public var conflicts: [(line: Int, message: String)] {
            outcomes.compactMap { if case .conflict(let message) = $0.outcome { return ($0.line, message) } else { return nil } }
        }
    }

    /// What the input's columns hold: glossary column names, or "-" to skip one.
    public let columns: [String]
    /// Kind for rows without a kind column.
    public let kind: GlossaryEntry.Kind
    /// Source for rows without a source column.
    public let source: String?

    /// Creates an importer.
    /// - Throws: a message when a column name is unknown or a required column is missing.
    public init(columns: [String], kind: GlossaryEntry.Kind = .term, source: String?) throws(DelimitedText.Problem) {
        for column in columns where column != "-" && !GlossaryReader.columns.contains(column) {
            throw DelimitedText.Problem(line: 0, message: "unknown column '\(column)' (use \(GlossaryReader.columns.joined(separator: ", ")) or - to skip)")
        }
        guard columns.contains("sk") else { throw DelimitedText.Problem(line: 0, message: "the columns must include sk") }
        guard columns.contains("source") || source != nil else {
            throw DelimitedText.Problem(line: 0, message: "say where the list comes from: a source column or --source")
        }
        self.columns = columns
        self.kind = kind
        self.source = source
    }

    /// Compares every row with the glossary and builds the lines to append.
    public func merge(rows: [(line: Int, fields: [String])], into glossary: Glossary, skipHeader: Bool, romanizer: Romanizer? = nil) -> Report {
        var report = Report()
        var newKeys: [String: String] = [:]   // form key -> id of an entry added by this import
        var usedIDs = Set(glossary.entries.map(\.id))
        for (position, row) in rows.enumerated() {
            if skipHeader && position == 0 { continue }
            guard row.fields.count == columns.count else {
                report.outcomes.append((row.line, .conflict("expected \(columns.count) fields, found \(row.fields.count)")))
                continue
            }
            var values: [String: String] = Dictionary(uniqueKeysWithValues: GlossaryReader.columns.map { ($0, "") })
            for (column, value) in zip(columns, row.fields) where column != "-" { values[column] = value.trimmingCharacters(in: .whitespaces) }
            if values["kind"]!.isEmpty { values["kind"] = kind.rawValue }
            if values["source"]!.isEmpty { values["source"] = source ?? "" }
            // A line break, tab or other control character would break the glossary's rows.
            if let (column, _) = values.first(where: { $0.value.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.value == 0x2028 || $0.value == 0x2029 } }) {
                report.outcomes.append((row.line, .conflict("\(column) holds a line break, tab or other control character, which a glossary row cannot hold; remove it")))
                continue
            }
            if values["id"]!.isEmpty {
                values["id"] = makeID(values, used: usedIDs, romanizer: romanizer)
            } else if usedIDs.contains(values["id"]!) {
                report.outcomes.append((row.line, .conflict("the id '\(values["id"]!)' is already taken; leave the id empty for a new one, or edit that entry by hand")))
                continue
            }
            let location = GlossaryLocation(file: "import", line: row.line)
            let cells = GlossaryReader.columns.map { values[$0]! }
            switch GlossaryReader.parseRow(cells, location: location) {
            case .failure(let problems):
                report.outcomes.append((row.line, .conflict(problems.problems.map(\.message).joined(separator: "; "))))
            case .success(let entry):
                let keys = entry.forms.map { glossary.key($0.text) }.filter { !$0.isEmpty }
                let owners = Set(keys.flatMap { glossary.lookup($0).map(\.id) })
                if let earlier = keys.compactMap({ newKeys[$0] }).first {
                    report.outcomes.append((row.line, .conflict("repeats forms of '\(earlier)' added earlier in this import")))
                } else if owners.isEmpty {
                    report.outcomes.append((row.line, .added(id: entry.id)))
                    report.newLines.append(cells.joined(separator: "\t"))
                    report.newEntries.append(entry)
                    usedIDs.insert(entry.id)
                    for key in keys { newKeys[key] = entry.id }
                } else if owners.count > 1 {
                    report.outcomes.append((row.line, .conflict("its forms belong to different entries: \(owners.sorted().joined(separator: ", "))")))
                } else {
                    let existing = glossary.entry(id: owners.first!)!
                    let existingKeys = Set(existing.forms.map { glossary.key($0.text) })
                    let missing = entry.forms.filter { !existingKeys.contains(glossary.key($0.text)) }
                    if missing.isEmpty {
                        report.outcomes.append((row.line, .present(id: existing.id)))
                    } else {
                        let list = missing.map { "\($0.field.rawValue) '\($0.text)'" }.joined(separator: ", ")
                        report.outcomes.append((row.line, .conflict("matches '\(existing.id)' (\(existing.location)) but adds \(list); edit that entry by hand")))
                    }
                }
            }
        }
        return report
    }

    /// `kind.slug`, the slug from the English form, else from the romanized South Korean form.
    private func makeID(_ values: [String: String], used: Set<String>, romanizer: Romanizer?) -> String {
        var options = Romanizer.Options()
        options.capitalizes = false
        let sk = values["sk"]!.split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let basis = values["en"]!.split(separator: ";").first.map(String.init)
            ?? romanizer?.romanize(sk.filter { $0 != "{" }, system: .revised, options: options) ?? ""
        var slug = basis.lowercased().unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? String($0) : "-" }.joined()
        while slug.contains("--") { slug = slug.replacingOccurrences(of: "--", with: "-") }
        slug = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        if slug.isEmpty { slug = "imported" }
        let base = "\(values["kind"]!).\(slug)"
        var id = base
        var n = 2
        while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
        return id
    }
}

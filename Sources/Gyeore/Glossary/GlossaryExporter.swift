/// Writes the whole glossary as TSV (the glossary's own format), CSV, or TBX-Basic.
public enum GlossaryExporter {
    /// Export formats.
    public enum Format: String, Sendable, CaseIterable {
        case tsv, csv, tbx
    }

    /// The glossary in `format`. CSV cells that a spreadsheet would run as a formula (starting
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return) get a leading `'`, as OWASP advises
    /// against CSV injection, unless `rawCells` is set.
    public static func export(_ glossary: Glossary, format: Format, rawCells: Bool = false) -> String {
        switch format {
        case .tsv: return table(glossary, separator: "\t", quote: { $0 })
        case .csv: return table(glossary, separator: ",", quote: { csvField(rawCells ? $0 : neutralizingFormula($0)) })
        case .tbx: return tbx(glossary)
        }
    }

    /// `'=cmd…` for a cell a spreadsheet would read as a formula.
    static func neutralizingFormula(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        return "'" + cell
    }

    /// An entry id as an `xs:ID` (an XML name: a letter or `_` first, then letters, digits, `.`,
    /// `-`, `_`): ids that already are one stay as they are; others get a leading `_`.
    static func xmlID(_ id: String) -> String {
        let cleaned = String(String.UnicodeScalarView(id.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_") ? $0 : "_" }))
        guard let first = cleaned.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return "_" + cleaned }
        return cleaned
    }

    /// The cells of an entry, in ``GlossaryReader/columns`` order, forms written back with tags.
    public static func cells(_ entry: GlossaryEntry) -> [String] {
        func column(_ field: GlossaryForm.Field) -> String {
            entry.forms(field).map { form in
                form.tags.isEmpty ? form.text : "\(form.text){\(form.tags.map(\.rawValue).sorted().joined(separator: ","))}"
            }.joined(separator: "; ")
        }
        return [entry.id, entry.kind.rawValue, column(.sk), column(.nk), column(.koOther), column(.en), column(.enOther),
                column(.rr), column(.dprk), entry.note, entry.source]
    }

    private static func table(_ glossary: Glossary, separator: String, quote: (String) -> String) -> String {
        var lines = [GlossaryReader.columns.map(quote).joined(separator: separator)]
        for entry in glossary.entries { lines.append(cells(entry).map(quote).joined(separator: separator)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180: quote fields holding a comma, quote or line break; double inner quotes.
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: TBX-Basic (TBX v3, ISO 30042:2019, DCA style)

    private static func tbx(_ glossary: Glossary) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader>
            <fileDesc>
              <titleStmt><title>Gyeore glossary: North Korean, South Korean and English terms</title></titleStmt>
              <sourceDesc><p>Exported by gyeore from \(glossary.entries.count) entries. Language sections: ko-KR (South Korean spelling), ko-KP (North Korean spelling), ko (other Korean spellings), en (English), ko-Latn-KR (Revised Romanization), ko-Latn-KP (DPRK romanization).</p></sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>

        """
        for entry in glossary.entries {
            out += "      <conceptEntry id=\"\(xml(xmlID(entry.id)))\">\n"
            out += "        <descrip type=\"subjectField\">\(xml(entry.kind.rawValue))</descrip>\n"
            out += "        <admin type=\"source\">\(xml(entry.source))</admin>\n"
            if !entry.note.isEmpty { out += "        <note>\(xml(entry.note))</note>\n" }
            let northKorean = entry.forms(.nk).isEmpty
                ? entry.forms(.sk).prefix(1).map { GlossaryForm(text: $0.text, field: .nk, tags: $0.tags, isCanonical: true) }
                : entry.forms(.nk)
            let sections: [(String, [GlossaryForm])] = [
                ("ko-KR", entry.forms(.sk)), ("ko-KP", northKorean), ("ko", entry.forms(.koOther)),
                ("en", entry.forms(.en) + entry.forms(.enOther)), ("ko-Latn-KR", entry.forms(.rr)), ("ko-Latn-KP", entry.forms(.dprk)),
            ]
            for (language, forms) in sections where !forms.isEmpty {
                out += "        <langSec xml:lang=\"\(language)\">\n"
                for form in forms {
                    out += "          <termSec>\n"
                    out += "            <term>\(xml(form.text))</term>\n"
                    out += "            <termNote type=\"termType\">\(termType(form))</termNote>\n"
                    out += "            <termNote type=\"partOfSpeech\">\(partOfSpeech(entry))</termNote>\n"
                    out += "            <termNote type=\"administrativeStatus\">\(status(form))</termNote>\n"
                    out += "          </termSec>\n"
                }
                out += "        </langSec>\n"
            }
            out += "      </conceptEntry>\n"
        }
        out += "    </body>\n  </text>\n</tbx>\n"
        return out
    }

    /// TBX-Basic term types: fullForm, acronym, abbreviation, shortForm, variant.
    static func termType(_ form: GlossaryForm) -> String {
        if form.tags.contains(.abbr) {
            let letters = form.text.unicodeScalars.filter { $0.properties.isAlphabetic }
            return !letters.isEmpty && letters.allSatisfy({ $0.isASCII && $0.properties.isUppercase }) ? "acronym" : "abbreviation"
        }
        if form.tags.contains(.short) { return "shortForm" }
        if form.tags.contains(.full) { return "fullForm" }
        if form.field == .koOther || form.field == .enOther || !form.isCanonical { return "variant" }
        return "fullForm"
    }

    static func status(_ form: GlossaryForm) -> String {
        if form.tags.contains(.old) { return "deprecatedTerm-admn-sts" }
        if form.isCanonical && form.field != .koOther && form.field != .enOther { return "preferredTerm-admn-sts" }
        return "admittedTerm-admn-sts"
    }

    static func partOfSpeech(_ entry: GlossaryEntry) -> String {
        switch entry.kind {
        case .term, .title, .word: return "noun"
        default: return "properNoun"
        }
    }

    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            // XML 1.0 cannot hold other control characters or U+FFFE/U+FFFF, not even escaped
            // (`validate` reports them); the replacement character keeps the document valid.
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

import Foundation
import Testing
@testable import Gyeore

@Suite struct GlossaryExportTests {
    let glossary: Glossary

    init() throws { glossary = try GlossaryLookupTests.glossary() }

    @Test func tsvExportReadsBackAsTheSameEntries() throws {
        let text = GlossaryExporter.export(glossary, format: .tsv)
        let again = try Glossary(files: [("export.tsv", text)])
        #expect(again.problems.isEmpty)
        #expect(again.entries.map(\.id) == glossary.entries.map(\.id))
        #expect(again.entries.map(\.forms) == glossary.entries.map(\.forms))
    }

    @Test func csvExportParsesBackFieldForField() throws {
        let rows = try DelimitedText.rows(GlossaryExporter.export(glossary, format: .csv), separator: ",")
        #expect(rows.first?.fields == GlossaryReader.columns)
        #expect(rows.count == glossary.entries.count + 1)
        for (row, entry) in zip(rows.dropFirst(), glossary.entries) {
            #expect(row.fields == GlossaryExporter.cells(entry))
        }
    }

    @Test func tbxIsValidTBXBasic() throws {
        let tbx = GlossaryExporter.export(glossary, format: .tbx)
        let file = try Fixtures.scratchFolder().appendingPathComponent("glossary.tbx")
        try tbx.write(to: file, atomically: true, encoding: .utf8)
        // The structure: the TBX-Basic RELAX NG schema, with xmllint (Debian libxml2-utils).
        // The schema ships in ../shared/tbx beside the checkout (CI's layout); GYEORE_TBX_SCHEMA overrides.
        let schema = ProcessInfo.processInfo.environment["GYEORE_TBX_SCHEMA"].map(URL.init(fileURLWithPath:))
            ?? Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/tbx/TBX-Basic_integrated.rng")
        try #require(FileManager.default.fileExists(atPath: schema.path), "TBX-Basic schema not found at \(schema.path): check out beside ../shared (the CI layout) or set GYEORE_TBX_SCHEMA")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--relaxng", schema.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
        // The dialect's value rules (Schematron in TBX-Basic), checked here.
        let values = try Self.attributeValues(in: tbx)
        #expect(Set(values["termType"] ?? []).isSubset(of: ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"]))
        #expect(Set(values["administrativeStatus"] ?? []).isSubset(of: ["preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"]))
        #expect(Set(values["partOfSpeech"] ?? []).isSubset(of: ["noun", "verb", "adjective", "adverb", "properNoun", "other"]))
        // One concept per entry, with South and North Korean sections.
        #expect(tbx.components(separatedBy: "<conceptEntry ").count - 1 == glossary.entries.count)
        #expect(tbx.components(separatedBy: "<langSec xml:lang=\"ko-KR\">").count - 1 == glossary.entries.count)
        #expect(tbx.components(separatedBy: "<langSec xml:lang=\"ko-KP\">").count - 1 == glossary.entries.count)
        #expect(tbx.contains("<term>로씨야련방</term>\n            <termNote type=\"termType\">fullForm</termNote>"))
        #expect(tbx.contains("<term>KCNA</term>\n            <termNote type=\"termType\">acronym</termNote>"))
        #expect(tbx.contains("<term>키예프</term>\n            <termNote type=\"termType\">variant</termNote>\n            <termNote type=\"partOfSpeech\">properNoun</termNote>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
    }

    static func attributeValues(in xml: String) throws -> [String: [String]] {
        var values: [String: [String]] = [:]
        for piece in xml.components(separatedBy: "<termNote type=\"").dropFirst() {
            guard let quote = piece.firstIndex(of: "\""), let open = piece.firstIndex(of: ">"), let close = piece.range(of: "</termNote>") else { continue }
            values[String(piece[..<quote]), default: []].append(String(piece[piece.index(after: open)..<close.lowerBound]))
        }
        return values
    }
}

@Suite struct GlossaryImportTests {
    let glossary: Glossary

    init() throws { glossary = try GlossaryLookupTests.glossary() }

    @Test func newRowsAreAddedKnownOnesSkippedAndConflictsReported() throws {
        let csv = "nk,sk,en\n닭알,달걀,egg\n로씨야,러시아,Russia\n로동신문,노동신문,Nodong\n끼예브,러시아,Kyiv\n\"조선, 나라\",x,y\n"
        let rows = try DelimitedText.rows(csv, separator: ",")
        let importer = try GlossaryImporter(columns: ["nk", "sk", "en"], source: "a word list")
        let report = importer.merge(rows: rows, into: glossary, skipHeader: true, romanizer: try RomanizerTests.romanizer())
        try #require(report.outcomes.map(\.line) == [2, 3, 4, 5, 6])
        #expect(report.outcomes[0].outcome == .added(id: "term.egg"))
        #expect(report.outcomes[1].outcome == .present(id: "country.russia"))
        #expect(report.outcomes[2].outcome == .conflict("matches 'outlet.rodong-sinmun' (\(try #require(glossary.entry(id: "outlet.rodong-sinmun")).location)) but adds en 'Nodong'; edit that entry by hand"))
        #expect(report.outcomes[3].outcome == .conflict("its forms belong to different entries: capital.kyiv, country.russia"))
        guard case .conflict(let message) = report.outcomes[4].outcome else { Issue.record("row 6 should conflict"); return }
        #expect(message.hasPrefix("'x' in sk is not Hangul"))
        #expect(report.newLines == ["term.egg\tterm\t달걀\t닭알\t\tegg\t\t\t\t\ta word list"])
        // The result is a valid glossary.
        let merged = try Glossary(files: [("base.tsv", GlossaryExporter.export(glossary, format: .tsv)),
                                          ("imported.tsv", GlossaryReader.columns.joined(separator: "\t") + "\n" + report.newLines.joined(separator: "\n"))])
        #expect(merged.problems.isEmpty)
        #expect(merged.lookup("닭알").map(\.id) == ["term.egg"])
    }

    @Test func idsWithoutEnglishComeFromTheRomanizedForm() throws {
        let importer = try GlossaryImporter(columns: ["nk", "sk"], source: "list")
        let report = importer.merge(rows: [(1, ["곽밥", "도시락"])], into: glossary, skipHeader: false, romanizer: try RomanizerTests.romanizer())
        #expect(report.outcomes.first?.outcome == .added(id: "term.dosirak"))
    }

    @Test func badColumnsAndBadCSVAreReported() {
        #expect(throws: DelimitedText.Problem(line: 0, message: "unknown column 'korean' (use id, kind, sk, nk, ko_other, en, en_other, rr, dprk, note, source or - to skip)")) {
            try GlossaryImporter(columns: ["korean", "sk"], source: "x")
        }
        #expect(throws: DelimitedText.Problem(line: 0, message: "say where the list comes from: a source column or --source")) {
            try GlossaryImporter(columns: ["sk"], source: nil)
        }
        #expect(throws: DelimitedText.Problem(line: 2, message: "unbalanced quote: the quoted field starting here never ends")) {
            try DelimitedText.rows("a,b\n\"c,d\ne,f\n", separator: ",")
        }
        #expect(throws: DelimitedText.Problem(line: 1, message: "a quote inside an unquoted field (quote the whole field and double inner quotes)")) {
            try DelimitedText.rows("a\"b,c\n", separator: ",")
        }
    }

    @Test func csvFieldsMayHoldQuotesCommasAndLineBreaks() throws {
        let rows = try DelimitedText.rows("x,\"a, \"\"b\"\"\nc\",y\nz,w", separator: ",")
        #expect(rows.map(\.line) == [1, 3])
        #expect(rows[0].fields == ["x", "a, \"b\"\nc", "y"])
    }
}

import Foundation
import Testing

/// Every record a command writes matches its schema in `schemas/`, on real input (the seeds, the
/// development set with an original); and each schema refuses a record with a wrong field, so
/// these checks can fail.
@Suite struct RecordSchemaTests {
    let check = JSONSchemaCheck(folder: CommandRunner.root.appendingPathComponent("schemas"))
    let seeds: [String]
    let reports: [String]

    init() throws {
        let folder = CommandRunner.root.appendingPathComponent("seeds")
        seeds = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().map { "seeds/" + $0 }
        let dev = CommandRunner.root.appendingPathComponent("Tests/Fixtures/alignment-dev")
        reports = try FileManager.default.contentsOfDirectory(atPath: dev.path).filter { $0.hasSuffix(".txt") }.sorted().map { "Tests/Fixtures/alignment-dev/" + $0 }
    }

    /// The JSON Lines a command writes, each parsed; the command must succeed.
    private func records(_ arguments: [String]) throws -> [Any] {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        return try result.stdoutLines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
    }

    private func expectValid(_ values: [Any], _ schema: String, minimum: Int) throws {
        #expect(values.count >= minimum, "\(schema): only \(values.count) records")
        for value in values {
            let problems = try check.problems(value, schemaFile: schema)
            #expect(problems.isEmpty, "\(schema): \(problems.prefix(3))")
        }
    }

    @Test func normalizeLines() throws {
        try expectValid(try records(["normalize", "--json"] + seeds), "normalized-line.schema.json", minimum: 300)
        try expectValid(try records(["normalize", "--json", "--to", "sk", "--explain"] + seeds), "normalized-line.schema.json", minimum: 300)
        #expect(try check.problems(try jsonObject(#"{"file":"a","line":0,"offset":0,"byteOffset":0,"text":"","normalized":"","changes":[],"quotes":[]}"#),
                                   schemaFile: "normalized-line.schema.json") == ["$.line: below 1"])
    }

    @Test func quotations() throws {
        let quotes = try records(["quotes"] + seeds + reports)
        try expectValid(quotes, "quotation.schema.json", minimum: 200)
        // The kinds this material holds (title and sentence, an align --source original's, too
        // are in the schema).
        let kinds = Set(quotes.compactMap { ($0 as? [String: Any])?["kind"] as? String })
        #expect(kinds.isSuperset(of: ["direct", "partial", "headline", "unbalanced", "indirect"]), "\(kinds)")
        var wrong = try #require(quotes.first as? [String: Any])
        wrong["kind"] = "quoted"
        #expect(try check.problems(wrong, schemaFile: "quotation.schema.json").count == 1)
    }

    @Test func termMatches() throws {
        try expectValid(try records(["terms"] + seeds), "term-match.schema.json", minimum: 100)
        var wrong = try #require(try records(["terms", seeds[0]]).first as? [String: Any])
        wrong["form"] = "north"
        #expect(try check.problems(wrong, schemaFile: "term-match.schema.json").count == 1)
    }

    @Test func glossaryEntries() throws {
        // 로력 and 자오러지 are proposals (generated at set-up), the others reviewed entries.
        let entries = try ["러시아", "조로", "김정은", "령토완정", "Russian Federation", "로력", "자오러지"].flatMap { try records(["lookup", "--json", $0]) }
        try expectValid(entries, "glossary-entry.schema.json", minimum: 7)
        #expect(Set(entries.compactMap { ($0 as? [String: Any])?["status"] as? String }) == ["reviewed", "proposed"])
        var wrong = try #require(entries.first as? [String: Any])
        wrong["line"] = "3"
        #expect(try check.problems(wrong, schemaFile: "glossary-entry.schema.json") == ["$.line: not integer"])
    }

    @Test func alignmentReports() throws {
        let source = "Tests/Fixtures/alignment-source/ny2019-address-excerpt.txt"
        let result = try CommandRunner.run(["align", "--source", source] + reports)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try jsonObject(result.stdout)
        try expectValid([report], "alignment-report.schema.json", minimum: 1)
        let clusters = try #require(report["clusters"] as? [[String: Any]])
        #expect(clusters.count > 30)
        var wrong = report
        wrong["clusters"] = [["id": 0, "score": 1, "members": [], "pairs": [], "extra": true]]
        #expect(try check.problems(wrong, schemaFile: "alignment-report.schema.json") == ["$.clusters[0]: unexpected \"extra\""])
    }
}

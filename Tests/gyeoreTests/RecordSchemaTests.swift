import Foundation
import Testing

/// Every record a command writes matches its schema in `schemas/`, on real input (the seeds, the
/// development set with an original); and each schema refuses a record with a wrong field, so
/// these checks can fail.
@Suite(.enabled(if: CLIDependencies.dictionariesFound, "needs the MeCab dictionaries (see CLIDependencyTests)"))
struct RecordSchemaTests {
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
        #expect(try check.problems(try jsonObject(#"{"version":1,"document":"a","line":0,"start":0,"byteOffset":0,"text":"","normalized":"","changes":[],"quotes":[]}"#),
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
        // 로력 and 가오싱젠 are proposals (generated at set-up), the others reviewed entries.
        let entries = try ["러시아", "조로", "김정은", "령토완정", "Russian Federation", "로력", "가오싱젠"].flatMap { try records(["lookup", "--json", $0]) }
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

    /// `align --format jsonl`: the same clusters as the report, one per line, each with the version.
    @Test func alignmentClusterLines() throws {
        let report = try jsonObject(try CommandRunner.run(["align"] + reports).stdout)
        let lines = try records(["align", "--format", "jsonl"] + reports)
        try expectValid(lines, "alignment-cluster.schema.json", minimum: 30)
        let clusters = try #require(report["clusters"] as? [[String: Any]])
        #expect(lines.count == clusters.count)
        // The lines are the report's clusters, in order, with the version added.
        for (line, cluster) in zip(lines, clusters) {
            var line = try #require(line as? [String: Any])
            #expect(line.removeValue(forKey: "version") as? Int == 1)
            #expect(NSDictionary(dictionary: line).isEqual(to: cluster))
        }
        var wrong = try #require(lines.first as? [String: Any])
        wrong["version"] = 2
        #expect(try check.problems(wrong, schemaFile: "alignment-cluster.schema.json") == ["$.version: not 1"])
    }

    /// `--on-error record` writes an error record in place of a bad input record.
    @Test func errorRecords() throws {
        let input = Data("{\"id\":\"a1\",\"text\":\"가 “나다”\"}\nnot json\n{\"id\":2}\n".utf8)
        var errors: [Any] = []
        for command in ["quotes", "normalize", "terms"] {
            let result = try CommandRunner.run([command, "--jsonl", "--on-error", "record"], stdin: input)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            errors += try result.stdoutLines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }.filter { ($0 as? [String: Any])?["error"] != nil }
        }
        try expectValid(errors, "error-record.schema.json", minimum: 6)
    }

    /// Every record of every command carries the same version, and names the document it points
    /// into `document` (never `file` or `path`).
    @Test func everyRecordHasTheVersionAndOneNameForItsDocument() throws {
        let outputs = [try records(["normalize", "--json", seeds[0]]), try records(["quotes", seeds[0]]), try records(["terms", seeds[0]]),
                       try records(["lookup", "--json", "조로"]), try records(["align", "--format", "jsonl"] + reports)]
        for records in outputs {
            for case let record as [String: Any] in records {
                #expect(record["version"] as? Int == 1)
                #expect(record["file"] == nil && record["path"] == nil && record["offset"] == nil, "\(record.keys.sorted())")
            }
        }
        let report = try jsonObject(try CommandRunner.run(["align"] + reports).stdout)
        #expect(report["version"] as? Int == 1)
        #expect(try #require(report["documents"] as? [[String: Any]]).allSatisfy { $0["document"] is String && $0["path"] == nil })
    }
}

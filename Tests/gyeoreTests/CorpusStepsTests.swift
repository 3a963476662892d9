import Foundation
import Testing

/// The corpus steps (`features`, `stats`, `score`, `cluster`): a distributed job made of them
/// finds the clusters `align` finds over the same quotations, whatever the shards.
@Suite struct CorpusStepsTests {
    /// The development set's reports as JSON Lines documents ({"id", "text"}), as a distributed
    /// job reads them.
    static func documents(_ prefixes: [String]) throws -> String {
        let folder = CommandRunner.root.appendingPathComponent("Tests/Fixtures/alignment-dev")
        var lines = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") && prefixes.contains(where: name.hasPrefix) {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let data = try JSONSerialization.data(withJSONObject: ["id": name, "text": text], options: [.sortedKeys])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        return lines
    }

    /// Runs a step, expecting success; its standard output.
    private func step(_ arguments: [String], stdin: String? = nil) throws -> String {
        let result = try CommandRunner.run(arguments, stdin: stdin.map { Data($0.utf8) })
        #expect(result.status == 0, "gyeore \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    private func scratch(_ name: String, _ text: String) throws -> String { try CommandRunner.scratchFile(name, Array(text.utf8)) }

    /// The pairs of quotations (document, start, end) that share a cluster in a report of
    /// `align` or `cluster`.
    static func together(_ report: String) throws -> Set<String> {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        var pairs = Set<String>()
        for cluster in clusters {
            let members = try #require(cluster["members"] as? [[String: Any]]).map { "\($0["document"] ?? "")@\($0["start"] ?? "")-\($0["end"] ?? "")" }
            for x in members { for y in members where x < y { pairs.insert("\(x)|\(y)") } }
        }
        return pairs
    }

    /// The eligible keyed records and each key's holders by the rule `gyeore features --help`
    /// states: a key keeps its 64 holders of smallest (hash, document, start, end, id).
    struct Keyed {
        struct Record { var id: String; var hash: String; var document: String; var start: Int; var end: Int; var post: [String]; var lookup: [String]; var needed: Int }
        var records: [Record] = []
        var holders: [String: [Int]] = [:]

        init(_ featureLines: [String]) throws {
            for line in featureLines {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                guard object["eligible"] as? Bool == true else { continue }
                records.append(Record(id: try #require(object["id"] as? String), hash: try #require(object["hash"] as? String), document: try #require(object["document"] as? String),
                                      start: try #require(object["start"] as? Int), end: try #require(object["end"] as? Int), post: try #require(object["post"] as? [String]),
                                      lookup: try #require(object["lookup"] as? [String]), needed: try #require(object["needed"] as? Int)))
            }
            for (index, record) in records.enumerated() { for key in record.post { holders[key, default: []].append(index) } }
            for (key, list) in holders where list.count > 64 {
                holders[key] = Array(list.sorted { x, y in
                    let (a, b) = (records[x], records[y])
                    return (a.hash, a.document, a.start, a.end, a.id) < (b.hash, b.document, b.start, b.end, b.id)
                }.prefix(64))
            }
        }
    }

    /// Candidate pairs by the rule, from the records alone: a pair holds `needed` of one side's
    /// lookup keys among the other's posted keys.
    static func candidates(_ featureLines: [String]) throws -> [(String, String)] {
        let keyed = try Keyed(featureLines)
        var pairs = Set<String>()
        for (i, record) in keyed.records.enumerated() {
            var shared: [Int: Int] = [:]
            for key in record.lookup { for j in keyed.holders[key] ?? [] where j != i { shared[j, default: 0] += 1 } }
            for (j, count) in shared where count >= record.needed { pairs.insert(min(record.id, keyed.records[j].id) + "\u{1}" + max(record.id, keyed.records[j].id)) }
        }
        return pairs.sorted().map { pair in let parts = pair.split(separator: "\u{1}").map(String.init); return (parts[0], parts[1]) }
    }

    /// The postings an engine gives `gyeore candidates`: one {"key", "holders": [[id, document], …]} per key.
    static func postings(_ featureLines: [String]) throws -> String {
        let keyed = try Keyed(featureLines)
        var lines: [String] = []
        for (key, list) in keyed.holders.sorted(by: { $0.key < $1.key }) {
            let object: [String: Any] = ["key": key, "holders": list.map { [keyed.records[$0].id, keyed.records[$0].document] }]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each key's holders as a set of [id, document] pairs (the order within a key is no part of the rule).
    static func holderSets(_ postings: String) throws -> [String: Set<[String]>] {
        var sets: [String: Set<[String]>] = [:]
        for line in postings.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            sets[try #require(object["key"] as? String)] = Set(try #require(object["holders"] as? [[String]]))
        }
        return sets
    }

    @Test func shardsGiveTheClustersAlignGives() throws {
        let quotations = try step(["quotes", "--jsonl", try scratch("documents.jsonl", try Self.documents(["ny2018", "ny2019", "kyj2020-"]))])
        let quotationFile = try scratch("quotations.jsonl", quotations)
        let lines = quotations.split(separator: "\n").map(String.init)
        #expect(lines.count > 100)
        // Features in two shards; statistics per shard, added up, equal those of the whole.
        let half = lines.count / 2
        let shards = [lines[..<half], lines[half...]].map { $0.joined(separator: "\n") + "\n" }
        let features = try shards.map { try step(["features"], stdin: $0) }
        let shardStatistics = try features.map { try step(["stats"], stdin: $0) }
        let merged = try step(["stats"], stdin: shardStatistics.joined())
        #expect(try JSONSerialization.jsonObject(with: Data(merged.utf8)) as? NSDictionary == JSONSerialization.jsonObject(with: Data(try step(["stats"], stdin: features.joined()).utf8)) as? NSDictionary)
        let statistics = try scratch("stats.json", merged)
        // Blocking keys, candidates by the stated rule, scores in shards of any make-up.
        let keyed = try features.map { try step(["features", "--stats", statistics], stdin: $0) }.joined()
        let keyedLines = keyed.split(separator: "\n").map(String.init)
        var lineOf: [String: String] = [:]
        for line in keyedLines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            lineOf[try #require(object["id"] as? String)] = line
        }
        let candidates = try Self.candidates(keyedLines)
        #expect(candidates.count > 100)
        // The postings step gives the rule's postings, over the whole and over shards merged.
        let rulePostings = try Self.postings(keyedLines)
        let posted = try step(["postings"], stdin: keyed)
        #expect(try Self.holderSets(posted) == Self.holderSets(rulePostings))
        let parts = [keyedLines[..<(keyedLines.count / 3)], keyedLines[(keyedLines.count / 3)...]].map { $0.joined(separator: "\n") + "\n" }
        let partials = try parts.map { try step(["postings", "--partial"], stdin: $0) }
        #expect(try step(["postings"], stdin: partials.joined()) == posted)
        #expect(try step(["postings"], stdin: partials.reversed().joined()) == posted)
        // The join step against the postings, in two shards of the records: the rule's pairs.
        let postingsFile = try scratch("postings.jsonl", posted)
        let keyedShards = [keyedLines[..<(keyedLines.count / 2)], keyedLines[(keyedLines.count / 2)...]].map { $0.joined(separator: "\n") + "\n" }
        let found = try keyedShards.map { try step(["candidates", "--postings", postingsFile], stdin: $0) }.joined()
        #expect(Set(found.split(separator: "\n").map(String.init)) == Set(candidates.map { "{\"a\":\"\($0.0)\",\"b\":\"\($0.1)\"}" }))
        let pairLines = try candidates.map { a, b in "{\"a\":\(try #require(lineOf[a])),\"b\":\(try #require(lineOf[b]))}" }
        let everyPair = pairLines.joined(separator: "\n") + "\n"
        let alone = pairLines.enumerated().filter { $0.offset % 3 == 0 }.map(\.element).joined(separator: "\n") + "\n"
        let edges = try step(["score", "--stats", statistics, "--all"], stdin: everyPair)
        let edgesAlone = try step(["score", "--stats", statistics, "--all"], stdin: alone)
        // A pair scores the same whatever else its shard holds.
        let scored = Set(edges.split(separator: "\n").map(String.init))
        #expect(!edgesAlone.isEmpty && edgesAlone.split(separator: "\n").allSatisfy { scored.contains(String($0)) })
        // Pairs of ids, the records read from --features: the same edges, line for line.
        let featureFile = try scratch("features.jsonl", keyed)
        let idPairs = candidates.map { a, b in "{\"a\":\"\(a)\",\"b\":\"\(b)\"}" }.joined(separator: "\n") + "\n"
        #expect(try step(["score", "--stats", statistics, "--all", "--features", featureFile], stdin: idPairs) == edges)
        let report = try step(["cluster", "--stats", statistics, "--features", featureFile, try scratch("edges.jsonl", edges)])
        let align = try step(["align", "--quotations", quotationFile])
        let ours = try Self.together(report), theirs = try Self.together(align)
        #expect(theirs.count > 50)
        #expect(ours == theirs, "only in cluster: \(ours.subtracting(theirs).sorted().prefix(5)); only in align: \(theirs.subtracting(ours).sorted().prefix(5))")
    }

    /// The records of the corpus steps match their schemas in `schemas/`, and a record with a
    /// wrong field does not (the check can fail).
    @Test func recordsMatchTheirSchemas() throws {
        let check = JSONSchemaCheck(folder: CommandRunner.root.appendingPathComponent("schemas"))
        let quotations = try step(["quotes", "--jsonl", try scratch("documents.jsonl", try Self.documents(["ny2019-0"]))])
        let features = try step(["features"], stdin: quotations)
        let statistics = try step(["stats"], stdin: features)
        let statisticsFile = try scratch("stats.json", statistics)
        let keyed = try step(["features", "--stats", statisticsFile], stdin: features)
        let lines = keyed.split(separator: "\n").map(String.init)
        #expect(lines.count > 10)
        func json(_ line: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
        for line in features.split(separator: "\n").map(String.init) + lines {
            #expect(try check.problems(try json(line), schemaFile: "feature-record.schema.json") == [], "\(line.prefix(200))")
        }
        #expect(try check.problems(try json(statistics), schemaFile: "statistics.schema.json") == [])
        let postingLines = try Self.postings(lines).split(separator: "\n").map(String.init)
        #expect(!postingLines.isEmpty)
        for line in postingLines { #expect(try check.problems(try json(line), schemaFile: "posting.schema.json") == [], "\(line.prefix(200))") }
        #expect(try check.problems(try json("{\"key\":\"XYZ\",\"holders\":[]}"), schemaFile: "posting.schema.json") == ["$.key: does not match ^[0-9a-f]{16}$"])
        let pairs = (1..<lines.count).map { "{\"a\":\(lines[0]),\"b\":\(lines[$0])}" }
        for pair in pairs.prefix(3) { #expect(try check.problems(try json(pair), schemaFile: "candidate-pair.schema.json") == []) }
        let edges = try step(["score", "--stats", statisticsFile, "--all"], stdin: pairs.joined(separator: "\n") + "\n")
        for edge in edges.split(separator: "\n").map(String.init) {
            #expect(try check.problems(try json(edge), schemaFile: "edge.schema.json") == [])
        }
        let idPair = "{\"a\":\"x@0-1\",\"b\":\"y@0-1\"}"
        #expect(try check.problems(try json(idPair), schemaFile: "candidate-pair.schema.json") == [])
        // A pair of ids needs the records: without --features, one line naming the cause.
        let byIdOnly = try CommandRunner.run(["score", "--stats", statisticsFile], stdin: Data((idPair + "\n").utf8))
        #expect(byIdOnly.status == 65 && byIdOnly.stderr.contains("<stdin>:1: error: not a candidate pair: x@0-1 is named by id only: give the feature records with --features"), "\(byIdOnly.stderr)")
        #expect(try check.problems(try json("{\"a\":1,\"b\":\"y\"}"), schemaFile: "candidate-pair.schema.json") == ["$.a: matches none of anyOf"])
        let explained = try step(["score", "--stats", statisticsFile, "--explain"], stdin: pairs.joined(separator: "\n") + "\n")
        for edge in explained.split(separator: "\n").map(String.init) {
            #expect(try check.problems(try json(edge), schemaFile: "edge.schema.json") == [], "\(edge.prefix(300))")
            #expect(edge.contains("\"diff\":[") && edge.contains("\"evidence\":"))
        }
        // A wrong record is caught.
        #expect(try check.problems(try json("{\"version\":1,\"a\":\"x\",\"b\":\"y\",\"score\":1.5}"), schemaFile: "edge.schema.json") == ["$.score: above 1"])
        #expect(try check.problems(try json("{\"version\":1,\"a\":\"x\",\"score\":0.5,\"c\":1}"), schemaFile: "edge.schema.json").sorted() == ["$: no \"b\"", "$: unexpected \"c\""])
    }

    /// A key held by more quotations than the limit keeps the 64 of smallest (hash, document,
    /// start, end, id), however the records are divided into shards and in whatever order the
    /// shards' lists are merged; a record that is not eligible posts nothing.
    @Test func aCommonKeyKeepsItsSmallestHolders() throws {
        // 150 holders of one key: hashes with ties, broken by document, then start, end and id.
        var records: [String] = []
        var expected: [(hash: String, document: String, start: Int, end: Int, id: String)] = []
        for i in 0..<150 {
            let hash = String(format: "%016llx", UInt64((i * 7919) % 40)), document = "doc-\((i * 31) % 17)", start = (i * 13) % 5, end = start + 10 + i % 3
            let id = "\(document)@\(start)-\(end)#\(i)"
            records.append("{\"document\":\"\(document)\",\"eligible\":true,\"end\":\(end),\"hash\":\"\(hash)\",\"id\":\"\(id)\",\"post\":[\"00000000000000aa\",\"00000000000000b\(i % 2)\"],\"start\":\(start)}")
            expected.append((hash, document, start, end, id))
        }
        records.append("{\"document\":\"doc-x\",\"eligible\":false,\"end\":1,\"hash\":\"0000000000000000\",\"id\":\"doc-x@0-1\",\"post\":[\"00000000000000aa\"],\"start\":0}")
        let smallest = expected.sorted { ($0.hash, $0.document, $0.start, $0.end, $0.id) < ($1.hash, $1.document, $1.start, $1.end, $1.id) }.prefix(64)
        let whole = try step(["postings"], stdin: records.joined(separator: "\n") + "\n")
        let sets = try Self.holderSets(whole)
        #expect(sets.keys.sorted() == ["00000000000000aa", "00000000000000b0", "00000000000000b1"])
        #expect(sets["00000000000000aa"] == Set(smallest.map { [$0.id, $0.document] }))
        #expect(sets["00000000000000b0"]?.count == 64 && sets["00000000000000b1"]?.count == 64)
        // Shards of every size, merged in either order, give the same postings, byte for byte.
        for size in [1, 7, 64, 100] {
            let shards = stride(from: 0, to: records.count, by: size).map { records[$0..<min($0 + size, records.count)].joined(separator: "\n") + "\n" }
            let partials = try shards.map { try step(["postings", "--partial"], stdin: $0) }
            #expect(try step(["postings"], stdin: partials.joined()) == whole, "shards of \(size)")
            #expect(try step(["postings"], stdin: partials.reversed().joined()) == whole, "shards of \(size), reversed")
        }
    }

    @Test func aBadRecordNamesItsFileAndLine() throws {
        let file = try scratch("bad.jsonl", "{\"document\":\"a\"}\n")
        let features = try CommandRunner.run(["features", file])
        #expect(features.status == 65)
        #expect(features.stderr.contains("bad.jsonl:1: error: not a quotation (gyeore quotes --jsonl) or a feature record: no \"index\" field"), "\(features.stderr)")
        let score = try CommandRunner.run(["score", "--stats", "/no/such/stats.json"], stdin: Data())
        #expect(score.status == 66, "\(score.stderr)")
        #expect(score.stderr.contains("/no/such/stats.json"))
        let notStatistics = try scratch("stats.json", "{\"version\": 9}\n")
        let wrongVersion = try CommandRunner.run(["score", "--stats", notStatistics], stdin: Data())
        #expect(wrongVersion.status == 65 && wrongVersion.stderr.contains("version 9"), "\(wrongVersion.stderr)")
        let badPartial = try scratch("partial.jsonl", "{\"key\":\"00000000000000aa\",\"held\":[[\"00000000000000ff\",\"a\",\"0\",\"1\",\"a@0-1\"]]}\n{\"key\":\"00000000000000ab\",\"held\":[[\"zz\",\"a\",\"0\",\"1\",\"a@0-1\"]]}\n")
        let postings = try CommandRunner.run(["postings", badPartial], stdin: Data())
        #expect(postings.status == 65)
        #expect(postings.stderr.contains("partial.jsonl:2: error: not a partial postings line: a holder is [hash, document, start, end, id], each a string"), "\(postings.stderr)")
        let unkeyed = try CommandRunner.run(["postings"], stdin: Data("{\"document\":\"a\",\"eligible\":true,\"end\":1,\"hash\":\"00000000000000ff\",\"id\":\"a@0-1\",\"start\":0}\n".utf8))
        #expect(unkeyed.status == 65 && unkeyed.stderr.contains("<stdin>:1: error: not a keyed feature record: no \"post\" keys"), "\(unkeyed.stderr)")
        let badPostings = try scratch("postings.jsonl", "{\"key\":\"00000000000000aa\",\"holders\":[[\"a@0-1\",\"a\"]]}\n{\"key\":\"xyz\",\"holders\":[]}\n")
        let candidates = try CommandRunner.run(["candidates", "--postings", badPostings], stdin: Data())
        #expect(candidates.status == 65, "\(candidates.stderr)")
        #expect(candidates.stderr.contains("postings.jsonl:2: error: not a posting: the key xyz is not 16 hexadecimal digits"), "\(candidates.stderr)")
    }
}

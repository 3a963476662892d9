import Foundation
import Gyeore
import Testing
@testable import gyeore
import GyeoreTestSupport

/// The corpus steps read their bulk records through `FlatJSON` first: a record read that way
/// must be the one `JSONDecoder` reads from the same line, and a line the decoder refuses must be
/// left to the decoder (so that its error is the one reported).
@Suite struct FlatJSONTests {
    private let decoder = JSONDecoder()

    private func decoded<T: Decodable>(_ type: T.Type, _ line: String) -> T? { try? decoder.decode(T.self, from: Data(line.utf8)) }

    private func flat<T: FlatJSONReadable>(_ type: T.Type, _ line: String) -> T? { FlatJSON(line).flatMap(T.init(flat:)) }

    private func same(_ x: EdgeRecord?, _ y: EdgeRecord?) -> Bool {
        guard let x, let y else { return x == nil && y == nil }
        return x.a == y.a && x.b == y.b && x.score.bitPattern == y.score.bitPattern && x.version == y.version
    }

    /// Lines a scored edge could be, valid and not: numbers JSON allows and does not, white
    /// space, escapes, duplicate keys, nested fields the record skips, trailing text.
    static let edgeLines = [
        #"{"a":"doc-1@0-5","b":"doc-2@3-9","score":0.75,"version":1}"#,
        #"  { "a" : "x" , "b":"y" ,"score" : 1 , "version" : 1 }  "#,
        #"{"a":"x","b":"y","score":0.8333333333333334}"#,
        #"{"a":"x","b":"y","score":0.5,"version":null}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1.0}"#,
        #"{"a":"x","b":"y","score":0.5,"version":"1"}"#,
        #"{"a":"x","b":"y","score":1e-3,"version":1}"#,
        #"{"a":"x","b":"y","score":-0,"version":1}"#,
        #"{"a":"x","b":"y","score":2.5E+2,"version":1}"#,
        #"{"a":"x","b":"y","score":01,"version":1}"#,
        #"{"a":"x","b":"y","score":1.,"version":1}"#,
        #"{"a":"x","b":"y","score":.5,"version":1}"#,
        #"{"a":"x","b":"y","score":+1,"version":1}"#,
        #"{"a":"x","b":"y","score":-,"version":1}"#,
        #"{"a":"x","b":"y","score":"0.5","version":1}"#,
        #"{"a":"x","b":"y","score":NaN,"version":1}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1}x"#,
        #"{"a":"x","b":"y","score":0.5,"version":1}{"a":"z"}"#,
        #"{"a":"x","score":0.5,"version":1}"#,
        #"{"a":"x","a":"z","b":"y","score":0.5,"version":1}"#,
        #"{"a":"x\"y","b":"y","score":0.5,"version":1}"#,
        #"{"a":"x\u0041","b":"y","score":0.5,"version":1}"#,
        "{\"a\":\"x\ty\",\"b\":\"y\",\"score\":0.5,\"version\":1}",
        #"{"a":"조선중앙통신@3-9","b":"“따옴표”","score":0.5,"version":1}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1,"extra":{"k":[1,-2.5e3,{"z":null,"t":true}],"s":"\n"}}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1,"extra":{"k":[1,2,{"z":null,"t":true}],"s":"plain"}}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1,"extra":[1,2}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1,"extra":[1,2,]}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1,"extra":tru}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1,}"#,
        #"{"a":"x","b":"y","score":0.5 "version":1}"#,
        #"{"a":"x","b":"y","score":0.5,"version":1,"deep":"# + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}",
        #"["a","b"]"#,
        "{}",
        "",
        #"{"a":"x","b":"y","score":0.5,"version":1"#,
    ]

    @Test func edgesReadAsTheDecoderReadsThem() {
        var readFast = 0
        for line in Self.edgeLines {
            let fast = flat(EdgeRecord.self, line)
            let slow = decoded(EdgeRecord.self, line)
            // The quick reader reads a line the decoder reads, as the decoder reads it, or leaves it.
            #expect(fast == nil || same(fast, slow), "\(line)")
            if slow == nil { #expect(fast == nil, "the decoder refuses \(line), the quick reader did not") }
            if fast != nil { readFast += 1 }
        }
        // The plain records (the first four and the ones with nested extras) are read quickly.
        #expect(readFast >= 8, "only \(readFast) lines were read without the decoder")
        #expect(flat(EdgeRecord.self, Self.edgeLines[0]) != nil && flat(EdgeRecord.self, Self.edgeLines[1]) != nil)
    }

    /// Random damage to valid lines (bytes dropped, doubled or replaced by JSON's own
    /// punctuation): whatever the quick reader reads, the decoder reads the same.
    /// One of `lines` with one to three bytes dropped, doubled or replaced by JSON's own
    /// punctuation.
    static func damaged(_ lines: [String], _ random: inout SplitMix64) -> String {
        let punctuation = Array("{}[]\":,.-+eE0123456789 \\tnul".utf8)
        var bytes = Array(lines[Int(random.next() % UInt64(lines.count))].utf8)
        for _ in 0..<(1 + Int(random.next() % 3)) where !bytes.isEmpty {
            let at = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 3 {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(bytes[at], at: at)
            default: bytes[at] = punctuation[Int(random.next() % UInt64(punctuation.count))]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func damagedLinesAreReadAsTheDecoderReadsThemOrLeftToIt() {
        var random = SplitMix64(seed: 18)
        let valid = Self.edgeLines.filter { decoded(EdgeRecord.self, $0) != nil }
        var disagreements: [String] = []
        for _ in 0..<4000 {
            let line = Self.damaged(valid, &random)
            let fast = flat(EdgeRecord.self, line), slow = decoded(EdgeRecord.self, line)
            if fast != nil && !same(fast, slow) { disagreements.append(line) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// `score` writes its edges by hand: the bytes JSONEncoder gives, for scores of every size
    /// (whole numbers, shortest decimals, tiny ones, random ones) and ids JSON must escape.
    @Test func edgesAreWrittenAsJSONEncoderWritesThem() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var random = SplitMix64(seed: 3)
        var scores: [Double] = [0, 1, 0.5, 0.75, 0.1, 1.0 / 3, 2.0 / 3, 0.95, 1e-7, 5e-324, 123456789.0, 1e21, 0.000123, -0.0]
        for _ in 0..<2000 { scores.append(Double(random.next() % 1_000_000_007) / 1_000_000_007) }
        var writer = JSONLineWriter()
        for (k, score) in scores.enumerated() {
            let edge = EdgeRecord(version: k % 7 == 0 ? nil : 1, a: k % 5 == 0 ? "dir/\"odd\"@1-2" : "doc-\(k)@0-5", b: "조선중앙통신@\(k)-\(k + 9)", score: score)
            edge.write(to: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: try encoder.encode(edge), as: UTF8.self), "\(score)")
        }
    }

    @Test func candidatePairsAndPostingsReadAsTheDecoderReadsThem() throws {
        let pairs = [#"{"a":"doc-000000@28-69","b":"doc-000972@28-95"}"#, #"{"b":"y","a":"x"}"#, #"{"a":"x","b":{"id":"y","item":"AQ=="}}"#,
                     #"{"a":"x\/y","b":"z"}"#, #"{"a":"x"}"#, #"{"a":1,"b":"z"}"#]
        for line in pairs {
            let fast = flat(ScoringPair.self, line), slow = decoded(ScoringPair.self, line)
            #expect(fast == nil || (fast?.a.id == slow?.a.id && fast?.b.id == slow?.b.id && fast?.a.item == slow?.a.item && fast?.b.item == slow?.b.item), "\(line)")
            if slow == nil { #expect(fast == nil, "\(line)") }
        }
        #expect(flat(ScoringPair.self, pairs[0])?.b.id == "doc-000972@28-95")
        let postings = [#"{"key":"00000000000000aa","holders":[["a@0-1","a"],["b@2-9","b"]]}"#, #"{"key":"00000000000000aa","holders":[]}"#,
                        #"{"key":"00000000000000aa","holders":[["a@0-1",1]]}"#, #"{"key":"00000000000000aa","holders":[["a@0-1"],[]]}"#,
                        #"{"key":"00000000000000aa","holders":[["a@0-1","a"]"#]
        for line in postings {
            let fast = flat(CandidatesCommand.Posting.self, line), slow = decoded(CandidatesCommand.Posting.self, line)
            #expect(fast == nil || (fast?.key == slow?.key && fast?.holders == slow?.holders), "\(line)")
            if slow == nil { #expect(fast == nil, "\(line)") }
        }
        #expect(flat(CandidatesCommand.Posting.self, postings[0])?.holders == [["a@0-1", "a"], ["b@2-9", "b"]])
    }

    /// Every keyed feature record `gyeore features --stats` writes for the development set reads
    /// the same both ways: as `cluster` reads it, as `candidates` reads it, as `score` reads it.
    @Test func everyFeatureRecordOfTheDevelopmentSetReadsAsTheDecoderReadsIt() throws {
        let documents = try CorpusStepsTests.documents(["ky", "uf"])
        let quotations = try CommandRunner.run(["quotes", "--jsonl"], stdin: Data(documents.utf8))
        #expect(quotations.status == 0, "\(quotations.stderr)")
        let features = try CommandRunner.run(["features"], stdin: Data(quotations.stdout.utf8))
        let stats = try CommandRunner.run(["stats"], stdin: Data(features.stdout.utf8))
        let statsFile = try CommandRunner.scratchFile("stats.json", Array(stats.stdout.utf8))
        let keyed = try CommandRunner.run(["features", "--stats", statsFile], stdin: Data(quotations.stdout.utf8))
        #expect(keyed.status == 0, "\(keyed.stderr)")
        // The quotations `features` and `align --quotations` read, whole and damaged.
        let quotationLines = quotations.stdout.split(separator: "\n").map(String.init)
        let sorted = JSONEncoder()
        sorted.outputFormatting = [.sortedKeys]
        var readFast = 0
        for line in quotationLines {
            let fast = flat(QuotationRecord.self, line), slow = try #require(decoded(QuotationRecord.self, line))
            if let fast {
                readFast += 1
                #expect(try sorted.encode(fast) == sorted.encode(slow), "\(line.prefix(200))")
            }
        }
        #expect(readFast > quotationLines.count / 2, "only \(readFast) of \(quotationLines.count) quotations read without the decoder")
        var random = SplitMix64(seed: 5)
        for _ in 0..<1500 {
            let line = Self.damaged(quotationLines, &random)
            guard let fast = flat(QuotationRecord.self, line) else { continue }
            let slow = decoded(QuotationRecord.self, line)
            #expect(try slow.map { try sorted.encode(fast) == sorted.encode($0) } ?? false, "\(line.prefix(300))")
        }
        let lines = (features.stdout + keyed.stdout).split(separator: "\n").map(String.init)
        #expect(lines.count > 100)
        #expect(lines.contains { $0.contains("\"lookup\":[") } && lines.contains { !$0.contains("\"lookup\"") })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var writer = JSONLineWriter()
        for line in lines {
            let fast = try #require(flat(FeatureRecord.self, line), "\(line.prefix(200))")
            let slow = try #require(decoded(FeatureRecord.self, line))
            #expect(fast.version == slow.version && fast.id == slow.id && fast.document == slow.document && fast.start == slow.start && fast.end == slow.end
                    && fast.language == slow.language && fast.eligible == slow.eligible && fast.hash == slow.hash && fast.post == slow.post
                    && fast.lookup == slow.lookup && fast.needed == slow.needed && fast.item.packed() == slow.item.packed(), "\(fast.id)")
            let lookupFast = try #require(flat(CandidatesCommand.LookupRecord.self, line)), lookupSlow = try #require(decoded(CandidatesCommand.LookupRecord.self, line))
            #expect(lookupFast.id == lookupSlow.id && lookupFast.document == lookupSlow.document && lookupFast.eligible == lookupSlow.eligible
                    && lookupFast.lookup == lookupSlow.lookup && lookupFast.needed == lookupSlow.needed)
            let sideFast = try #require(flat(ScoringPair.Side.self, line)), sideSlow = try #require(decoded(ScoringPair.Side.self, line))
            #expect(sideFast.id == sideSlow.id && sideFast.item == sideSlow.item)
            // `features` writes its records by hand: the bytes JSONEncoder gives.
            writer.reset()
            slow.write(to: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: try encoder.encode(slow), as: UTF8.self))
            #expect(String(decoding: writer.bytes, as: UTF8.self) == line)
        }
    }
}

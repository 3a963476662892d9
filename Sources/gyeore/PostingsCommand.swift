import ArgumentParser
import Foundation
import Gyeore

/// `gyeore postings`: the candidate rule's postings, computed as a combiner is: each shard keeps
/// every key's smallest holders, and one process merges the shards' lists.
struct PostingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postings",
        abstract: "Keep each key's holders as the candidate rule does, from keyed feature records or partial postings. JSON Lines in and out.",
        discussion: """
        Reads keyed feature records (gyeore features --stats: the eligible ones' "post" keys) and
        partial postings lines ({"key", "held": [[hash, document, start, end, id], …]}, every
        field a string, as --partial writes them), any mix, and keeps for each key the 64 holders of smallest (hash,
        document, start, end, id), as `align` does. Writes one {"key", "holders": [[id, document],
        …]} per key, in key order (the --postings input of gyeore candidates); with --partial,
        {"key", "held": […]} lines with the sort fields, for a later merge. Run it with --partial on
        each shard of the records and once, without, over the shards' outputs: the postings are
        those of the whole corpus whatever the shards.
        """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Write each key's holders with their sort fields ({\"key\", \"held\"}), to be merged by a later run.")
    var partial = false

    /// The fields of a keyed feature record, or of a partial postings line, this step reads.
    struct Line: Decodable {
        var id: String?
        var document: String?
        var hash: String?
        var start: Int?
        var end: Int?
        var eligible: Bool?
        var post: [String]?
        var key: String?
        /// Partial holders: [hash, document, start, end, id], every field a string.
        var held: [[String]]?
    }

    /// A holder as the rule orders them.
    struct Holder {
        var hash: UInt64
        var document: String
        var start: Int
        var end: Int
        var id: String

        static func precedes(_ a: Holder, _ b: Holder) -> Bool {
            (a.hash, a.document, a.start, a.end, a.id) < (b.hash, b.document, b.start, b.end, b.id)
        }
    }

    static let holdersPerKey = QuoteAligner.Options().postingsPerKey

    func run() throws {
        // Holders once each (by id), keys as lists of their numbers; the holders are ranked once
        // at the end, so that cutting a key's list is a sort of numbers, not of strings.
        var holders: [Holder] = [], number: [String: Int32] = [:]
        var lists: [UInt64: [Int32]] = [:]
        func holder(_ holder: Holder) -> Int32 {
            if let known = number[holder.id] { return known }
            let index = Int32(holders.count)
            holders.append(holder)
            number[holder.id] = index
            return index
        }
        func failure(_ path: String, _ line: Int, _ message: String) -> CLIError {
            .input(InputError(file: path, line: line, reason: .other(message)))
        }
        let what = "a keyed feature record (gyeore features --stats) or a partial postings line {\"key\", \"held\"}"
        try CorpusRecords.forEach(Line.self, in: input, what: what) { line, path, lineNumber in
            if let key = line.key, let list = line.held {
                guard let value = UInt64(key, radix: 16) else { throw failure(path, lineNumber, "not a partial postings line: the key \(key) is not 16 hexadecimal digits") }
                for fields in list {
                    guard fields.count == 5, let hash = UInt64(fields[0], radix: 16), let start = Int(fields[2]), let end = Int(fields[3]) else {
                        throw failure(path, lineNumber, "not a partial postings line: a holder is [hash, document, start, end, id], each a string")
                    }
                    lists[value, default: []].append(holder(Holder(hash: hash, document: fields[1], start: start, end: end, id: fields[4])))
                }
                return
            }
            guard let id = line.id, let document = line.document, let hash = line.hash, let start = line.start, let end = line.end, let eligible = line.eligible else {
                throw failure(path, lineNumber, "not \(what)")
            }
            guard eligible else { return }
            // An eligible record without keys was read without the statistics: posting nothing
            // for it would lose its pairs without a word.
            guard let post = line.post else { throw failure(path, lineNumber, "not a keyed feature record: no \"post\" keys (write the records with gyeore features --stats)") }
            guard let hashValue = UInt64(hash, radix: 16) else { throw failure(path, lineNumber, "not a keyed feature record: the hash \(hash) is not 16 hexadecimal digits") }
            let index = holder(Holder(hash: hashValue, document: document, start: start, end: end, id: id))
            for hex in post {
                guard let key = UInt64(hex, radix: 16) else { throw failure(path, lineNumber, "not a keyed feature record: the key \(hex) is not 16 hexadecimal digits") }
                lists[key, default: []].append(index)
            }
        }
        var rank = [Int32](repeating: 0, count: holders.count)
        for (position, index) in holders.indices.sorted(by: { Holder.precedes(holders[$0], holders[$1]) }).enumerated() { rank[index] = Int32(position) }
        let output = OutputWriter()
        var writer = JSONLineWriter()
        for key in lists.keys.sorted() {
            // A holder listed twice under a key (from two partial lines) counts once.
            let kept = Set(lists[key]!).sorted { rank[Int($0)] < rank[Int($1)] }.prefix(Self.holdersPerKey)
            writer.reset()
            writer.beginObject()
            writer.field("key", CorpusStatistics.hex(key))
            writer.key(partial ? "held" : "holders")
            writer.beginArray()
            for index in kept {
                let holder = holders[Int(index)]
                writer.beginArray()
                if partial {
                    writer.string(CorpusStatistics.hex(holder.hash))
                    writer.string(holder.document)
                    writer.string(String(holder.start))
                    writer.string(String(holder.end))
                }
                writer.string(holder.id)
                if !partial { writer.string(holder.document) }
                writer.endArray()
            }
            writer.endArray()
            writer.endObject()
            try writer.writeLine(to: output)
        }
        try output.flush()
    }
}

import ArgumentParser
import Foundation
import Gyeore

/// `gyeore candidates`: the join step of distributed alignment, against postings an engine
/// computed.
struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "Find the candidate pairs of keyed feature records against the corpus's postings. JSON Lines in and out.",
        discussion: """
        Reads the postings (--postings: one {"key", "holders": [[id, document], …]} per line, each
        key with its holders as the candidate rule keeps them: the 64 of smallest (hash, document,
        start, end)) and then keyed feature records (gyeore features --stats), any shard of them,
        and writes {"a": id, "b": id} (a < b) for each quotation j that holds at least "needed" of
        a record's "lookup" keys, once per pair found from this input. Records that are not
        eligible or carry no keys find nothing. The pairs are those `align` scores over the same
        corpus; `gyeore score --features` scores them.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The postings: {\"key\", \"holders\": [[id, document], …]} per line.", valueName: "file.jsonl"))
    var postings: String

    @Flag(help: "Pair quotations of different documents only (passim's filter; align pairs any two).")
    var differentDocuments = false

    /// A postings line.
    struct Posting: Decodable {
        var key: String
        var holders: [[String]]
    }

    /// The fields of a keyed feature record this step reads (the packed item is skipped).
    struct LookupRecord: Decodable {
        var id: String
        var document: String
        var eligible: Bool
        var lookup: [String]?
        var needed: Int?
    }

    func run() throws {
        // Holders as numbers: one table of ids and documents, postings as lists of their indices.
        var ids: [String] = [], documents: [Int32] = []
        var idIndex: [String: Int32] = [:], documentIndex: [String: Int32] = [:]
        var holders: [UInt64: [Int32]] = [:]
        try CorpusRecords.forEach(Posting.self, in: InputOptions(files: [postings], maxLineBytes: input.maxLineBytes), what: "a posting {\"key\", \"holders\"}") { posting, path, line in
            guard let key = UInt64(posting.key, radix: 16) else {
                throw CLIError.input(InputError(file: path, line: line, reason: .other("not a posting: the key \(posting.key) is not 16 hexadecimal digits")))
            }
            var list: [Int32] = []
            list.reserveCapacity(posting.holders.count)
            for holder in posting.holders {
                guard holder.count == 2 else {
                    throw CLIError.input(InputError(file: path, line: line, reason: .other("not a posting: a holder is [id, document], not \(holder)")))
                }
                let index: Int32
                if let known = idIndex[holder[0]] { index = known } else {
                    index = Int32(ids.count)
                    idIndex[holder[0]] = index
                    ids.append(holder[0])
                    let document: Int32
                    if let known = documentIndex[holder[1]] { document = known } else {
                        document = Int32(documentIndex.count)
                        documentIndex[holder[1]] = document
                    }
                    documents.append(document)
                }
                list.append(index)
            }
            holders[key, default: []].append(contentsOf: list)
        }
        let output = OutputWriter()
        var writer = JSONLineWriter()
        var counts: [Int32: Int] = [:]
        try CorpusRecords.forEach(LookupRecord.self, in: input, flushing: output, what: "a keyed feature record (gyeore features --stats)") { record, path, line in
            guard record.eligible, let lookup = record.lookup, let needed = record.needed else { return }
            let own = idIndex[record.id]
            let ownDocument = documentIndex[record.document]
            counts.removeAll(keepingCapacity: true)
            for hex in lookup {
                guard let key = UInt64(hex, radix: 16) else {
                    throw CLIError.input(InputError(file: path, line: line, reason: .other("not a keyed feature record: the key \(hex) is not 16 hexadecimal digits")))
                }
                for j in holders[key] ?? [] where j != own { counts[j, default: 0] += 1 }
            }
            var found: [String] = []
            for (j, count) in counts where count >= needed {
                if differentDocuments, let ownDocument, documents[Int(j)] == ownDocument { continue }
                found.append(ids[Int(j)]) // never the record itself: its own index was skipped
            }
            for other in found.sorted() {
                let (a, b) = record.id < other ? (record.id, other) : (other, record.id)
                writer.reset()
                writer.beginObject()
                writer.field("a", a)
                writer.field("b", b)
                writer.endObject()
                try writer.writeLine(to: output)
            }
        }
        try output.flush()
    }
}

import ArgumentParser
import Foundation
import Gyeore

/// `gyeore score`: the score step of distributed alignment.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score candidate pairs with corpus statistics; write the pairs that link. JSON Lines in and out.",
        discussion: """
        Reads one candidate pair per line, {"a": feature record, "b": feature record} (gyeore
        features) or, with --features, {"a": id, "b": id} (each quotation's record read once from
        the files named, and unpacked once however many pairs name it), and writes {"a": id, "b": id, "score"} for each pair scoring at least
        --min-score (every pair with --all); with --explain also "evidence" (syllables aligned in
        order within one language, content words meeting through the bilingual lexicon across
        two) and "diff" (align's word-by-word differences, or which words correspond). Weights come from --stats alone, so a pair scores the
        same in any shard, and as in one `align` run over the corpus the statistics describe.
        """
    )

    @OptionGroup var aligner: AlignerOptions
    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Corpus statistics (gyeore stats).", valueName: "file"))
    var stats: String

    @Option(help: ArgumentHelp("Feature records of the quotations (gyeore features), so that a pair may name them by id; repeat for several files.", valueName: "file.jsonl"))
    var features: [String] = []

    @Flag(help: "Write every pair, not only those that link.")
    var all = false

    @Flag(help: "Add each pair's evidence (the languages compared and how) and its diff, as align's report gives it.")
    var explain = false

    func run() throws {
        let (_, aligner) = try self.aligner.makeAligner(statistics: try AlignerOptions.readStatistics(stats))
        let output = OutputWriter()
        let jsonLines = JSONLines()
        let placement = explain ? try DiffPlacement() : nil
        var writer = JSONLineWriter()
        var known: [String: String] = [:]   // id → packed item, from --features
        // (No --features: nothing to read. An empty file list would mean standard input, which
        // holds the pairs.)
        if !features.isEmpty { try CorpusRecords.forEach(ScoringPair.Side.self, in: InputOptions(files: features, maxLineBytes: input.maxLineBytes), what: "a feature record (gyeore features)") { record, path, line in
            guard let item = record.item else { throw CLIError.input(InputError(file: path, line: line, reason: .other("not a feature record: no \"item\" field"))) }
            if known[record.id] == nil { known[record.id] = item }
        } }
        var unpacked: [String: QuoteAligner.Item] = [:]
        func item(_ side: ScoringPair.Side) throws -> QuoteAligner.Item {
            if let packed = side.item { return try ScoringPair.unpack(id: side.id, packed) }
            if let item = unpacked[side.id] { return item }
            guard let packed = known[side.id] else {
                throw CorpusRecords.Problem(features.isEmpty ? "\(side.id) is named by id only: give the feature records with --features"
                                                            : "no --features record holds \(side.id)")
            }
            let item = try ScoringPair.unpack(id: side.id, packed)
            unpacked[side.id] = item
            return item
        }
        try CorpusRecords.forEach(ScoringPair.self, in: input, flushing: output, what: "a candidate pair {\"a\", \"b\"}") { pair, path, line in
            let first: QuoteAligner.Item, second: QuoteAligner.Item
            do {
                first = try item(pair.a)
                second = try item(pair.b)
            } catch { throw CLIError.input(InputError(file: path, line: line, reason: .other("not a candidate pair: \(error)"))) }
            let score = aligner.score(first, second)
            guard all || score >= self.aligner.minScore else { return }
            let (a, b) = pair.a.id <= pair.b.id ? (pair.a.id, pair.b.id) : (pair.b.id, pair.a.id)
            if let placement {
                let ordered = pair.a.id <= pair.b.id ? (first, second) : (second, first)
                let evidence = first.quotation.language == second.quotation.language
                    ? "\(first.quotation.language): in-order alignment, or shared concepts when reworded" : "ko-en: content words meeting through the bilingual lexicon"
                try output.writeLine(jsonLines.line(ExplainedEdge(a: a, b: b, score: score, evidence: evidence,
                                                                  diff: AlignmentReport.differences(ordered.0, ordered.1, aligner: aligner, placement: placement))))
            } else {
                EdgeRecord(a: a, b: b, score: score).write(to: &writer)
                try writer.writeLine(to: output)
            }
        }
        try output.flush()
    }
}

/// A candidate pair as scoring reads it: each side a feature record's id and packed item (the
/// rest skipped) or an id alone; the items without their clauses (a pair is scored as two whole
/// quotations).
struct ScoringPair: Decodable {
    /// A feature record, or the id of one that `--features` holds.
    struct Side: Decodable {
        var id: String
        /// The packed item; nil when the side is an id alone.
        var item: String?
        private enum Keys: String, CodingKey { case id, item }
        init(id: String, item: String?) {
            self.id = id
            self.item = item
        }
        init(from decoder: Decoder) throws {
            if let id = try? decoder.singleValueContainer().decode(String.self) {
                self.id = id
                item = nil
                return
            }
            let record = try decoder.container(keyedBy: Keys.self)
            id = try record.decode(String.self, forKey: .id)
            item = try record.decodeIfPresent(String.self, forKey: .item)
        }
    }
    var a: Side
    var b: Side

    /// A packed item as the aligner reads it for scoring.
    static func unpack(id: String, _ packed: String) throws -> QuoteAligner.Item {
        guard let bytes = Data(base64Encoded: packed) else { throw CorpusRecords.Problem("the item of \(id) is not base64") }
        do { return try QuoteAligner.Item(packed: Array(bytes), parts: false) } catch { throw CorpusRecords.Problem("the item of \(id): \(error.message)") }
    }
}

/// A scored edge with its evidence and differences (`score --explain`).
struct ExplainedEdge: Encodable {
    var version = RecordVersion.current
    var a: String
    var b: String
    var score: Double
    var evidence: String
    var diff: [RenderingDiff]
}

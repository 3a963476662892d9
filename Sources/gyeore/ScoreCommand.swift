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
        features), and writes {"a": id, "b": id, "score"} for each pair scoring at least
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

    @Flag(help: "Write every pair, not only those that link.")
    var all = false

    @Flag(help: "Add each pair's evidence (the languages compared and how) and its diff, as align's report gives it.")
    var explain = false

    func run() throws {
        let (_, aligner) = try self.aligner.makeAligner(statistics: try AlignerOptions.readStatistics(stats))
        let output = OutputWriter()
        let jsonLines = JSONLines()
        let placement = explain ? try DiffPlacement() : nil
        try CorpusRecords.forEach(ScoringPair.self, in: input, flushing: output, what: "a candidate pair {\"a\": feature record, \"b\": feature record}") { pair, path, line in
            let first: QuoteAligner.Item, second: QuoteAligner.Item
            do {
                first = try pair.a.unpacked()
                second = try pair.b.unpacked()
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
                try output.writeLine(jsonLines.line(EdgeRecord(a: a, b: b, score: score)))
            }
        }
        try output.flush()
    }
}

/// A candidate pair as scoring reads it: each feature record's id and packed item, the rest
/// skipped; the items without their clauses (a pair is scored as two whole quotations).
struct ScoringPair: Decodable {
    struct Side: Decodable {
        var id: String
        var item: String
        func unpacked() throws -> QuoteAligner.Item {
            guard let bytes = Data(base64Encoded: item) else { throw CorpusRecords.Problem("the item of \(id) is not base64") }
            do { return try QuoteAligner.Item(packed: Array(bytes), parts: false) } catch { throw CorpusRecords.Problem("the item of \(id): \(error.message)") }
        }
    }
    var a: Side
    var b: Side
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

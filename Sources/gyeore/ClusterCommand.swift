import ArgumentParser
import Foundation
import Gyeore

/// `gyeore cluster`: the last step of distributed alignment.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Cluster quotations from scored edges (gyeore score, any number of shards) as align does; write align's report.",
        discussion: """
        Reads the feature records of every quotation (--features, from gyeore features) and the
        scored edges ({"a", "b", "score"}, from gyeore score) and writes the clusters with align's
        rule (average link; a quotation joins a cluster only when it matches most of it) in
        align's formats. With the statistics of the same corpus, the clusters are those `align`
        finds over the same quotations.
        """
    )

    @OptionGroup var aligner: AlignerOptions
    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Corpus statistics (gyeore stats).", valueName: "file"))
    var stats: String

    @Option(help: ArgumentHelp("Feature records of the quotations (gyeore features); repeat for several files.", valueName: "file.jsonl"))
    var features: [String] = []

    @Option(help: "json (default), text, or html (one self-contained page).")
    var format: AlignCommand.Format = .json

    @Flag(help: "List clusters of a single quotation too.")
    var all = false

    func validate() throws {
        guard !features.isEmpty else { throw ValidationError("name the quotations' feature records with --features") }
    }

    func run() throws {
        let (_, aligner) = try self.aligner.makeAligner(statistics: try AlignerOptions.readStatistics(stats))
        var items: [QuoteAligner.Item] = []
        var indexOf: [String: Int] = [:]
        var documents: [String] = []
        var seenDocuments = Set<String>()
        try CorpusRecords.forEach(FeatureRecord.self, in: InputOptions(files: features, maxLineBytes: input.maxLineBytes), what: "a feature record (gyeore features)") { record, _, _ in
            guard indexOf[record.id] == nil else { return } // a quotation given twice counts once
            indexOf[record.id] = items.count
            items.append(record.item)
            if seenDocuments.insert(record.document).inserted { documents.append(record.document) }
        }
        var pairs: [QuoteAligner.Pair] = []
        try CorpusRecords.forEach(EdgeRecord.self, in: input, what: "a scored edge {\"a\", \"b\", \"score\"} (gyeore score)") { edge, path, line in
            if let problem = RecordVersion.problem(edge.version) { throw CLIError.input(InputError(file: path, line: line, reason: .other(problem))) }
            guard let x = indexOf[edge.a], let y = indexOf[edge.b] else {
                throw CLIError.input(InputError(file: path, line: line, reason: .other("the edge \(edge.a) – \(edge.b) names a quotation no --features record holds")))
            }
            guard x != y, edge.score >= self.aligner.minScore else { return }
            pairs.append(QuoteAligner.Pair(a: min(x, y), b: max(x, y), score: edge.score))
        }
        // Shards may score a pair twice (found from both sides): once each.
        pairs = QuoteAligner.unique(pairs)
        let everyGroup = aligner.clusters(items, pairs: pairs)
        let groups = everyGroup.filter { all || $0.count > 1 }
        let unmatched = format == .html && !all ? everyGroup.filter { $0.count == 1 }.map { $0[0] } : []
        let report = AlignmentReport(files: documents, items: items, pairs: pairs, groups: groups, unmatched: unmatched, aligner: aligner, placement: try DiffPlacement())
        try AlignCommand.write(report, format: format)
    }
}

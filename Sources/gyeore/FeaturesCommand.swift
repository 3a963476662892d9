import ArgumentParser
import Foundation
import Gyeore

/// `gyeore features`: the map step of distributed alignment.
struct FeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "features",
        abstract: "Normalize each quotation once for alignment; with --stats, add the exact blocking keys align uses. JSON Lines in and out.",
        discussion: """
        Reads quotations as `gyeore quotes --jsonl` writes them (or feature records, to add keys
        without normalizing again) and writes one feature record per quotation: {"version", "id"
        (document@start-end), "document", "start", "end", "language", "eligible", "hash", "item"}; an
        unbalanced mark's run of a few characters is left out, as align leaves it out.
        With --stats FILE (from `gyeore stats`) each record also carries "post" (the keys it is
        posted under), "lookup" (the keys it looks candidates up by) and "needed" (how many of them
        a candidate must hold): a candidate pair is two quotations where one holds at least
        "needed" of the other's lookup keys among the keys it is posted under, each key keeping
        its 64 holders of smallest (hash, document, start, end). Keys are 16 hexadecimal digits.
        """
    )

    @OptionGroup var aligner: AlignerOptions
    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Corpus statistics (gyeore stats): add the blocking keys.", valueName: "file"))
    var stats: String?


    func run() throws {
        let statistics = try stats.map(AlignerOptions.readStatistics)
        let (_, aligner) = try self.aligner.makeAligner(statistics: statistics)
        let output = OutputWriter()
        var writer = JSONLineWriter()
        try CorpusRecords.forEach(FeatureRecordOr<QuotationRecord>.self, in: input, flushing: output, what: "a quotation (gyeore quotes --jsonl) or a feature record") { line, path, number in
            var record: FeatureRecord
            switch line {
            case .features(let given): record = given
            case .other(let given):
                let quotation: Quotation
                do { quotation = try given.quotation() } catch { throw CLIError.input(InputError(file: path, line: number, reason: .other(CorpusRecords.describe(error)))) }
                guard AlignCommand.aligns(quotation) else { return }
                let item = aligner.item(quotation)
                record = FeatureRecord(id: CorpusRecords.id(of: quotation), document: quotation.document, start: quotation.start, end: quotation.end,
                                       language: quotation.language.rawValue, eligible: aligner.isEligible(item),
                                       hash: CorpusStatistics.hex(QuoteAligner.contentHash(item)), item: item)
            }
            if let statistics, record.eligible {
                let posted = QuoteAligner.postedKeys(of: record.item, statistics: statistics)
                let lookup = aligner.lookupKeys(of: record.item, statistics: statistics)
                record.post = posted.sorted().map(CorpusStatistics.hex)
                record.lookup = lookup.sorted().map(CorpusStatistics.hex)
                record.needed = QuoteAligner.neededSharedKeys(lookup.count)
            }
            record.write(to: &writer)
            try writer.writeLine(to: output)
        }
        try output.flush()
    }
}

/// `gyeore stats`: the corpus statistics every scoring step shares.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count features, concepts and keys over feature records; add up statistics files. One JSON object out.",
        discussion: """
        Reads feature records (gyeore features) and statistics objects (earlier output of this
        command, one per line, e.g. one per shard) and writes their sum as one JSON object:
        {"version", "quotations", "languages", "features", "concepts", "keys"}, counts under
        16-digit hexadecimal keys. Give the result to `features --stats`, `score --stats` and
        `cluster --stats` so that every shard weighs words alike.
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        var total = CorpusStatistics()
        var shard = CorpusStatistics()
        try CorpusRecords.forEach(FeatureRecordOr<CorpusStatistics>.self, in: input, what: "a feature record (gyeore features) or statistics (gyeore stats)") { line, _, _ in
            switch line {
            case .other(let given): total = total.merged(with: given)
            case .features(let record):
                guard record.eligible else { return }
                shard.add(record.item)
            }
        }
        total = total.merged(with: shard)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let output = OutputWriter()
        let data: Data
        do { data = try encoder.encode(total) } catch { throw CLIError.internalError("cannot encode the statistics: \(error)") }
        try output.writeLine(utf8: Array(data))
        try output.flush()
    }
}

import Foundation

/// The clusters of an alignment as a reader receives them: members in the order a reader wants
/// them (the original first), every link with the differences that make it, and the quotations
/// that matched nothing. ``json``, ``jsonLines``, ``text`` and ``html`` are the renderings
/// `gyeore align`, `gyeore cluster` and `--format` write.
public struct AlignmentReport: Sendable {
    /// A document read, with its metadata.
    public struct Document: Encodable, Sendable {
        public var id: Int
        public var document: String
        public var outlet: String?
        public var date: String?
        public var language: String?
        public var side: String?
        /// Whether the document was named with `--source` (an original).
        public var source: Bool?
    }
    /// One rendering of a statement: where it stands (offsets into its document, as written)
    /// and who published it.
    public struct Member: Encodable, Sendable {
        public var document: String
        public var start: Int
        public var end: Int
        public var line: Int
        public var text: String
        public var speaker: String?
        public var language: String
        public var kind: String
        public var outlet: String?
        public var date: String?
        public var side: String?
        /// NK, SK, EN or KO (``DocumentMetadata/badge(language:)``).
        public var badge: String
        /// Whether the member stands in a `--source` document (the original).
        public var source: Bool?
    }
    /// A link between two members (positions in their cluster, `a < b`), with its differences.
    public struct Pair: Encodable, Sendable { public var a: Int; public var b: Int; public var score: Double; public var diff: [RenderingDiff] }
    /// One statement and its renderings.
    public struct Cluster: Encodable, Sendable {
        public var id: Int
        public var score: Double
        public var members: [Member]
        public var pairs: [Pair]
        /// Each member after the first against the first (the original, or the earliest): the
        /// differences a reader looks at first.
        public var reference: [Pair]?
        /// Written on each line of `--format jsonl` (a cluster standing alone); the report's own
        /// version covers the clusters inside it.
        public var version: Int?
    }
    /// The report's record (`schemas/align.schema.json`).
    public struct Body: Encodable, Sendable {
        public var version = RecordVersion.current
        public var documents: [Document]
        public var clusters: [Cluster]
        public var unmatched: [Member]?
    }

    public let body: Body

    /// - Parameters:
    ///   - files: the documents read, in order.
    ///   - sources: the documents named as originals (`--source`).
    ///   - metadata: per document path, from front matter and `--meta`.
    ///   - items: the aligner's items, one per quotation.
    ///   - pairs: the pairs it scored (``QuoteAligner/pairs(_:progress:)``).
    ///   - groups: the clusters to report, as indices into `items` (``QuoteAligner/clusters(_:pairs:)``).
    ///   - unmatched: quotations in no cluster of two or more, listed in the HTML report.
    ///   - aligner: the aligner that scored them, for the differences of each pair.
    ///   - placement: how the differences are placed on the quotations as written.
    public init(files: [String], sources: Set<String> = [], metadata: [String: DocumentMetadata] = [:], items: [QuoteAligner.Item], pairs: [QuoteAligner.Pair],
                groups: [[Int]], unmatched: [Int] = [], aligner: QuoteAligner, placement: DiffPlacement) {
        func member(_ index: Int) -> Member {
            let q = items[index].quotation
            let meta = metadata[q.document] ?? DocumentMetadata()
            return Member(document: q.document, start: q.start, end: q.end, line: q.line, text: q.text, speaker: q.speaker ?? q.speakerText,
                          language: q.language.rawValue, kind: q.kind.rawValue, outlet: meta.outlet, date: meta.date ?? q.date, side: meta.side,
                          badge: meta.badge(language: q.language.rawValue), source: sources.contains(q.document) ? true : nil)
        }
        // Pairs by cluster member, found once (not by scanning every pair for every cluster).
        var pairsOf: [Int: [QuoteAligner.Pair]] = [:]
        for pair in pairs { pairsOf[pair.a, default: []].append(pair) }
        var clusters: [Cluster] = []
        for (id, unordered) in groups.enumerated() {
            // The original (a --source document, else North Korean state media) first, then by
            // date, then as read.
            let group = unordered.enumerated().sorted { x, y in
                let (a, b) = (member(x.element), member(y.element))
                let rank = { (m: Member) in m.source == true ? 0 : m.side == "north-korean" ? 1 : 2 }
                return (rank(a), a.date ?? "9999", x.offset) < (rank(b), b.date ?? "9999", y.offset)
            }.map(\.element)
            let position = Dictionary(group.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let members = group.map(member)
            let inside = group.flatMap { pairsOf[$0] ?? [] }.filter { position[$0.b] != nil }
            let clusterPairs = inside.map { pair in
                let (a, b) = (position[pair.a]!, position[pair.b]!)
                let (first, second) = a < b ? (pair.a, pair.b) : (pair.b, pair.a)
                return Pair(a: min(a, b), b: max(a, b), score: (pair.score * 1000).rounded() / 1000,
                            diff: Self.differences(items[first], items[second], aligner: aligner, placement: placement))
            }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
            let reference = group.indices.dropFirst().map { i in
                clusterPairs.first { $0.a == 0 && $0.b == i }
                    ?? Pair(a: 0, b: i, score: (aligner.score(items[group[0]], items[group[i]]) * 1000).rounded() / 1000,
                            diff: Self.differences(items[group[0]], items[group[i]], aligner: aligner, placement: placement))
            }
            let score = inside.isEmpty ? 1 : inside.map(\.score).reduce(0, +) / Double(inside.count)
            clusters.append(Cluster(id: id, score: (score * 1000).rounded() / 1000, members: members, pairs: clusterPairs, reference: reference))
        }
        body = Body(documents: files.enumerated().map { index, path in
            let meta = metadata[path] ?? DocumentMetadata()
            return Document(id: index, document: path, outlet: meta.outlet, date: meta.date, language: meta.language, side: meta.side, source: sources.contains(path) ? true : nil)
        }, clusters: clusters, unmatched: unmatched.isEmpty ? nil : unmatched.map(member))
    }

    /// Word-by-word differences in one language; across languages, which words correspond.
    /// Against a fragment (the second holds under 60% of the first's words), only the stretch it
    /// renders is compared, the rest being context. Ranges are offsets into each quotation's
    /// `text`, as written.
    public static func differences(_ a: QuoteAligner.Item, _ b: QuoteAligner.Item, aligner: QuoteAligner, placement: DiffPlacement) -> [RenderingDiff] {
        guard a.quotation.language == b.quotation.language else { return aligner.correspondences(a, b) }
        let (first, second) = (a.quotation.normalized, b.quotation.normalized)
        let wordsA = first.split(separator: " ").count, wordsB = second.split(separator: " ").count
        let diff = Double(wordsB) < 0.6 * Double(wordsA)
            ? RenderingDiff.compareFragment(first, second, aligner: aligner)
            : RenderingDiff.compare(first, second, aligner: aligner)
        return placement.place(diff, first: a.quotation, second: b.quotation)
    }

    public var json: String { Self.encoded(body) }

    /// The clusters as JSON Lines, one self-contained cluster per line (members carry their
    /// document, outlet, date and side), each with the record version.
    public var jsonLines: [String] {
        body.clusters.map { cluster in
            var cluster = cluster
            cluster.version = RecordVersion.current
            return Self.encoded(cluster)
        }
    }

    /// A value as one JSON text, keys sorted, slashes as they are.
    private static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// One paragraph per cluster: its members with their places, then every link's differences.
    public var text: String {
        var lines: [String] = []
        for cluster in body.clusters {
            lines.append("cluster \(cluster.id): \(cluster.members.count) renderings, score \(cluster.score)")
            for (i, m) in cluster.members.enumerated() {
                lines.append("  [\(i)] \(m.document):\(m.line) [\(m.start)-\(m.end)]\(m.source == true ? " (source\(m.kind == "sentence" ? " sentence" : ""))" : "")\(m.speaker.map { " \($0):" } ?? "") “\(m.text)”")
            }
            for pair in cluster.pairs {
                let diffs = pair.diff.map { $0.category == .identical ? "identical" : "\($0.category) ‹\($0.a)› → ‹\($0.b)›" }
                lines.append("  [\(pair.a)]~[\(pair.b)] \(pair.score): " + diffs.joined(separator: "; "))
            }
            lines.append("")
        }
        if body.clusters.isEmpty { lines.append("no statement is quoted in more than one place") }
        return lines.joined(separator: "\n") + "\n"
    }
}

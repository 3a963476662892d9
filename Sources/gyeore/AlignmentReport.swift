import Foundation
import Gyeore

/// The clusters of `align`, as JSON, text or HTML.
struct AlignmentReport {
    struct Document: Encodable {
        var id: Int
        var document: String
        var outlet: String?
        var date: String?
        var language: String?
        var side: String?
        /// Whether the document was named with `--source` (an original).
        var source: Bool?
    }
    struct Member: Encodable {
        var document: String
        var start: Int
        var end: Int
        var line: Int
        var text: String
        var speaker: String?
        var language: String
        var kind: String
        var outlet: String?
        var date: String?
        var side: String?
        var badge: String
        /// Whether the member stands in a `--source` document (the original).
        var source: Bool?
    }
    struct Pair: Encodable { var a: Int; var b: Int; var score: Double; var diff: [RenderingDiff] }
    struct Cluster: Encodable {
        var id: Int
        var score: Double
        var members: [Member]
        var pairs: [Pair]
        /// Each member after the first against the first (the original, or the earliest): the
        /// differences a reader looks at first.
        var reference: [Pair]?
        /// Written on each line of `--format jsonl` (a cluster standing alone); the report's own
        /// version covers the clusters inside it.
        var version: Int?
    }
    struct Body: Encodable {
        var version = RecordVersion.current
        var documents: [Document]
        var clusters: [Cluster]
        var unmatched: [Member]?
    }

    let body: Body

    /// - Parameters:
    ///   - metadata: per document path, from front matter and `--meta`.
    ///   - unmatched: quotations in no cluster of two or more, listed in the HTML report.
    init(files: [String], sources: Set<String> = [], metadata: [String: DocumentMetadata] = [:], items: [QuoteAligner.Item], pairs: [QuoteAligner.Pair],
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
    static func differences(_ a: QuoteAligner.Item, _ b: QuoteAligner.Item, aligner: QuoteAligner, placement: DiffPlacement) -> [RenderingDiff] {
        guard a.quotation.language == b.quotation.language else { return aligner.correspondences(a, b) }
        let (first, second) = (a.quotation.normalized, b.quotation.normalized)
        let wordsA = first.split(separator: " ").count, wordsB = second.split(separator: " ").count
        let diff = Double(wordsB) < 0.6 * Double(wordsA)
            ? RenderingDiff.compareFragment(first, second, aligner: aligner)
            : RenderingDiff.compare(first, second, aligner: aligner)
        return placement.place(diff, first: a.quotation, second: b.quotation)
    }

    var json: String { Self.encoded(body) }

    /// The clusters as JSON Lines, one self-contained cluster per line (members carry their
    /// document, outlet, date and side), each with the record version.
    var jsonLines: [String] {
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

    var text: String {
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

    var html: String {
        let categories = ["spelling", "spacing", "punctuation", "lexical", "addition", "omission", "paraphrase", "translation"]
        var outlets = Set<String>(), speakers = Set<String>()
        for cluster in body.clusters { for m in cluster.members { outlets.insert(m.outlet ?? m.document); if let s = m.speaker { speakers.insert(s) } } }
        func options(_ values: Set<String>) -> String { values.sorted().map { "<option>\(Self.escape($0))</option>" }.joined() }
        var out = """
        <!DOCTYPE html>
        <html lang="ko"><head><meta charset="utf-8"><title>Gyeore: aligned quotations</title>
        <style>
        body { font-family: "NanumGothic", "Noto Sans CJK KR", sans-serif; margin: 2em; color: #222; }
        section.cluster { border: 1px solid #ccc; border-radius: 6px; margin: 1.5em 0; padding: 1em; }
        .renderings { display: grid; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr)); gap: 1em; }
        .rendering { background: #fafafa; padding: .6em; border-radius: 4px; }
        .rendering.first { background: #eef5ff; }
        .source { font-size: .8em; color: #666; }
        .badge { display: inline-block; font-size: .75em; font-weight: bold; padding: 0 .4em; border-radius: 3px; color: #fff; margin-right: .4em; }
        .badge.NK { background: #b03030; } .badge.SK { background: #2f5fb0; } .badge.EN { background: #2f8f4f; } .badge.KO { background: #777; } .badge.original { background: #333; }
        .evidence { font-size: .8em; color: #444; }
        mark { padding: 0 .1em; border-radius: 2px; }
        .spelling { background: #cde8ff; } .spacing { background: #e0e0e0; } .punctuation { background: #f0e0ff; }
        .lexical { background: #ffe4b3; } .omission { background: #ffc9c9; } .addition { background: #c9f7c9; }
        .paraphrase { background: #fff3a0; } .identical { background: #eee; } .translation { background: #d8f0f0; } .context { background: #f4f4f4; color: #777; }
        .legend mark { margin-right: .5em; }
        .filters { position: sticky; top: 0; background: #fff; padding: .5em 0; border-bottom: 1px solid #ddd; }
        .hidden { display: none; }
        </style></head><body>
        <h1>Aligned quotations</h1>
        <p class="legend">Differences from the first rendering: <mark class="spelling">spelling</mark><mark class="spacing">spacing</mark><mark class="punctuation">punctuation</mark><mark class="lexical">lexical</mark><mark class="addition">addition</mark><mark class="omission">omission</mark><mark class="paraphrase">paraphrase</mark></p>
        <form class="filters" id="filters">
        <label>Outlet <select id="f-outlet"><option value="">all</option>\(options(outlets))</select></label>
        <label>Speaker <select id="f-speaker"><option value="">all</option>\(options(speakers))</select></label>
        <label>Difference <select id="f-category"><option value="">all</option>\(categories.map { "<option>\($0)</option>" }.joined())</select></label>
        <label>Search <input id="f-search" type="search" placeholder="words in any rendering"></label>
        <span id="f-count"></span>
        </form>

        """
        for cluster in body.clusters {
            let outletsHere = Set(cluster.members.map { $0.outlet ?? $0.document }), speakersHere = Set(cluster.members.compactMap(\.speaker))
            let categoriesHere = Set((cluster.reference ?? []).flatMap { $0.diff.map(\.category.rawValue) } + cluster.pairs.flatMap { $0.diff.map(\.category.rawValue) })
            // The filter values as JSON arrays in attributes (escaped like any text).
            func json(_ values: Set<String>) -> String {
                let data = (try? JSONSerialization.data(withJSONObject: values.sorted())) ?? Data("[]".utf8)
                return Self.escape(String(decoding: data, as: UTF8.self))
            }
            let attributes = "data-outlets=\"\(json(outletsHere))\" data-speakers=\"\(json(speakersHere))\" data-categories=\"\(json(categoriesHere))\""
            out += "<section class=\"cluster\" id=\"cluster-\(cluster.id)\" \(attributes)><h2>Statement \(cluster.id + 1) <small>(\(cluster.members.count) renderings, score \(cluster.score))</small></h2>\n<div class=\"renderings\">\n"
            for (i, member) in cluster.members.enumerated() {
                let reference = i == 0 ? nil : cluster.reference?.first { $0.b == i }
                let name = member.outlet.map { "\(Self.escape($0)) · " } ?? ""
                out += "<div class=\"rendering\(i == 0 ? " first" : "")\"><div class=\"source\"><span class=\"badge \(member.badge)\">\(member.badge)</span>\(member.source == true ? "<span class=\"badge original\">ORIGINAL</span>" : "")\(name)\(member.date.map { Self.escape($0) + " · " } ?? "")<a href=\"\(Self.escape(Self.link(member.document)))\">\(Self.escape(member.document))</a> line \(member.line), offsets \(member.start)–\(member.end)\(member.speaker.map { " · " + Self.escape($0) } ?? "")</div>\n<p>“\(Self.highlight(member.text, diff: reference?.diff ?? []))”</p>"
                if let reference {
                    let items = reference.diff.filter { $0.category != .identical }.map { "<mark class=\"\(Self.escape($0.category.rawValue))\">\(Self.escape($0.category.rawValue))</mark> \(Self.escape($0.a)) → \(Self.escape($0.b))" }
                    out += "<div class=\"evidence\">against the first: score \(reference.score)\(items.isEmpty ? ", identical" : ": " + items.joined(separator: "; "))</div>"
                }
                out += "</div>\n"
            }
            out += "</div>\n<details><summary>Every link in this statement, with its evidence</summary><ul class=\"pairs\">\n"
            for pair in cluster.pairs {
                let items = pair.diff.map { "<mark class=\"\(Self.escape($0.category.rawValue))\">\(Self.escape($0.category.rawValue))</mark> \(Self.escape($0.a)) → \(Self.escape($0.b))" }
                out += "<li>\(pair.a + 1) ~ \(pair.b + 1) (\(pair.score)): \(items.joined(separator: "; "))</li>\n"
            }
            out += "</ul></details></section>\n"
        }
        if body.clusters.isEmpty { out += "<p>No statement is quoted in more than one place.</p>\n" }
        if let unmatched = body.unmatched, !unmatched.isEmpty {
            out += "<section class=\"unmatched\"><h2>Quotations that matched nothing (\(unmatched.count))</h2><ul>\n"
            for member in unmatched {
                out += "<li><span class=\"badge \(member.badge)\">\(member.badge)</span>\(member.outlet.map { Self.escape($0) + " · " } ?? "")\(Self.escape(member.document)):\(member.line) “\(Self.escape(member.text))”</li>\n"
            }
            out += "</ul></section>\n"
        }
        // The filters: plain DOM, no network, nothing from the quoted text runs.
        out += """
        <script id="gyeore-filters">
        (function () {
          function apply() {
            var outlet = document.getElementById("f-outlet").value, speaker = document.getElementById("f-speaker").value;
            var category = document.getElementById("f-category").value, search = document.getElementById("f-search").value.toLowerCase();
            var shown = 0, cards = document.querySelectorAll("section.cluster");
            cards.forEach(function (card) {
              var ok = (!outlet || JSON.parse(card.dataset.outlets).indexOf(outlet) >= 0)
                && (!speaker || JSON.parse(card.dataset.speakers).indexOf(speaker) >= 0)
                && (!category || JSON.parse(card.dataset.categories).indexOf(category) >= 0)
                && (!search || card.textContent.toLowerCase().indexOf(search) >= 0);
              card.classList.toggle("hidden", !ok);
              if (ok) shown += 1;
            });
            document.getElementById("f-count").textContent = shown + " of " + cards.length + " statements";
          }
          ["f-outlet", "f-speaker", "f-category", "f-search"].forEach(function (id) { document.getElementById(id).addEventListener("input", apply); });
          apply();
        })();
        </script>

        """
        return out + "</body></html>\n"
    }

    /// The text with the second side of each difference marked by category. The marks are
    /// placed on the text first, in order and never overlapping, and the text is escaped after,
    /// so a mark never splits an entity or a tag (`x &lt; y`, a word `mark`).
    ///
    /// A difference is marked where its range says (offsets into `text`, so 제59차 is marked in
    /// 제５９차 as written, and `lt` at the end, not inside `&lt;`); the words of a Korean ↔
    /// English correspondence too (Russia's, as written). Only differences without a range (a
    /// word whose place was lost) are searched for, after the previous one searched for.
    static func highlight(_ text: String, diff: [RenderingDiff]) -> String {
        let scalars = Array(text.unicodeScalars)
        var found: [(range: Range<Int>, category: RenderingDiff.Category)] = []
        var searchFrom = 0
        for item in diff where !item.b.isEmpty && item.category != .identical {
            if let placed = item.bRange {
                if placed.upperBound <= scalars.count && !placed.isEmpty { found.append((placed, item.category)) }
                continue
            }
            guard searchFrom <= scalars.count, let range = scalars[searchFrom...].firstRange(of: Array(item.b.unicodeScalars)), !range.isEmpty else { continue }
            found.append((range, item.category))
            searchFrom = range.upperBound
        }
        // In text order, each stretch marked once: a word two words of the other rendering
        // translate is listed twice, and translations come in the other rendering's order.
        var marks: [(range: Range<Int>, category: RenderingDiff.Category)] = []
        for mark in found.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) })
            where mark.range.lowerBound >= (marks.last?.range.upperBound ?? 0) {
            marks.append(mark)
        }
        func slice(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }
        var html = ""
        var position = 0
        for mark in marks {
            html += escape(slice(position..<mark.range.lowerBound))
            html += "<mark class=\"\(escape(mark.category.rawValue))\">\(escape(slice(mark.range)))</mark>"
            position = mark.range.upperBound
        }
        return html + escape(slice(position..<scalars.count))
    }


    static func link(_ path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

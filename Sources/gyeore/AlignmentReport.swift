import Foundation
import Gyeore

/// The clusters of `align`, as JSON, text or HTML.
struct AlignmentReport {
    struct Document: Encodable { var id: Int; var path: String }
    struct Member: Encodable {
        var document: String
        var start: Int
        var end: Int
        var line: Int
        var text: String
        var speaker: String?
        var language: String
        var kind: String
    }
    struct Pair: Encodable { var a: Int; var b: Int; var score: Double; var diff: [RenderingDiff] }
    struct Cluster: Encodable { var id: Int; var score: Double; var members: [Member]; var pairs: [Pair] }
    struct Body: Encodable { var documents: [Document]; var clusters: [Cluster] }

    let body: Body

    init(files: [String], items: [QuoteAligner.Item], pairs: [QuoteAligner.Pair], groups: [[Int]], aligner: QuoteAligner) {
        var clusters: [Cluster] = []
        for (id, group) in groups.enumerated() {
            let position = Dictionary(uniqueKeysWithValues: group.enumerated().map { ($1, $0) })
            let members = group.map { index -> Member in
                let q = items[index].quotation
                return Member(document: q.document, start: q.start, end: q.end, line: q.line, text: q.text, speaker: q.speaker ?? q.speakerText,
                              language: q.language, kind: q.kind.rawValue)
            }
            let inside = pairs.filter { position[$0.a] != nil && position[$0.b] != nil }
            let clusterPairs = inside.map { pair in
                Pair(a: position[pair.a]!, b: position[pair.b]!, score: (pair.score * 1000).rounded() / 1000,
                     diff: RenderingDiff.compare(items[pair.a].quotation.normalized, items[pair.b].quotation.normalized, aligner: aligner))
            }
            let score = inside.isEmpty ? 1 : inside.map(\.score).reduce(0, +) / Double(inside.count)
            clusters.append(Cluster(id: id, score: (score * 1000).rounded() / 1000, members: members, pairs: clusterPairs))
        }
        body = Body(documents: files.enumerated().map { Document(id: $0, path: $1) }, clusters: clusters)
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(body)) ?? Data("{}".utf8), as: UTF8.self)
    }

    var text: String {
        var lines: [String] = []
        for cluster in body.clusters {
            lines.append("cluster \(cluster.id): \(cluster.members.count) renderings, score \(cluster.score)")
            for (i, m) in cluster.members.enumerated() {
                lines.append("  [\(i)] \(m.document):\(m.line) [\(m.start)-\(m.end)]\(m.speaker.map { " \($0):" } ?? "") “\(m.text)”")
            }
            for pair in cluster.pairs {
                let diffs = pair.diff.map { $0.category == "identical" ? "identical" : "\($0.category) ‹\($0.a)› → ‹\($0.b)›" }
                lines.append("  [\(pair.a)]~[\(pair.b)] \(pair.score): " + diffs.joined(separator: "; "))
            }
            lines.append("")
        }
        if body.clusters.isEmpty { lines.append("no statement is quoted in more than one place") }
        return lines.joined(separator: "\n") + "\n"
    }

    var html: String {
        var out = """
        <!DOCTYPE html>
        <html lang="ko"><head><meta charset="utf-8"><title>Gyeore: aligned quotations</title>
        <style>
        body { font-family: "NanumGothic", "Noto Sans CJK KR", sans-serif; margin: 2em; color: #222; }
        section.cluster { border: 1px solid #ccc; border-radius: 6px; margin: 1.5em 0; padding: 1em; }
        .renderings { display: grid; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr)); gap: 1em; }
        .rendering { background: #fafafa; padding: .6em; border-radius: 4px; }
        .source { font-size: .8em; color: #666; }
        mark { padding: 0 .1em; border-radius: 2px; }
        .spelling { background: #cde8ff; } .spacing { background: #e0e0e0; } .punctuation { background: #f0e0ff; }
        .lexical { background: #ffe4b3; } .omission { background: #ffc9c9; } .addition { background: #c9f7c9; }
        .paraphrase { background: #fff3a0; } .identical { background: #eee; }
        .legend mark { margin-right: .5em; }
        </style></head><body>
        <h1>Aligned quotations</h1>
        <p class="legend">Differences from the first rendering: <mark class="spelling">spelling</mark><mark class="spacing">spacing</mark><mark class="punctuation">punctuation</mark><mark class="lexical">lexical</mark><mark class="addition">addition</mark><mark class="omission">omission</mark><mark class="paraphrase">paraphrase</mark></p>

        """
        for cluster in body.clusters {
            out += "<section class=\"cluster\" id=\"cluster-\(cluster.id)\"><h2>Statement \(cluster.id + 1) <small>(\(cluster.members.count) renderings, score \(cluster.score))</small></h2>\n<div class=\"renderings\">\n"
            for (i, member) in cluster.members.enumerated() {
                let diff = i == 0 ? [] : (cluster.pairs.first { ($0.a == 0 && $0.b == i) }?.diff ?? [])
                out += "<div class=\"rendering\"><div class=\"source\"><a href=\"\(Self.escape(Self.link(member.document)))\">\(Self.escape(member.document))</a> line \(member.line), offsets \(member.start)–\(member.end)\(member.speaker.map { " · " + Self.escape($0) } ?? "")</div>\n<p>“\(Self.highlight(member.text, diff: diff))”</p></div>\n"
            }
            out += "</div>\n<ul class=\"pairs\">\n"
            for pair in cluster.pairs {
                let items = pair.diff.map { "<mark class=\"\(Self.escape($0.category))\">\(Self.escape($0.category))</mark> \(Self.escape($0.a)) → \(Self.escape($0.b))" }
                out += "<li>\(pair.a + 1) ~ \(pair.b + 1) (\(pair.score)): \(items.joined(separator: "; "))</li>\n"
            }
            out += "</ul></section>\n"
        }
        if body.clusters.isEmpty { out += "<p>No statement is quoted in more than one place.</p>\n" }
        return out + "</body></html>\n"
    }

    /// The text with the second side of each difference marked by category. The marks are
    /// placed on the text first, in order and never overlapping, and the text is escaped after,
    /// so a mark never splits an entity or a tag (`x &lt; y`, a word `mark`).
    static func highlight(_ text: String, diff: [RenderingDiff]) -> String {
        var marks: [(range: Range<String.Index>, category: String)] = []
        var searchFrom = text.startIndex
        for item in diff where !item.b.isEmpty && item.category != "identical" {
            guard let range = text.range(of: item.b, range: searchFrom..<text.endIndex) else { continue }
            marks.append((range, item.category))
            searchFrom = range.upperBound
        }
        var html = ""
        var position = text.startIndex
        for mark in marks {
            html += escape(String(text[position..<mark.range.lowerBound]))
            html += "<mark class=\"\(escape(mark.category))\">\(escape(String(text[mark.range])))</mark>"
            position = mark.range.upperBound
        }
        return html + escape(String(text[position...]))
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

import Foundation

extension AlignmentReport {
    /// One self-contained page: a card per statement, the first rendering first and every
    /// other one marked against it, filters by outlet, speaker and kind of difference, a search
    /// box, and the quotations that matched nothing. Every piece of input is escaped.
    public var html: String {
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
    public static func highlight(_ text: String, diff: [RenderingDiff]) -> String {
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

    /// A document's path as a `file:` link.
    static func link(_ path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }

    /// Text made safe for an HTML element or a quoted attribute.
    ///
    /// Read scalar by scalar, not by `Character`: a `"` or `<` followed by a combining mark is
    /// one character in Swift (and equal to neither), but a browser reads the `"` alone, and it
    /// would end an attribute's value (found by the `html` fuzz target).
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

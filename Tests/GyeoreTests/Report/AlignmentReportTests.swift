import Foundation
import Gyeore
import Testing

/// The alignment report built through the library alone, from documents held in memory.
@Suite struct AlignmentReportTests {
    /// Documents in, a report out: quotations, items, pairs, clusters of two or more, and the
    /// quotations that matched nothing.
    func report(_ documents: [(name: String, text: String)]) throws -> AlignmentReport {
        let extractor = try QuoteExtractor(glossary: nil)
        var configuration = NormalizerConfiguration()
        configuration.lineBreaks = .toSpace
        let aligner = try QuoteAligner(normalizer: try Normalizer(configuration: configuration), glossary: nil)
        var quotations: [Quotation] = [], metadata: [String: DocumentMetadata] = [:]
        for document in documents {
            metadata[document.name] = DocumentMetadata.frontMatter(of: document.text)
            quotations += extractor.quotations(in: document.text, document: document.name)
        }
        let items = quotations.map(aligner.item)
        let pairs = aligner.pairs(items)
        let every = aligner.clusters(items, pairs: pairs)
        return AlignmentReport(files: documents.map(\.name), metadata: metadata, items: items, pairs: pairs,
                               groups: every.filter { $0.count > 1 }, unmatched: every.filter { $0.count == 1 }.map { $0[0] },
                               aligner: aligner, placement: try DiffPlacement())
    }

    /// Where `<` and `"` stand in a page: each `<` opens a tag (a letter, `/` or `!` after it),
    /// and no `"` carries a combining mark (a browser ends an attribute's value at it).
    func strayMarks(_ page: String) -> [String] {
        let scalars = Array(page.unicodeScalars)
        var found: [String] = []
        for (i, scalar) in scalars.enumerated() where i + 1 < scalars.count {
            let next = scalars[i + 1]
            if scalar == "<" && !(("a"..."z").contains(next) || next == "/" || next == "!") { found.append("<U+\(String(next.value, radix: 16))") }
            if scalar == "\"" && next.properties.generalCategory == .nonspacingMark { found.append("\"U+\(String(next.value, radix: 16))") }
        }
        return found
    }

    /// Found by the `html` fuzz target: a `<` followed by a combining mark (U+0740) is one
    /// Swift character, equal to no "<", and reached the page raw. Escaping reads scalars now.
    @Test func aMarkBeforeACombiningMarkIsEscapedInTheFuzzedInput() throws {
        let bytes = try Data(contentsOf: Fixtures.root.appendingPathComponent("Tests/Fixtures/fuzz/html-angle-before-a-combining-mark.bin"))
        let documents = String(decoding: bytes, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(8)
        let report = try report(documents.enumerated().map { ("doc\($0.offset)", String($0.element)) })
        #expect(!report.body.clusters.isEmpty)
        #expect(strayMarks(report.html) == [])
    }

    /// The same in an outlet's name (an attribute of the filter and the card) and a quotation:
    /// a `"` with an acute accent after it cannot end an attribute and open another.
    @Test func aQuoteBeforeACombiningMarkCannotOpenAnAttribute() throws {
        let outlet = "KCNA\"\u{301} onmouseover=\"alert(1)"
        let text = "---\noutlet: \(outlet)\n---\n김 위원장은 \"조선반도의 평화와 <\u{740}b>안전은 전적으로 미국의 태도에 달려 있다\"고 말했다.\n"
        let report = try report([("a.txt", text), ("b.txt", text)])
        // The statement's two renderings are one card (the front matter's quoted stretch another).
        #expect(report.body.clusters.contains { $0.members.map(\.text) == Array(repeating: "조선반도의 평화와 <\u{740}b>안전은 전적으로 미국의 태도에 달려 있다", count: 2) })
        #expect(report.body.documents.map(\.outlet) == [outlet, outlet])
        let page = report.html
        #expect(strayMarks(page) == [])
        let escaped = Array("KCNA&quot;\u{301} onmouseover=&quot;alert(1)".unicodeScalars)
        #expect(Array(page.unicodeScalars).firstRange(of: escaped) != nil)
        #expect(AlignmentReport.highlight("평화와 <\u{740}b>", diff: []).unicodeScalars.elementsEqual("평화와 &lt;\u{740}b&gt;".unicodeScalars))
    }
}

import Foundation
import Gyeore
import GyeoreOrthography

// Each capability of Gyeore from Swift, with plain values. The glossary is the one the package
// ships (or a folder named as the first argument); the MeCab dictionaries are found in
// $GYEORE_DICTIONARIES (or ./deps).
let arguments = CommandLine.arguments
guard arguments.count <= 2 else {
    FileHandle.standardError.write(Data("usage: gyeore-example [GLOSSARY_FOLDER]\n".utf8))
    exit(64)
}
do {
    // 1. Normalization, with an offset map back to the text as written.
    let normalizer = try Normalizer()
    let line = "김정은  위원장은 \"조로 관계는 새로운 단계에 들어섰다\"고 말했다 (제５９차)"
    let normalized = normalizer.normalize(line)
    print("normalized:", normalized.normalized)
    let digits = try require59(in: normalized)
    print("59 as written:", normalized.originalText(normalized.originalRange(forNormalized: digits)))

    // 2. The glossary: every variant of a term, North, South and English.
    let glossary = try arguments.count == 2 ? Glossary(folder: arguments[1]) : Glossary.bundled()
    for entry in glossary.lookup("로씨야련방") {
        print("lookup:", entry.id, entry.southKorean, entry.northKorean, entry.english)
    }

    // 3. Terms in running text.
    let matcher = try TermMatcher(glossary: glossary)
    for match in matcher.matches(in: "조로 두 나라는 령토완정을 존중한다") {
        print("term:", match.text, "→", match.entry.id, match.range)
    }

    // 4. North → South conversion (MeCab with NK-HanDic and HanDic).
    let converter = try OrthographyConverter(glossary: glossary)
    var configuration = NormalizerConfiguration()
    configuration.orthography = OrthographyStep(converter: converter)
    let toSouth = try Normalizer(configuration: configuration)
    print("to sk:", toSouth.normalize("회담은 진행되였으며 로동당의 령도를 강조하였다").normalized)

    // 5. Quotations from a string, with their speakers.
    let extractor = try QuoteExtractor(glossary: glossary)
    let north = extractor.quotations(in: "김정은 동지는 《조로관계는 새로운 높은 단계에 올라섰다.》고 말씀하시였다.\n", document: "rodong")
    let south = extractor.quotations(in: "김정은 위원장은 \"북러 관계는 새로운 높은 단계에 올라섰다\"고 말했다.\n", document: "yonhap")
    for quotation in north + south {
        print("quotation:", quotation.document, quotation.kind, quotation.text, quotation.speaker ?? "-")
    }

    // 6. Alignment: which quotations render the same statement, and how they differ.
    let aligner = try QuoteAligner(normalizer: toSouth, glossary: glossary)
    let items = (north + south).map(aligner.item)
    let pairs = aligner.pairs(items)
    for cluster in aligner.clusters(items, pairs: pairs) where cluster.count > 1 {
        print("cluster:", cluster.map { items[$0].quotation.document })
        let diff = RenderingDiff.compare(items[cluster[0]].quotation.normalized, items[cluster[1]].quotation.normalized, aligner: aligner)
        for difference in diff { print("  ", difference.category, difference.a, "→", difference.b) }
    }
    // The report `gyeore align` writes, as text here (`.html` for the page, `.json`, `.jsonLines`).
    let groups = aligner.clusters(items, pairs: pairs).filter { $0.count > 1 }
    let report = AlignmentReport(files: ["rodong", "yonhap"], items: items, pairs: pairs, groups: groups,
                                 aligner: aligner, placement: try DiffPlacement())
    print("report:", report.text.prefix { $0 != "\n" }, "| html page:", report.html.hasPrefix("<!DOCTYPE html>"))

    // 7. Romanization, both systems.
    let romanizer = try Romanizer(glossary: glossary)
    print("rr:", romanizer.romanize("평양", system: .revised), "dprk:", romanizer.romanize("평양", system: .dprk))
} catch {
    FileHandle.standardError.write(Data("gyeore-example: \(error)\n".utf8))
    exit(1)
}

/// Where 59 stands in the normalized line.
func require59(in text: NormalizedText) throws -> Range<Int> {
    let scalars = Array(text.normalized.unicodeScalars)
    guard let start = scalars.indices.first(where: { scalars[$0] == "5" && $0 + 1 < scalars.count && scalars[$0 + 1] == "9" }) else {
        throw CocoaError(.formatting)
    }
    return start..<start + 2
}

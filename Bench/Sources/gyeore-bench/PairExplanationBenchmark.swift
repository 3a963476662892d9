import Foundation
import Gyeore

/// `gyeore-bench pair TEXT TEXT`: how the aligner scores two renderings, with the word
/// correspondences behind the score (each content word of the first with its counterparts in the
/// second, or none; then the second's words nothing matched). For reading why a labelled pair is
/// missed (`align --labelled DIR --explain` names them). A text is English when it holds more
/// Latin letters than Hangul syllables.
struct PairExplanationBenchmark {
    let texts: (String, String)

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let (_, aligner) = try AlignmentBenchmark.standardAligner(root: root)
        func quotation(_ text: String, _ document: String) -> Quotation {
            let latin = text.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count
            let hangul = text.unicodeScalars.filter { (0xAC00...0xD7A3).contains($0.value) }.count
            return Quotation(text: text, document: document, language: latin > hangul ? .english : .korean)
        }
        let a = aligner.item(quotation(texts.0, "a")), b = aligner.item(quotation(texts.1, "b"))
        print(String(format: "score %.3f", aligner.score(a, b)))
        print("content words: \(aligner.contentWords(a).joined(separator: " · "))")
        print("               \(aligner.contentWords(b).joined(separator: " · "))")
        print("no counterpart in any lexicon: \(aligner.wordsWithoutCounterparts(a).joined(separator: " ")) | \(aligner.wordsWithoutCounterparts(b).joined(separator: " "))")
        for diff in aligner.correspondences(a, b) {
            print("  \(diff.category.rawValue)\t\(diff.a)\t\(diff.b)")
        }
    }
}

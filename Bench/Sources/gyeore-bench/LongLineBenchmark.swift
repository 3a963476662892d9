import Foundation
import Gyeore
import GyeoreOrthography

/// `gyeore-bench lines [--scalars N]`: time on one line of N and of 10·N scalars, for each kind
/// of hostile or merely long line (ordinary text joined into one line, unbalanced 《, nested “”,
/// tags without an end), through normalization, quotation extraction and North → South
/// conversion. Linear work costs about 10× for 10× the input; the ratio is printed beside each
/// pair of times, measured in one run (the machine is noisy: look at ratios, not seconds).
struct LongLineBenchmark {
    let scalars: Int

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let (glossary, _) = try AlignmentBenchmark.standardAligner(root: root)
        let plain = try Normalizer()
        var configuration = NormalizerConfiguration()
        configuration.lineBreaks = .toSpace
        configuration.orthography = OrthographyStep(converter: try OrthographyConverter(glossary: glossary))
        let converter = try Normalizer(configuration: configuration)
        let extractor = try QuoteExtractor(glossary: glossary)
        var seeds = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path).sorted() where name.hasSuffix(".txt") {
            seeds += try String(contentsOf: root.appendingPathComponent("seeds/\(name)"), encoding: .utf8).replacingOccurrences(of: "\n", with: " ") + " "
        }
        func line(_ kind: String, _ n: Int) -> String {
            switch kind {
            case "text": return String(String(repeating: seeds, count: n / seeds.unicodeScalars.count + 1).unicodeScalars.prefix(n))
            case "unbalanced": return String(repeating: "《", count: n)
            case "nested": return String(repeating: "“가", count: n / 4) + String(repeating: "”", count: n / 4)
            default: return String(repeating: "<a", count: n / 2)
            }
        }
        print("long lines: seconds for one line of \(scalars) and of \(10 * scalars) scalars, and their ratio (linear: about 10)")
        print("  line         step               \(scalars)     \(10 * scalars)    ratio")
        for kind in ["text", "unbalanced", "nested", "tags"] {
            let small = line(kind, scalars), large = line(kind, 10 * scalars)
            let steps: [(String, (String) -> Void)] = [
                ("normalize", { _ = plain.normalize($0) }),
                ("quotes", { _ = extractor.quotations(in: $0, document: "line") }),
                ("normalize --to sk", { _ = converter.normalize($0) }),
            ]
            for (name, step) in steps {
                if kind != "text" && name == "normalize --to sk" { continue } // no Hangul to convert
                let a = time { step(small) }, b = time { step(large) }
                print("  \(kind.padding(toLength: 12, withPad: " ", startingAt: 0)) \(name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", a))  \(String(format: "%8.3f", b))  \(String(format: "%6.1f", b / max(a, 1e-6)))")
            }
        }
    }

    private func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

import Foundation
import Gyeore
import GyeoreOrthography

/// What the benchmarks share: the package's glossary, an orthography converter over it, and
/// the plain and North → South normalizers built on them (line breaks read as spaces).
struct BenchSetup {
    let root: URL
    let glossary: Glossary
    let converter: OrthographyConverter
    let plain: Normalizer
    let toSouth: Normalizer

    /// Reads the glossary from the current directory (the package root) and builds the rest.
    init(options: OrthographyOptions = OrthographyOptions()) throws {
        root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        glossary = try Glossary(folder: root.appendingPathComponent("glossary").path)
        converter = try OrthographyConverter(glossary: glossary, options: options)
        toSouth = try Self.normalizer(converter)
        plain = try Self.normalizer(nil)
    }

    /// The `gyeore` binary the command benchmarks time: `$GYEORE_BINARY` (scripts/bench.sh sets
    /// it), else the root package's optimized build, `.build/release/gyeore`.
    static func gyeoreBinary() -> URL {
        if let named = ProcessInfo.processInfo.environment["GYEORE_BINARY"] { return URL(fileURLWithPath: named) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/release/gyeore")
    }

    /// A normalizer reading line breaks as spaces, converting with `converter` when given.
    static func normalizer(_ converter: OrthographyConverter?) throws -> Normalizer {
        var configuration = NormalizerConfiguration()
        configuration.lineBreaks = .toSpace
        configuration.orthography = converter.map { OrthographyStep(converter: $0) }
        return try Normalizer(configuration: configuration)
    }
}

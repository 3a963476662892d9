import Foundation

/// Paths and texts the tests share: the package's seeds and scratch files.
enum Fixtures {
    /// The package root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed reports, sorted by name.
    static let seedURLs: [URL] = {
        let folder = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    /// The text of the seed whose name starts with `prefix` ("001").
    static func seed(_ prefix: String) throws -> String {
        guard let url = seedURLs.first(where: { $0.lastPathComponent.hasPrefix(prefix) }) else { throw Missing(what: "seed \(prefix)* in \(root.path)/seeds") }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// A fixture the tests need and cannot find.
    struct Missing: Error, CustomStringConvertible {
        var what: String
        var description: String { "missing: \(what)" }
    }

    /// Every line of every seed.
    static func seedLines() throws -> [String] {
        try seedURLs.flatMap { try String(contentsOf: $0, encoding: .utf8).components(separatedBy: "\n") }
    }

    /// Text reduced to letters and digits (to compare renderings of one quotation).
    static func normalizedKey(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// A fresh scratch folder.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension String {
    /// The scalars of a range of scalar offsets.
    func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = Array(unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

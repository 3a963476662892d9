import Foundation

/// A problem in one of the data files the library ships (transform rules, character tables).
public struct ResourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The resource's path inside the package resources ("data/quote-marks.tsv").
    public var file: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    /// What is wrong, in words a maintainer can act on.
    public var message: String

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Reads the library's bundled data files.
enum ResourceFile {
    /// The text of a resource ("transforms/width-folding.txt").
    static func text(_ path: String) throws(ResourceError) -> String {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent(path),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw ResourceError(file: path, message: "missing from the package resources (rebuild the package)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ResourceError(file: path, message: "not valid UTF-8")
        }
        return text
    }

    /// The data rows of a tab-separated resource: blank lines and lines starting with `#`
    /// are skipped; each row must have at least `minimumColumns` fields.
    static func rows(_ path: String, minimumColumns: Int) throws(ResourceError) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        for (index, raw) in try text(path).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isBlank || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= minimumColumns else {
                throw ResourceError(file: path, line: index + 1,
                                    message: "expected at least \(minimumColumns) tab-separated fields, found \(fields.count)")
            }
            rows.append((index + 1, fields))
        }
        return rows
    }

    /// Parses a field holding a single character, written literally or as `U+XXXX`.
    static func scalar(_ field: String, file: String, line: Int) throws(ResourceError) -> Unicode.Scalar {
        let trimmed = field.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("U+"), let value = UInt32(trimmed.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
            return scalar
        }
        let scalars = Array(trimmed.unicodeScalars)
        guard scalars.count == 1 else {
            throw ResourceError(file: file, line: line, message: "expected one character or U+XXXX, found '\(field)'")
        }
        return scalars[0]
    }
}

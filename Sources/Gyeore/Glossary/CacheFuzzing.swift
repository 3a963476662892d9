/// Entry points for the fuzzer (`Fuzz/`, `@_spi(Fuzzing) import Gyeore`): the cache readers on
/// bytes a damaged or hostile cache file could hold, past the fingerprints that normally turn
/// such a file away.
@_spi(Fuzzing) public enum CacheFuzzing {
    /// `bytes` read as a glossary cache's body (its files named `a.tsv` and `b.tsv`), or nil.
    public static func glossary(_ bytes: [UInt8]) -> Glossary? {
        bytes.withUnsafeBytes { raw in
            var reader = ByteReader(raw)
            return try? Glossary(snapshot: &reader, folder: "", files: ["a.tsv", "b.tsv"])
        }
    }

    /// `bytes` read as a term cache's body for `glossary`, and run over `text`: every match
    /// (pattern, scalar range), or nil when the bytes are refused.
    public static func terms(_ bytes: [UInt8], glossary: Glossary, text: [Unicode.Scalar]) -> [(pattern: Int, patterns: Int, range: Range<Int>)]? {
        let read = bytes.withUnsafeBytes { raw -> (patterns: [TermMatcher.Pattern], automaton: AhoCorasick)? in
            var reader = ByteReader(raw)
            return (try? TermMatcher.body(&reader, entries: glossary.entries)) ?? nil
        }
        guard let read else { return nil }
        return read.automaton.matches(in: text).map { ($0.pattern, read.patterns.count, $0.range) }
    }

    /// The body of the term cache `TermMatcher.store` would write for `glossary`: a seed for
    /// the fuzzer's corpus.
    public static func termsBody(for glossary: Glossary) throws -> [UInt8] {
        let matcher = try TermMatcher(glossary: glossary)
        return TermMatcher.encodeBody(patterns: matcher.patterns, automaton: matcher.automaton)
    }

    /// The body of the glossary cache for `glossary` (its entries' files named `a.tsv`, `b.tsv`),
    /// or nil.
    public static func glossaryBody(for glossary: Glossary) -> [UInt8]? {
        glossary.snapshot(folder: "", files: ["a.tsv", "b.tsv"])
    }
}

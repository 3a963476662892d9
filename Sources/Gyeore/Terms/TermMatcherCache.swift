/// The term matcher's part of a ``GlossaryCache``: its patterns and automaton, in a file beside
/// the glossary's, used only with the very glossary they were built from (its cache file's
/// fingerprint) and by the same build. Building them for 100,000 entries folds every form
/// and builds an automaton of a million states; reading them copies arrays.
extension TermMatcher {
    static let cacheMagic = Array("GYEORE-TERMS-CACHE".utf8)

    static func cacheFile(_ origin: GlossaryCache.Origin) -> String { origin.file + ".terms" }

    /// The patterns and automaton cached for the glossary `origin` names; nil when there are
    /// none for it, or they do not read whole.
    static func cached(_ origin: GlossaryCache.Origin, entries: [GlossaryEntry]) -> (patterns: [Pattern], automaton: AhoCorasick)? {
        GlossaryCache.read(cacheFile(origin), magic: cacheMagic) { reader in
            guard try reader.word() == origin.stamp, try reader.word() == reader.hashOfRest() else { return nil }
            let kinds = [FormKind.nk, .sk, .variant, .en, .romanization]
            let count = try reader.count(ofItemsOf: 5)
            var patterns: [Pattern] = []
            patterns.reserveCapacity(count)
            for _ in 0..<count {
                let entry = try reader.integer()
                let form = try reader.integer()
                let kind = Int(try reader.byte())
                let syllables = try reader.integer()
                let flags = try reader.byte()
                guard entry < entries.count, form < entries[entry].forms.count, kind < kinds.count, flags < 4 else { return nil }
                patterns.append(Pattern(entry: entry, form: form, kind: kinds[kind], syllables: syllables,
                                        isLatin: flags & 1 != 0, isHanja: flags & 2 != 0))
            }
            guard let automaton = AhoCorasick(lengths: try reader.integers(), fail: try reader.integers(), outputs: try reader.integers(),
                                              outputStarts: try reader.integers(), keys: try reader.words(), targets: try reader.integers()),
                  automaton.patternCount == patterns.count, reader.isAtEnd else { return nil }
            return (patterns, automaton)
        }
    }

    /// Writes the patterns and automaton beside the glossary's cache file (no error when the
    /// folder cannot be written).
    static func store(patterns: [Pattern], automaton: AhoCorasick, origin: GlossaryCache.Origin) {
        guard var header = GlossaryCache.header(cacheMagic) else { return }
        let kinds = [FormKind.nk, .sk, .variant, .en, .romanization]
        var writer = ByteWriter()
        writer.integer(patterns.count)
        for pattern in patterns {
            writer.integer(pattern.entry)
            writer.integer(pattern.form)
            writer.byte(UInt8(kinds.firstIndex(of: pattern.kind)!))
            writer.integer(pattern.syllables)
            writer.byte((pattern.isLatin ? 1 : 0) | (pattern.isHanja ? 2 : 0))
        }
        let parts = automaton.parts
        writer.integers(parts.lengths)
        writer.integers(parts.fail)
        writer.integers(parts.outputs)
        writer.integers(parts.outputStarts)
        writer.words(parts.keys)
        writer.integers(parts.targets)
        header.word(origin.stamp)
        header.word(ByteHash.hash(writer.bytes))
        _ = origin.cache.write(header.bytes + writer.bytes, to: cacheFile(origin))
    }
}

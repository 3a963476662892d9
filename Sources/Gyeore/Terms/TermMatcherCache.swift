/// The term matcher's part of a ``GlossaryCache``: its patterns and automaton, in a file beside
/// the glossary's, used only with the very glossary they were built from (its cache file's
/// fingerprint) and by the same build. Building them for 100,000 entries folds every form
/// and builds an automaton of a million states; reading them copies arrays.
extension TermMatcher {
    static let cacheMagic = Array("GYEORE-TERMS-CACHE-3".utf8)

    /// The kinds in the order the cache numbers them.
    static let kinds = [FormKind.nk, .sk, .variant, .en, .romanization]

    static func cacheFile(_ origin: GlossaryCache.Origin) -> String { origin.file + ".terms" }

    /// The patterns and automaton cached for the glossary `origin` names; nil when there are
    /// none for it, or they do not read whole.
    static func cached(_ origin: GlossaryCache.Origin, entries: [GlossaryEntry]) -> (patterns: [Pattern], automaton: AhoCorasick)? {
        GlossaryCache.read(cacheFile(origin), magic: cacheMagic) { reader in
            guard try reader.word() == origin.stamp, try reader.word() == reader.hashOfRest() else { return nil }
            return try body(&reader, entries: entries)
        }
    }

    /// The patterns and automaton of a term cache's body, read to its end; nil when they are
    /// not a matcher's for `entries`.
    static func body(_ reader: inout ByteReader, entries: [GlossaryEntry]) throws -> (patterns: [Pattern], automaton: AhoCorasick)? {
        // Three arrays, each read in one copy: entries, forms, and kind, syllables and
        // flags packed into one number (kind in the low 3 bits, flags in the next 3).
        let entryIndices = try reader.integers(), formIndices = try reader.integers(), packed = try reader.integers()
        guard entryIndices.count == formIndices.count, entryIndices.count == packed.count else { return nil }
        let formCounts = entries.map { Int32($0.forms.count) }
        var patterns: [Pattern] = []
        patterns.reserveCapacity(packed.count)
        for i in 0..<packed.count {
            let entry = entryIndices[i], form = formIndices[i], bits = packed[i]
            guard entry >= 0, Int(entry) < formCounts.count, form >= 0, form < formCounts[Int(entry)], bits >= 0, Int(bits & 7) < kinds.count else { return nil }
            patterns.append(Pattern(entry: Int(entry), form: Int(form), kind: kinds[Int(bits & 7)], syllables: Int(bits >> 6),
                                    isLatin: bits & 8 != 0, isHanja: bits & 16 != 0, spellsForm: bits & 32 != 0))
        }
        guard let automaton = AhoCorasick(lengths: try reader.integers(), fail: try reader.integers(), outputs: try reader.integers(),
                                          outputStarts: try reader.integers(), keys: try reader.words(), targets: try reader.integers()),
              automaton.patternCount == patterns.count, reader.isAtEnd else { return nil }
        return (patterns, automaton)
    }

    /// Writes the patterns and automaton beside the glossary's cache file (no error when the
    /// folder cannot be written).
    static func store(patterns: [Pattern], automaton: AhoCorasick, origin: GlossaryCache.Origin) {
        guard var header = GlossaryCache.header(cacheMagic) else { return }
        let body = encodeBody(patterns: patterns, automaton: automaton)
        header.word(origin.stamp)
        header.word(ByteHash.hash(body))
        _ = origin.cache.write(header.bytes + body, to: cacheFile(origin))
    }

    /// What ``body(_:entries:)`` reads.
    static func encodeBody(patterns: [Pattern], automaton: AhoCorasick) -> [UInt8] {
        var writer = ByteWriter()
        writer.integers(patterns.map { Int32($0.entry) })
        writer.integers(patterns.map { Int32($0.form) })
        writer.integers(patterns.map { Int32(kinds.firstIndex(of: $0.kind)!) | ($0.isLatin ? 8 : 0) | ($0.isHanja ? 16 : 0) | ($0.spellsForm ? 32 : 0) | Int32(min($0.syllables, 1 << 20)) << 6 })
        let parts = automaton.parts
        writer.integers(parts.lengths)
        writer.integers(parts.fail)
        writer.integers(parts.outputs)
        writer.integers(parts.outputStarts)
        writer.words(parts.keys)
        writer.integers(parts.targets)
        return writer.bytes
    }
}

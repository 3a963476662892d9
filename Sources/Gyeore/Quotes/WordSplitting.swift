/// Words and word endings of normalized text, read over its UTF-8 bytes where that gives what
/// the `Character` operations would, and through them elsewhere.
///
/// `String.split(separator: " ")` and `hasSuffix(_:)` compare `Character`s: each step finds a
/// grapheme cluster's end, and in `quotes` they took a sixth of the time. A space is a cluster of
/// its own unless a combining mark, a joiner or a spacing mark follows it or a prepended
/// concatenation mark precedes it; a Hangul syllable or ASCII character starts a cluster unless
/// a leading jamo or a prepended mark precedes it. Where the scalars around a space or a suffix
/// rule these out (checked for each), bytes give the `Character` answer; elsewhere the
/// `Character` operation runs.
enum WordSplitting {
    /// Whether nothing after a space joins it into one cluster: ASCII and Latin-1, Hangul
    /// syllables, CJK ideographs, and the punctuation of Korean text (“ ” ‘ ’ … 《 》 「 」 and
    /// fullwidth forms). Everything else is left to the `Character` operation.
    @inline(__always) static func startsCluster(_ value: UInt32) -> Bool {
        value < 0x300 || (0xAC00...0xD7A3).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
            || (0x3000...0x3029).contains(value) || (0x3030...0x303F).contains(value) || (0xFF01...0xFF5E).contains(value)
    }

    /// Whether a scalar before a space or a suffix cannot join what follows it: no prepended
    /// mark (they all lie from U+0600 on) and no leading jamo.
    @inline(__always) static func endsCluster(_ value: UInt32) -> Bool { value < 0x600 || startsCluster(value) }

    /// The scalar whose UTF-8 starts at `i` (valid UTF-8, as a String's).
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return lead }
        if lead < 0xE0 { return (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) }
        if lead < 0xF0 { return (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F) }
        return (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
    }

    /// The scalar whose UTF-8 ends just before `end`.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> UInt32 {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(bytes, at: start)
    }

    /// `text.split(separator: " ")` (empty pieces left out), or its first `limit` pieces: the
    /// text after them is not read.
    static func words(_ text: some StringProtocol, limit: Int = .max) -> [Substring] {
        let whole = Substring(text)
        let found: [Range<Int>]?? = whole.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var ranges: [Range<Int>] = []
            var start = -1
            for i in 0..<bytes.count {
                guard bytes[i] == 0x20 else {
                    if start < 0 { start = i }
                    continue
                }
                if i + 1 < bytes.count, bytes[i + 1] >= 0x80, !startsCluster(scalar(bytes, at: i + 1)) { return nil }
                if i > 0, bytes[i - 1] >= 0x80, !endsCluster(scalar(bytes, endingAt: i)) { return nil }
                if start >= 0 {
                    ranges.append(start..<i)
                    start = -1
                    if ranges.count == limit { return ranges }
                }
            }
            if start >= 0 { ranges.append(start..<bytes.count) }
            return ranges
        }
        guard let found, let ranges = found else { return Array(whole.split(separator: " ").prefix(limit)) }
        let utf8 = whole.utf8
        return ranges.map { range in
            whole[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// `text.unicodeScalars.last`, decoded from the last bytes (the generic `last` of the scalar
    /// view cost more than the comparison it served). Strings and substrings are read through
    /// their own UTF-8 views (a specialized caller's cast is resolved when it is compiled).
    static func lastScalar(_ text: some StringProtocol) -> Unicode.Scalar? {
        func last(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? { bytes.isEmpty ? nil : Unicode.Scalar(scalar(bytes, endingAt: bytes.count)) }
        if let string = text as? String, let found = string.utf8.withContiguousStorageIfAvailable(last) { return found }
        if let substring = text as? Substring, let found = substring.utf8.withContiguousStorageIfAvailable(last) { return found }
        return text.unicodeScalars.last
    }

    /// `word.hasSuffix(suffix)`. A suffix matches by characters when it matches by bytes and
    /// starts a cluster there; it matches by characters without matching by bytes only when the
    /// word ends in another spelling of it (decomposed syllables, combining marks), so where the
    /// word's last bytes hold only scalars that start clusters, no byte match means no match.
    static func hasSuffix(_ word: some StringProtocol, _ suffix: String) -> Bool {
        // Most words and suffixes end in two different precomposed syllables: then no spelling of
        // the suffix ends the word (a cluster ending in a precomposed syllable decomposes to
        // jamo ending in that syllable's own), and nothing more need be read.
        if let s = lastScalar(suffix), let w = lastScalar(word), s != w, TermMatcher.isHangul(s), TermMatcher.isHangul(w) { return false }
        var suffix = suffix
        let answer: Bool?? = suffix.withUTF8 { tail in
            Substring(word).utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                // Another spelling of the suffix is at most three times as long (a syllable of
                // three bytes is three jamo of three): the bytes looked at for one.
                func otherSpellingPossible() -> Bool {
                    var i = max(0, bytes.count - 3 * max(1, tail.count) - 3)
                    while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
                    while i < bytes.count {
                        if bytes[i] >= 0x80 && !startsCluster(scalar(bytes, at: i)) { return true }
                        i += 1
                        while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
                    }
                    return false
                }
                guard bytes.count >= tail.count else { return otherSpellingPossible() ? nil : false }
                let offset = bytes.count - tail.count
                for k in 0..<tail.count where bytes[offset + k] != tail[k] { return otherSpellingPossible() ? nil : false }
                guard !tail.isEmpty else { return true }
                guard startsCluster(scalar(tail, at: 0)) else { return nil }
                return offset == 0 || endsCluster(scalar(bytes, endingAt: offset)) ? true : nil
            }
        }
        if let answer, let known = answer { return known }
        return word.hasSuffix(suffix)
    }
}

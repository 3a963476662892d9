/// How a line or a word reads: its ends trimmed, a particle stripped, markup masked, whether it
/// reads as a title, and its language.
extension QuoteExtractor {
    /// The text without the scalars `drop` matches at either end: `trimmingCharacters(in:)`
    /// without the trip through NSString (a seventh of `quotes`' time).
    static func trimming(_ text: some StringProtocol, _ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        // Scalar indices are indices of the text: the slice is copied as UTF-8, not scalar by scalar.
        return String(text[first..<scalars.index(after: last)])
    }
    static let particles = ["께서는", "께서", "에게", "은", "는", "이", "가", "과", "와", "을", "를", "의"]
    /// The last syllables of ``particles``.
    static let particleEnds = Set(particles.compactMap { $0.unicodeScalars.last })

    /// A word without a trailing particle (국방상과 → 국방상).
    static func strippingParticle(_ word: String) -> String {
        // A word ending in a syllable no particle ends in holds none (``WordSplitting/hasSuffix(_:_:)``).
        if let end = WordSplitting.lastScalar(word), TermMatcher.isHangul(end), !particleEnds.contains(end) { return word }
        for particle in particles where WordSplitting.hasSuffix(word, particle) && word.count > particle.count + 1 {
            return String(word.dropLast(particle.count))
        }
        return word
    }

    /// The `<tag …>` spans of a text (a tag is short: `>` is looked for at most 4,096 scalars on).
    static func markupTags(in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard text.contains("<") else { return [] }
        var tags: [Range<Int>] = []
        var i = 0
        while i < text.count {
            if text[i] == "<", i + 1 < text.count, text[i + 1].properties.isAlphabetic || text[i + 1] == "/" || text[i + 1] == "!",
               let close = text[i..<min(text.count, i + 4096)].firstIndex(of: ">") {
                tags.append(i..<close + 1)
                i = close + 1
            } else {
                i += 1
            }
        }
        return tags
    }

    /// The text with every `<tag …>` replaced by spaces, so that offsets stay valid.
    static func maskingMarkup(_ text: [Unicode.Scalar], tags: [Range<Int>]) -> [Unicode.Scalar] {
        var result = text
        for tag in tags { for j in tag { result[j] = " " } }
        return result
    }

    /// A line that reads as a title: short, with no sentence-final punctuation (markup aside).
    func isTitleLike(_ text: [Unicode.Scalar], tags: [Range<Int>]) -> Bool {
        guard text.count <= 120 || !tags.isEmpty else { return false }
        // The text outside markup (the line itself when it has none).
        var visible = text
        if !tags.isEmpty {
            visible = []
            var position = 0
            for tag in tags {
                visible += text[position..<tag.lowerBound]
                position = tag.upperBound
                if visible.count > 240 { return false }
            }
            visible += text[position...]
        }
        // Blank ends trimmed; the length in characters (a character holds one scalar or more,
        // so 120 scalars or fewer are 120 characters or fewer, and only a longer line is counted).
        guard let first = visible.firstIndex(where: { !$0.isBlank }), let last = visible.lastIndex(where: { !$0.isBlank }) else { return true }
        guard last - first < 120 || String(scalars: Array(visible[first...last])).count <= 120 else { return false }
        // A sentence ends in a verb ending and a stop (…공언했다. [사진]); dates (2024. 11. 30.) do not.
        return !Self.endsASentence(visible[first...last])
    }

    func language(of text: String) -> Quotation.Language { Self.language(of: text.unicodeScalars) }

    /// English when a text has more than twice as many ASCII letters as Hangul syllables, else
    /// Korean; counted in one pass.
    static func language(of scalars: some Sequence<Unicode.Scalar>) -> Quotation.Language {
        var hangul = 0, latin = 0
        for scalar in scalars {
            if TermMatcher.isHangul(scalar) {
                hangul += 1
            } else if scalar.value < 0x80, (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A {
                latin += 1
            }
        }
        return latin > hangul * 2 ? .english : .korean
    }
}

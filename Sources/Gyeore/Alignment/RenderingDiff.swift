/// How two renderings of one statement differ, word by word.
///
/// Words are aligned on their canonical keys (see ``QuoteAligner/canonical(_:)``: normalized,
/// converted to South Korean orthography when the aligner can, glossary terms as one symbol).
/// Matched words that differ as written are **punctuation** (only punctuation differs),
/// **spelling** (the North → South conversion turns one into the other: 로씨야련방 / 러시아 연방)
/// or **lexical** (the same glossary entry in another word: 벨로우쏘브 / 벨로우소프, 호상협조 /
/// 상호 협조). A run of words whose keys join up the same is **spacing** (전략적동반자관계 /
/// 전략적 동반자 관계), or spelling when letters differ too. Words on one side only are
/// **omission** (in the first rendering only) or **addition** (in the second only); other
/// differing runs are **paraphrase**. Renderings with no difference are **identical**. Between
/// a Korean and an English rendering (``QuoteAligner/correspondences(_:_:)``), each pair of
/// corresponding words is a **translation**. Against a fragment (``compareFragment(_:_:aligner:)``),
/// the whole's words outside the stretch the fragment renders are **context**. Renderings longer
/// than ``maximumScalars`` are **not compared** (a scraped page quoted whole is no statement, and
/// a word diff of it would cost minutes).
public struct RenderingDiff: Sendable, Equatable, Codable {
    /// Renderings longer than this (in Unicode scalars) are not diffed word by word.
    public static let maximumScalars = 4_000

    /// The single entry for two renderings too long to compare: the start of each.
    static func notCompared(_ first: String, _ second: String) -> [RenderingDiff]? {
        guard first.unicodeScalars.count > maximumScalars || second.unicodeScalars.count > maximumScalars else { return nil }
        func start(_ text: String) -> String { text.unicodeScalars.count > 80 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(80))) + "…" : text }
        return [RenderingDiff(category: .notCompared, a: start(first), b: start(second))]
    }

    /// What kind of difference an entry is (see the type's description).
    public enum Category: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
        case identical, spelling, spacing, punctuation, lexical, omission, addition, paraphrase, context, translation
        case notCompared = "not compared"
        /// The name as JSON and the reports write it.
        public var description: String { rawValue }
    }

    /// The category of a difference.
    public var category: Category
    /// The text in the first rendering ("" when absent).
    public var a: String
    /// The text in the second rendering ("" when absent).
    public var b: String
    /// Where `a` stands in the first rendering, in Unicode scalars (nil when `a` is empty, or
    /// for the words of a Korean ↔ English correspondence). ``compare(_:_:aligner:)`` gives
    /// offsets into the strings it compares; ``DiffPlacement`` moves them to the quotations as
    /// written, which is what `align` reports.
    public var aRange: Range<Int>? = nil
    /// Where `b` stands in the second rendering, as ``aRange`` in the first.
    public var bRange: Range<Int>? = nil

    init(category: Category, a: String, b: String, aRange: Range<Int>? = nil, bRange: Range<Int>? = nil) {
        self.category = category
        self.a = a
        self.b = b
        self.aRange = aRange
        self.bRange = bRange
    }

    enum CodingKeys: String, CodingKey { case category, a, b, aStart, aEnd, bStart, bEnd }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        category = try container.decode(Category.self, forKey: .category)
        a = try container.decode(String.self, forKey: .a)
        b = try container.decode(String.self, forKey: .b)
        func range(_ start: CodingKeys, _ end: CodingKeys) throws -> Range<Int>? {
            guard let lower = try container.decodeIfPresent(Int.self, forKey: start),
                  let upper = try container.decodeIfPresent(Int.self, forKey: end) else { return nil }
            guard lower <= upper else {
                throw DecodingError.dataCorruptedError(forKey: end, in: container, debugDescription: "\(end.rawValue) \(upper) is before \(start.rawValue) \(lower)")
            }
            return lower..<upper
        }
        aRange = try range(.aStart, .aEnd)
        bRange = try range(.bStart, .bEnd)
    }

    /// Encodes `category`, `a`, `b`, and `aStart`/`aEnd`, `bStart`/`bEnd` where placed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(category, forKey: .category)
        try container.encode(a, forKey: .a)
        try container.encode(b, forKey: .b)
        try container.encodeIfPresent(aRange?.lowerBound, forKey: .aStart)
        try container.encodeIfPresent(aRange?.upperBound, forKey: .aEnd)
        try container.encodeIfPresent(bRange?.lowerBound, forKey: .bStart)
        try container.encodeIfPresent(bRange?.upperBound, forKey: .bEnd)
    }

    /// The words of a text split at spaces, each with its range in scalars.
    static func words(_ text: String) -> (words: [String], ranges: [Range<Int>]) {
        var words: [String] = [], ranges: [Range<Int>] = []
        var offset = 0
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            let length = piece.unicodeScalars.count
            if length > 0 {
                words.append(String(piece))
                ranges.append(offset..<offset + length)
            }
            offset += length + 1
        }
        return (words, ranges)
    }

    /// From the first range's start to the last's end.
    static func span(_ ranges: [Range<Int>]) -> Range<Int>? {
        guard let first = ranges.first, let last = ranges.last else { return nil }
        return first.lowerBound..<last.upperBound
    }

    /// The same difference with its ranges moved by `a` and `b` scalars.
    func shifted(a: Int, b: Int) -> RenderingDiff {
        var moved = self
        moved.aRange = aRange.map { ($0.lowerBound + a)..<($0.upperBound + a) }
        moved.bRange = bRange.map { ($0.lowerBound + b)..<($0.upperBound + b) }
        return moved
    }

    /// Compares a whole rendering with a fragment of it: the stretch of the whole that the
    /// fragment renders is compared word by word, and what stands before and after it is
    /// **context** (not an omission of the fragment's: it quoted only part).
    public static func compareFragment(_ whole: String, _ part: String, aligner: QuoteAligner) -> [RenderingDiff] {
        if let tooLong = notCompared(whole, part) { return tooLong }
        let (wordsA, rangesA) = words(whole), wordsB = words(part).words
        let keysA = wordsA.map { aligner.canonicalKey($0) }, keysB = wordsB.map { aligner.canonicalKey($0) }
        let inB = Set(keysB.filter { !$0.isEmpty }), inA = Set(keysA.filter { !$0.isEmpty })
        let matched = wordsA.indices.filter { inB.contains(keysA[$0]) }
        guard let first = matched.first, let last = matched.last, last - first + 1 < wordsA.count else { return compare(whole, part, aligner: aligner) }
        // The stretch runs from the first to the last word the fragment shares, widened by as
        // many words as the fragment has before its first shared word and after its last (a
        // reworded word at either end).
        let leading = keysB.prefix { !inA.contains($0) }.count, trailing = keysB.reversed().prefix { !inA.contains($0) }.count
        let lower = max(0, first - leading), upper = min(wordsA.count, last + 1 + trailing)
        var result: [RenderingDiff] = []
        if lower > 0 {
            result.append(RenderingDiff(category: .context, a: wordsA[..<lower].joined(separator: " "), b: "", aRange: span(Array(rangesA[..<lower]))))
        }
        // The stretch as it stands in the whole, so that its offsets are the whole's.
        let stretch = rangesA[lower].lowerBound..<rangesA[upper - 1].upperBound
        let stretchText = String(scalars: Array(whole.unicodeScalars.dropFirst(stretch.lowerBound).prefix(stretch.count)))
        result += compare(stretchText, part, aligner: aligner).filter { $0.category != .identical }.map { $0.shifted(a: stretch.lowerBound, b: 0) }
        if upper < wordsA.count {
            result.append(RenderingDiff(category: .context, a: wordsA[upper...].joined(separator: " "), b: "", aRange: span(Array(rangesA[upper...]))))
        }
        return result
    }

    /// Compares two renderings.
    public static func compare(_ first: String, _ second: String, aligner: QuoteAligner) -> [RenderingDiff] {
        if let tooLong = notCompared(first, second) { return tooLong }
        let (wordsA, rangesA) = words(first), (wordsB, rangesB) = words(second)
        let keysA = wordsA.map { aligner.canonicalKey($0) }, keysB = wordsB.map { aligner.canonicalKey($0) }
        // Words match on their keys; words without letters (<, –) only when written the same.
        func matches(_ i: Int, _ j: Int) -> Bool { keysA[i] == keysB[j] && (!keysA[i].isEmpty || wordsA[i] == wordsB[j]) }
        // Longest common subsequence of keys.
        let n = wordsA.count, m = wordsB.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = matches(i, j) ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var result: [RenderingDiff] = []
        var i = 0, j = 0
        var gapA: [Int] = [], gapB: [Int] = []
        func flushGap() {
            defer { gapA.removeAll(); gapB.removeAll() }
            guard !gapA.isEmpty || !gapB.isEmpty else { return }
            let a = gapA.map { wordsA[$0] }.joined(separator: " "), b = gapB.map { wordsB[$0] }.joined(separator: " ")
            let aRange = span(gapA.map { rangesA[$0] }), bRange = span(gapB.map { rangesB[$0] })
            if gapB.isEmpty { result.append(RenderingDiff(category: .omission, a: a, b: "", aRange: aRange)); return }
            if gapA.isEmpty { result.append(RenderingDiff(category: .addition, a: "", b: b, bRange: bRange)); return }
            // The runs as a whole: a glossary term may span words (러시아 연방, 상호 협조).
            let joinedA = aligner.canonicalKey(a), joinedB = aligner.canonicalKey(b)
            if joinedA == joinedB {
                let spacingOnly = letters(a) == letters(b)
                result.append(RenderingDiff(category: spacingOnly ? .spacing : word(a, b, aligner: aligner), a: a, b: b, aRange: aRange, bRange: bRange))
            } else {
                result.append(RenderingDiff(category: .paraphrase, a: a, b: b, aRange: aRange, bRange: bRange))
            }
        }
        while i < n || j < m {
            if i < n && j < m && matches(i, j) {
                flushGap()
                if wordsA[i] != wordsB[j] {
                    let category = letters(wordsA[i]) == letters(wordsB[j]) ? .punctuation : word(wordsA[i], wordsB[j], aligner: aligner)
                    result.append(RenderingDiff(category: category, a: wordsA[i], b: wordsB[j], aRange: rangesA[i], bRange: rangesB[j]))
                }
                i += 1; j += 1
            } else if j < m && (i == n || table[i][j + 1] >= table[i + 1][j]) {
                gapB.append(j); j += 1
            } else {
                gapA.append(i); i += 1
            }
        }
        flushGap()
        return result.isEmpty
            ? [RenderingDiff(category: .identical, a: first, b: second, aRange: 0..<first.unicodeScalars.count, bRange: 0..<second.unicodeScalars.count)]
            : result
    }

    /// Spelling when converting the first to South Korean orthography gives the second (and no
    /// person name or abbreviation was swapped, no word replaced by another); else lexical.
    private static func word(_ a: String, _ b: String, aligner: QuoteAligner) -> Category {
        aligner.isSpellingVariant(a, b) ? .spelling : .lexical
    }

    private static func letters(_ text: String) -> String {
        String(scalars: [Unicode.Scalar](scalarsOf: text).filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}

extension QuoteAligner {
    /// Whether `a` and `b` are the same word in North and South Korean spelling.
    func isSpellingVariant(_ a: String, _ b: String) -> Bool {
        func plain(_ text: String) -> String { String(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init)) }
        let first = normalizerResult(a), second = normalizerResult(b)
        guard plain(first.normalized) == plain(second.normalized) else { return false }
        // Swapping a person's name or an abbreviation (on either side) is a lexical choice, and so
        // is a change at the wording level (호상 → 상호: another word, not another spelling).
        return ![first, second].contains { converted in
            converted.explanations.contains { explanation in
                if explanation.level == .wording { return true }
                guard let id = explanation.entry, let entry = glossary?.entry(id: id) else { return false }
                let form = converted.originalText(explanation.original)
                return entry.kind == .person || entry.forms.contains { $0.text == form && $0.tags.contains(.abbr) }
            }
        }
    }
}

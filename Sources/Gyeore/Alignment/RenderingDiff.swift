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
        return [RenderingDiff(category: "not compared", a: start(first), b: start(second))]
    }

    /// The category of a difference.
    public var category: String
    /// The text in the first rendering ("" when absent).
    public var a: String
    /// The text in the second rendering ("" when absent).
    public var b: String

    /// Compares a whole rendering with a fragment of it: the stretch of the whole that the
    /// fragment renders is compared word by word, and what stands before and after it is
    /// **context** (not an omission of the fragment's: it quoted only part).
    public static func compareFragment(_ whole: String, _ part: String, aligner: QuoteAligner) -> [RenderingDiff] {
        if let tooLong = notCompared(whole, part) { return tooLong }
        let wordsA = whole.split(separator: " ").map(String.init), wordsB = part.split(separator: " ").map(String.init)
        let keysA = wordsA.map { String(scalars: aligner.canonical($0)) }, keysB = wordsB.map { String(scalars: aligner.canonical($0)) }
        let inB = Set(keysB.filter { !$0.isEmpty }), inA = Set(keysA.filter { !$0.isEmpty })
        let matched = wordsA.indices.filter { inB.contains(keysA[$0]) }
        guard let first = matched.first, let last = matched.last, last - first + 1 < wordsA.count else { return compare(whole, part, aligner: aligner) }
        // The stretch runs from the first to the last word the fragment shares, widened by as
        // many words as the fragment has before its first shared word and after its last (a
        // reworded word at either end).
        let leading = keysB.prefix { !inA.contains($0) }.count, trailing = keysB.reversed().prefix { !inA.contains($0) }.count
        let lower = max(0, first - leading), upper = min(wordsA.count, last + 1 + trailing)
        var result: [RenderingDiff] = []
        if lower > 0 { result.append(RenderingDiff(category: "context", a: wordsA[..<lower].joined(separator: " "), b: "")) }
        result += compare(wordsA[lower..<upper].joined(separator: " "), part, aligner: aligner).filter { $0.category != "identical" }
        if upper < wordsA.count { result.append(RenderingDiff(category: "context", a: wordsA[upper...].joined(separator: " "), b: "")) }
        return result
    }

    /// Compares two renderings.
    public static func compare(_ first: String, _ second: String, aligner: QuoteAligner) -> [RenderingDiff] {
        if let tooLong = notCompared(first, second) { return tooLong }
        let wordsA = first.split(separator: " ").map(String.init), wordsB = second.split(separator: " ").map(String.init)
        let keysA = wordsA.map { String(scalars: aligner.canonical($0)) }, keysB = wordsB.map { String(scalars: aligner.canonical($0)) }
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
            if gapB.isEmpty { result.append(RenderingDiff(category: "omission", a: a, b: "")); return }
            if gapA.isEmpty { result.append(RenderingDiff(category: "addition", a: "", b: b)); return }
            // The runs as a whole: a glossary term may span words (러시아 연방, 상호 협조).
            let joinedA = String(scalars: aligner.canonical(a)), joinedB = String(scalars: aligner.canonical(b))
            if joinedA == joinedB {
                let spacingOnly = letters(a) == letters(b)
                result.append(RenderingDiff(category: spacingOnly ? "spacing" : word(a, b, aligner: aligner), a: a, b: b))
            } else {
                result.append(RenderingDiff(category: "paraphrase", a: a, b: b))
            }
        }
        while i < n || j < m {
            if i < n && j < m && matches(i, j) {
                flushGap()
                if wordsA[i] != wordsB[j] {
                    let category = letters(wordsA[i]) == letters(wordsB[j]) ? "punctuation" : word(wordsA[i], wordsB[j], aligner: aligner)
                    result.append(RenderingDiff(category: category, a: wordsA[i], b: wordsB[j]))
                }
                i += 1; j += 1
            } else if j < m && (i == n || table[i][j + 1] >= table[i + 1][j]) {
                gapB.append(j); j += 1
            } else {
                gapA.append(i); i += 1
            }
        }
        flushGap()
        return result.isEmpty ? [RenderingDiff(category: "identical", a: first, b: second)] : result
    }

    /// Spelling when converting the first to South Korean orthography gives the second (and no
    /// person name or abbreviation was swapped); else lexical.
    private static func word(_ a: String, _ b: String, aligner: QuoteAligner) -> String {
        aligner.isSpellingVariant(a, b) ? "spelling" : "lexical"
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
        // Swapping a person's name or an abbreviation (on either side) is a lexical choice.
        return ![first, second].contains { converted in
            converted.explanations.contains { explanation in
                guard explanation.rule == "1-glossary", let entry = glossaryEntry(named: explanation.note) else { return false }
                // The note reads "조로 → 북러 (glossary …)": the converted form comes first.
                let form = explanation.note.components(separatedBy: " → ").first ?? ""
                return entry.kind == .person || entry.forms.contains { $0.text == form && $0.tags.contains(.abbr) }
            }
        }
    }
}

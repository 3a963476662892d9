/// Divides a quotation into the clauses other reports may quote on their own.
///
/// A long quotation often joins two statements ("the whole mainland of the US is within our
/// range, and the nuclear button is always on my desk"), and other outlets quote each half
/// separately. The aligner compares each clause as well as the whole, so a quotation of one half
/// joins that half's statement without pulling the other half's quotations in with it.
///
/// Boundaries come from `data/clause-boundaries.tsv`: Korean connective endings (-며, -지만,
/// -는데, -는바) at the end of a word, English coordinators after a comma (", and") or before a
/// subject pronoun ("and we wish"), and
/// sentence-final marks followed by a space. Clauses too short to be quoted on their own
/// (fewer than ``minimumSyllables`` syllables or ``minimumWords`` words) stay with a neighbour.
public struct ClauseSplitter: Sendable {
    /// Clauses with fewer Hangul syllables than this join a neighbour (Korean).
    public static let minimumSyllables = 12
    /// Clauses with fewer words than this join a neighbour (English).
    public static let minimumWords = 5

    private let koreanEndings: [[Unicode.Scalar]]
    private let englishCoordinators: Set<String>
    /// Subject pronouns: a coordinator before one starts a clause even without a comma ("… a
    /// good occasion and we sincerely hope …").
    private let englishSubjects: Set<String>
    private let sentenceMarks: [String: Set<Unicode.Scalar>]
    private let abbreviations: Set<String>
    private let abbreviationScalars: Set<[Unicode.Scalar]>
    private let abbreviationsAreASCII: Bool
    private let longestAbbreviation: Int

    /// Loads the bundled boundary list.
    public init() throws(ResourceError) {
        var koreanEndings: [[Unicode.Scalar]] = []
        var coordinators = Set<String>()
        var subjects = Set<String>()
        var marks: [String: Set<Unicode.Scalar>] = [:]
        var abbreviations = Set<String>()
        for row in try ResourceFile.rows("data/clause-boundaries.tsv", minimumColumns: 3) {
            let (language, ending, kind) = (row.fields[0], row.fields[1], row.fields[2])
            switch (language, kind) {
            case (_, "abbreviation"): abbreviations.insert(ending)
            case ("en", "subject"): subjects.insert(ending)
            case (_, "sentence"):
                marks[language, default: []].insert(try ResourceFile.scalar(ending, file: "data/clause-boundaries.tsv", line: row.line))
            case ("ko", _): koreanEndings.append(Array(ending.unicodeScalars))
            case ("en", _): coordinators.insert(ending)
            default:
                throw ResourceError(file: "data/clause-boundaries.tsv", line: row.line, message: "unknown language '\(language)' (expected ko or en)")
            }
        }
        self.koreanEndings = koreanEndings.sorted { $0.count > $1.count }
        englishCoordinators = coordinators
        englishSubjects = subjects
        sentenceMarks = marks
        self.abbreviations = abbreviations
        abbreviationScalars = Set(abbreviations.map { Array($0.unicodeScalars) })
        abbreviationsAreASCII = abbreviations.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }
        longestAbbreviation = abbreviations.map { $0.unicodeScalars.count }.max() ?? 0
    }

    /// The clauses of a text as scalar offset ranges, in order; empty when the text is one clause.
    public func clauses(of text: String, language: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        // Words: maximal runs of non-space scalars.
        var words: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            while i < scalars.count && scalars[i].isWhiteSpace { i += 1 }
            let start = i
            while i < scalars.count && !scalars[i].isWhiteSpace { i += 1 }
            if start < i { words.append(start..<i) }
        }
        guard words.count >= 2 else { return [] }
        // A boundary after word w (the next clause starts at word w + 1).
        var cuts: [Int] = []
        let marks = sentenceMarks[language] ?? []
        for w in words.indices.dropLast() {
            let word = scalars[words[w]]
            if let last = word.last, marks.contains(last), !isAbbreviation(word) {
                cuts.append(w)
            } else if language == "en" {
                let next = String(scalars: scalars[words[w + 1]]).lowercased()
                if word.last == ",", englishCoordinators.contains(next) {
                    cuts.append(w)
                } else if w + 2 < words.count, englishCoordinators.contains(next),
                          englishSubjects.contains(String(scalars: scalars[words[w + 2]]).lowercased()) {
                    cuts.append(w)
                }
            } else if endsWithConnective(word) {
                cuts.append(w)
            }
        }
        guard !cuts.isEmpty else { return [] }
        // Clauses as word ranges, then the short ones merged into a neighbour.
        var spans: [Range<Int>] = []
        var first = 0
        for cut in cuts { spans.append(first..<cut + 1); first = cut + 1 }
        spans.append(first..<words.count)
        func size(_ span: Range<Int>) -> Int {
            if language == "en" { return span.count }
            return span.reduce(0) { total, w in total + scalars[words[w]].filter { (0xAC00...0xD7A3).contains($0.value) }.count }
        }
        let minimum = language == "en" ? Self.minimumWords : Self.minimumSyllables
        var merged: [Range<Int>] = []
        var pending: Range<Int>? = nil
        for span in spans {
            let current = pending.map { $0.lowerBound..<span.upperBound } ?? span
            if size(current) < minimum { pending = current } else { merged.append(current); pending = nil }
        }
        if let pending {
            if let last = merged.popLast() { merged.append(last.lowerBound..<pending.upperBound) } else { merged.append(pending) }
        }
        guard merged.count >= 2 else { return [] }
        return merged.map { words[$0.lowerBound].lowerBound..<words[$0.upperBound - 1].upperBound }
    }

    /// The sentences of a text as scalar offset ranges, in order: cut after a sentence-final mark
    /// ending a word (abbreviations aside), white space left out. A text of one sentence gives one
    /// range; a text of white space, none.
    public func sentences(of text: String, language: String) -> [Range<Int>] {
        sentences(of: [Unicode.Scalar](scalarsOf: text), language: language)
    }

    /// ``sentences(of:language:)-(String,_)`` of a text given as its scalars.
    func sentences(of scalars: [Unicode.Scalar], language: String) -> [Range<Int>] {
        let marks = sentenceMarks[language] ?? []
        var result: [Range<Int>] = []
        var start: Int? = nil
        var i = 0
        while i < scalars.count {
            if scalars[i].isWhiteSpace { i += 1; continue }
            var wordStart = i
            if start == nil { start = wordStart }
            while i < scalars.count && !scalars[i].isWhiteSpace {
                // North Korean copy often leaves no space after a sentence's stop (…《체제통일》이다.그런
                // 흉악한 …): a full stop, question or exclamation mark between two syllables ends a
                // sentence inside the word (an ellipsis there joins: 호감…그 점이 중요).
                if language == "ko", i > wordStart, i + 1 < scalars.count, scalars[i] == "." || scalars[i] == "?" || scalars[i] == "!",
                   Self.isSyllable(scalars[i - 1]), Self.isSyllable(scalars[i + 1]) {
                    result.append(start!..<(i + 1))
                    start = i + 1
                    wordStart = i + 1
                }
                i += 1
            }
            // A closing mark may follow the sentence's end (…했다.” or …했다.)).
            var end = i
            while end > wordStart && Self.isClosingMark(scalars[end - 1]) { end -= 1 }
            if end > wordStart, marks.contains(scalars[end - 1]), !isAbbreviation(scalars[wordStart..<end]) {
                result.append(start!..<i)
                start = nil
            }
        }
        if let start {
            var end = scalars.count
            while end > start && scalars[end - 1].isWhiteSpace { end -= 1 }
            result.append(start..<end)
        }
        return result
    }

    /// Whether a scalar is a precomposed Hangul syllable.
    private static func isSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// The closing marks that may follow a sentence's final stop.
    private static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ")", "”", "’", "\"", "'", "》", "」", "』": true
        default: false
        }
    }

    /// Whether a Korean word ends in a listed connective ending (punctuation after it aside).
    private func endsWithConnective(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let hangul = word.reversed().drop { !(0xAC00...0xD7A3).contains($0.value) }
        // Only the word's end counts: punctuation may follow the ending, nothing else.
        guard !hangul.isEmpty, word.suffix(word.count - hangul.count).allSatisfy({ $0.properties.generalCategory.isPunctuation }) else { return false }
        let tail = Array(hangul.prefix(2).reversed())
        return koreanEndings.contains { tail.count >= $0.count && Array(tail.suffix($0.count)) == $0 }
    }

    /// Abbreviations that end in a full stop: a run of single letters with stops (U.S.), or a
    /// listed one (Mr., Dr.).
    private func isAbbreviation(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.last == "." else { return false }
        var stops = 0
        for scalar in word where scalar == "." { stops += 1 }
        if stops >= 2 && word.count - stops <= stops { return true }
        // Listed abbreviations in ASCII are equal to a word only scalar for scalar (no other
        // spelling of ASCII text exists): compared as scalars, not as a string hashed through
        // normalization, once per sentence of every line.
        if abbreviationsAreASCII { return word.count <= longestAbbreviation && abbreviationScalars.contains(Array(word)) }
        return abbreviations.contains(String(scalars: word))
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}

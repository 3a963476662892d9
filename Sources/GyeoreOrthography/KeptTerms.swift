import Gyeore

/// The glossary terms a text holds that the glossary leaves as written (South Korean forms, kept
/// wording), for the North Korean nouns NK-HanDic lists whole that begin with one (자주로선, 自主路線,
/// holds 자주 'independence'): such a noun takes its dictionary spelling when it keeps the term's
/// letters (자주노선). Every question is answered in O(log n), as a long line holds many terms.
struct KeptTerms {
    /// The kept terms, by where they start.
    private let sorted: [Range<Int>]
    private let exact: Set<Range<Int>>
    private let index: RangeIndex
    /// The other locked spans: terms the glossary converts, listed spellings, particles.
    private let others: RangeIndex

    init(unchanged: [Range<Int>], locked: [Range<Int>]) {
        let sorted = unchanged.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        let exact = Set(sorted)
        self.sorted = sorted
        self.exact = exact
        index = RangeIndex(sorted)
        others = RangeIndex(locked.filter { !exact.contains($0) })
    }

    /// Whether the only locked spans `range` overlaps are kept terms inside it and shorter than
    /// it: a term that is the whole word, or reaches past it, keeps the word locked.
    func holdsOnlyKeptTerms(_ range: Range<Int>) -> Bool {
        !others.overlaps(range) && index.overlaps(range) && !exact.contains(range)
            && !index.containsInside(range.lowerBound) && !index.containsInside(range.upperBound)
    }

    /// Whether a word's replacement keeps, syllable for syllable (spaces set aside), the
    /// syllables of the kept terms inside it.
    func keepsLetters(in range: Range<Int>, nfd: [Unicode.Scalar], replacement: [Unicode.Scalar]) -> Bool {
        let before = Jamo.compose(Array(nfd[range])), after = Jamo.compose(replacement.filter { $0 != " " })
        guard before.count == after.count else { return false }
        // The first term starting inside the word, then the others in order.
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var k = low
        while k < sorted.count && sorted[k].lowerBound < range.upperBound {
            let span = sorted[k]
            let first = Jamo.compose(Array(nfd[range.lowerBound..<span.lowerBound])).count
            let count = Jamo.compose(Array(nfd[span.lowerBound..<min(span.upperBound, range.upperBound)])).count
            guard first + count <= before.count, before[first..<first + count] == after[first..<first + count] else { return false }
            k += 1
        }
        return true
    }
}

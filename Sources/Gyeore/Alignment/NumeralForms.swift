/// Numbers and counters in one form for comparison: 백일 and 100일, 세 번, 세번 and 3차례 all
/// become digits and one unit (100일, 3번), so that two outlets writing one number differently
/// still align syllable by syllable. The words and units are data (`data/numeral-words.tsv`,
/// with sources).
///
/// A number word is read only at a word's start and directly before a counter (a space between
/// them is dropped); a counter is replaced by its unit after any number, digits too. Everything
/// else is left as it is: 세 alone, 백 as a surname, 차례 as 'order'.
struct NumeralForms: Sendable {
    /// A word as the table gives it: its form, what it becomes, and which numbers it goes with
    /// (`native`, `sino`; for a counter also `any`).
    private struct Word: Sendable {
        var form: [Unicode.Scalar]
        var replacement: [Unicode.Scalar]
        var kind: String
    }

    /// Number words, longest first.
    private let numbers: [Word]
    /// Counters, longest first.
    private let counters: [Word]
    /// The first scalars of the number words: a text holding none of them and no digit is
    /// returned as it is, unread.
    private let numberInitials: Set<Unicode.Scalar>

    init() throws(ResourceError) {
        var numbers: [Word] = [], counters: [Word] = []
        for row in try ResourceFile.rows("data/numeral-words.tsv", minimumColumns: 4) {
            let word = Word(form: Array(row.fields[1].unicodeScalars), replacement: Array(row.fields[2].unicodeScalars), kind: row.fields[3])
            if row.fields[0] == "number" { numbers.append(word) } else if row.fields[0] == "counter" { counters.append(word) }
        }
        self.numbers = numbers.sorted { $0.form.count > $1.form.count }
        self.counters = counters.sorted { $0.form.count > $1.form.count }
        numberInitials = Set(numbers.compactMap(\.form.first))
    }

    /// The text with its numbers and counters in one form; the same array when none is there.
    func rewrite(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.isASCII && s.properties.numericType != nil }
        guard text.contains(where: { isDigit($0) || numberInitials.contains($0) }) else { return text }
        var result: [Unicode.Scalar] = []
        var i = 0
        var changed = false
        let isHangul = TermMatcher.isHangul
        func starts(_ form: [Unicode.Scalar], at position: Int) -> Bool {
            position + form.count <= text.count && text[position..<position + form.count].elementsEqual(form)
        }
        /// The counter at `position` after a number of this kind (nil: digits, which take any), and where it ends.
        func counter(at position: Int, after kind: String?) -> (unit: [Unicode.Scalar], end: Int)? {
            for counter in counters where starts(counter.form, at: position) {
                guard kind == nil || counter.kind == "any" || counter.kind == kind else { continue }
                return (counter.replacement, position + counter.form.count)
            }
            return nil
        }
        while i < text.count {
            let atWordStart = i == 0 || !(isHangul(text[i - 1]) || isDigit(text[i - 1]))
            // A number word at a word's start, directly before a counter (a space allowed).
            if atWordStart, isHangul(text[i]) {
                var rewritten = false
                for number in numbers where starts(number.form, at: i) {
                    var next = i + number.form.count
                    if next < text.count, text[next] == " " { next += 1 }
                    guard let found = counter(at: next, after: number.kind) else { continue }
                    result += number.replacement + found.unit
                    i = found.end
                    rewritten = true
                    changed = true
                    break
                }
                if rewritten { continue }
            }
            // Digits, then a counter right after them or after one space.
            if isDigit(text[i]) {
                var end = i
                while end < text.count, isDigit(text[end]) { end += 1 }
                result += text[i..<end]
                var next = end
                if next < text.count, text[next] == " " { next += 1 }
                if let found = counter(at: next, after: nil) {
                    if next != end || !text[next..<found.end].elementsEqual(found.unit) { changed = true }
                    result += found.unit
                    i = found.end
                } else {
                    i = end
                }
                continue
            }
            result.append(text[i])
            i += 1
        }
        return changed ? result : text
    }
}

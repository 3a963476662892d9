import Foundation

/// The short patterns the extractor reads around a quotation, as scans over Unicode scalars.
///
/// Each was a regular expression; run once per line or per quotation, the regular expression
/// engine (and the trip through UTF-16 it needs) cost about a tenth of `quotes`' time. Each scan
/// gives what its expression's first match gave; the expressions stand beside them in the doc
/// comments, and `QuotePatternsTests` checks the two agree on generated text.
extension QuoteExtractor {
    /// `\s` of the expressions: a White_Space scalar.
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool { s.isWhiteSpace }

    /// Whether `scalars` holds `word` at `index`.
    @inline(__always) static func holds(_ scalars: String.UnicodeScalarView, _ word: [Unicode.Scalar], at index: String.Index) -> Bool {
        var i = index
        for s in word {
            guard i < scalars.endIndex, scalars[i] == s else { return false }
            i = scalars.index(after: i)
        }
        return true
    }

    /// The index `count` scalars after `index`.
    @inline(__always) static func advance(_ scalars: String.UnicodeScalarView, _ index: String.Index, by count: Int) -> String.Index {
        scalars.index(index, offsetBy: count)
    }

    /// Whether the text starts with one of `words` (tried in order) followed by the end or a scalar
    /// `follows` accepts; the match's range.
    static func prefix(_ text: String, _ words: [[Unicode.Scalar]], from start: String.Index? = nil, endAllowed: Bool, follows: (Unicode.Scalar) -> Bool) -> Range<String.Index>? {
        let scalars = text.unicodeScalars
        let from = start ?? scalars.startIndex
        for word in words where holds(scalars, word, at: from) {
            let end = advance(scalars, from, by: word.count)
            if end == scalars.endIndex ? endAllowed : follows(scalars[end]) { return from..<end }
        }
        return nil
    }

    private static func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }

    /// `<h[1-6][ >]|<title>` anywhere: a heading of HTML.
    static func hasHeadingTag(_ text: String) -> Bool {
        // Most lines hold no markup: one pass over the bytes says so.
        guard text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "<")), bytes.count) != nil } ?? false
        }) ?? true else { return false }
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while let open = scalars[i...].firstIndex(of: "<") {
            let next = scalars.index(after: open)
            if holds(scalars, titleTag, at: next) { return true }
            if next < scalars.endIndex, scalars[next] == "h" {
                let digit = scalars.index(after: next)
                if digit < scalars.endIndex, ("1"..."6").contains(scalars[digit]) {
                    let after = scalars.index(after: digit)
                    if after < scalars.endIndex, scalars[after] == " " || scalars[after] == ">" { return true }
                }
            }
            i = next
        }
        return false
    }
    private static let titleTag = Array("title>".unicodeScalars)

    /// `^(?:다|이었다|였다)?(?:이?라고|고|이?라며|며|면서|하면서|이?라면서|이?라는|이?라고도)(?=[\s,.]|$)`:
    /// a quotative right after the closing mark.
    static func startsWithQuotative(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        for lead in quotativeLeads where holds(scalars, lead, at: scalars.startIndex) {
            if prefix(text, quotatives, from: advance(scalars, scalars.startIndex, by: lead.count), endAllowed: true, follows: { isSpace($0) || $0 == "," || $0 == "." }) != nil { return true }
        }
        return false
    }
    private static let quotativeLeads = words(["", "다", "이었다", "였다"])
    private static let quotatives = words(["이라고", "라고", "고", "이라며", "라며", "며", "면서", "하면서", "이라면서", "라면서", "이라는", "라는", "이라고도", "라고도"])

    /// `^(?:을|를|이|가|의|에|에서|로|으로|과|와|은|는|도|란|이란|처럼)(?=[\s,.)]|$)`: a case particle
    /// right after the closing mark (a partial quotation).
    static func startsWithParticle(_ text: String) -> Bool {
        prefix(text, particlesAfterQuote, endAllowed: true) { isSpace($0) || $0 == "," || $0 == "." || $0 == ")" } != nil
    }
    private static let particlesAfterQuote = words(["을", "를", "이", "가", "의", "에", "에서", "로", "으로", "과", "와", "은", "는", "도", "란", "이란", "처럼"])

    /// `^(?:이?라며|며|이?라면서|면서)(?=[\s,])`: a connective chaining the quotation to the next.
    static func chainConnective(_ text: String) -> Range<String.Index>? {
        prefix(text, connectives, endAllowed: false) { isSpace($0) || $0 == "," }
    }
    private static let connectives = words(chainingVerbs)
    /// The connectives that chain a quotation to the next (“A”이라면서 “B”고 말했다), as the verb
    /// of the first: its real verb is the next one's.
    static let chainingVerbs = ["이라며", "라며", "며", "이라면서", "라면서", "면서"]

    /// `[.!?](?:\s|$)`: where the first sentence ends (after the mark and the space after it).
    static func sentenceEnd(_ text: String) -> String.Index? { sentenceEnd(text.unicodeScalars) }

    /// ``sentenceEnd(_:)-(String)`` over scalars (a string's, or a slice of a line's).
    static func sentenceEnd<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ scalars: Scalars) -> Scalars.Index? {
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let next = scalars.index(after: i)
            if s == "." || s == "!" || s == "?" {
                if next == scalars.endIndex { return next }
                if isSpace(scalars[next]) { return scalars.index(after: next) }
            }
            i = next
        }
        return nil
    }

    /// `[.!?”’]\s+(?=[^.!?]*$)`: where the last sentence of the text starts (after the mark and the
    /// spaces that end the one before it).
    static func lastSentenceStart(_ text: String) -> String.Index? { lastSentenceStart(text.unicodeScalars) }

    /// ``lastSentenceStart(_:)-(String)`` over scalars (a string's, or a slice of a line's).
    static func lastSentenceStart<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ scalars: Scalars) -> Scalars.Index? {
        // No . ! or ? may follow: the search starts at the last of them.
        var i = scalars.lastIndex { $0 == "." || $0 == "!" || $0 == "?" } ?? scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            var next = scalars.index(after: i)
            if s == "." || s == "!" || s == "?" || s == "\u{201D}" || s == "\u{2019}", next < scalars.endIndex, isSpace(scalars[next]) {
                while next < scalars.endIndex && isSpace(scalars[next]) { next = scalars.index(after: next) }
                return next
            }
            i = scalars.index(after: i)
        }
        return nil
    }

    /// `[.!?“]`: where the clause after a quotation ends.
    static func clauseEnd(_ text: String) -> String.Index? { clauseEnd(text.unicodeScalars) }

    /// ``clauseEnd(_:)-(String)`` over scalars (a string's, or a slice of a line's).
    static func clauseEnd<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> Scalars.Index? {
        scalars.firstIndex { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\u{201C}" }
    }

    /// `(다|요|까)[.!?]|(다|요|까)\s*$|[.!?。]\s*$|[.!?]["'”’]+\s*$`: whether a line ends a sentence (a verb ending
    /// and a stop anywhere, or a verb ending or a stop at the end).
    static func endsASentence(_ text: String) -> Bool {
        endsASentence(text.unicodeScalars)
    }

    /// ``endsASentence(_:)-(String)`` over scalars (a string's, or a slice of a line's).
    static func endsASentence<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        func isEnding(_ s: Unicode.Scalar) -> Bool { s == "다" || s == "요" || s == "까" }
        for (s, next) in zip(scalars, scalars.dropFirst()) where isEnding(s) && (next == "." || next == "!" || next == "?") { return true }
        guard var last = scalars.lastIndex(where: { !isSpace($0) }) else { return false }
        // A stop inside a closing quotation mark ends the sentence too (…watching closely.”, as
        // English copy writes it).
        while closesAQuotation(scalars[last]), last > scalars.startIndex {
            let before = scalars.index(before: last)
            guard scalars[before] == "." || scalars[before] == "!" || scalars[before] == "?" || closesAQuotation(scalars[before]) else { break }
            last = before
        }
        let s = scalars[last]
        return isEnding(s) || s == "." || s == "!" || s == "?" || s == "。"
    }
    private static func closesAQuotation(_ s: Unicode.Scalar) -> Bool { s == "\u{201D}" || s == "\u{2019}" || s == "\"" || s == "'" }
}

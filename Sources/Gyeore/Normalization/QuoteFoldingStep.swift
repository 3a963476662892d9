/// Quote-mark folding: every quotation mark of `data/quote-marks.tsv` becomes “ ” at even
/// nesting depths and ‘ ’ at odd ones, and each mark is recorded (role, depth, original style,
/// partner) as a ``QuoteMark``.
///
/// Marks are paired with a stack: a closing mark closes the innermost open quotation. Straight quotes, which look the same at both ends, are
/// resolved from context: any mark that can close the innermost open quotation closes it
/// when it follows a non-space (so „Guten“ pairs), and otherwise opens. A straight or curly single quote between letters
/// (Korea's, Korea’s), or after a Latin letter with nothing open (the Kims' rule), is an apostrophe
/// and stays as it is; so does a mark with spaces on both sides (a "read more »" arrow). Unbalanced marks are folded and recorded without a partner; they never
/// change how the rest of the text is read beyond their own line or text. Markup tags
/// (`<img src="…">`) are left as they are: their quotes are syntax.
public struct QuoteFoldingStep: NormalizationStep {
    struct Mark: Sendable {
        /// `pairedOpen`/`pairedClose`: a mark that quotes only as a pair on one line (ASCII
        /// `<…>`, which also writes arrows, comparisons and markup): the opener only before a
        /// Hangul syllable and with its closer further on the line, the closer only when it
        /// closes that opener.
        enum Role: Sendable { case open, close, either, pairedOpen, pairedClose }
        var role: Role
        var closedBy: Set<Unicode.Scalar>
        var style: QuoteMark.Style
    }

    public let name = "quotes"
    private let marks: [Unicode.Scalar: Mark]
    private let markSet: ScalarSet
    /// The middle dots ``SeparatorStep`` joins two Hangul words with, the spaces around them
    /// taken out (`data/separators.tsv`, kind `dot`, context `spaced`).
    private let joiningDots: Set<Unicode.Scalar>

    /// Canonical marks: outer pair and inner pair.
    public static let outer: (open: Unicode.Scalar, close: Unicode.Scalar) = ("\u{201C}", "\u{201D}")
    public static let inner: (open: Unicode.Scalar, close: Unicode.Scalar) = ("\u{2018}", "\u{2019}")
    /// The four marks the step writes.
    static let canonicalMarks: Set<Unicode.Scalar> = [outer.open, outer.close, inner.open, inner.close]

    /// Loads `data/quote-marks.tsv`.
    public init() throws(ResourceError) {
        let path = "data/quote-marks.tsv"
        var marks: [Unicode.Scalar: Mark] = [:]
        for row in try ResourceFile.rows(path, minimumColumns: 4) {
            let scalar = try ResourceFile.scalar(row.fields[0], file: path, line: row.line)
            let role: Mark.Role
            switch row.fields[1] {
            case "open": role = .open
            case "close": role = .close
            case "either": role = .either
            case "paired-open": role = .pairedOpen
            case "paired-close": role = .pairedClose
            default: throw ResourceError(file: path, line: row.line, message: "role must be open, close, either, paired-open or paired-close, not '\(row.fields[1])'")
            }
            if role != .close && role != .pairedClose && row.fields[2].isEmpty {
                throw ResourceError(file: path, line: row.line, message: "an opening mark needs the marks that close it")
            }
            if marks[scalar] != nil { throw ResourceError(file: path, line: row.line, message: "'\(scalar)' is listed twice") }
            marks[scalar] = Mark(role: role, closedBy: Set(row.fields[2].unicodeScalars), style: QuoteMark.Style(rawValue: row.fields[3]))
        }
        self.marks = marks
        markSet = ScalarSet(marks.keys)
        joiningDots = Set(try SeparatorStep.separators().filter { $0.kind == .dot && !$0.tight }.map(\.scalar))
    }

    /// The quotation marks of `data/quote-marks.tsv`: a text without one is left alone; each
    /// mark is folded to one of “ ” ‘ ’ or left as it is.
    public var touchedScalars: TouchedScalars? {
        TouchedScalars(markSet, writesOneForOne: ScalarSet(Self.canonicalMarks))
    }

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? {
        let markCount = text.reduce(0) { $0 + (markSet.contains($1) ? 1 : 0) }
        guard markCount > 0 else { return nil }
        struct Open { var closedBy: Set<Unicode.Scalar>; var annotation: Int; var opener: Unicode.Scalar }
        // Where each mark last stands on the line, taken once and only for a line that asks:
        // whether a closer of the innermost quotation still follows is then one look-up,
        // whatever the number of marks.
        var lastPosition: [Unicode.Scalar: Int]? = nil
        func closerFollows(_ open: Open, after index: Int, canonicalCloser: Unicode.Scalar) -> Bool {
            let positions = lastPosition ?? {
                var positions: [Unicode.Scalar: Int] = [:]
                for (k, scalar) in text.enumerated() where markSet.contains(scalar) { positions[scalar] = k }
                return positions
            }()
            lastPosition = positions
            return open.closedBy.union([canonicalCloser]).contains { (positions[$0] ?? -1) > index }
        }
        var stack: [Open] = []
        var editor = TextEditor(reservingCapacity: text.count)
        // Sized once: a line of millions of marks must not pay for regrowing these.
        var records: [(range: Range<Int>, mark: QuoteMark)] = []
        records.reserveCapacity(markCount)
        var i = 0
        while i < text.count {
            let scalar = text[i]
            if scalar == "<", let end = markupTagEnd(in: text, from: i) {
                editor.copy(text[i..<end]) // attribute quotes in <tag a="…"> are syntax, not quotations
                i = end
                continue
            }
            guard markSet.contains(scalar), let mark = marks[scalar] else {
                var j = i + 1
                while j < text.count && !markSet.contains(text[j]) && text[j] != "<" { j += 1 }
                editor.copy(text[i..<j])
                i = j
                continue
            }
            let previous: Unicode.Scalar? = i > 0 ? text[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < text.count ? text[i + 1] : nil
            // It closes the innermost quotation if that quotation's own style closes with it, or
            // if it is the mark the quotation's folded opener (“ or ‘) closes with: a second pass
            // sees only the folded opener, and must read the mark the same way (《A’ is 《A》).
            let canonicalCloser = (stack.count - 1) % 2 == 0 ? Self.outer.close : Self.inner.close
            var closesTop = !stack.isEmpty && (stack[stack.count - 1].closedBy.contains(scalar) || scalar == canonicalCloser)
            // A mark that quotes only in pairs (<…>) is text unless it opens before Hangul with
            // its closer further on, or closes the quotation it opened.
            // (After a quotation mark too: a second pass sees it folded, as opening punctuation.
            // Glued to Hangul on both sides, as in 무장간첩선<푸에블로>호, it quotes too.)
            var pairedOpens = false
            if mark.role == .pairedOpen, next.map(TermMatcher.isHangul) ?? false,
               let close = attachedCloser(in: text, after: i, of: mark) {
                let afterClose = close + 1 < text.count ? text[close + 1] : nil
                pairedOpens = previous == nil || isSpace(previous!) || isOpeningPunctuation(previous!) || markSet.contains(previous!)
                    || (TermMatcher.isHangul(previous!) && (afterClose.map(TermMatcher.isHangul) ?? false))
            }
            if (mark.role == .pairedOpen && !pairedOpens) || (mark.role == .pairedClose && !closesTop) {
                editor.copy(scalar)
                i += 1
                continue
            }
            // An opening mark typed where its closer belongs (a paper's “…“고 말했다, ‘…‘이라는):
            // the same mark that opened the innermost quotation, glued to the word before it and
            // followed by the end, a space, punctuation or Hangul (a particle), with no closer of
            // that quotation anywhere after it on the line, closes it.
            if !closesTop, mark.role == .open, let top = stack.last, top.opener == scalar,
               let previous, !isSpace(previous), !isOpeningPunctuation(previous), !markSet.contains(previous),
               next.map({ isSpace($0) || TermMatcher.isHangul($0) || isClosingPunctuation($0) }) ?? true,
               !closerFollows(top, after: i, canonicalCloser: canonicalCloser) {
                closesTop = true
            }
            if closesTop && mark.role != .close && stack.count % 2 == 0 && isLatinLetter(previous) && isLatinLetter(next) {
                // Closing here would fold it to ’ between two Latin letters, an apostrophe to the
                // next pass, which would also no longer see the style that made it close („s“p):
                // read it by its own role instead, as the next pass will.
                closesTop = false
            }
            // Only after a Latin letter: Korean closing quotes are followed by particles ('지지'를).
            // Between two Latin letters (Korea’s), or after one with nothing open (the Kims'); before
            // Hangul it closes a quotation (‘b’다), as it did when it was folded.
            // Between two Hangul syllables with nothing open that it closes, and alone in its word,
            // a straight one is the 사이표 of North Korean spelling of the 1960s (일'군, 실'속,
            // 불'길), not a quotation; two in one word quote it (이른바'남북대화'는).
            let isApostrophe = ((scalar == "'" || scalar == "\u{2019}") && isLatinLetter(previous)
                && (isLatinLetter(next) || (!closesTop && (next == nil || isSpace(next!)))))
                || (scalar == "'" && !closesTop && (previous.map(TermMatcher.isHangul) ?? false) && (next.map(TermMatcher.isHangul) ?? false) && isAloneInItsWord(text, at: i))
            // A mark with space (or the text's edge) on both sides quotes nothing: it is an arrow
            // or decoration ("더 많은 것을 읽으십시오 »"), unless it is a straight quote (or a
            // prime), nothing is open, and the same mark follows on the line attached to a word,
            // with no other mark between (김 부부장은 " 한국 당국자들이 …"이라고): an opening mark
            // typed with a space after it. A second pass leaves the “ it became standing alone and
            // the ” closing nothing, the same text; a curly or angle mark standing alone is not
            // read so, since marks a first pass folds into its closer would pair it on the second
            // (found by the fuzzer).
            let standsAlone = (previous == nil || isSpace(previous!)) && (next == nil || isSpace(next!))
                && !(stack.isEmpty && mark.role == .either && mark.closedBy == [scalar] && attachedCloser(in: text, after: i, of: mark) != nil)
            // A prime after a digit that closes nothing measures (37°45′, 5′11″): not a quotation.
            let measures = QuoteMark.Style.measurementStyles.contains(mark.style) && !closesTop && (previous.map { $0.isASCII && $0.properties.numericType != nil } ?? false)
            if isApostrophe || standsAlone || measures {
                editor.copy(scalar)
                i += 1
                continue
            }
            let afterSpace = previous == nil || isSpace(previous!) || isOpeningPunctuation(previous!)
            let opens: Bool
            if closesTop && !(afterSpace && next != nil && !isSpace(next!)) {
                opens = false // closes the innermost quotation, whatever its usual role („Guten“)
            } else {
                switch mark.role {
                case .open, .pairedOpen: opens = true
                case .close, .pairedClose: opens = false
                case .either:
                    // Nothing open that it closes: after a word and before a space or punctuation,
                    // it is an unbalanced closing mark; otherwise it opens.
                    opens = afterSpace || !(next == nil || isSpace(next!) || isClosingPunctuation(next!))
                }
            }
            var quote = QuoteMark(role: opens ? .open : .close, depth: 0, style: mark.style, original: String(scalar),
                                  canonical: "", partner: nil, originalOffset: 0, normalizedOffset: 0)
            if opens {
                quote.depth = stack.count
                stack.append(Open(closedBy: mark.closedBy, annotation: records.count, opener: scalar))
            } else if !stack.isEmpty && stack.count % 2 == 0 && isLatinLetter(previous) && isLatinLetter(next) {
                // It would fold to ’ between two Latin letters, which reads as an apostrophe:
                // left as written, as a second pass would leave it.
                editor.copy(scalar)
                i += 1
                continue
            } else if !stack.isEmpty {
                // A closing mark closes the innermost open quotation, whatever its style (《…" is
                // a mismatched pair): the folded marks then pair the same way again, so that
                // normalizing twice changes nothing (found by the fuzzer and property tests).
                let k = stack.count - 1
                quote.depth = k
                quote.partner = stack[k].annotation
                records[stack[k].annotation].mark.partner = records.count
                stack.removeSubrange(k...)
            } else {
                quote.depth = 0
            }
            let pair = quote.depth % 2 == 0 ? Self.outer : Self.inner
            let canonical = opens ? pair.open : pair.close
            quote.canonical = String(canonical)
            let start = editor.output.count
            editor.replace(CollectionOfOne(scalar), with: [canonical])
            records.append((start..<start + 1, quote))
            i += 1
        }
        editor.reserveAnnotations(records.count)
        for record in records { editor.annotate(record.range, .quoteMark(record.mark)) }
        return editor.finish()
    }

    /// Where a mark that would close the opening `mark` at `index` (of its style's closers; for
    /// a straight quote, itself) follows it on the line, with neither a space nor
    /// opening punctuation right before it and no Latin letter right after it (Korea's), and no
    /// other quotation mark or `<` between them, or nil: the closer of a `<` before Hangul, or
    /// of an opener typed with a space after it. With marks between, the mark is left alone:
    /// once folded, those marks would read differently (a later `<` that became “ no longer
    /// stops the look; found by the fuzzer), and normalizing twice must change nothing. Looked
    /// for at most 4,096 scalars on, and never past the next mark, so that a line of many marks
    /// is read in linear time.
    private func attachedCloser(in text: [Unicode.Scalar], after index: Int, of mark: Mark) -> Int? {
        var j = index + 1
        let limit = min(text.count, index + 4096)
        while j < limit {
            let s = text[j]
            // Glued to a word as the step itself reads a closing mark: not after a space or
            // opening punctuation (after a dash it would open, found by the fuzzer), nor before
            // a Latin letter (an apostrophe).
            if mark.closedBy.contains(s) {
                let before = text[j - 1]
                return !isSpace(before) && !isOpeningPunctuation(before) && !isLatinLetter(j + 1 < text.count ? text[j + 1] : nil) ? j : nil
            }
            // Every other mark stops it, the next opener and < among them (both are in the table).
            if markSet.contains(s) || s == "\n" || s == "\u{2029}" { return nil }
            j += 1
        }
        return nil
    }

    /// The end of an HTML/XML tag starting at `start` (`<p …>`, `</p>`, `<!-- -->`), if one does.
    private func markupTagEnd(in text: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < text.count else { return nil }
        let first = text[start + 1]
        guard (first.isASCII && first.properties.isAlphabetic) || first == "/" || first == "!" else { return nil }
        var j = start + 1
        let limit = min(text.count, start + 4096)
        while j < limit {
            if text[j] == ">" { return j + 1 }
            // Nor past a canonical mark: it may be a < (or >) this step folded, and a second pass
            // must find no tag where the first found none (found by the fuzzer).
            if text[j] == "<" || Self.canonicalMarks.contains(text[j]) { return nil }
            j += 1
        }
        return nil
    }

    private func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether the mark at `index` is the only straight single quote of its word (the text
    /// between white space), read no further than the word's ends. A middle dot between two
    /// Hangul words joins them, the spaces around it too, as ``SeparatorStep`` (the step after
    /// this one) writes them (북'읁 ㆍ 북'인 → 북'읁·북'인): the word runs across it, so that a
    /// second pass reads the same word (found by the fuzzer).
    private func isAloneInItsWord(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        for step in [1, -1] {
            var j = index + step
            while text.indices.contains(j) {
                if text[j].isWhiteSpace {
                    guard let next = joinedWordGoesOn(text, spaceAt: j, step: step) else { break }
                    j = next
                    continue
                }
                if text[j] == "'" { return false }
                j += step
            }
        }
        return true
    }

    /// Where a word goes on across the white space at `space`, reading forward (`step` 1) or
    /// backward (-1), when the spaces there surround a joining dot between two Hangul syllables
    /// (가ㆍ 나, 가 ㆍ나, 가 ㆍ 나): the dot, or the syllable after the spaces; nil at the word's
    /// end.
    private func joinedWordGoesOn(_ text: [Unicode.Scalar], spaceAt space: Int, step: Int) -> Int? {
        func skippingSpaces(from start: Int, by direction: Int) -> Int {
            var k = start
            while text.indices.contains(k) && text[k] == " " { k += direction }
            return k
        }
        func isHangul(at k: Int) -> Bool { text.indices.contains(k) && TermMatcher.isHangul(text[k]) }
        guard text[space] == " " else { return nil }
        let far = skippingSpaces(from: space, by: step), near = space - step
        guard text.indices.contains(far) else { return nil }
        // The dot on the near side of the spaces, or on the far side.
        if text.indices.contains(near), joiningDots.contains(text[near]) {
            return isHangul(at: skippingSpaces(from: near - step, by: -step)) && isHangul(at: far) ? far : nil
        }
        if joiningDots.contains(text[far]) {
            return isHangul(at: near) && isHangul(at: skippingSpaces(from: far + step, by: step)) ? far : nil
        }
        return nil
    }

    private func isLatinLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.value < 0x250 && scalar.properties.isAlphabetic
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.isWhiteSpace }

    private func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .openPunctuation, .initialPunctuation, .dashPunctuation, .mathSymbol: return true
        default: return marks[scalar]?.role == .open
        }
    }

    private func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .closePunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}

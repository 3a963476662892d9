/// Reported speech without marks in English: "Kim Jong Un said that the two countries would …",
/// and the wires' "Kim said the two countries would …", as KCNA's English and the wires report most
/// of what a leader said at talks.
extension QuoteExtractor {
    /// The verbs (one word, or a phrase) that report a clause in `that` after them: said that,
    /// stressed that, pointed out that, expressed the belief that.
    static let englishThatVerbs: [[String]] = [
        ["said"], ["says"], ["stressed"], ["emphasized"], ["emphasised"], ["noted"], ["stated"], ["added"], ["declared"],
        ["affirmed"], ["reaffirmed"], ["underscored"], ["warned"], ["pointed", "out"], ["made", "clear"],
        ["expressed", "the", "belief"], ["expressed", "the", "hope"], ["expressed", "the", "conviction"], ["expressed", "his", "belief"], ["expressed", "his", "hope"],
    ]

    /// The verbs that report a clause directly, without `that`, as the wires write (Kim said the
    /// two countries would …; Putin added Russia was ready …); `told` takes a one-word object
    /// before its clause (told reporters he would …).
    static let englishBareClauseVerbs: Set<String> = ["said", "says", "added", "stressed", "warned", "noted", "declared", "insisted", "promised", "told"]

    /// The shortest and longest of ``englishBareClauseVerbs``, in scalars: a word of another
    /// length is none of them, known before it is made a string.
    static let englishBareClauseVerbLengths: ClosedRange<Int> = {
        let lengths = englishBareClauseVerbs.map(\.unicodeScalars.count)
        return lengths.min()!...lengths.max()!
    }()

    /// Words of time a wire puts between the verb and its clause (Kim said Monday the …).
    static let englishTimeWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "again", "on"]

    /// The words a reported clause without `that` starts with: a pronoun or a determiner (or a
    /// name, ``isNameWord(_:)``).
    static let englishClauseStarts: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "both", "all"]

    /// The auxiliaries and copulas one of which a clause without `that` must hold in its first
    /// words, before any comma: they tell a clause (the two countries would …) from a noun
    /// phrase (said the same thing).
    static let englishClauseAuxiliaries: Set<String> = ["would", "will", "could", "can", "should", "must", "might", "may", "shall", "was", "were", "is", "are", "had", "has", "have", "did", "does", "do"]

    /// How many words after a clause's start its auxiliary may come (the two countries' relations
    /// would: four).
    static let englishAuxiliaryReach = 6

    /// How many words the speaker before the verb may have ("Chairman of the State Affairs
    /// Commission Kim Jong Un" is seven).
    static let englishSubjectWords = 8

    /// The words after one of which a line may hold reported speech without marks.
    static let englishReportingCues: [[Unicode.Scalar]] = (["that"] + englishBareClauseVerbs.sorted()).map { Array($0.unicodeScalars) }

    /// Whether an English line may hold reported speech without marks: it holds " that " or a
    /// verb of ``englishBareClauseVerbs`` between spaces.
    static func mayReportInEnglish(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count >= 6 else { return false }
        for i in 0..<(text.count - 5) where text[i] == " " && text[i + 1].isASCII {
            for cue in englishReportingCues where i + cue.count + 1 < text.count && text[i + 1] == cue[0] && text[i + cue.count + 1] == " " {
                if (0..<cue.count).allSatisfy({ text[i + 1 + $0] == cue[$0] }) { return true }
            }
        }
        return false
    }

    /// Where the verb a clause without `that` is reported by ends (after its object, for `told`)
    /// and where that clause starts, when one does: after the verb (word `k`), its object for
    /// `told`, and words of time, a pronoun, determiner or name that an auxiliary follows within
    /// ``englishAuxiliaryReach`` words, before any comma. Nil otherwise.
    static func englishBareClauseStart(after k: Int, count: Int, word: (Int) -> String) -> (verbEnd: Int, clause: Int)? {
        let verb = bareEnglishWord(word(k)).lowercased()
        guard englishBareClauseVerbs.contains(verb), !word(k).hasSuffix(",") else { return nil }
        var start = k + 1
        if verb == "told" {
            guard start < count, !word(start).hasSuffix(",") else { return nil }
            start += 1
        }
        let verbEnd = start
        while start < count, englishTimeWords.contains(bareEnglishWord(word(start)).lowercased()), !word(start).hasSuffix(",") { start += 1 }
        guard start < count else { return nil }
        let first = bareEnglishWord(word(start))
        guard englishClauseStarts.contains(first.lowercased()) || isNameWord(first) else { return nil }
        var j = start
        while j < min(count, start + 1 + englishAuxiliaryReach) {
            if j > start, englishClauseAuxiliaries.contains(bareEnglishWord(word(j)).lowercased()) { return (verbEnd, start) }
            if word(j).hasSuffix(",") { return nil }
            j += 1
        }
        return nil
    }

    /// Reported speech without marks, in English: in a sentence holding no quotation, a speaker of
    /// a few words (a name, a title, he or she) starting the sentence or following its last comma,
    /// one of ``englishThatVerbs`` and `that`, or else one of ``englishBareClauseVerbs`` and a
    /// clause (``englishBareClauseStart(after:count:word:)``); the quotation is the clause to the
    /// sentence's end, four words at least, of kind `indirect`.
    func addEnglishIndirect(line: LineReader.Line, original: [Unicode.Scalar], result: NormalizedText, text: [Unicode.Scalar], quoted: [Range<Int>],
                            relatedFrom: Int = .max) {
        guard Self.language(of: text) == .english else { return }
        let isQuoted = Self.overlapTest(quoted, length: text.count)
        for range in splitter.sentences(of: text, language: "en") where !isQuoted(range) {
            let words = Self.wordRanges(of: text, in: range)
            func word(_ k: Int) -> String { String(scalars: Array(text[words[k]])) }
            // The first verb followed by that: found from each `that`, looking back (each word is
            // read a bounded number of times, however long the sentence).
            // `clause` is the clause's first word.
            var found: (verb: Range<Int>, clause: Int, that: Bool)? = nil
            search: for t in words.indices.dropFirst() where words[t].count == 4 && word(t) == "that" {
                for verb in Self.englishThatVerbs where t - verb.count >= 0 {
                    let k = t - verb.count
                    guard (0..<verb.count).allSatisfy({ Self.bareEnglishWord(word(k + $0)).lowercased() == verb[$0] && ($0 == verb.count - 1 || !word(k + $0).hasSuffix(",")) }) else { continue }
                    found = (k..<t, t + 1, true)
                    break search
                }
            }
            // Without `that`: the first verb of saying whose clause starts as a clause does.
            if found == nil {
                for k in words.indices.dropFirst() where Self.englishBareClauseVerbLengths.contains(words[k].count) {
                    if let (verbEnd, start) = Self.englishBareClauseStart(after: k, count: words.count, word: word) {
                        found = (k..<verbEnd, start, false)
                        break
                    }
                }
            }
            guard let (verb, clause, hasThat) = found, verb.lowerBound > 0, words.count - clause >= 4 else { continue }
            // The speaker: the words before the verb, back to the sentence's start or a comma.
            var first = verb.lowerBound
            while first > 0 && !word(first - 1).hasSuffix(",") && verb.lowerBound - first < Self.englishSubjectWords { first -= 1 }
            guard first == 0 || word(first - 1).hasSuffix(",") else { continue }
            var subject = (first..<verb.lowerBound).map { Self.bareEnglishWord(word($0)) }
            if subject.count == 1, ["He", "She"].contains(subject[0]) { subject = [subject[0].lowercased()] }
            guard let head = subject.first?.unicodeScalars.first, head.properties.isUppercase || ["he", "she"].contains(subject.joined(separator: " ")) else { continue }
            // A passive names no speaker (It is said that, It was stressed that).
            guard let last = subject.last?.lowercased(), !["is", "was", "were", "are", "be", "been", "being", "it"].contains(last) else { continue }
            // The clause, without the sentence's closing stop.
            var end = words[words.count - 1].upperBound
            while end > words[clause].lowerBound && [".", "!", "?", ";", ":"].contains(text[end - 1]) { end -= 1 }
            let start = words[clause].lowerBound
            let span = result.originalRange(forNormalized: start..<end)
            guard span.lowerBound < span.upperBound, span.upperBound <= original.count else { continue }
            let verbText = (verb.lowerBound..<verb.upperBound).map(word).joined(separator: " ")
            var quotation = Quotation(document: document, start: line.scalarOffset + span.lowerBound, end: line.scalarOffset + span.upperBound, line: line.number,
                                      text: String(scalars: Array(original[span])), normalized: String(scalars: Array(text[start..<end])), marks: "", depth: 0, parent: nil,
                                      kind: .indirect, clause: hasThat ? verbText + " that" : verbText, verb: hasThat ? verbText : Self.bareEnglishWord(word(verb.lowerBound)),
                                      speaker: nil, speakerText: nil, speakerEntry: nil, language: .english, occurrences: [])
            if let speaker = resolveEnglishSpeaker(subject) {
                (quotation.speaker, quotation.speakerText, quotation.speakerEntry) = (speaker.name, speaker.text, speaker.entry)
                if speaker.name != nil { lastSpeaker = (speaker.name, speaker.text, speaker.entry) }
            }
            quotation.occurrences = [Quotation.Occurrence(start: quotation.start, end: quotation.end, line: line.number,
                                                          context: span.lowerBound >= relatedFrom ? .related : .body)]
            quotations.append(quotation)
        }
    }
}

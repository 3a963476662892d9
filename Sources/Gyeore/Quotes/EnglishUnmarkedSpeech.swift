/// Reported speech without marks in English: "Kim Jong Un said that the two countries would …",
/// as KCNA's English and the wires report most of what a leader said at talks.
extension QuoteExtractor {
    /// The verbs (one word, or a phrase) that report a clause in `that` after them: said that,
    /// stressed that, pointed out that, expressed the belief that.
    static let englishThatVerbs: [[String]] = [
        ["said"], ["says"], ["stressed"], ["emphasized"], ["emphasised"], ["noted"], ["stated"], ["added"], ["declared"],
        ["affirmed"], ["reaffirmed"], ["underscored"], ["warned"], ["pointed", "out"], ["made", "clear"],
        ["expressed", "the", "belief"], ["expressed", "the", "hope"], ["expressed", "the", "conviction"], ["expressed", "his", "belief"], ["expressed", "his", "hope"],
    ]

    /// How many words the speaker before the verb may have ("Chairman of the State Affairs
    /// Commission Kim Jong Un" is seven).
    static let englishSubjectWords = 8

    /// Whether an English line may hold reported speech without marks: it holds " that ".
    static func mayReportInEnglish(_ text: [Unicode.Scalar]) -> Bool {
        let that: [Unicode.Scalar] = [" ", "t", "h", "a", "t", " "]
        guard text.count >= that.count else { return false }
        for i in 0...(text.count - that.count) where text[i] == " " && text[i + 1] == "t" && text[i + 5] == " " && Array(text[i..<i + 6]) == that { return true }
        return false
    }

    /// Reported speech without marks, in English: in a sentence holding no quotation, a speaker of
    /// a few words (a name, a title, he or she) starting the sentence or following its last comma,
    /// one of ``englishThatVerbs`` and `that`; the quotation is the clause after `that` to the
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
            var found: (verb: Range<Int>, that: Int)? = nil
            search: for t in words.indices.dropFirst() where words[t].count == 4 && word(t) == "that" {
                for verb in Self.englishThatVerbs where t - verb.count >= 0 {
                    let k = t - verb.count
                    guard (0..<verb.count).allSatisfy({ Self.bareEnglishWord(word(k + $0)).lowercased() == verb[$0] && ($0 == verb.count - 1 || !word(k + $0).hasSuffix(",")) }) else { continue }
                    found = (k..<t, t)
                    break search
                }
            }
            guard let (verb, that) = found, verb.lowerBound > 0, words.count - that - 1 >= 4 else { continue }
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
            while end > words[that + 1].lowerBound && [".", "!", "?", ";", ":"].contains(text[end - 1]) { end -= 1 }
            let start = words[that + 1].lowerBound
            let span = result.originalRange(forNormalized: start..<end)
            guard span.lowerBound < span.upperBound, span.upperBound <= original.count else { continue }
            let verbText = (verb.lowerBound..<verb.upperBound).map(word).joined(separator: " ")
            var quotation = Quotation(document: document, start: line.scalarOffset + span.lowerBound, end: line.scalarOffset + span.upperBound, line: line.number,
                                      text: String(scalars: Array(original[span])), normalized: String(scalars: Array(text[start..<end])), marks: "", depth: 0, parent: nil,
                                      kind: .indirect, clause: verbText + " that", verb: verbText,
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

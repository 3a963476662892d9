/// The text of a statement or speech a North Korean report prints whole, without marks, after a
/// line introducing it (…은 다음과 같은 담화를 발표하였다): each of its sentences is the
/// speaker's, a quotation of kind `indirect`, until the dateline that closes it or the
/// document's end.
extension QuoteExtractor {
    /// What a statement is called in the line introducing it (담화, 연설, 성명 …).
    static let statementNouns = ["담화", "연설", "성명", "기자회견", "답변", "서한", "축하문", "축전"]

    /// How many lines after a statement's heading its text may start (a title, the page's date
    /// line, the wire's dateline and blank lines between).
    static let headingReach = 8

    /// What a statement's heading may call it (``statementHeading(_:)``): ``statementNouns`` and
    /// the other pieces North Korean media print whole under a heading naming their author
    /// (조선민주주의인민공화국 외무성 대변인대답, 조선중앙통신사 론평, 로동신문 사설, 신년사).
    static let headingNouns = statementNouns + ["대답", "론평", "논평", "론설", "논설", "사설", "정론", "신년사", "보도문", "친서"]

    /// The last syllables of ``headingNouns``.
    static let headingNounEnds = Set(headingNouns.compactMap(\.unicodeScalars.last))

    /// What an English report calls the statement it prints whole after announcing it (Choe Son
    /// Hui … released the following statement on Saturday:), KCNA's formula.
    static let englishStatementNouns: Set<String> = ["statement", "statements", "speech", "answer", "answers", "address", "commentary", "remarks", "letter", "message", "article"]

    /// The speaker of a statement an English line announces (…released the following statement:,
    /// …issued the following press statement:), or nil when it announces none: the first
    /// glossary person, outlet or organization named before "the following", after the wire's
    /// dateline (Pyongyang, August 31 (KCNA) -- …).
    func englishStatementSpeaker(_ line: String) -> (name: String?, text: String, entry: String?)? {
        guard let following = line.range(of: "the following ") else { return nil }
        let after = line[following.upperBound...].split(separator: " ").prefix(3).map { Self.bareEnglishWord(String($0)).lowercased() }
        guard after.contains(where: Self.englishStatementNouns.contains) else { return nil }
        var before = line[..<following.lowerBound]
        if let dash = before.range(of: " -- ") ?? before.range(of: " \u{2014} ") { before = before[dash.upperBound...] }
        guard let box = matcherBox, let hit = box.matches(in: String(before)).first(where: { Self.speakerKinds.contains($0.entry.kind) }) else { return nil }
        return (hit.entry.southKorean, hit.entry.english.isEmpty ? hit.entry.southKorean : hit.entry.english, hit.entry.id)
    }

    /// A transcript's line, "Vladimir Putin: …", "Kim Jong Un (retranslated): …", "[김정은/북한
    /// 국무위원장 (어제) : …]": the speaker its label names (a glossary person, outlet or
    /// organization, named whole by the label or by the part before a slash, a parenthesis left
    /// out) and where the words start (after the colon). Nil for any other line: a label of more
    /// than six words, or one naming no glossary speaker (Question:, Moscow:, Note:).
    func transcriptSpeaker(_ text: [Unicode.Scalar]) -> (speaker: (name: String?, text: String, entry: String?), from: Int)? {
        guard let colon = text.prefix(Self.transcriptLabelScalars).firstIndex(of: ":"), colon > 1,
              colon + 1 < text.count, text[colon + 1].isWhiteSpace else { return nil }
        var label = String(scalars: Array(text[..<colon])).trimmingCharacters(in: .whitespaces)
        if label.hasPrefix("[") { label.removeFirst() }
        if let slash = label.firstIndex(of: "/") { label = String(label[..<slash]) }
        if let open = label.firstIndex(of: "("), label.hasSuffix(")") { label = String(label[..<open]) }
        label = label.trimmingCharacters(in: .whitespaces)
        let words = label.split(separator: " ")
        guard (1...6).contains(words.count), !label.contains(where: { ",.;\"“”".contains($0) }),
              let box = matcherBox, let hit = box.matches(in: label).first(where: { Self.speakerKinds.contains($0.entry.kind) }),
              hit.range.lowerBound == 0, hit.range.upperBound == label.unicodeScalars.count else { return nil }
        return ((hit.entry.southKorean, label, hit.entry.id), colon + 1)
    }

    /// How far into a line a transcript's label may end (its colon).
    static let transcriptLabelScalars = 48

    /// The speaker a statement's heading names, as KCNA's and Rodong Sinmun's pages head a
    /// statement printed whole with no line announcing it (김여정 조선로동당 중앙위원회 부부장
    /// 담화; 조선민주주의인민공화국 외무성 대변인 담화; the title may stand before it on the same
    /// line): a line of two to sixteen words without marks or sentence punctuation, whose last
    /// word is a statement noun (or ends with one, 대변인담화), and whose words before it name a
    /// speaker as a subject would (in the possessive too: 김정은동지의 연설). Nil for any other line.
    func statementHeading(_ text: [Unicode.Scalar]) -> (name: String?, text: String, entry: String?)? {
        // Most short lines end in no statement noun's last syllable: known before any string is made.
        guard text.count <= 100, let end = text.last(where: { !$0.isWhiteSpace }), Self.headingNounEnds.contains(end),
              Self.language(of: text) == .korean else { return nil }
        let line = String(scalars: text).trimmingCharacters(in: .whitespaces)
        guard !line.contains(where: { ",.!?:;\"“”‘’'…《》〈〉()[]".contains($0) }) else { return nil }
        let words = line.split(separator: " ")
        guard (2...16).contains(words.count), let last = words.last,
              let noun = Self.headingNouns.first(where: { last.hasSuffix($0) }) else { return nil }
        // A South Korean paper's headline names the North as such (北 김여정 담화, 북한 외무성
        // 담화): the article under it is the paper's.
        guard !words.contains(where: { $0.hasPrefix("北") || $0 == "북" || $0.hasPrefix("북한") }) else { return nil }
        var named = words.dropLast().map(String.init)
        let stem = String(last.dropLast(noun.count))
        if !stem.isEmpty { named.append(stem) }
        // Whose statement, in the possessive (김정은동지의 연설, 대통령의 연설): the name itself.
        if let final = named.last, final.count >= 3, final.hasSuffix("의") { named[named.count - 1] = String(final.dropLast()) }
        // The words before the noun read as a subject: the topic particle after the last of them.
        guard let final = named.last?.unicodeScalars.last, let letters = Jamo.indices(final) else { return nil }
        named[named.count - 1] += letters.tail != 0 ? "은" : "는"
        guard let found = subject(in: named.joined(separator: " "), last: true), found.name != nil || found.entry != nil else { return nil }
        return (found.name, found.text, found.entry)
    }

    /// Whether a line names a statement's speaker: by the glossary's name (김여정, 북한 외무성),
    /// or by the surname and the heading's last word (김 부부장), as a report names them.
    static func names(_ speaker: (name: String?, text: String, entry: String?), in text: [Unicode.Scalar]) -> Bool {
        let line = String(scalars: text)
        if let name = speaker.name, !name.isEmpty, line.contains(name) { return true }
        if let name = speaker.name, let surname = name.first, name.count >= 2, !name.contains(" "),
           let title = speaker.text.split(separator: " ").last, title != Substring(name), line.contains("\(surname) \(title)") || line.contains("\(surname)\(title)") {
            return true
        }
        return false
    }

    /// Whether a line says "the following" (다음과 같은, 다음과 같이), read on its scalars: the
    /// cheap test every line passes before a statement or quotation is looked for in it.
    static func mentionsTheFollowing(_ text: [Unicode.Scalar]) -> Bool {
        let phrase: [Unicode.Scalar] = ["다", "음", "과", " ", "같"]
        guard text.count >= phrase.count else { return false }
        for i in 0...(text.count - phrase.count) where text[i] == "다" && text[i + 1] == "음" && text[i + 2] == "과" && text[i + 4] == "같" && text[i + 3].isWhiteSpace { return true }
        return false
    }

    /// Whether a sentence introduces a statement printed whole after it: it announces the
    /// following (다음과 같은) statement, speech or declaration.
    static func introducesStatement(_ sentence: String) -> Bool {
        (sentence.contains("다음과 같은") || sentence.contains("다음과 같이")) && statementNouns.contains { sentence.contains($0) }
    }

    /// Whether a line announces the quotation on the line after it: it says so (다음과 같이) and
    /// ends with a reporting verb (김일성동지께서는 다음과 같이 교시하시였다).
    static func announcesQuotation(_ text: [Unicode.Scalar], verbs: [(stem: String, language: String)]) -> Bool {
        guard mentionsTheFollowing(text) else { return false }
        let line = String(scalars: text)
        guard line.contains("다음과 같이"), let last = line.split(whereSeparator: \.isWhitespace).last else { return false }
        return verbs.contains { $0.language == "ko" && last.hasPrefix($0.stem) }
    }

    /// Whether an announcing line introduces the answer to a question (외무성 대변인은 조선중앙통신사
    /// 기자가 제기한 질문에 다음과 같이 대답하였다): a written answer, whose paragraphs run on as
    /// a statement's do, though a person gives it.
    static func answersAQuestion(_ text: [Unicode.Scalar]) -> Bool {
        let line = String(scalars: text)
        guard line.contains("질문에"), let last = line.split(whereSeparator: \.isWhitespace).last else { return false }
        return ["대답", "답하", "답했"].contains { last.hasPrefix($0) }
    }

    /// A sentence of a line that announces what follows it in the line (습근평은 다음과 같이
    /// 강조했다. 김정은 위원장이 …), as Xinhua's and the Chinese radio's Korean services print a
    /// leader's words: where the announcement ends, and who it names. Nil when no sentence
    /// before the line's last announces, or none names a speaker.
    func announcementWithin(_ text: [Unicode.Scalar]) -> (end: Int, speaker: (name: String?, text: String, entry: String?))? {
        let sentences = splitter.sentences(of: text, language: "ko")
        for range in sentences.dropLast() {
            let sentence = Array(text[range])
            guard Self.announcesQuotation(Array(sentence.reversed().drop { $0.isWhiteSpace || $0 == "." }.reversed()), verbs: verbs),
                  let found = subject(in: String(scalars: sentence), last: false) else { continue }
            return (range.upperBound, (found.name, found.text, found.entry))
        }
        return nil
    }

    /// The speaker of announced words still running (``announcedWordsSpeaker``) when this line
    /// goes on with them: it neither closes a statement (``closesStatement(_:)``) nor starts with
    /// a speaker's subject among its first three words (론평은 …, 김정은동지께서는 …).
    func announcedWordsRunning(on line: LineReader.Line, text: [Unicode.Scalar]) -> (name: String?, text: String, entry: String?)? {
        guard let speaker = announcedWordsSpeaker else { return nil }
        guard !Self.closesStatement(Self.trimming(line.text, \.isBlank)), !opensWithSpeaker(text) else { return nil }
        return speaker
    }

    /// Whether a line's first three words name a speaker as their subject (론평은 …,
    /// 조선외무성 대변인은 …).
    func opensWithSpeaker(_ text: [Unicode.Scalar]) -> Bool {
        let opening = Self.wordRanges(of: text, in: 0..<text.count).prefix(3)
        guard let first = opening.first, let last = opening.last else { return false }
        return subject(in: String(scalars: Array(text[first.lowerBound..<last.upperBound])), last: false) != nil
    }

    /// Whether a quotation is all its line holds, but its marks, blank ends and a cited source
    /// in parentheses after it.
    static func standsAlone(_ quotation: Quotation, in line: LineReader.Line) -> Bool {
        let scalars = Array(line.text.unicodeScalars)
        let start = quotation.start - line.scalarOffset, end = quotation.end - line.scalarOffset
        guard start >= 0, end <= scalars.count, start <= end else { return false }
        func isFrame(_ s: Unicode.Scalar) -> Bool { s.isWhiteSpace || s.properties.generalCategory == .initialPunctuation || s.properties.generalCategory == .finalPunctuation
            || s.properties.generalCategory == .openPunctuation || s.properties.generalCategory == .closePunctuation || s == "\"" || s == "'" || s == "." }
        guard scalars[..<start].allSatisfy(isFrame) else { return false }
        // The source a quotation of a leader's works is cited from may follow it:
        // 《…법입니다.》(《김일성저작선집》, 4권, 365페지).
        let rest = scalars[end...].drop { isFrame($0) && $0 != "(" }
        return rest.isEmpty || rest.first == "("
    }

    /// Whether a line closes a statement's text: its dateline (주체109(2020)년 6월 4일, 2020년
    /// 6월 4일), with the place on the same line or alone (평양), or the wire's end mark ((끝)).
    static func closesStatement(_ trimmed: String) -> Bool {
        if trimmed.isEmpty { return false }
        if trimmed == "(끝)" || trimmed == "평양" { return true }
        // KCNA's English dateline: Pyongyang, August 31, Juche 108 (2019).
        if trimmed.hasPrefix("Pyongyang,"), trimmed.split(separator: " ").count <= 8, trimmed.contains("Juche") || isoDate(in: trimmed) != nil { return true }
        // The dateline and the place on one line (주체114(2025)년 8월 14일 평양), the wire's end
        // mark after them.
        var words = trimmed.split(separator: " ")
        if words.last == "(끝)" { words.removeLast() }
        if words.count > 1, words.last == "평양" { words.removeLast() } else if words.count > 1, words.first == "평양" { words.removeFirst() }
        let date = words.joined(separator: " ")
        return !words.isEmpty && words.count <= 5 && date.hasSuffix("일") && (date.hasPrefix("주체") || isoDate(in: date) != nil)
    }

    /// Whether a line ends with a wire's end mark after its last sentence: KCNA's English -0-,
    /// its Korean (끝).
    static func endsWithEndMark(_ text: [Unicode.Scalar]) -> Bool {
        let trimmed = text.reversed().drop { $0.isWhiteSpace }
        return trimmed.starts(with: ["-", "0", "-"]) || trimmed.starts(with: [")", "끝", "("])
    }

    /// The sentences of a statement's line (from the normalized offset `from` on) that hold no
    /// quotation and have four words or more, as the speaker's `indirect` quotations. With
    /// `wordsInMarks`, a sentence holding quotations is the speaker's too when they make up less
    /// than half of it: the words a statement puts in marks (한국통일부가 …《소통》과
    /// 《긴장완화》의 여지를 두었다고 나름 평한것을 지켜보았다) are part of its own sentence.
    func addStatementSentences(of line: LineReader.Line, original: [Unicode.Scalar], result: NormalizedText, text: [Unicode.Scalar], quoted: [Range<Int>],
                               speaker: (name: String?, text: String, entry: String?), from: Int = 0, language: Quotation.Language = .korean,
                               wordsInMarks: Bool = false) {
        let isQuoted = Self.overlapTest(quoted, length: text.count)
        func mostlyOwn(_ range: Range<Int>) -> Bool {
            guard wordsInMarks else { return false }
            // The scalars the quotations (and their marks) cover inside the sentence.
            var covered = 0
            for span in quoted {
                let lower = max(span.lowerBound - 1, range.lowerBound), upper = min(span.upperBound + 1, range.upperBound)
                if lower < upper { covered += upper - lower }
            }
            return covered * 2 < range.count
        }
        for range in splitter.sentences(of: text, language: language.rawValue) where range.lowerBound >= from && (!isQuoted(range) || mostlyOwn(range)) {
            var end = range.upperBound
            // (Without the wire's end mark: …상대해줄것이다.(끝))
            if end - range.lowerBound > 3, text[(end - 3)..<end].elementsEqual(["(", "끝", ")"]) { end -= 3 }
            while end > range.lowerBound && (text[end - 1].isWhiteSpace || [".", "!", "?"].contains(text[end - 1])) { end -= 1 }
            var start = range.lowerBound
            while start < end && text[start].isWhiteSpace { start += 1 }
            guard start < end, Self.wordRanges(of: text, in: start..<end).count >= 4 else { continue }
            let span = result.originalRange(forNormalized: start..<end)
            guard span.lowerBound < span.upperBound, span.upperBound <= original.count else { continue }
            var quotation = Quotation(document: document, start: line.scalarOffset + span.lowerBound, end: line.scalarOffset + span.upperBound, line: line.number,
                                      text: String(scalars: Array(original[span])), normalized: String(scalars: Array(text[start..<end])), marks: "", depth: 0, parent: nil,
                                      kind: .indirect, clause: nil, verb: nil, speaker: speaker.name, speakerText: speaker.text, speakerEntry: speaker.entry,
                                      language: language, occurrences: [])
            quotation.occurrences = [Quotation.Occurrence(start: quotation.start, end: quotation.end, line: line.number, context: .body)]
            quotations.append(quotation)
        }
    }
}

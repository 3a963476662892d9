/// Reported speech without marks in English: "Kim Jong Un said that the two countries would …",
/// and the wires' "Kim said the two countries would …", as KCNA's English and the wires report most
/// of what a leader said at talks.
extension QuoteExtractor {
    /// The verbs (one word, or a phrase) that report a clause in `that` after them: said that,
    /// stressed that, pointed out that, expressed the belief that.
    static let englishThatVerbs: [[String]] = [
        ["said"], ["says"], ["stressed"], ["emphasized"], ["emphasised"], ["noted"], ["stated"], ["added"], ["declared"],
        ["affirmed"], ["reaffirmed"], ["underscored"], ["warned"], ["pointed", "out"], ["made", "clear"],
        // The wires' other verbs of saying before `that` (Kim vowed that, reiterated that).
        ["vowed"], ["pledged"], ["reiterated"], ["insisted"], ["claimed"], ["announced"], ["argued"], ["confirmed"],
        ["asserted"], ["acknowledged"], ["admitted"], ["recalled"], ["explained"], ["predicted"], ["maintained"],
        ["expressed", "the", "belief"], ["expressed", "the", "hope"], ["expressed", "the", "conviction"], ["expressed", "his", "belief"], ["expressed", "his", "hope"],
        // KCNA's English of talks (expressed his conviction that, expressed confidence that,
        // expressed satisfaction that, expressed the expectation that).
        ["expressed", "his", "conviction"], ["expressed", "her", "conviction"], ["expressed", "her", "hope"], ["expressed", "her", "belief"],
        ["expressed", "confidence"], ["expressed", "satisfaction"], ["expressed", "the", "expectation"],
        // With an adjective before the noun (expressed the firm belief, expressed his deep
        // satisfaction, expressed the strong hope).
        ["expressed", "the", "firm", "belief"], ["expressed", "his", "firm", "belief"], ["expressed", "her", "firm", "belief"],
        ["expressed", "the", "firm", "conviction"], ["expressed", "his", "firm", "conviction"], ["expressed", "the", "strong", "hope"],
        ["expressed", "deep", "satisfaction"], ["expressed", "his", "deep", "satisfaction"], ["expressed", "great", "satisfaction"],
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

    /// The words that make a phrase of time with a noun of ``englishTimeNouns`` after them (last
    /// week, this month, late Sunday, earlier this year: "earlier" is a word of time itself).
    static let englishTimeModifiers: Set<String> = ["last", "this", "next", "late", "early"]

    /// The nouns of time a modifier of ``englishTimeModifiers`` comes before.
    static let englishTimeNouns: Set<String> = ["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening",
                                                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Where the words of time a wire puts after a verb of saying end (said Monday, said last
    /// week, said earlier this month): the first word from `k` that is neither a word of
    /// ``englishTimeWords`` nor a modifier and its noun of time, or that follows a comma.
    static func englishTimePhraseEnd(from k: Int, count: Int, word: (Int) -> String) -> Int {
        var i = k
        while i < count, !word(i).hasSuffix(",") {
            let w = bareEnglishWord(word(i)).lowercased()
            if englishTimeWords.contains(w) {
                i += 1
            } else if englishTimeModifiers.contains(w), i + 1 < count, englishTimeNouns.contains(bareEnglishWord(word(i + 1)).lowercased()) {
                if word(i + 1).hasSuffix(",") { break }
                i += 2
            } else {
                break
            }
        }
        return i
    }

    /// The words a reported clause without `that` starts with: a pronoun or a determiner (or a
    /// name, ``isNameWord(_:)``).
    static let englishClauseStarts: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "both", "all"]

    /// The auxiliaries and copulas one of which a clause without `that` must hold in its first
    /// words, before any comma (or a verb in the past in -ed, ``isPastInEd(_:)``): they tell a
    /// clause (the two countries would …) from a noun phrase (said the same thing).
    static let englishClauseAuxiliaries: Set<String> = ["would", "will", "could", "can", "should", "must", "might", "may", "shall", "was", "were", "is", "are", "had", "has", "have", "did", "does", "do"]

    /// A verb in the past in -ed, in lower case letters (complied, agreed, failed): it makes a
    /// clause as an auxiliary does (the cooperation fully complied with …).
    static func isPastInEd(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        return scalars.count >= 5 && word.hasSuffix("ed") && scalars.allSatisfy { ("a"..."z").contains($0) }
    }

    /// How many words after a clause's start its auxiliary may come (the two countries' relations
    /// would: four).
    static let englishAuxiliaryReach = 6

    /// How many words the speaker before the verb may have ("Chairman of the State Affairs
    /// Commission Kim Jong Un" is seven, "The sister of North Korean leader Kim Jong Un" nine).
    static let englishSubjectWords = 10

    /// The words after one of which a line may hold reported speech without marks.
    static let englishReportingCues: [[Unicode.Scalar]] = (["that", "saying"] + englishBareClauseVerbs.sorted()).map { Array($0.unicodeScalars) }

    /// Whether an English line may hold reported speech without marks: it holds " that ", a
    /// verb of ``englishBareClauseVerbs`` or "saying" (quoted … as saying) after a space and
    /// before a space, a stop or a comma (…, Kim said.), or a sentence opening "According to".
    static func mayReportInEnglish(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count >= 6 else { return false }
        // One pass: a sentence opening with "According to" (its first letter after the line's
        // start or a space), or a reporting cue after a space.
        let according = Array("According to ".unicodeScalars)
        for i in 0..<(text.count - 5) {
            if text[i] == "A", i == 0 || text[i - 1] == " ", i + according.count <= text.count, text.count > according.count,
               text[i..<(i + according.count)].elementsEqual(according) { return true }
            guard text[i] == " ", text[i + 1].isASCII else { continue }
            for cue in englishReportingCues where i + cue.count + 1 < text.count && text[i + 1] == cue[0] && [" ", ".", ","].contains(text[i + cue.count + 1]) {
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
        // The clause from word `from`, after words of time: where it starts, when it does.
        func clause(from: Int) -> Int? {
            let start = englishTimePhraseEnd(from: from, count: count, word: word)
            guard start < count else { return nil }
            let first = bareEnglishWord(word(start))
            guard englishClauseStarts.contains(first.lowercased()) || isNameWord(first) else { return nil }
            var j = start
            while j < min(count, start + 1 + englishAuxiliaryReach) {
                if j > start, englishClauseAuxiliaries.contains(bareEnglishWord(word(j)).lowercased()) || isPastInEd(bareEnglishWord(word(j))) { return start }
                if word(j).hasSuffix(",") { return nil }
                j += 1
            }
            return nil
        }
        guard verb == "told" else { return clause(from: k + 1).map { (k + 1, $0) } }
        // `told` and its object, of one word (told reporters he would …) or a few (told the
        // party plenum the country must …): the first length after which a clause starts.
        for length in 1...englishBareToldObjectWords {
            let end = k + 1 + length
            guard end < count, !word(end - 1).hasSuffix(",") else { return nil }
            if let start = clause(from: end) { return (end, start) }
        }
        return nil
    }

    /// How many words the object of `told` may have before a clause without `that`.
    static let englishBareToldObjectWords = 4

    /// The prepositions a phrase between a verb of saying and its `that` may start with ("said
    /// in a statement carried by state media that", "stressed at the meeting that", KCNA's "noted
    /// with satisfaction that").
    static let englishPhrasePrepositions: Set<String> = ["in", "at", "on", "during", "after", "before", "to", "while", "through", "via", "upon", "with"]

    /// The verbs a speaker's name may follow after a comma that ends the reported clause ("The two
    /// countries will always stand together, Kim said.") or precede ("…, said Kim."); also the
    /// verbs a prepositional phrase may stand after before `that` ("said in a statement … that").
    static let englishTrailingVerbs: Set<String> = ["said", "says", "added", "stressed", "warned", "noted", "insisted", "declared"]

    /// Reported speech without marks, in English: in a sentence holding no quotation, a speaker of
    /// a few words (a name, a title, he or she) starting the sentence or following its last comma,
    /// one of ``englishThatVerbs`` and `that` (or `told` and its object, a verb of saying and a
    /// prepositional phrase, or `was quoted as saying`, before `that`), or else one of
    /// ``englishBareClauseVerbs`` and a clause (``englishBareClauseStart(after:count:word:)``);
    /// or a clause ending at a comma after which the speaker and the verb end the sentence ("…,
    /// Kim said."). The quotation is the clause, four words at least, of kind `indirect`; a clause
    /// going on with ", adding that …" is two, the second the speaker's too.
    ///
    /// `beside`: the line's quotations in marks, with their speakers. A sentence holding one may
    /// report more speech beside it: a clause before ", saying:" or ", adding:" and the
    /// quotation, read as a sentence is; and the clause after it that "and said …" or ", adding
    /// that …" reports (``addEnglishIndirectAfter(_:of:quotations:line:original:result:relatedFrom:)``).
    func addEnglishIndirect(line: LineReader.Line, original: [Unicode.Scalar], result: NormalizedText, text: [Unicode.Scalar], quoted: [Range<Int>],
                            beside: [DirectQuotation] = [], relatedFrom: Int = .max) {
        guard Self.language(of: text) == .english else { return }
        let isQuoted = Self.overlapTest(quoted, length: text.count)
        var stretches: [Range<Int>] = []
        for range in splitter.sentences(of: text, language: "en") {
            if !isQuoted(range) { stretches.append(range); continue }
            if let before = Self.englishStretchBefore(range, of: text, quotations: beside), !isQuoted(before) { stretches.append(before) }
            addEnglishIndirectAfter(range, of: text, quotations: beside, line: line, original: original, result: result, relatedFrom: relatedFrom)
        }
        for range in stretches {
            let words = Self.wordRanges(of: text, in: range)
            func word(_ k: Int) -> String { String(scalars: Array(text[words[k]])) }
            func bare(_ k: Int) -> String { Self.bareEnglishWord(word(k)).lowercased() }
            func hasComma(_ k: Int) -> Bool { word(k).hasSuffix(",") }
            // The verb (its words), the clause's first word, whether `that` stands between, the
            // speaker's words (before the verb, or given), and the clause's last word.
            var found: (verb: Range<Int>, clause: Int, that: Bool, subjectEnd: Int?, clauseEnd: Int)? = nil
            // The speaker when it is not the words before the verb: the object of `quoted` in
            // "KCNA quoted Kim as saying …".
            var quotedSpeaker: Range<Int>? = nil
            // quoted or cited (as saying).
            var quotingVerb = "quoted"
            // "KCNA quoted Kim as saying (that) …", "Kim was quoted (by KCNA) as saying (that) …":
            // the wires' way of reporting what state media said a leader said. The clause follows
            // at once; the speaker is the one quoted.
            quoting: for k in words.indices.dropFirst(2) where words[k].count == 6 && bare(k) == "saying" && bare(k - 1) == "as" && !hasComma(k) {
                for q in stride(from: k - 2, through: max(0, k - 6), by: -1) {
                    if hasComma(q) { break }
                    guard bare(q) == "quoted" || bare(q) == "cited" else { continue }
                    quotingVerb = bare(q)
                    let clause = k + 1 < words.count && bare(k + 1) == "that" ? k + 2 : k + 1
                    if q >= 2, ["was", "is", "were"].contains(bare(q - 1)) {
                        found = ((k - 1)..<(k + 1), clause, clause == k + 2, q - 1, words.count - 1)
                    } else if q + 1 <= k - 2, q >= 1 {
                        found = ((k - 1)..<(k + 1), clause, clause == k + 2, nil, words.count - 1)
                        quotedSpeaker = (q + 1)..<(k - 1)
                    }
                    if found != nil { break quoting }
                }
            }
            // The first verb followed by that: found from each `that`, looking back (each word is
            // read a bounded number of times, however long the sentence).
            search: for t in words.indices.dropFirst() where found == nil && words[t].count == 4 && word(t) == "that" {
                for verb in Self.englishThatVerbs where t - verb.count >= 0 {
                    let k = t - verb.count
                    guard (0..<verb.count).allSatisfy({ Self.bareEnglishWord(word(k + $0)).lowercased() == verb[$0] && ($0 == verb.count - 1 || !hasComma(k + $0)) }) else { continue }
                    found = (k..<t, t + 1, true, nil, words.count - 1)
                    break search
                }
                // told Kim that, told reporters that; said in a statement carried by state media
                // that; said last week that: no comma between the verb and `that`.
                var k = t - 1
                while k >= 1 && t - k <= max(Self.englishPhraseWords + 1, Self.englishToldObjectWords + 1) && !hasComma(k) {
                    let verb = bare(k)
                    if (verb == "told" && t - k >= 2 && t - k <= Self.englishToldObjectWords + 1)
                        || (Self.englishTrailingVerbs.contains(verb) && t - k >= 2
                            && (Self.englishPhrasePrepositions.contains(bare(k + 1)) || Self.englishTimePhraseEnd(from: k + 1, count: t, word: word) == t)) {
                        found = (k..<(k + 1), t + 1, true, nil, words.count - 1)
                        break search
                    }
                    k -= 1
                }
            }
            // Without `that`: the first verb of saying whose clause starts as a clause does.
            if found == nil {
                for k in words.indices.dropFirst() where Self.englishBareClauseVerbLengths.contains(words[k].count) {
                    if let (verbEnd, start) = Self.englishBareClauseStart(after: k, count: words.count, word: word) {
                        found = (k..<verbEnd, start, false, nil, words.count - 1)
                        break
                    }
                }
            }
            // The clause first, the speaker after the comma that ends it: "…, Kim said." or
            // "…, said Kim." (a few words of speaker, the verb, perhaps words of time).
            var trailing: (verb: Int, comma: Int, speakerAfter: Bool)? = nil
            if words.count >= 7 {
                // (Words of time after the verb, "on Monday", are passed over.)
                var end = words.count - 1
                while end > 0 && Self.englishTimeWords.contains(bare(end)) && !hasComma(end - 1) { end -= 1 }
                var comma = end - 1
                while comma >= 0 && !hasComma(comma) && end - comma <= 5 { comma -= 1 }
                if comma >= 3, end - comma >= 2, end - comma <= 5 {
                    if Self.englishTrailingVerbs.contains(bare(end)), Self.isSpeakerStart(Self.bareEnglishWord(word(comma + 1))) {
                        trailing = (end, comma, false)
                    } else if Self.englishTrailingVerbs.contains(bare(comma + 1)), comma + 2 <= end, Self.isNameWord(Self.bareEnglishWord(word(comma + 2))) {
                        trailing = (comma + 1, comma, true)
                    }
                }
            }
            // "According to Lavrov, the two sides agreed to …": the person named between
            // `according to` and the comma says the clause after it, which holds an auxiliary or
            // a verb in -ed among its first words as a clause reported without `that` does. Only a
            // glossary person (``isEnglishPersonSpeaker(_:)``): "According to KCNA, Kim visited …"
            // is the agency's report of what happened, not a statement.
            var accordingTo: [String]? = nil
            if found == nil, words.count >= 7, bare(0) == "according", bare(1) == "to",
               let comma = (2..<min(words.count - 4, 2 + Self.englishSubjectWords)).first(where: hasComma),
               (comma + 2..<min(words.count, comma + 2 + Self.englishAuxiliaryReach)).contains(where: { j in
                   Self.englishClauseAuxiliaries.contains(bare(j)) || Self.isPastInEd(Self.bareEnglishWord(word(j)))
               }),
               !(comma + 1..<min(words.count - 1, comma + 2 + Self.englishAuxiliaryReach)).contains(where: hasComma) {
                let named = (2...comma).map { Self.bareEnglishWord(word($0)) }
                if isEnglishPersonSpeaker(named) {
                    found = (0..<2, comma + 1, false, nil, words.count - 1)
                    accordingTo = named
                }
            }
            if found == nil, let trailing {
                found = (trailing.verb..<(trailing.verb + 1), 0, false, trailing.speakerAfter ? nil : trailing.verb, trailing.comma)
            } else if let clause = found?.clause, clause > 0, let trailing, trailing.comma > clause {
                // A clause reported by one verb and attributed again at the sentence's end (Kim
                // said X, KCNA said.): the clause ends at that comma.
                found?.clauseEnd = trailing.comma
            } else if let clause = found?.clause, clause > 0, max(clause + 1, words.count - 7) < words.count - 1,
                      let according = (max(clause + 1, words.count - 7)..<(words.count - 1)).last(where: { bare($0) == "according" && bare($0 + 1) == "to" && hasComma($0 - 1) }) {
                // …, according to China's Xinhua.: the source, not the speaker's words.
                found?.clauseEnd = according - 1
            }
            guard let (verb, clause, hasThat, subjectEndGiven, clauseEnd) = found, clauseEnd - clause + 1 >= 4 else { continue }
            // The speaker: the words before the verb (or before `was quoted`), back to the
            // sentence's start or a comma; after a clause, the words between its comma and the
            // verb, or after the verb.
            var subject: [String]
            if let accordingTo {
                subject = accordingTo
            } else if clause == 0 {
                let after = verb.lowerBound == clauseEnd + 1
                subject = after ? ((verb.upperBound)..<words.count).map { Self.bareEnglishWord(word($0)) }.filter { !Self.englishTimeWords.contains($0.lowercased()) }
                                : ((clauseEnd + 1)..<verb.lowerBound).map { Self.bareEnglishWord(word($0)) }
                guard !subject.isEmpty, subject.count <= 4 else { continue }
            } else if let quotedSpeaker {
                // (quoted him as saying: he, as the speaker before a verb is written.)
                subject = quotedSpeaker.map { Self.bareEnglishWord(word($0)) }
                if subject == ["him"] { subject = ["he"] } else if subject == ["her"] { subject = ["she"] }
            } else {
                var subjectEnd = subjectEndGiven ?? verb.lowerBound
                guard subjectEnd > 0 else { continue }
                var first = subjectEnd
                // A phrase set off by commas before the verb: a name is the speaker, whatever
                // came before it ("Kim's sister, Kim Yo Jong, said …"); an aside ("Putin, speaking
                // at a press conference after the talks, said …"; "Kim, who arrived on Tuesday,
                // said …") or a noun phrase after a name ("Kim Yo Jong, sister of Kim Jong Un,
                // said …"; "Choe Son Hui, the North's foreign minister, said …") has the speaker
                // before it, its last word carrying the first comma.
                if hasComma(subjectEnd - 1), let open = (max(0, subjectEnd - 1 - Self.englishAsideWords)..<(subjectEnd - 1)).last(where: hasComma) {
                    func isName(_ range: Range<Int>) -> Bool {
                        range.count >= 1 && range.count <= Self.englishNameWords && Self.isNameWord(Self.bareEnglishWord(word(range.lowerBound)))
                            && !Self.englishPhrasePrepositions.contains(bare(range.lowerBound))
                            && range.allSatisfy { Self.bareEnglishWord(word($0)).unicodeScalars.first?.properties.isUppercase ?? false }
                            && range.dropLast().allSatisfy { !hasComma($0) }
                    }
                    let nameStart = (0..<(open + 1)).last(where: { $0 == 0 || hasComma($0 - 1) }) ?? 0
                    if isName((open + 1)..<subjectEnd) {
                        first = open + 1
                    } else if open + 1 < subjectEnd - 1, Self.startsAnAside(bare(open + 1)) {
                        subjectEnd = open + 1
                        first = open
                    } else if isName(nameStart..<(open + 1)) {
                        subjectEnd = open + 1
                        first = nameStart
                    }
                }
                while first > 0 && !hasComma(first - 1) && subjectEnd - first < Self.englishSubjectWords { first -= 1 }
                guard first == 0 || hasComma(first - 1) else { continue }
                subject = (first..<subjectEnd).map { Self.bareEnglishWord(word($0)) }
                // An adverb between the speaker and the verb (Kim also said, Putin reportedly
                // told) is no part of the speaker.
                while subject.count > 1, let last = subject.last, Self.englishSpeakerAdverbs.contains(last.lowercased()) { subject.removeLast() }
                // A speaker who did something else first ("Kim Jong Un expressed his thanks to
                // Putin and said that …"): the name that opens the words, up to the first word in
                // lower case after it, not the last name in them.
                if subject.count > 2, subject.last?.lowercased() == "and",
                   let name = subject.firstIndex(where: Self.isNameWord),
                   let verbWord = subject[(name + 1)...].firstIndex(where: { $0.unicodeScalars.first?.properties.isLowercase ?? false }), verbWord < subject.count - 1 {
                    subject = Array(subject[..<verbWord])
                }
                // An agency's report of what someone said ("KCNA said Kim had told the meeting
                // that …", "Yonhap reported that Kim said …"): the speaker is the one reported.
                if let relay = subject.dropLast().lastIndex(where: { Self.englishRelayVerbs.contains($0.lowercased()) }) {
                    var inner = Array(subject[(relay + 1)...])
                    if inner.first?.lowercased() == "that" { inner.removeFirst() }
                    if !inner.isEmpty { subject = inner }
                }
            }
            if subject.count == 1, ["He", "She"].contains(subject[0]) { subject = [subject[0].lowercased()] }
            guard let head = subject.first?.unicodeScalars.first, head.properties.isUppercase || ["he", "she"].contains(subject.joined(separator: " ")) else { continue }
            // A passive names no speaker (It is said that, It was stressed that).
            guard let last = subject.last?.lowercased(), !["is", "was", "were", "are", "be", "been", "being", "it"].contains(last) else { continue }
            // (The words `quoted … as saying` read as one verb, whoever is quoted between them.)
            let quotedAsSaying = bare(verb.upperBound - 1) == "saying" && bare(verb.lowerBound) == "as"
            let verbText = quotedAsSaying ? quotingVerb + " as saying" : (verb.lowerBound..<verb.upperBound).map(word).joined(separator: " ")
            let speaker = resolveEnglishSpeaker(subject)
            if let speaker, speaker.name != nil { lastSpeaker = (speaker.name, speaker.text, speaker.entry) }
            // ", adding that …" (or ", adding …") divides the clause in two, the second added.
            var parts: [(first: Int, last: Int, verb: String, clause: String)] = accordingTo != nil ? [(clause, clauseEnd, "according to", "according to")]
                : [(clause, clauseEnd, hasThat || quotedAsSaying ? verbText : Self.bareEnglishWord(word(verb.lowerBound)), hasThat ? verbText + " that" : verbText)]
            if let adding = (clause + 4..<max(clause + 4, clauseEnd)).first(where: { Self.englishContinuingParticiples.contains(bare($0)) && hasComma($0 - 1) }) {
                let second = adding + 1 < words.count && bare(adding + 1) == "that" ? adding + 2 : adding + 1
                if clauseEnd - second + 1 >= 4 {
                    let participle = bare(adding)
                    parts = [(clause, adding - 1, parts[0].verb, parts[0].clause), (second, clauseEnd, participle, second == adding + 2 ? participle + " that" : participle)]
                }
            } else if hasThat, let and = (clause + 4..<max(clause + 4, clauseEnd - 3)).first(where: { bare($0) == "and" && bare($0 + 1) == "that" }) {
                // "said that … and that …": two clauses reported by one verb, each the speaker's.
                parts = [(clause, and - 1, parts[0].verb, parts[0].clause), (and + 2, clauseEnd, parts[0].verb, parts[0].clause)]
            }
            // KCNA's "Noting that …, Kim Jong Un said that …": the clause the sentence opens with,
            // up to the comma before the speaker, is the speaker's too.
            if clause > 0, words.count >= 8, Self.englishContinuingParticiples.contains(bare(0)), bare(1) == "that",
               let comma = (5..<max(5, verb.lowerBound)).first(where: hasComma) {
                parts.insert((2, comma, bare(0), bare(0) + " that"), at: 0)
            }
            for part in parts {
                appendEnglishIndirect(words[part.first].lowerBound..<words[part.last].upperBound, of: text, verb: part.verb, clause: part.clause, speaker: speaker,
                                      line: line, original: original, result: result, relatedFrom: relatedFrom)
            }
        }
    }

    /// Whether a run of words names a glossary person as speaker (``resolveEnglishSpeaker(_:)``
    /// finds an entry, and it is a person's, not an outlet's or an organization's).
    func isEnglishPersonSpeaker(_ words: [String]) -> Bool {
        guard let resolved = resolveEnglishSpeakerAndKind(words), resolved.speaker.entry != nil else { return false }
        return resolved.kind == .person
    }

    /// An `indirect` quotation of the words of `range` of the line's normalized text, without
    /// the closing stop (or the comma that ends them).
    func appendEnglishIndirect(_ range: Range<Int>, of text: [Unicode.Scalar], verb: String, clause: String, speaker: (text: String, name: String?, entry: String?)?,
                               line: LineReader.Line, original: [Unicode.Scalar], result: NormalizedText, relatedFrom: Int) {
        var end = range.upperBound
        while end > range.lowerBound && [".", "!", "?", ";", ":", ","].contains(text[end - 1]) { end -= 1 }
        let start = range.lowerBound
        let span = result.originalRange(forNormalized: start..<end)
        guard span.lowerBound < span.upperBound, span.upperBound <= original.count else { return }
        var quotation = Quotation(document: document, start: line.scalarOffset + span.lowerBound, end: line.scalarOffset + span.upperBound, line: line.number,
                                  text: String(scalars: Array(original[span])), normalized: String(scalars: Array(text[start..<end])), marks: "", depth: 0, parent: nil,
                                  kind: .indirect, clause: clause, verb: verb,
                                  speaker: nil, speakerText: nil, speakerEntry: nil, language: .english, occurrences: [])
        if let speaker { (quotation.speaker, quotation.speakerText, quotation.speakerEntry) = (speaker.name, speaker.text, speaker.entry) }
        quotation.occurrences = [Quotation.Occurrence(start: quotation.start, end: quotation.end, line: line.number,
                                                      context: span.lowerBound >= relatedFrom ? .related : .body)]
        quotations.append(quotation)
    }

    /// The participles that go on with a speaker's words after a comma (", saying: “…”",
    /// ", adding that …", ", noting that …"): each a verb of saying in its -ing form.
    static let englishContinuingParticiples: Set<String> = ["saying", "adding", "noting", "stressing", "insisting", "warning", "explaining"]

    /// Before a sentence's first quotation in marks, the words a participle or a second verb
    /// after a comma hands on to it ("Putin said Russia would support the DPRK, adding: “…”";
    /// "…, and added that “…”"): those words, up to the comma, to be read as a sentence is. Nil
    /// for any other sentence.
    static func englishStretchBefore(_ sentence: Range<Int>, of text: [Unicode.Scalar], quotations: [DirectQuotation]) -> Range<Int>? {
        guard let first = quotations.first(where: { $0.range.overlaps(sentence) && sentence.contains($0.range.lowerBound) }) else { return nil }
        var open = first.range.lowerBound
        while open > sentence.lowerBound && text[open - 1].isWhiteSpace { open -= 1 }
        guard open > sentence.lowerBound, quotationMarks.contains(text[open - 1]) else { return nil }
        let words = wordRanges(of: text, in: sentence.lowerBound..<(open - 1))
        func bare(_ k: Int) -> String { bareEnglishWord(String(scalars: Array(text[words[k]]))).lowercased() }
        // The words after the comma: a participle, or `and` and a verb of saying, perhaps with
        // `that` (", adding: “…”", ", and added that “…”").
        var tail = words.count - 1
        if tail >= 0, bare(tail) == "that" { tail -= 1 }
        guard tail >= 1 else { return nil }
        if !englishContinuingParticiples.contains(bare(tail)) {
            // "…, and added that “…”", "… but added that “…”": the conjunction ends the clause.
            guard tail >= 2, englishTrailingVerbs.contains(bare(tail)), ["and", "but"].contains(bare(tail - 1)) else { return nil }
            tail -= 1
            guard tail >= 6 else { return nil }
            return sentence.lowerBound..<words[tail - 1].upperBound
        }
        guard tail >= 6 else { return nil }
        let comma = words[tail - 1]
        guard text[comma.upperBound - 1] == "," else { return nil }
        return sentence.lowerBound..<comma.upperBound
    }

    /// After a sentence's last quotation in marks, the clause its speaker's next verb reports:
    /// "Kim called the talks “very successful” and said (that) …" (the sentence's subject's) or
    /// "“…,” Kim said, adding (that) …" (the quotation's speaker's). Four words at least.
    func addEnglishIndirectAfter(_ sentence: Range<Int>, of text: [Unicode.Scalar], quotations: [DirectQuotation],
                                 line: LineReader.Line, original: [Unicode.Scalar], result: NormalizedText, relatedFrom: Int) {
        let inside = quotations.filter { $0.range.overlaps(sentence) && sentence.contains($0.range.lowerBound) }
        guard let last = inside.last, last.range.upperBound < sentence.upperBound else { return }
        var close = last.range.upperBound
        while close < sentence.upperBound && (text[close].isWhiteSpace || text[close] == ",") { close += 1 }
        guard close < sentence.upperBound, Self.quotationMarks.contains(text[close]) else { return }
        let words = Self.wordRanges(of: text, in: (close + 1)..<sentence.upperBound)
        func bare(_ k: Int) -> String { Self.bareEnglishWord(String(scalars: Array(text[words[k]]))).lowercased() }
        func hasComma(_ k: Int) -> Bool { text[words[k].upperBound - 1] == "," }
        var verb: Int? = nil
        var speaker = last.speaker
        if words.count >= 3, bare(0) == "and", Self.englishTrailingVerbs.contains(bare(1)), !hasComma(1) {
            verb = 1
            // The sentence's subject: the name that opens it.
            let opening = Self.wordRanges(of: text, in: sentence.lowerBound..<last.range.lowerBound).prefix(8).map { String(scalars: Array(text[$0])) }
            let subject = Self.englishSentenceSubject(Array(opening))
            if !subject.isEmpty { speaker = resolveEnglishSpeaker(subject) }
        } else if let k = words.indices.dropFirst().prefix(6).first(where: { Self.englishContinuingParticiples.contains(bare($0)) && hasComma($0 - 1) }) {
            verb = k
        }
        guard let verb else { return }
        let first = verb + 1 < words.count && bare(verb + 1) == "that" ? verb + 2 : verb + 1
        guard words.count - first >= 4 else { return }
        let verbWord = Self.bareEnglishWord(String(scalars: Array(text[words[verb]])))
        appendEnglishIndirect(words[first].lowerBound..<words[words.count - 1].upperBound, of: text, verb: verbWord,
                              clause: first == verb + 2 ? verbWord + " that" : verbWord, speaker: speaker,
                              line: line, original: original, result: result, relatedFrom: relatedFrom)
    }

    /// How many words a phrase between a verb of saying and `that` may have ("said in a press
    /// statement carried by the Korean Central News Agency that": eleven).
    static let englishPhraseWords = 12

    /// How many words the object of `told` may have before `that` ("told reporters", "told a
    /// plenary meeting of the ruling party's Central Committee").
    static let englishToldObjectWords = 9

    /// How many words a name set off by commas may have (Kim Yo Jong; Choe Son Hui; Kim Jong Un).
    static let englishNameWords = 5

    /// How many words a phrase set off by commas between a speaker and the verb may have (KCNA's
    /// "general secretary of the WPK and president of the State Affairs of the DPRK" is thirteen).
    static let englishAsideWords = 16

    /// Whether a phrase set off by commas after a speaker is an aside (speaking at …, who arrived
    /// …, in a speech …, after the talks …, carried by KCNA …): it starts with a word in -ing, a
    /// past participle in -ed, a relative pronoun or a preposition.
    static func startsAnAside(_ word: String) -> Bool {
        (word.count > 4 && (word.hasSuffix("ing") || word.hasSuffix("ed"))) || ["who", "whose", "which"].contains(word) || englishPhrasePrepositions.contains(word)
    }

    /// Adverbs and auxiliaries a wire puts between the speaker and the verb (Kim also said, Putin
    /// reportedly told, Kim had said): left out of the speaker.
    static let englishSpeakerAdverbs: Set<String> = ["also", "reportedly", "further", "later", "earlier", "again", "then", "separately", "previously", "once", "had", "has", "have"]

    /// The verbs with which an agency or an outlet relays what someone said, standing in the
    /// words before a verb of saying ("KCNA said Kim told …", "Yonhap reported that Kim said …").
    static let englishRelayVerbs: Set<String> = ["said", "says", "reported", "reports"]

    /// Whether a word can start the speaker after a clause's comma: a name or he/she.
    static func isSpeakerStart(_ word: String) -> Bool { isNameWord(word) || ["he", "she", "He", "She"].contains(word) }
}

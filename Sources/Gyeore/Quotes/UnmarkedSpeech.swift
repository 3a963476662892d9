import Foundation

/// What a report says without quotation marks: reported speech (…있다고 밝혔다, kind
/// `indirect`) in every document, and every unquoted sentence of a source document (kind
/// `sentence`, `align --source`).
extension QuoteExtractor {
    /// Reported speech without marks, in Korean: a sentence holding no quotation whose last words
    /// are a clause in -다고/-라고/-자고/-냐고 and a reporting verb (…재개할 용의가 있다고 말했다),
    /// or the clause, the speaker and the verb (…올라섰다고 김정은 위원장은 말했다). The quotation
    /// is the clause, without its quotative 고 and without the speaker's topic before it (김
    /// 위원장은); it needs four words at least. Two clauses reported in one sentence (…이라고
    /// 강조하시면서 …것이라고 천명하시였다) are two quotations.
    /// The offsets of the quotative 고 ending a word after one of ``indirectQuotativeLeads``
    /// (…다고, …라고), ascending: where unmarked speech may end. Most lines hold none.
    static func indirectQuotatives(in text: [Unicode.Scalar]) -> [Int] {
        var quotatives: [Int] = []
        for i in text.indices.dropFirst() where (i + 1 == text.count || text[i + 1].isWhiteSpace) {
            if text[i] == "고" && indirectQuotativeLeads.contains(text[i - 1]) { quotatives.append(i) }
            // …다며, …라며, …다면서, …라면서 (-다고 하며: …것이라며 감사를 표했다).
            else if text[i] == "며" && (text[i - 1] == "다" || text[i - 1] == "라") { quotatives.append(i) }
            else if i >= 2 && text[i] == "서" && text[i - 1] == "면" && (text[i - 2] == "다" || text[i - 2] == "라") { quotatives.append(i) }
            // (Only a lead: ``connectiveQuotativeLength(_:)`` decides.)
        }
        return quotatives
    }

    /// How many scalars of a word ending in -다며/-라며 (1) or -다면서/-라면서 (2) are the
    /// connective; nil for another word. -라며 is a quotative only after the copula or an
    /// imperative's stem (것이라며, 하라며, 달라며, 말라며): 바라며 and 자라며 are verbs in -며.
    static func connectiveQuotativeLength(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        let scalars = Array(word)
        let length: Int
        if scalars.last == "며" { length = 1 } else if scalars.count >= 2 && scalars.last == "서" && scalars[scalars.count - 2] == "면" { length = 2 } else { return nil }
        guard scalars.count >= length + 2 else { return nil }
        let lead = scalars[scalars.count - length - 1], before = scalars[scalars.count - length - 2]
        if lead == "다" { return length }
        if lead == "라", connectiveImperativeStems.contains(before) { return length }
        return nil
    }

    /// The syllables before -라며 that make it a quotative: the copula and the stems of the
    /// imperatives reported so (…것이라며, …하라며, …달라며, …말라며).
    static let connectiveImperativeStems: Set<Unicode.Scalar> = ["이", "하", "달", "말"]

    /// `quotatives`: ``indirectQuotatives(in:)`` of `text`. The sentences that hold none are
    /// passed over (the clause's last word ends in it).
    ///
    /// `beside`: the line's direct quotations (ranges of its normalized text, with their
    /// speakers). A sentence holding one may report more speech beside it
    /// (``stretchesBeside(_:of:quotations:)``): that stretch is read as a sentence of its own.
    func addIndirect(line: LineReader.Line, original: [Unicode.Scalar], result: NormalizedText, text: [Unicode.Scalar], quoted: [Range<Int>], quotatives: [Int],
                     beside: [DirectQuotation] = [], relatedFrom: Int = .max) {
        guard !quotatives.isEmpty else { return }
        guard Self.language(of: text) == .korean else { return }
        let isQuoted = Self.overlapTest(quoted, length: text.count)
        var stretches: [Stretch] = []
        for range in splitter.sentences(of: text, language: "ko") {
            if !isQuoted(range) { stretches.append(Stretch(range: range)); continue }
            stretches += Self.stretchesBeside(range, of: text, quotations: beside).filter { !isQuoted($0.range) }
        }
        var nextQuotative = 0
        for stretch in stretches {
            let range = stretch.range
            while nextQuotative < quotatives.count && quotatives[nextQuotative] < range.lowerBound { nextQuotative += 1 }
            guard nextQuotative < quotatives.count, quotatives[nextQuotative] < range.upperBound else { continue }
            // Words of the sentence, as offset ranges into the line's normalized text.
            let words = Self.wordRanges(of: text, in: range)
            func word(_ k: Int) -> String { String(scalars: Array(text[words[k]])) }
            // A word without a comma after it (습근평 주석은, …).
            func topicWord(_ k: Int) -> String { let w = word(k); return w.hasSuffix(",") ? String(w.dropLast()) : w }
            // A day of the month as a report dates what was said: one or two digits and 일,
            // perhaps with 에 or 부 (5일, 16일에, 18일부; not 100일, a count of days), or with
            // the wires' (현지시간) after it (19일(현지시간)).
            func isDay(_ k: Int) -> Bool {
                var w = text[words[k]]
                if let open = w.firstIndex(of: "("), open > w.startIndex { w = w[..<open] }
                if w.last == "," { w = w.dropLast() }
                if w.last == "에" || w.last == "부" { w = w.dropLast() }
                guard w.last == "일" else { return false }
                let digits = w.dropLast()
                return (1...2).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.properties.numericType != nil }
            }
            // (Read on the scalars: most sentences are passed over, and a string per word costs.)
            func isQuotative(_ k: Int) -> Bool { Self.isQuotativeWord(text[words[k]]) }
            func isVerb(_ k: Int) -> Bool {
                // Only verbs whose stem's first scalar starts the word may start it (the text is
                // normalized: a stem starting it as characters does so as scalars).
                guard let candidates = verbsByFirstScalar[text[words[k].lowerBound]] else { return false }
                let next = word(k)
                return candidates.contains(where: { verbs[$0].language == "ko" && next.hasPrefix(verbs[$0].stem) })
            }
            // A word ending in a subject or topic particle (은, 는, 이, 가, 께서).
            func endsAsSubject(_ k: Int) -> Bool { ["은", "는", "이", "가", "서"].contains(text[words[k].upperBound - 1]) && (text[words[k].upperBound - 1] != "서" || word(k).hasSuffix("께서")) }
            // The quotative clause's last word and the reporting verb after it (among the last
            // three words: the verb ends the sentence, or one word after); or, with the speaker
            // between them (…올라섰다고 김정은 위원장은 말했다), the speaker's words.
            var verbIndex = 0
            var between: Range<Int>? = nil
            // A clause in -다며/-라며 (-다고 하며) before what the speaker did (…것이라며 감사를
            // 표했다): the connective's length, to leave out.
            var connective: Int? = nil
            // A clause whose quotative and verb have an adverb of manner between them (…없다고
            // 뜨겁게 말씀하시였다, …라고 거듭 강조했다): where the clause ends.
            var clauseEnd: Int? = nil
            // An adverb of manner: a word in -게 or -히 (뜨겁게, 분명히, 단호히), or a reporter's
            // link word (거듭, 재차).
            func isMannerAdverb(_ k: Int) -> Bool {
                let w = text[words[k]]
                guard w.count >= 2, let end = w.last else { return false }
                return ((end == "게" || end == "히") && w.allSatisfy(TermMatcher.isHangul)) || framingAdverbs.contains(topicWord(k))
            }
            // A verb of judging (판단했다, 평가하였다: ``judgingVerbs``) reports a clause too, right
            // after it or after the matter judged, its object: one or two words of Hangul, the
            // last in 을/를 (…믿지 않는다고 현 정세를 판단했습니다). The object is the reporter's
            // words.
            func isJudgingVerb(_ k: Int) -> Bool {
                let w = text[words[k]]
                return judgingVerbs.contains { w.starts(with: $0) }
            }
            func isObject(_ range: ClosedRange<Int>) -> Bool {
                guard let end = text[words[range.upperBound]].last, end == "을" || end == "를" else { return false }
                return range.allSatisfy { k in text[words[k]].allSatisfy(TermMatcher.isHangul) }
            }
            // A report passing on what it heard (…라고 말한 것으로 알려졌다, …고 강조한 것으로
            // 조선중앙통신이 전했다): a hearsay verb ends the sentence (``hearsayVerbs``), 것으로
            // stands at most four words before it, and before that a reporting verb in its past
            // adnominal form (``adnominalVerbs``) after the quotative. The clause is the sentence's
            // speaker's; 것으로, an agency naming the source, and the hearsay verb are the reporter's.
            func hedgedReportVerb() -> Int? {
                guard words.count >= 4 else { return nil }
                let final = text[words[words.count - 1]]
                guard hearsayVerbs.contains(where: { final.starts(with: $0) }) else { return nil }
                for e in stride(from: words.count - 2, through: max(2, words.count - 5), by: -1) where text[words[e]].elementsEqual("것으로".unicodeScalars) {
                    if isQuotative(e - 2), adnominalVerbs.contains(word(e - 1)) { return e - 1 }
                }
                return nil
            }
            // An agency's report of what someone said (…강조했다고 조선중앙통신이 19일 보도했다;
            // 조선중앙통신은 19일 김정은 위원장이 …고 말했다고 보도했다): a reporting verb ends the
            // sentence, and within six words before it (북한 관영 조선중앙통신이 19일) stands a
            // reporting verb in -다고 right after a quotative clause. The clause is the words of
            // that inner verb's speaker.
            func nestedReportVerb() -> Int? {
                guard words.count >= 5, isVerb(words.count - 1) else { return nil }
                for m in stride(from: words.count - 2, through: max(1, words.count - 7), by: -1) where isQuotative(m) && isVerb(m) && isQuotative(m - 1) {
                    return m
                }
                return nil
            }
            var nested = false
            if let v = hedgedReportVerb() {
                verbIndex = v
            } else if let m = nestedReportVerb() {
                verbIndex = m
                nested = true
            } else if let k = words.indices.dropLast().suffix(2).last(where: { isQuotative($0) && (isVerb($0 + 1) || isJudgingVerb($0 + 1)) }) {
                verbIndex = k + 1
            } else if words.count >= 3, let k = words.indices.dropLast(2).suffix(2).last(where: { isQuotative($0) && isMannerAdverb($0 + 1) && isVerb($0 + 2) }) {
                verbIndex = k + 2
                clauseEnd = k
            } else if words.count >= 3, let (k, v) = words.indices.suffix(2).lazy.filter(isJudgingVerb).compactMap({ v -> (Int, Int)? in
                          guard let k = [v - 2, v - 3].first(where: { $0 >= 0 && isQuotative($0) && isObject(($0 + 1)...(v - 1)) }) else { return nil }
                          return (k, v)
                      }).last {
                verbIndex = v
                clauseEnd = k
            } else if let v = words.indices.suffix(2).last(where: isVerb),
                      let q = stride(from: v - 2, through: max(0, v - 4), by: -1).first(where: isQuotative),
                      endsAsSubject(v - 1),
                      subject(in: String(scalars: Array(text[words[q + 1].lowerBound..<words[v - 1].upperBound])), last: true) != nil {
                if q >= 1, isQuotative(q - 1), isVerb(q) {
                    // …라고 말했다고 통신이 보도했다: the agency reports what the sentence's speaker
                    // said; the words are the speaker's, reported by the verb before the agency.
                    verbIndex = q
                } else {
                    verbIndex = v
                    between = (q + 1)..<v
                }
            } else if let (m, length) = (stretch.endsBeforeQuotation ? words.indices : words.indices.dropLast()).lazy.compactMap({ k in Self.connectiveQuotativeLength(text[words[k]]).map { (k, $0) } }).first {
                verbIndex = m
                connective = length
            } else if words.count >= 3, isVerb(words.count - 1),
                      let k = words.indices.dropLast(2).last(where: { k in isQuotative(k) && isVerb(k + 1) && ["면서", "며"].contains(where: { word(k + 1).hasSuffix($0) }) }) {
                // A clause reported by a verb in -면서/-며 before what else the speaker did
                // (론평은 …모독이라고 하면서 다음과 같이 지적하였다): the clause is the speaker's.
                verbIndex = k + 1
            } else { continue }
            let last = between.map { $0.lowerBound - 1 } ?? clauseEnd ?? (connective != nil ? verbIndex : verbIndex - 1)
            // The speaker's topic (김 위원장은, 그는, 원수님께서는) ends where the quoted clause
            // starts: the first word among the first four ending as a topic or honorific subject
            // that names a speaker, else the first ending as one (a modifier in -는 before a
            // title, 경애하는 원수님께서는, ends so too, and is passed over for the title).
            // (A name that ends in 은, 김정은, is no topic.)
            // (A comma may follow the topic: 습근평 주석은, ….)
            // A wire's dateline before them ((평양 3월 16일발 조선중앙통신)16일부 《로동신문》은 …)
            // is passed over.
            let dateline = text[words[0].lowerBound] == "(" ? (words.prefix(4).firstIndex { text[$0].contains(")") }.map { $0 + 1 } ?? 0) : 0
            // The report's day right after the speaker (외무성 대변인은 5일 …, 자하로바가 16일 …,
            // 지난 3일): the reporter's words, as 이날 is. A subject in 이/가 is the speaker's
            // only with such a day after it (대변인이 5일 …): without one, it may as well be the
            // clause's own subject (미국이 …했다고 그는 말했다).
            func startsWithDay(_ k: Int) -> Int? {
                // A parenthesis the day opens and the next word closes (19일(현지 시간)) is one.
                func length(_ day: Int) -> Int {
                    let w = text[words[day]]
                    return w.contains("(") && !w.contains(")") && day + 1 < last && text[words[day + 1]].contains(")") ? 2 : 1
                }
                // Led by 지난 or the wires' 현지시간 (현지시간 16일, 현지시간으로 지난 3일).
                var day = k
                while day < min(last, k + 2), Self.dayLeads.contains(topicWord(day)) { day += 1 }
                guard day < last, isDay(day) else { return nil }
                return day - k + length(day)
            }
            // So is the source a report names before the speaker (러시아 매체들에 따르면 노
            // 국방상은 …): the topic is looked for after it.
            let lead = (min(dateline, last)..<min(last, dateline + 4)).first { k in k > 0 && topicWord(k) == "따르면" && word(k - 1).hasSuffix("에") }.map { $0 + 1 } ?? dateline
            let topics = (min(lead, last)..<min(last, lead + 4)).filter { k in
                (["은", "는", "께서"].contains(where: { topicWord(k).hasSuffix($0) })
                    || (["이", "가"].contains(where: { topicWord(k).hasSuffix($0) }) && startsWithDay(k + 1) != nil))
                    && mentionedEntry(matching: topicWord(k)) == nil
            }
            let named = topics.first { k in subject(in: String(scalars: Array(text[words[0].lowerBound..<words[k].upperBound])), last: true) != nil }
            // (With the speaker after the clause, the clause starts the sentence.)
            var first = between != nil ? 0 : (named ?? topics.first).map { $0 + 1 } ?? 0
            // A topic of two words or more that names no one (한미연합훈련 조정은 …), in the
            // sentence after one whose reported words named their speaker (within two lines): a
            // report leaves the subject out there; the topic is part of the words, and the
            // speaker the last one.
            var carriedSpeaker: (text: String, name: String?, entry: String?)? = nil
            if between == nil, named == nil, let topic = topics.first, topic > lead, let previous = lastSpeaker, previous.name != nil,
               let reportedLine = lastReportedSpeechLine, line.number > reportedLine, line.number - reportedLine <= 2,
               !(lead...topic).contains(where: { k in mentionedEntry(matching: topicWord(k)) != nil }) {
                first = lead
                carriedSpeaker = (previous.text, previous.name, previous.entry)
            }
            // Where or how the speaker said it is no part of it (《로동신문》은 개인필명의 론평에서 …,
            // 김 위원장은 연설에서 …, 김정은은 국방성에서 연설을 통해 …): a word in 에서 naming
            // a statement, or 통해/통하여 after one in 을/를, within four words; the answer to a
            // reporter's question within six (조선중앙통신 기자의 질문에 대한 답변에서 …).
            func namesStatement(_ w: ArraySlice<Unicode.Scalar>, ending: [Unicode.Scalar]) -> Bool {
                w.count > ending.count && w.suffix(ending.count).elementsEqual(ending) && statementNounLength(endingWith: w.dropLast(ending.count)) != nil
            }
            // So is the occasion (김정은동지께서는 회담에서 …, 장관은 이날 국무회의에서 …): a word
            // in 에서 naming one (``occasionNouns``), alone or ending a compound.
            func namesOccasion(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
                w.count > 2 && w.suffix(2).elementsEqual(["에", "서"]) && occasionNouns.length(endingWith: w.dropLast(2)) != nil
            }
            // So is whom they met to say it (기자들과 만나 …), and the statement they carried or
            // issued before saying it (노동신문은 이날 '…'는 제목의 논설을 게재하고 …, its title
            // being words of its own: within twelve words).
            if between == nil, named != nil, let k = (first..<min(last, first + 12)).last(where: { k in
                let w = text[words[k]]
                if k < first + 4 {
                    if namesStatement(w, ending: ["에", "서"]) || namesOccasion(w) || w.elementsEqual(["만", "나"]) || w.elementsEqual(["만", "나", "서"]) { return true }
                }
                if k < first + 6, k >= first + 2, namesStatement(w, ending: ["에", "서"]), text[words[k - 1]].elementsEqual(["대", "한"]),
                   text[words[k - 2]].starts(with: ["질", "문"]) { return true }
                // A piece named by its title, within twelve words ('…'이라는 제목의 기사에서): the
                // title is the piece's words, not the speaker's clause.
                if k > first, namesStatement(w, ending: ["에", "서"]), text[words[k - 1]].elementsEqual(["제", "목", "의"]) || text[words[k - 1]].elementsEqual(["제", "하", "의"]) {
                    return true
                }
                guard k > first else { return false }
                let object = text[words[k - 1]]
                let afterStatement = namesStatement(object, ending: ["을"]) || namesStatement(object, ending: ["를"])
                if k < first + 4, w.elementsEqual(["통", "해"]) || w.elementsEqual(["통", "하", "여"]) { return afterStatement }
                return afterStatement && w.count >= 2 && w.last == "고" && ["하", "내", "싣", "실"].contains(w[w.index(before: w.index(before: w.endIndex))])
            }) { first = k + 1 }
            // So are the hearers named after the speaker (김정은동지께서는 … 동행한 일군들에게 …,
            // 그는 기자들에게 …): a listed noun with 에게, within ten words, and what comes
            // before it.
            if between == nil, named != nil, let k = (first..<max(first, min(last - 3, first + 10))).last(where: { isAddressee(topicWord($0)) }) { first = max(first, k + 1) }
            // The reporter's link to the sentence before (김 위원장은 그러면서 …, 그는 이어 …) and
            // the day it was said (대변인은 16일 …) are no part of what the speaker said.
            func skipFraming() {
                while first < last {
                    if framingAdverbs.contains(topicWord(first)) { first += 1 } else if first > 0, let length = startsWithDay(first) { first += length } else { break }
                }
            }
            if between == nil { skipFraming() }
            // In an agency's report, the one whose words it reports may follow the agency as a
            // subject in 이/가 (조선중앙통신은 19일 김정은 위원장이 전날 …): that is the speaker.
            var innerSpeaker: Range<Int>? = nil
            if nested, named != nil, let k = (first..<max(first, min(last - 3, first + 4))).first(where: { k in
                ["이", "가", "께서"].contains(where: { topicWord(k).hasSuffix($0) }) && mentionedEntry(matching: topicWord(k)) == nil
                    && subject(in: String(scalars: Array(text[words[first].lowerBound..<words[k].upperBound])), last: true) != nil
            }) {
                innerSpeaker = first..<(k + 1)
                first = k + 1
                skipFraming()
            }
            // An agency's report citing another's statement before its words (조선중앙통신은 29일
            // 김 부부장이 발표한 담화를 인용해, …고 전했다; 통신은 김여정 부부장의 담화를 인용하여
            // …): the citing words are the reporter's, and the statement's author is the speaker.
            var citedSpeaker: (text: String, name: String?, entry: String?)? = nil
            var topicWords: Range<Int>? = nil
            if between == nil, innerSpeaker == nil, named != nil, let k = (first..<max(first, min(last - 3, first + 8))).first(where: { k in
                k > first && citingVerbs.contains(topicWord(k)) && ["을", "를"].contains(where: { word(k - 1).hasSuffix($0) })
            }) {
                citedSpeaker = author(in: String(scalars: Array(text[words[first].lowerBound..<words[k - 1].upperBound])))
                topicWords = 0..<first
                first = k + 1
                skipFraming()
            }
            // What the speaker, spoken of with respect, was doing as they spoke (김정은동지께서는
            // 시험사격을 지도하시면서 …고 말씀하시였다): a verb in -시면서/-시며 within five
            // words of the topic, not itself reporting a clause, and what comes before it are the
            // reporter's words. (The honorific says its subject is the one spoken of, not someone
            // in their words.)
            if between == nil, named != nil, innerSpeaker == nil, topicWords == nil,
               let k = (first..<max(first, min(last - 3, first + 5))).first(where: { k in
                   let w = topicWord(k)
                   return (w.hasSuffix("시면서") || w.hasSuffix("시며")) && w.unicodeScalars.count > 3 && (k == first || !isQuotative(k - 1))
                       && w.unicodeScalars.allSatisfy(TermMatcher.isHangul)
               }) {
                first = k + 1
                skipFraming()
            }
            guard last - first + 1 >= 4 else { continue }
            // A clause reported by a verb in -면서/-며 before the last (…립장이라고 강조하시면서 …할것이라고
            // 천명하시였다) is a quotation of its own, the speaker's too.
            var segments: [(first: Int, last: Int, verb: Int)] = []
            var segmentStart = first
            // (A comma may follow the connective, …끌어올렸다고 말하면서, …: read without it.)
            for k in first..<max(first, last - 1) where connective == nil && isQuotative(k) && ["면서", "며"].contains(where: { topicWord(k + 1).hasSuffix($0) })
                && k - segmentStart + 1 >= 4 && last - (k + 2) + 1 >= 4 && (isVerb(k + 1) || Self.sayingConnectives.contains(topicWord(k + 1))) {
                segments.append((segmentStart, k, k + 1))
                segmentStart = k + 2
            }
            segments.append((segmentStart, last, verbIndex))
            // A speaker named after the first clause's 하면서 (…나라는 없다고 하면서 론평은 다음과
            // 같이 지적하였다; …태도이라고 하면서 론평은 …않다고 지적하였다): the first clause runs
            // from the sentence's start, a second from after the speaker.
            var speakerAfter: Int? = nil
            if between == nil, connective == nil, let k = (3..<max(3, min(last + 1, words.count - 2))).first(where: { k in
                isQuotative(k) && ["하면서", "하며"].contains(word(k + 1)) && endsAsSubject(k + 2) && subject(in: word(k + 2), last: true) != nil
            }) {
                speakerAfter = k + 2
                segments = [(0, k, k + 1)]
                if verbIndex > k + 3, last - (k + 3) + 1 >= 4, isQuotative(last) { segments.append((k + 3, last, verbIndex)) }
            }
            let speakerWords = innerSpeaker ?? topicWords ?? speakerAfter.map { $0..<($0 + 1) } ?? between ?? 0..<first
            var found = citedSpeaker ?? (speakerWords.isEmpty ? nil : subject(in: String(scalars: Array(text[words[speakerWords.lowerBound].lowerBound..<words[speakerWords.upperBound - 1].upperBound])), last: true))
            // A sentence that names no speaker and opens with the reporter's link to the one
            // before (그러면서 …고 강조했습니다) goes on with that sentence's speaker.
            if found == nil, between == nil, speakerAfter == nil, !speakerWords.isEmpty, speakerWords.allSatisfy({ framingAdverbs.contains(topicWord($0)) }), let previous = lastSpeaker {
                found = (previous.text, previous.name, previous.entry)
            }
            // After a quotation it follows (“…”며 …고 강조했다), the quotation's speaker.
            if found == nil, speakerWords.isEmpty, let speaker = stretch.speaker { found = speaker }
            if found == nil, let carriedSpeaker { found = carriedSpeaker }
            if let found {
                lastSpeaker = (found.name, found.text, found.entry)
                if found.name != nil { lastReportedSpeechLine = line.number }
            }
            for segment in segments {
                let start = words[segment.first].lowerBound, end = words[segment.last].upperBound - (connective ?? 1) // without 고 (며, 면서)
                let span = result.originalRange(forNormalized: start..<end)
                guard span.lowerBound < span.upperBound, span.upperBound <= original.count else { continue }
                let content = String(scalars: Array(original[span]))
                var verb = Self.trimming(Self.withoutEndMark(word(segment.verb))) { ".,!?".unicodeScalars.contains($0) }
                // (말했다고 of …라고 말했다고 통신이 보도했다: the verb without its own quotative;
                // 다며 of …것이라며: the connective alone.)
                if let connective { verb = String(verb.unicodeScalars.suffix(connective + 1).reduce(into: String.UnicodeScalarView()) { $0.append($1) }) }
                else if segment.verb < words.count - 1, isQuotative(segment.verb) { verb.removeLast() }
                var quotation = Quotation(document: document, start: line.scalarOffset + span.lowerBound, end: line.scalarOffset + span.upperBound, line: line.number,
                                          text: content, normalized: String(scalars: Array(text[start..<end])), marks: "", depth: 0, parent: nil, kind: .indirect,
                                          clause: connective != nil ? verb : "고 " + verb, verb: verb,
                                          speaker: nil, speakerText: nil, speakerEntry: nil, language: .korean, occurrences: [])
                if let found { (quotation.speaker, quotation.speakerText, quotation.speakerEntry) = (found.name, found.text, found.entry) }
                // After a marker of other articles in the line (``relatedMarkers``), theirs.
                quotation.occurrences = [Quotation.Occurrence(start: quotation.start, end: quotation.end, line: line.number,
                                                              context: span.lowerBound >= relatedFrom ? .related : .body)]
                quotations.append(quotation)
            }
        }
    }

    /// A quotation in marks of a line, as reported speech beside it sees it: its text's range in
    /// the line's normalized text and its speaker.
    struct DirectQuotation {
        var range: Range<Int>
        var speaker: (text: String, name: String?, entry: String?)?
    }

    /// A stretch of a line read for reported speech: a sentence, or the part of one beside a
    /// quotation in marks.
    struct Stretch {
        var range: Range<Int>
        /// The speaker of the quotation beside the stretch, for a stretch that names none.
        var speaker: (text: String, name: String?, entry: String?)? = nil
        /// Whether the stretch ends where a quotation opens: its last word may be the connective
        /// that reports its clause (…것이라며 “…”).
        var endsBeforeQuotation = false
    }

    /// The stretches of a sentence holding quotations in marks that may report more speech
    /// beside them, in order:
    /// - before the first, a clause its connective reports, the quotation following:
    ///   …발전시킬 것이라며 “…”라고 말했다, …불법적이라고 주장하며 “…”;
    /// - after the last, when a connective joins the quotation to what follows: “…”며 …고
    ///   강조했다, “…”라면서 …, “…”고 말하며 …고 밝혔다.
    /// A stretch that names no speaker of its own has the quotation's.
    /// Each is still read as a sentence is: a clause that no quotative and verb end yields nothing.
    static func stretchesBeside(_ sentence: Range<Int>, of text: [Unicode.Scalar], quotations: [DirectQuotation]) -> [Stretch] {
        let inside = quotations.filter { $0.range.overlaps(sentence) && sentence.contains($0.range.lowerBound) }
        guard let first = inside.first, let last = inside.last else { return [] }
        var stretches: [Stretch] = []
        // Before: the words up to the opening mark; the last a connective quotative (-다며,
        // -라면서), or a quotative and a word in -며/-면서 (…라고 주장하며).
        var open = first.range.lowerBound
        while open > sentence.lowerBound && text[open - 1].isWhiteSpace { open -= 1 }
        if open > sentence.lowerBound, quotationMarks.contains(text[open - 1]) {
            var end = open - 1
            while end > sentence.lowerBound && text[end - 1].isWhiteSpace { end -= 1 }
            let words = wordRanges(of: text, in: sentence.lowerBound..<end)
            if let final = words.last {
                let reports = connectiveQuotativeLength(text[final]) != nil
                    || (words.count >= 2 && endsInConnective(text[final]) && isQuotativeWord(text[words[words.count - 2]]))
                if reports { stretches.append(Stretch(range: sentence.lowerBound..<end, speaker: first.speaker, endsBeforeQuotation: true)) }
            }
        }
        // After: the word holding the closing mark ends in a connective (”며, ”라며, ”이라면서),
        // or in a quotative with a word in -며/-면서 after it (”고 말하며, ”라고 밝히면서).
        var close = last.range.upperBound
        while close < sentence.upperBound && text[close].isWhiteSpace { close += 1 }
        guard close < sentence.upperBound, quotationMarks.contains(text[close]) else { return stretches }
        var wordEnd = close + 1
        while wordEnd < sentence.upperBound && !text[wordEnd].isWhiteSpace { wordEnd += 1 }
        let tail = text[(close + 1)..<wordEnd]
        let rest: Int
        if quotationConnectives.contains(where: { tail.elementsEqual($0.unicodeScalars) }) {
            rest = wordEnd
        } else if quotationQuotatives.contains(where: { tail.elementsEqual($0.unicodeScalars) }),
                  let next = wordRanges(of: text, in: wordEnd..<sentence.upperBound).first, endsInConnective(text[next]),
                  text[next].allSatisfy(TermMatcher.isHangul) {
            rest = next.upperBound
        } else {
            return stretches
        }
        if rest < sentence.upperBound { stretches.append(Stretch(range: rest..<sentence.upperBound, speaker: last.speaker)) }
        return stretches
    }

    /// The marks that open and close a quotation in normalized text.
    static let quotationMarks: Set<Unicode.Scalar> = ["“", "”", "‘", "’", "\"", "'", "《", "》", "「", "」", "『", "』"]

    /// What joins a quotation to the clause after it, written on to its closing mark: -(이)라며,
    /// -(이)라면서, -며, -면서 (“…”며 …고 강조했다).
    static let quotationConnectives = ["며", "면서", "라며", "라면서", "이라며", "이라면서", "하며", "하면서"]

    /// The quotatives written on to a closing mark before a verb (“…”고 말하며, “…”라고 밝히면서).
    static let quotationQuotatives = ["고", "라고", "이라고"]

    /// A word in -며 or -면서 (말하며, 강조하면서), a comma after it allowed.
    static func endsInConnective(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var word = word
        if word.last == "," { word = word.dropLast() }
        return word.count >= 2 && (word.last == "며" || (word.last == "서" && word[word.index(before: word.endIndex) - 1] == "면"))
    }

    /// A word ending in the quotative 고 after -다/-라/-자/-냐 (…있다고, …것이라고).
    static func isQuotativeWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        word.count >= 2 && word.last == "고" && indirectQuotativeLeads.contains(word[word.index(before: word.endIndex) - 1])
    }

    /// 하다 in -면서/-며 after a quotative (…해나가야 한다고 하시면서 …이라고 강조하시였다): it
    /// reports the clause before it, as a reporting verb in that form does.
    static let sayingConnectives: Set<String> = ["하면서", "하며", "하시면서", "하시며"]

    /// Words that may lead the day a report dates what was said (지난 16일, 현지시간 16일,
    /// 현지시간으로 지난 3일).
    static let dayLeads: Set<String> = ["지난", "현지시간", "현지시간으로", "현지시각", "현지시각으로"]

    /// Whether a word names the hearers of reported words: a listed noun (``addresseeNouns``),
    /// alone or ending a compound (외신기자), with 에게 or 들에게 (일군들에게, 기자에게).
    func isAddressee(_ word: String) -> Bool {
        guard word.hasSuffix("에게") else { return false }
        var noun = word.dropLast(2)
        if noun.hasSuffix("들") { noun = noun.dropLast() }
        return addresseeNouns.contains(String(noun)) || addresseeNouns.contains { $0.count >= 2 && noun.hasSuffix($0) }
    }

    /// A word without the wire's end mark after it (강조하였다.(끝)).
    static func withoutEndMark(_ word: String) -> String { word.hasSuffix("(끝)") ? String(word.dropLast(3)) : word }

    /// The words of `range` of a text (runs of scalars between white space), as offset ranges.
    static func wordRanges(of text: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound && text[i].isWhiteSpace { i += 1 }
            let start = i
            while i < range.upperBound && !text[i].isWhiteSpace { i += 1 }
            if start < i { words.append(start..<i) }
        }
        return words
    }

    /// The quotatives that end a reported clause (…있다고, …하라고, …하자고, …하냐고).
    static let indirectQuotatives = ["다고", "라고", "자고", "냐고"]
    /// Their first syllables, each before the final 고.
    static let indirectQuotativeLeads = Set(indirectQuotatives.compactMap(\.unicodeScalars.first))

    /// Whether a range of a line overlaps one of the quotations' ranges or holds the start of
    /// one (an empty range: a lone mark), answered in constant time from two prefix counts, so
    /// a long line of many sentences and quotations stays linear.
    static func overlapTest(_ quoted: [Range<Int>], length: Int) -> (Range<Int>) -> Bool {
        guard !quoted.isEmpty else { return { _ in false } }
        var depth = [Int32](repeating: 0, count: length + 2), starts = [Int32](repeating: 0, count: length + 2)
        for range in quoted {
            let lower = min(max(0, range.lowerBound), length), upper = min(max(lower, range.upperBound), length)
            depth[lower] += 1
            depth[upper] -= 1
            starts[lower + 1] += 1
        }
        // covered[i + 1]: scalars up to i inside a quotation; opened[i]: quotations starting before i.
        var covered = [Int32](repeating: 0, count: length + 1), opened = [Int32](repeating: 0, count: length + 2)
        var running: Int32 = 0
        for i in 0..<length {
            running += depth[i]
            covered[i + 1] = covered[i] + (running > 0 ? 1 : 0)
        }
        for i in 1...(length + 1) { opened[i] = opened[i - 1] + starts[i] }
        return { range in
            let lower = min(max(0, range.lowerBound), length), upper = min(max(lower, range.upperBound), length)
            return covered[upper] - covered[lower] > 0 || opened[upper] - opened[lower] > 0
        }
    }

    /// The sentences of a source document's line that hold no quotation (see
    /// ``begin(document:source:)``), as quotations of kind `sentence`.
    func addSentences(of line: LineReader.Line, original: [Unicode.Scalar], quoted: [Range<Int>]) {
        let language = language(of: line.text)
        let isQuoted = Self.overlapTest(quoted, length: original.count)
        for range in splitter.sentences(of: line.text, language: language.rawValue) where !isQuoted(range) {
            let text = String(scalars: Array(original[range]))
            var sentence = Quotation(document: document, start: line.scalarOffset + range.lowerBound, end: line.scalarOffset + range.upperBound, line: line.number,
                                     text: text, normalized: normalizer.normalize(text).normalized, marks: "", depth: 0, parent: nil, kind: .sentence,
                                     clause: nil, verb: nil, speaker: nil, speakerText: nil, speakerEntry: nil, language: language, occurrences: [])
            sentence.occurrences = [Quotation.Occurrence(start: sentence.start, end: sentence.end, line: line.number, context: .body)]
            quotations.append(sentence)
        }
    }
}

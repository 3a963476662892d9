import Foundation

/// Who said a quotation: the people and titles a document mentions (``QuoteExtractor/noteMentions(in:outside:)``),
/// the speaker nouns, the subject of a reporting clause, a statement's author, and the search
/// that gives each quotation the nearest of them (``QuoteExtractor/assignSpeaker(_:text:open:close:quoted:)``).
extension QuoteExtractor {
    func noteMentions(in scalars: [Unicode.Scalar], outside quoted: [Range<Int>]) {
        // The names inside the last line's quotations count from this line on: a speaker's own
        // words never name the speaker of the same line.
        if !quotedMentionsOfLine.isEmpty {
            for mention in quotedMentionsOfLine { record(mention) }
            quotedMentionsOfLine.removeAll(keepingCapacity: true)
        }
        // Many lines name no speaker at all: the kind filter says so before any matching. The
        // line is normalized already: only the matcher's folding is left to do (normalizing again
        // would change nothing, the pipeline being idempotent).
        guard let speakerFilter, speakerFilter.mayMatch(scalars), let matches = matcherBox?.matches(inNormalized: scalars, kinds: Self.speakerKinds) else { return }
        // The spans are in order and do not overlap; so are the matches, by start.
        var span = 0
        for match in matches {
            while span < quoted.count && quoted[span].upperBound <= match.range.lowerBound { span += 1 }
            let inQuotation = span < quoted.count && quoted[span].lowerBound <= match.range.lowerBound
            let following = Array(scalars[match.range.upperBound..<min(scalars.count, match.range.upperBound + 24)])
            let mention = Mention(name: match.entry.southKorean, entry: match.entry.id, kind: match.entry.kind, following: following, english: match.entry.english, quoted: inQuotation)
            if inQuotation { quotedMentionsOfLine.append(mention) } else { record(mention) }
            if !inQuotation, match.entry.kind == .person { noteDescriptors(before: match.range.lowerBound, in: scalars, name: match.entry.southKorean, entry: match.entry.id) }
        }
    }

    /// Records the one to three words of English in lower case right before a person's name
    /// (``personDescriptors``): words of letters only, no comma or other mark between them and
    /// the name ("North Korean leader Kim Jong Un", "Russian President Vladimir Putin").
    private func noteDescriptors(before start: Int, in scalars: [Unicode.Scalar], name: String, entry: String) {
        var words: [String] = []
        var end = start
        while words.count < 3 {
            // A space, then a word of ASCII letters (and hyphens) with a space or the line's
            // start before it.
            var i = end
            while i > 0 && scalars[i - 1] == " " { i -= 1 }
            guard i < end else { break }
            var j = i
            while j > 0, scalars[j - 1].isASCII, scalars[j - 1].properties.isAlphabetic || scalars[j - 1] == "-" { j -= 1 }
            guard j < i, j == 0 || scalars[j - 1] == " " else { break }
            words.insert(String(String.UnicodeScalarView(scalars[j..<i])).lowercased(), at: 0)
            personDescriptors[words.joined(separator: " ")] = (name, entry)
            end = j
        }
    }

    /// Adds a mention to the recent ones.
    private func record(_ mention: Mention) {
        if mention.kind == .person, let initial = mention.name.unicodeScalars.first { peopleByInitial[initial, default: []].append(mentioned.count) }
        mentioned.append(mention)
        // Only recent mentions resolve a speaker; keeping them bounded keeps each look-up so.
        if mentioned.count > 2 * Self.recentMentions {
            let dropped = mentioned.count - Self.recentMentions
            mentioned.removeFirst(dropped)
            var shifted: [Unicode.Scalar: [Int]] = [:]
            for (initial, positions) in peopleByInitial {
                let kept = positions.compactMap { $0 >= dropped ? $0 - dropped : nil }
                if !kept.isEmpty { shifted[initial] = kept }
            }
            peopleByInitial = shifted
        }
    }

    /// The outermost quoted spans of a line (normalized offsets, between the marks), in order:
    /// the people a speaker's own words name (김일성 및 김정일 위원장의 유훈에 따라 …, "the will of
    /// late … Kim Jong Il") are less likely to be who a later 김 위원장 or "Kim" is than the
    /// people the report names itself (``Mention/quoted``). Titles (《로동신문》은) and
    /// unbalanced marks enclose no words of a speaker's.
    static func quotedSpans(_ marks: [QuoteMark]) -> [Range<Int>] {
        guard !marks.isEmpty else { return [] }
        var spans: [Range<Int>] = []
        var end = -1
        for mark in marks where mark.role == .open && mark.normalizedOffset >= end && !QuoteMark.Style.titleStyles.contains(mark.style) {
            guard let partner = mark.partner else { continue }
            let close = marks[partner].normalizedOffset
            spans.append((mark.normalizedOffset + 1)..<max(mark.normalizedOffset + 1, close))
            end = close
        }
        return spans
    }

    /// The person, outlet or organization the report last named, outside quotations, with a
    /// title ending in `title` after the name (외무성 대변인 for 대변인).
    private func lastMention(titled title: String) -> (name: String, entry: String)? {
        for k in mentioned.indices.reversed() where !mentioned[k].quoted && Self.speakerKinds.contains(mentioned[k].kind) {
            if titles(ofMention: k).contains(where: { WordSplitting.hasSuffix($0, title) }) { return (mentioned[k].name, mentioned[k].entry) }
        }
        return nil
    }

    /// The kinds of glossary entry that speak: people, outlets and organizations.
    static let speakerKinds: Set<GlossaryEntry.Kind> = [.person, .outlet, .organization]

    /// The titles a mention is followed by, read once (``titles(following:)``).
    private func titles(ofMention k: Int) -> [String] {
        if let known = mentioned[k].titles { return known }
        let found = titles(following: mentioned[k].following)
        mentioned[k].titles = found
        return found
    }

    /// The titles that follow a name (노광철 북한 국방상): of the next three words, those that end
    /// in a speaker noun, without their particle.
    private func titles(following scalars: [Unicode.Scalar]) -> [String] {
        var titles: [String] = []
        for piece in WordSplitting.words(String(scalars: scalars), limit: 3) {
            let word = Self.strippingParticle(Self.trimming(piece) { Self.punctuation.contains($0) })
            if endsWithSpeakerNoun(word) { titles.append(word) }
        }
        return titles
    }

    /// The kind of speaker a word names: a listed speaker noun, or a word ending in one (북한
    /// 국방상, 국무위원장). Only the nouns sharing its last scalar are compared, from the end;
    /// nouns that end one another are of one kind (checked when `speaker-nouns.tsv` is read), so
    /// which is found first changes nothing.
    private func speakerNounKind(_ head: String) -> String? { speakerNoun(endingWord: head)?.kind }

    /// The listed speaker noun a word is or ends in, with its length in scalars.
    private func speakerNoun(endingWord head: String) -> (kind: String, length: Int)? {
        let scalars = head.unicodeScalars
        guard let last = WordSplitting.lastScalar(head), let nouns = speakerNounsByLast[last] else { return nil }
        for noun in nouns {
            // The noun is the word, or ends it: compared from the end, scalar by scalar.
            var i = scalars.endIndex
            var k = noun.scalars.count
            while k > 0 && i > scalars.startIndex {
                scalars.formIndex(before: &i)
                k -= 1
                if scalars[i] != noun.scalars[k] { break }
                if k == 0 { return (noun.kind, noun.scalars.count) }
            }
        }
        return nil
    }

    /// Whether a word is or ends in a listed speaker noun (국방상, 위원장).
    private func endsWithSpeakerNoun(_ word: String) -> Bool { speakerNounKind(word) != nil }

    /// The speaker: the subject nearest before the quotation in its sentence (벨로우소프 장관은,
    /// 노 국방상은, 신문은, 그는), else one between the quotation and its verb, else, for a direct
    /// quotation, the last speaker of the document. The words of the line's earlier quotations
    /// (`quoted`, ``quotedSpans(_:)``) are no subject of the sentence: in 김 부부장은 “… 윤석열
    /// 대통령은 …”고 했으며, 문재인 전 대통령을 “…”고 비교했다, both are the 부부장's.
    func assignSpeaker(_ quotation: inout Quotation, text: [Unicode.Scalar], open: Int, close: Int, quoted: [Range<Int>]) {
        // Bounded windows: the speaker stands in the same sentence, and a long line must not make
        // every quotation read all of it.
        // Only the last sentence before the quotation, and after it (in Korean) only the clause up
        // to the next stop or quotation, are made strings.
        let start = max(0, open - Self.contextWindow)
        var before = text[start..<max(0, open)]
        // Earlier quotations' words become spaces (the marks stay): a stop inside them ends no
        // sentence, and a topic inside them names no speaker. (Spans enclosing this quotation stay.)
        if quoted.contains(where: { $0.upperBound <= open && $0.upperBound > start && !$0.isEmpty }) {
            var masked = Array(before)
            for span in quoted where span.upperBound <= open && span.upperBound > start {
                for k in max(span.lowerBound, start)..<span.upperBound { masked[k - start] = " " }
            }
            before = masked[...]
        }
        let prefix = String(scalars: before[(Self.lastSentenceStart(before) ?? before.startIndex)...])
        let after = close + 1 < text.count ? text[(close + 1)..<min(text.count, close + 1 + Self.contextWindow)] : []
        let english = quotation.language == .english
        // “Kim said: “…”” with nothing after the quotation in its sentence: the verb before it
        // makes it direct speech, not a partial quotation or a headline.
        if english, quotation.kind == .partial || quotation.kind == .headline, Self.mayBeSpokenWhole(quotation.text),
           let verb = Self.englishVerbRightBefore(prefix, verbs: englishVerbs),
           after.prefix(while: { !Self.endsEnglishSentence($0) }).allSatisfy({ $0.isBlank || Self.punctuation.contains($0) || $0 == "\"" }) {
            quotation.kind = .direct
            quotation.verb = verb
        }
        // (Not for words in marks that go on with a predicate of their own after the report's
        // clause: "Putin thanked Kim for his visit “and expressed …”".)
        if english, !["and", "but"].contains(quotation.text.prefix { $0 != " " }.lowercased()), let lead = Self.englishReportedLead(prefix, verbs: englishVerbs) {
            quotation.reportedClause = lead + " " + quotation.text
        }
        if let found = english ? englishSpeaker(before: prefix, after: String(scalars: after))
            : subject(in: prefix, last: true, adjacent: Self.reportsEmbeddedSpeech(after)) ?? subject(in: String(scalars: after[..<(Self.clauseEnd(after) ?? after.endIndex)]), last: false) {
            quotation.speakerText = found.text
            quotation.speaker = found.name
            quotation.speakerEntry = found.entry
            lastSpeaker = (found.name, found.text, found.entry)
        } else if quotation.kind == .direct, !english, let last = lastSpeaker {
            // A sentence whose topic is a country says who speaks, though no glossary speaker:
            // neither it nor the sentences after it go on with the speaker before.
            if hasCountryTopic(prefix) {
                lastSpeaker = nil
            } else {
                (quotation.speaker, quotation.speakerText, quotation.speakerEntry) = (last.name, last.text, last.entry)
            }
        }
    }

    /// Whether a sentence's words before a quotation have a country as their topic (북한은
    /// 외무성 대변인 담화를 통해 “…”고 밝혔다, 미국은 …): the sentence names a subject of its own,
    /// none of the glossary's speakers, so the document's last speaker is not this quotation's.
    private func hasCountryTopic(_ prefix: String) -> Bool {
        for word in WordSplitting.words(prefix) where WordSplitting.hasSuffix(word, "은") || WordSplitting.hasSuffix(word, "는") {
            let head = String(word.dropLast())
            if !head.isEmpty, wholeWordMatch(head, { $0.kind == .country }) != nil { return true }
        }
        return false
    }

    /// Whether the words after a Korean quotation report it as speech inside the sentence's own
    /// report: its verb is itself quoted or embedded (“…”고 말했다고 전했다, “…”라고 밝혔다며,
    /// “…”고 한 데 대해, “…”라고 하자). Then the subject right before the quotation said it, and
    /// the sentence's topic reports it (대변인은 김 위원장이 “…”라고 말했다고 전했다); with a
    /// plain verb the topic's own words may describe that subject (매체들은 두 정상이 “…마음을
    /// 열었다”고 표현했다).
    static func reportsEmbeddedSpeech(_ after: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = WordSplitting.words(String(scalars: after[..<(clauseEnd(after) ?? after.endIndex)]), limit: 2)
        guard words.count == 2 else { return false }
        let verb = trimming(words[1]) { punctuation.contains($0) }
        if embeddedSpeechVerbs.contains(verb) { return true }
        return verb.unicodeScalars.count > 2 && ["다고", "다며", "다면서"].contains { WordSplitting.hasSuffix(verb, $0) }
    }
    /// Forms of the speech verbs that embed what was said in a longer sentence (the relative and
    /// the connective in -자).
    static let embeddedSpeechVerbs: Set<String> = ["한", "하자", "한데", "했던", "말한", "말하자", "말했던", "밝힌", "밝히자"]

    /// The topic (은/는) names the speaker of a sentence; a subject (이/가) may belong to a
    /// relative clause (…국무위원장이 체결한 조약), so it is taken only when no topic is found.
    /// With `adjacent`, a subject that is the last word before the quotation is its speaker all
    /// the same: a relative clause's subject is followed by its verb, not by the quotation (김
    /// 위원장은 트럼프 대통령이 “…”고 한 데 대해 “…”고 답했다: the first is 트럼프's).
    func subject(in text: String, last: Bool, adjacent: @autoclosure () -> Bool = false) -> (text: String, name: String?, entry: String?)? {
        // Words stay substrings of the text; the few that may name the speaker become strings.
        // A comma after a topic (습근평 주석은, …: the Chinese radio's Korean) ends no word's
        // reading as a subject.
        var words = WordSplitting.words(text)
        // (Read on the last byte: a character per word is a grapheme break each, on every line.)
        if words.contains(where: { $0.utf8.last == UInt8(ascii: ",") }) {
            words = words.map { $0.utf8.last == UInt8(ascii: ",") ? $0.dropLast() : $0 }
        }
        // Nor does an opening mark before a word: inside a quotation that reports another (윤
        // 수석은 “문대통령은 김정은 위원장에게 ‘…’라고 말을 했고 …”), its first word is the subject.
        // A name in marks before its particle (《로동신문》은, as North Korean copy writes a
        // newspaper's name; the normalizer folds the marks to “”) is the name and its particle.
        if words.contains(where: { $0.utf8.first == 0xE2 }) {
            words = words.map { word in
                guard word.utf8.first == 0xE2 else { return word }
                let opened = word.drop { $0 == "\u{201C}" || $0 == "\u{2018}" }
                // (Only a word ending in a particle's syllable can be a name in marks before one.)
                guard let end = opened.unicodeScalars.last, Self.subjectParticleEnds.contains(end),
                      let close = opened.firstIndex(where: { $0 == "\u{201D}" || $0 == "\u{2019}" }), opened.index(after: close) < opened.endIndex,
                      Self.isParticleOnly(opened[opened.index(after: close)...]) else { return opened }
                return Substring(String(opened[..<close]) + String(opened[opened.index(after: close)...]))
            }
        }
        // (The words after the quotation are read only when the last word before it is a subject.)
        if let final = words.last, WordSplitting.hasSuffix(final, "이") || WordSplitting.hasSuffix(final, "가"), adjacent(),
           let found = subject(in: words, last: true, particles: ["이", "가"], onlyLast: true) { return found }
        // 께서 is the subject particle of one spoken of with respect (김정은동지께서 말씀하시였다).
        return subject(in: words, last: last, particles: ["은", "는", "께서"]) ?? subject(in: words, last: last, particles: ["이", "가"])
    }

    /// The author of a statement a report cites (김 부부장이 발표한 담화를, 김여정 부부장의
    /// 담화를, 로동신문 론평을, before 인용해): the last subject in 이/가 or 께서, else the last
    /// name or title in 의, else the last word naming a glossary person, outlet or organization.
    func author(in text: String) -> (text: String, name: String?, entry: String?)? {
        let words = WordSplitting.words(text)
        if let found = subject(in: words, last: true, particles: ["께서", "이", "가"]) ?? subject(in: words, last: true, particles: ["의"]) { return found }
        for word in words.reversed() {
            if let entry = mentionedEntry(matching: String(word)) { return (String(word), entry.name, entry.entry) }
        }
        return nil
    }

    private func subject(in words: [Substring], last: Bool, particles: [String], onlyLast: Bool = false) -> (text: String, name: String?, entry: String?)? {
        let indices = onlyLast ? [words.count - 1] : last ? Array(words.indices.reversed()) : Array(words.indices)
        // Particles of one syllable each: a word ending in another syllable holds none of them
        // (``WordSplitting/hasSuffix(_:_:)``), which one look at its last scalar says.
        let ends = particles.map { WordSplitting.lastScalar($0) }
        let syllableEnds = ends.allSatisfy { $0.map(TermMatcher.isHangul) ?? false }
        for i in indices {
            let word = words[i]
            if syllableEnds, let end = WordSplitting.lastScalar(word), TermMatcher.isHangul(end), !ends.contains(end) { continue }
            guard let particle = particles.first(where: { WordSplitting.hasSuffix(word, $0) }) else { continue }
            var head = String(word.dropLast(particle.count))
            // 께서는: the honorific subject particle before the topic particle (김정은 동지께서는).
            if particle == "는", head.hasSuffix("께서"), head.count > 2 { head = String(head.dropLast(2)) }
            if head == "그" || head == "그녀" {
                if let last = lastSpeaker { return ("그", last.name, last.entry) }
                continue
            }
            // They (그들은 …고 말하였다: a meeting's speakers): a speaker, unnamed.
            if head == "그들" { return (head, nil, nil) }
            let previous = i > 0 ? String(words[i - 1]) : ""
            // A glossary person or outlet named by the head word (벨로우소프는, 노동신문은).
            if let entry = mentionedEntry(matching: head) { return (head, entry.name, entry.entry) }
            // One named by two words, the head naming no one alone (러시아 외무부는), as the topic
            // (a subject in 이/가 may be the clause's own: …러시아 국방부가 …교류를 이어가고 있다며).
            if !previous.isEmpty, particle != "이" && particle != "가", speakerNoun(endingWord: head) == nil, let entry = mentionedEntry(matching: "\(previous) \(head)") {
                return ("\(previous) \(head)", entry.name, entry.entry)
            }
            if let (kind, length) = speakerNoun(endingWord: head) {
                // A name written solid before its title (김정은동지, as North Korean prose writes it).
                let scalars = head.unicodeScalars
                if kind == "title", scalars.count > length {
                    let name = String(String.UnicodeScalarView(scalars.dropLast(length)))
                    if let person = mentionedEntry(matching: name) { return (head, person.name, person.entry) }
                    // A surname written solid before a title (문대통령): the person of that surname
                    // mentioned with that title.
                    if name.count == 1, let person = mentionedPerson(surname: name, title: String(String.UnicodeScalarView(scalars.suffix(length)))) {
                        return (head, person.name, person.entry)
                    }
                }
                let phrase = previous.isEmpty ? head : "\(previous) \(head)"
                if kind == "statement" {
                    // Its author named before it (김여정 담화는, 조선중앙통신사 논평은), else the one
                    // who issued the document's last statement named as an object.
                    if !previous.isEmpty, let author = mentionedEntry(matching: previous) { return (phrase, author.name, author.entry) }
                    // Someone else's, named by words the glossary does not hold (조선중앙통신사 논평은).
                    if !previous.isEmpty, !Self.statementDeterminers.contains(previous), Self.mayQualifyATitle(previous) { return (phrase, nil, nil) }
                    return (head, statementAuthor?.name, statementAuthor?.entry)
                }
                if kind == "outlet" {
                    if let outlet = mentioned.last(where: { $0.kind == .outlet && WordSplitting.hasSuffix($0.name, head) }) { return (head, outlet.name, outlet.entry) }
                    // An outlet named by one word ending in an outlet noun (조선중앙방송, 노동신문):
                    // the word before it is not part of it (이어 조선중앙방송은); before a bare
                    // noun it is (북한 관영매체들은).
                    if speakerNouns[head] == nil { return (head, nil, nil) }
                }
                // Name or surname before the title: 벨로우소프 장관, 노 국방상, 김 위원장.
                let named = previous.isEmpty ? nil : mentionedEntry(matching: previous)
                if let named, named.kind == .person { return (phrase, named.name, named.entry) }
                if !previous.isEmpty, let person = mentionedPerson(surname: previous, title: head) { return (phrase, person.name, person.entry) }
                // A person named before the words that say whose title it is (김여정 조선로동당
                // 중앙위원회 부부장은: hers, not the party's).
                if kind == "title", let person = person(before: i, in: words) {
                    return ((words[person.index..<i].map(String.init) + [head]).joined(separator: " "), person.name, person.entry)
                }
                // An outlet or organization before the title (외무성 대변인은), or a name two words
                // back (김정은 북한 국무위원장).
                if let named { return (phrase, named.name, named.entry) }
                if i >= 2, let person = mentionedEntry(matching: String(words[i - 2])) {
                    return ("\(words[i - 2]) \(phrase)", person.name, person.entry)
                }
                // A title alone (대변인은, 위원장은) after the report named whose it is (조선
                // 외무성 대변인은 … 대답하였다. … 대변인은 …고 강조하였다): the last one named with it.
                // A modifier of respect before it in -하는 (경애하는 원수님께서는, 존경하는
                // 위원장은) says whose it is no more than the title alone does.
                if kind == "title", previous.isEmpty || (previous.hasSuffix("하는") && previous.count > 2), let owner = lastMention(titled: head) {
                    return (previous.isEmpty ? head : phrase, owner.name, owner.entry)
                }
                return (phrase, nil, nil)
            }
        }
        return nil
    }

    /// The length of the statement noun (``statementNouns``) a run of scalars ends with, or nil.
    func statementNounLength<Scalars: BidirectionalCollection<Unicode.Scalar>>(endingWith scalars: Scalars) -> Int? {
        statementNouns.length(endingWith: scalars)
    }

    /// Records who issued a statement the line names as an object (김여정 부부장은 …담화를
    /// 발표했다, 외무성은 성명을 냈다) or as where it speaks (《로동신문》은 개인필명의 론평에서
    /// …고 조소하였다): the named subject of the sentence before that word.
    func noteStatementAuthor(in text: [Unicode.Scalar]) {
        // The object particle or 에서 first (two comparisons a scalar), then the nouns ending before it.
        let found: Int? = text.withUnsafeBufferPointer { buffer in
            for i in 1..<max(1, buffer.count) where buffer[i] == "을" || buffer[i] == "를" || (buffer[i] == "에" && i + 1 < buffer.count && buffer[i + 1] == "서") {
                // The scalar before the particle ends a noun seldom: one comparison each rules most out.
                if let length = statementNounLength(endingWith: buffer[..<i]) { return i - length }
            }
            return nil
        }
        guard let start = found else { return }
        let before = text[..<start]
        let sentence = before[(Self.lastSentenceStart(before) ?? before.startIndex)...]
        if let subject = subject(in: String(scalars: Array(sentence)), last: true), subject.name != nil {
            statementAuthor = (subject.name, subject.text, subject.entry)
        }
    }

    /// The glossary person named before a title (the word at `title`), across at most
    /// ``titleQualifiers`` words that say whose title it is: organizations, countries, organs
    /// (김여정 조선로동당 중앙위원회 부부장은, 김여정 북한 노동당 제1부부장은). A word with a
    /// particle or a modifier's ending between them (국무위원장의, 여동생인, 만난) ends the search.
    private func person(before title: Int, in words: [Substring]) -> (index: Int, name: String, entry: String)? {
        var k = title - 1
        while k >= 0 && title - k <= Self.titleQualifiers + 1 {
            let word = String(words[k])
            if let named = mentionedEntry(matching: word) {
                if named.kind == .person { return (k, named.name, named.entry) }
            } else if !Self.mayQualifyATitle(word) && !namesGlossaryTerm(word) {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// The last syllables of the particles ``isParticleOnly(_:)`` accepts.
    static let subjectParticleEnds: Set<Unicode.Scalar> = ["은", "는", "이", "가", "서"]

    /// Whether the rest of a word after a closing mark is a subject or topic particle alone
    /// (“로동신문”은, “로동신문”이).
    static func isParticleOnly(_ rest: Substring) -> Bool {
        let scalars = rest.unicodeScalars
        var i = scalars.startIndex
        guard i < scalars.endIndex else { return false }
        let first = scalars[i]
        i = scalars.index(after: i)
        if i == scalars.endIndex { return first == "은" || first == "는" || first == "이" || first == "가" }
        guard first == "께", scalars[i] == "서" else { return false }
        i = scalars.index(after: i)
        return i == scalars.endIndex || (scalars[i] == "는" && scalars.index(after: i) == scalars.endIndex)
    }

    /// Words before 담화 or 성명 that point back to the statement last named (이번 담화는).
    static let statementDeterminers: Set<String> = ["이번", "이날", "이", "그", "해당", "같은"]

    /// How many words may stand between a person's name and their title.
    static let titleQualifiers = 4

    /// Whether a word may be part of the phrase that says whose title follows: Hangul and digits
    /// only, and not ending in a particle or a modifier's ending (은, 의, 과, 인, 한, 된 …).
    static func mayQualifyATitle(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last, !titleQualifierStops.contains(last) else { return false }
        return word.unicodeScalars.allSatisfy { TermMatcher.isHangul($0) || ("0"..."9").contains($0) }
    }
    static let titleQualifierStops = Set("은는이가을를의에와과도로인한된난던할될고며서께게".unicodeScalars)

    /// Whether a whole word is a glossary term of any kind (북한, a country; its particles aside,
    /// it qualifies a title like any organization).
    private func namesGlossaryTerm(_ word: String) -> Bool { wholeWordMatch(word) { _ in true } != nil }

    /// The first glossary match that is the whole word, of an entry `accepts` takes.
    private func wholeWordMatch(_ word: String, _ accepts: (GlossaryEntry) -> Bool) -> TermMatcher.Match? {
        matcherBox?.matches(in: word).first { $0.range.lowerBound == 0 && $0.range.upperBound == word.unicodeScalars.count && accepts($0.entry) }
    }

    /// The glossary person, outlet or organization a whole word names. Words recur (신문은, 그는,
    /// 위원장은), so each is looked up once; the answers are kept for a bounded number of words.
    func mentionedEntry(matching word: String) -> (name: String, entry: String, kind: GlossaryEntry.Kind)? {
        guard matcherBox != nil else { return nil }
        if let known = namedEntries[word] { return known }
        let hit = wholeWordMatch(word) { Self.speakerKinds.contains($0.kind) }
        let answer = hit.map { ($0.entry.southKorean, $0.entry.id, $0.entry.kind) }
        if namedEntries.count >= Self.namedEntriesLimit { namedEntries.removeAll(keepingCapacity: true) }
        namedEntries[word] = .some(answer)
        return answer
    }

    /// How many words ``mentionedEntry(matching:)`` keeps its answers for.
    static let namedEntriesLimit = 50_000

    /// The person last mentioned with this surname and this title (노 국방상 → 노광철, seen as
    /// 노광철 북한 국방상; 김 위원장 → 김정은, seen as 김정은 국무위원장), else the only person of
    /// that surname mentioned at all. Nobody else.
    private func mentionedPerson(surname: String, title: String) -> (name: String, entry: String)? {
        guard surname.count == 1 else { return nil }
        // The surname is one character: only people whose name starts with its scalar are read.
        guard let initial = surname.unicodeScalars.first, let people = peopleByInitial[initial] else { return nil }
        let oneScalar = surname.unicodeScalars.count == 1
        // The people the report names itself first; those named inside quotations only when
        // none of those will do (김정은 위원장은 “김일성 및 김정일 위원장의 유훈에 따라 …” … 김
        // 위원장은: 김정은; but 트럼프 대통령은 “김정은 위원장과 …” … 김 위원장은: 김정은 too).
        for quoted in [false, true] {
            func named(_ k: Int) -> Bool { mentioned[k].quoted == quoted && mentioned[k].starts(withSurname: surname, ofOneScalar: oneScalar) }
            for k in people.reversed() where named(k) {
                // Each mention's titles are read once, when first needed.
                if titles(ofMention: k).contains(where: { WordSplitting.hasSuffix($0, title) }) { return (mentioned[k].name, mentioned[k].entry) }
            }
            // Nobody mentioned with that title: the one person of that surname the document has
            // mentioned, if there is only one and no mention of them gave another title (김정은의
            // 발언 … 김 위원장은; not 박정천 당 비서 … 박 교수는).
            var only: (name: String, entry: String)?
            for k in people where named(k) {
                if let found = only, found.entry != mentioned[k].entry { return nil }
                if !titles(ofMention: k).isEmpty { return nil }
                only = (mentioned[k].name, mentioned[k].entry)
            }
            if only != nil { return only }
        }
        return nil
    }
}

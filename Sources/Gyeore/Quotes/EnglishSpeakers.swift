/// Speakers of English quotations: the name a wire story puts beside its reporting verb.
///
/// English reports attribute a quotation with a reporting verb before it (`Kim Yo Jong said:
/// “…”`, `According to the report, Xi said “…”`, `KCNA quoted Kim as saying “…”`) or after it
/// (`“…,” Trump told reporters.`, `“…,” said Lavrov.`). The speaker is the name next to that
/// verb: a glossary person, outlet or organization when the name is one (or holds one: `Chinese
/// President Xi Jinping`), a person named by surname alone when the document mentioned them or
/// the glossary holds exactly one person of that surname (`Xi`), the last speaker for `he` and
/// `she`, and otherwise the words themselves (`the ministry`), with no entry.
extension QuoteExtractor {
    /// The verbs (lower case) that attribute speech in English: the English rows of
    /// `data/reporting-verbs.tsv`, `saying` (`quoted Kim as saying`) and the participles that go
    /// on with a speaker's words (`…, adding: “…”`, ``englishContinuingParticiples``).
    static func englishReportingVerbs(_ verbs: [(stem: String, language: String)]) -> Set<String> {
        Set(verbs.filter { $0.language == "en" }.map(\.stem)).union(englishContinuingParticiples)
    }

    /// The glossary's people by the first and the last word of each English form (Xi, Putin):
    /// name and entry id, each person once per word.
    static func surnameIndex(_ glossary: Glossary?) -> [String: [(name: String, entry: String)]] {
        var index: [String: [(name: String, entry: String)]] = [:]
        for entry in glossary?.entries ?? [] where entry.kind == .person {
            for form in entry.forms where form.field == .en || form.field == .enOther {
                let parts = form.text.split { $0 == " " || $0 == "-" }
                guard parts.count > 1 else { continue }
                for part in Set([parts[0], parts[parts.count - 1]]).map(String.init) where !(index[part]?.contains { $0.entry == entry.id } ?? false) {
                    index[part, default: []].append((entry.southKorean, entry.id))
                }
            }
        }
        return index
    }

    /// Words that may stand between a name and its verb, or be the verb's object, without
    /// ending the search for the verb (`Kim also said`, `Trump told reporters:`).
    static let englishGlue: Set<String> = englishAdverbs.union(["reporters", "journalists", "in", "a", "the", "statement", "on", "at"])

    /// Adverbs that may stand between a subject and its verb (`Kim also said`).
    static let englishAdverbs: Set<String> = ["also", "then", "later", "further", "again", "reportedly"]

    /// The speaker of an English quotation from the text of its sentence before the opening mark
    /// and the text after the closing mark.
    func englishSpeaker(before: String, after: String) -> (text: String, name: String?, entry: String?)? {
        let verbs = englishVerbs
        // Before the quotation: "NAME said:" with the verb among the last few words.
        let words = WordSplitting.words(before).map(String.init)
        for back in 0..<min(words.count, 6) {
            let index = words.count - 1 - back
            let word = Self.bareEnglishWord(words[index])
            guard verbs.contains(word.lowercased()) else {
                // Only glue words may stand between the verb and the opening mark.
                if back > 0 && !Self.englishGlue.contains(word.lowercased()) && !words[index].hasSuffix(":") { break }
                continue
            }
            // "Putin praised the treaty, saying: “…”", "…, adding: “…”": the participle's
            // subject is the sentence's, the name that opens it (not the object before the comma).
            if Self.englishContinuingParticiples.contains(word.lowercased()), index >= 2, words[index - 1].hasSuffix(",") {
                let subject = Self.englishSentenceSubject(Array(words[..<(index - 1)]))
                return subject.isEmpty ? nil : resolveEnglishSpeaker(subject)
            }
            if word.lowercased() == "saying", index >= 1, words[index - 1].lowercased() == "as" {
                // "quoted NAME as saying": the name stands between the two verbs.
                let upTo = Array(words[..<(index - 1)])
                if let quoted = upTo.lastIndex(where: { Self.bareEnglishWord($0).lowercased() == "quoted" }) {
                    return resolveEnglishSpeaker(Array(upTo[(quoted + 1)...]))
                }
            }
            return resolveEnglishSpeaker(Self.englishSubject(ofVerbAt: index, in: words))
        }
        // Inside reported speech: "Xi told Kim that China “will always stand with” …": the
        // subject of the verb before `that` (with its object between: told Kim that).
        if let that = words.lastIndex(where: { Self.bareEnglishWord($0).lowercased() == "that" }), words.count - that <= Self.thatClauseWords {
            for v in stride(from: that - 1, through: max(0, that - 3), by: -1) {
                let word = Self.bareEnglishWord(words[v])
                if verbs.contains(word.lowercased()) && word != "quoted" && word != "saying" {
                    return resolveEnglishSpeaker(Self.englishSubject(ofVerbAt: v, in: words))
                }
                if words[v].hasSuffix(",") || !(Self.isNameWord(word) || Self.englishGlue.contains(word.lowercased())) { break }
            }
        }
        // Inside reported speech without `that`, as wire copy writes it: "Kim said his commitment
        // “remains unchanged …”", "Lavrov urged all sides to “avoid …”": the subject of the last
        // reporting verb among the last words before the quotation, when no comma or other verb
        // of saying stands between and a name is that subject.
        if let v = words.indices.reversed().prefix(Self.thatClauseWords).first(where: { verbs.contains(Self.bareEnglishWord(words[$0]).lowercased()) }),
           !["quoted", "saying"].contains(Self.bareEnglishWord(words[v]).lowercased()),
           !words[v..<words.count].dropLast().contains(where: { $0.hasSuffix(",") || $0.hasSuffix(";") }),
           let found = resolveEnglishSpeaker(Self.englishNounPhrase(endingBefore: v, in: words)),
           found.name != nil || found.text.split(separator: " ").allSatisfy({ Self.isNameWord(String($0)) }) {
            return found
        }
        // After it: "“…,” NAME said." or "“…,” said NAME." within its sentence.
        let sentence = Self.sentenceEnd(after).map { String(after[..<$0]) } ?? after
        let following = WordSplitting.words(sentence).map(String.init).prefix(8)
        guard let first = following.first else { return nil }
        let firstIsVerb = verbs.contains(Self.bareEnglishWord(first).lowercased())
        if firstIsVerb || (first.allSatisfy { ",”’".contains($0) } && following.count > 1 && verbs.contains(Self.bareEnglishWord(following[following.startIndex + 1]).lowercased())) {
            // The verb first: the name follows it.
            let start = firstIsVerb ? 1 : 2
            var name: [String] = []
            for word in following.dropFirst(start) {
                let bare = Self.bareEnglishWord(word)
                guard Self.isNameWord(bare) || (name.isEmpty && ["he", "she"].contains(bare)) else { break }
                name.append(bare)
                if word != bare { break } // a comma or a stop ends the name
            }
            return resolveEnglishSpeaker(name)
        }
        let words2 = Array(following)
        // "Kim called the talks “very successful” and said …": the sentence's subject's words.
        if words2.count >= 2, words2[0] == "and", verbs.contains(Self.bareEnglishWord(words2[1]).lowercased()) {
            let subject = Self.englishSentenceSubject(words)
            return subject.isEmpty ? nil : resolveEnglishSpeaker(subject)
        }
        for (index, word) in words2.enumerated() where index > 0 && verbs.contains(Self.bareEnglishWord(word).lowercased()) {
            if Self.bareEnglishWord(word).lowercased() == "quoted" {
                // "“…,” KCNA quoted Kim as saying": the object is the speaker; "“…,” Kim was
                // quoted as saying": the subject before the auxiliary is.
                let bare = words2.map { Self.bareEnglishWord($0).lowercased() }
                if let asIndex = bare[(index + 1)...].firstIndex(of: "as"), asIndex > index + 1, asIndex + 1 < bare.count, bare[asIndex + 1] == "saying" {
                    return resolveEnglishSpeaker(words2[(index + 1)..<asIndex].map(Self.bareEnglishWord))
                }
                var end = index
                while end > 0 && Self.englishAuxiliaries.contains(Self.bareEnglishWord(words2[end - 1]).lowercased()) { end -= 1 }
                return resolveEnglishSpeaker(Self.englishNounPhrase(endingBefore: end, in: words2))
            }
            return resolveEnglishSpeaker(Self.englishNounPhrase(endingBefore: index, in: words2))
        }
        return nil
    }

    /// The subject of the verb at `index`: the noun phrase before it, or, for a second verb after
    /// `and` or `but` ("Lavrov praised the treaty and added that “…”"), the sentence's subject.
    static func englishSubject(ofVerbAt index: Int, in words: [String]) -> [String] {
        if index >= 2, ["and", "but"].contains(bareEnglishWord(words[index - 1]).lowercased()) {
            let subject = englishSentenceSubject(Array(words[..<(index - 1)]))
            if !subject.isEmpty { return subject }
        }
        return englishNounPhrase(endingBefore: index, in: words)
    }

    /// The name that opens a sentence's words, as its subject (`Russian President Vladimir
    /// Putin` of "Russian President Vladimir Putin praised …", `he` of "He praised …"); empty
    /// when it opens with no name.
    static func englishSentenceSubject(_ words: [String]) -> [String] {
        guard let first = words.first else { return [] }
        if ["He", "She", "he", "she"].contains(bareEnglishWord(first)) { return [bareEnglishWord(first).lowercased()] }
        var subject: [String] = []
        for word in words {
            let bare = bareEnglishWord(word)
            guard isNameWord(bare), !englishPhrasePrepositions.contains(bare.lowercased()) else { break }
            subject.append(bare)
            if word != bare { break } // a comma ends the name
        }
        return subject
    }

    /// The English reporting verb before a quotation, lower case: the last word (`said:`,
    /// `says`), or the last before a few glue words (`told reporters:`, `said in a statement:`).
    static func englishVerbRightBefore(_ prefix: String, verbs: Set<String>) -> String? {
        for last in WordSplitting.words(prefix).reversed().prefix(4) {
            let word = bareEnglishWord(String(last)).lowercased()
            if verbs.contains(word) { return word == "quoted" ? nil : word }
            // (A glue word may carry the comma before the mark: "told reporters, “…”".)
            if !englishGlue.contains(word) { return nil }
        }
        return nil
    }

    /// Whether an English quotation may be a remark given whole: a sentence's stop or comma at its
    /// end, or four words or more (an urged “patience” is the verb's object, not speech).
    static func mayBeSpokenWhole(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last(where: { !$0.isBlank }) else { return false }
        if last == "." || last == "!" || last == "?" || last == "," { return true }
        return WordSplitting.words(text, limit: 4).count >= 4
    }

    /// Where the rest of an English quotation's sentence ends: a stop, or the next quotation's
    /// opening mark.
    static func endsEnglishSentence(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == "\u{201C}" }

    /// The report's own words that begin a reported clause before a quotation in it ("Kim said
    /// the North's will for denuclearization remains “…”": the North's will for denuclearization
    /// remains): the words after the last reporting verb (and its `that`) among the last
    /// ``thatClauseWords``, with no comma, colon or semicolon after the verb. Nil when the
    /// quotation follows the verb at once ("Kim said: “…”", "said that “…”").
    static func englishReportedLead(_ prefix: String, verbs: Set<String>) -> String? {
        let words = WordSplitting.words(prefix).map(String.init)
        guard let v = words.indices.reversed().prefix(thatClauseWords).first(where: { verbs.contains(bareEnglishWord(words[$0]).lowercased()) }),
              !["quoted", "saying"].contains(bareEnglishWord(words[v]).lowercased()),
              !words[v..<words.count].contains(where: { $0.hasSuffix(",") || $0.hasSuffix(";") || $0.hasSuffix(":") }) else { return nil }
        var lead = Array(words[(v + 1)...])
        if lead.first.map({ bareEnglishWord($0).lowercased() }) == "that" { lead.removeFirst() }
        // The opening mark the prefix may end with is no word of the clause.
        while let last = lead.last, last.unicodeScalars.allSatisfy({ quotationMarks.contains($0) }) { lead.removeLast() }
        if let last = lead.last, let mark = last.unicodeScalars.last, quotationMarks.contains(mark) {
            lead[lead.count - 1] = String(String.UnicodeScalarView(last.unicodeScalars.dropLast()))
        }
        lead = lead.filter { !$0.isEmpty }
        return lead.isEmpty ? nil : lead.joined(separator: " ")
    }

    /// How far before a quotation the `that` of the reported speech holding it may stand, in words.
    static let thatClauseWords = 14

    /// Auxiliaries of a passive reporting verb (`Kim was quoted as saying`).
    static let englishAuxiliaries: Set<String> = ["was", "is", "were", "are", "been", "has", "had", "have"]

    /// The words naming the subject of a verb at `index`: a run of capitalized words right before
    /// it (or before an appositive set off by commas, or a glue word such as `also`), a pronoun,
    /// or a short phrase from a determiner (`the ministry`).
    static func englishNounPhrase(endingBefore index: Int, in words: [String]) -> [String] {
        var end = index
        while end > 0 && englishAdverbs.contains(bareEnglishWord(words[end - 1]).lowercased()) { end -= 1 }
        // An appositive: "Kim Jong Un, the leader of the DPRK, said".
        if end > 0 && words[end - 1].hasSuffix(","), let comma = words[..<(end - 1)].lastIndex(where: { $0.hasSuffix(",") }), end - 1 - comma <= 8 {
            end = comma + 1
        }
        var start = end
        while start > 0 {
            let word = words[start - 1]
            let bare = bareEnglishWord(word)
            // A word ending in a comma or a colon belongs to what comes before the subject.
            if start < end && (word.hasSuffix(",") || word.hasSuffix(":")) { break }
            guard isNameWord(bare) else { break }
            start -= 1
        }
        if start < end { return words[start..<end].map(bareEnglishWord) }
        guard end > 0 else { return [] }
        let last = bareEnglishWord(words[end - 1])
        if ["he", "she", "He", "She"].contains(last) { return [last.lowercased()] }
        // "the ministry said", "a spokesman said": from the determiner, at most four words.
        for k in stride(from: end - 1, through: max(0, end - 4), by: -1) {
            if ["the", "a", "an", "its"].contains(bareEnglishWord(words[k]).lowercased()) { return words[k..<end].map(bareEnglishWord) }
            if words[k].hasSuffix(",") && k < end - 1 { break }
        }
        return []
    }

    /// A word without the punctuation around it (`Kim,` → `Kim`, `“Xi` → `Xi`), keeping inner
    /// hyphens and apostrophes (`Jae-in`, `O'Brien`).
    static func bareEnglishWord(_ word: String) -> String {
        String(word.unicodeScalars.drop { !$0.properties.isAlphabetic }.reversed().drop { !$0.properties.isAlphabetic }.reversed()
            .reduce(into: String.UnicodeScalarView()) { $0.append($1) })
    }

    /// Whether a word can be part of a name: it starts with a capital Latin letter and is not a
    /// word that starts sentences (`The`, `According`).
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, first.value < 0x250 else { return false }
        return !["The", "A", "An", "In", "On", "According", "But", "And", "It", "This", "That", "He", "She", "They", "We", "I"].contains(word)
    }

    /// Whether a person named in a speaker's words from scalar `start` to `end` is not the
    /// speaker: the name is followed by 's and more words (Kim Jong Un's powerful sister), or
    /// comes after "of" that follows a word in lower case (the sister of North Korean leader Kim
    /// Jong Un), where a title in capitals before "of" names the person (Chairman of the State
    /// Affairs Commission Kim Jong Un).
    static func namesAnother(_ text: String, personAt start: Int, end: Int) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start <= end else { return false }
        let after = String(String.UnicodeScalarView(scalars[end...]))
        if after.hasPrefix("'s ") || after.hasPrefix("\u{2019}s ") { return true }
        let before = String(String.UnicodeScalarView(scalars[..<start])).split(separator: " ").map(String.init)
        if let of = before.lastIndex(of: "of"), of > 0, let head = before[of - 1].unicodeScalars.first, head.properties.isLowercase { return true }
        return false
    }

    /// The speaker a run of words names (see the type's description).
    func resolveEnglishSpeaker(_ words: [String]) -> (text: String, name: String?, entry: String?)? {
        resolveEnglishSpeakerAndKind(words)?.speaker
    }

    /// ``resolveEnglishSpeaker(_:)``, with the kind of the glossary entry found (a person where
    /// the words name one only by a pronoun, a descriptor or a surname).
    func resolveEnglishSpeakerAndKind(_ words: [String]) -> (speaker: (text: String, name: String?, entry: String?), kind: GlossaryEntry.Kind?)? {
        guard !words.isEmpty else { return nil }
        let text = words.joined(separator: " ")
        if text == "he" || text == "she" {
            return lastSpeaker.map { ((text, $0.name, $0.entry), .person) }
        }
        // A glossary name in the phrase (the last one: "Chinese President Xi Jinping"). A person
        // named as the possessor of the speaker ("Kim Jong Un's sister") or after a relation
        // ("the sister of … Kim Jong Un") is someone else: then no one is named.
        if let box = matcherBox, let hit = box.matches(in: text).last(where: { [.person, .outlet, .organization].contains($0.entry.kind) }) {
            if hit.entry.kind == .person, Self.namesAnother(text, personAt: hit.range.lowerBound, end: hit.range.upperBound) { return ((text, nil, nil), nil) }
            return ((text, hit.entry.southKorean, hit.entry.id), hit.entry.kind)
        }
        // "The North Korean leader", "the Russian president": the person the report named
        // after those words ("North Korean leader Kim Jong Un"), the last one so named.
        if words.count >= 2, words[0] == "the" || words[0] == "The",
           let person = personDescriptors[words.dropFirst().joined(separator: " ").lowercased()] {
            return ((text, person.name, person.entry), .person)
        }
        // A surname alone: the person of that surname the document mentioned last, else the one
        // glossary person of that surname.
        if words.count == 1 {
            let surname = words[0]
            func bears(_ english: String) -> Bool {
                let parts = english.split { $0 == " " || $0 == "-" }
                return parts.count > 1 && (parts.first.map(String.init) == surname || parts.last.map(String.init) == surname)
            }
            // One the report names itself before one named inside a quotation ("the will of late
            // … Kim Jong Il"), and one named as the subject of what it says before one named as a
            // possessive ("Kim Yo Jong, Kim Jong Un's sister, … Kim says": she is who speaks).
            if let person = mentioned.last(where: { $0.kind == .person && !$0.quoted && !$0.isPossessive && bears($0.english) })
                ?? mentioned.last(where: { $0.kind == .person && !$0.quoted && bears($0.english) })
                ?? mentioned.last(where: { $0.kind == .person && bears($0.english) }) {
                return ((text, person.name, person.entry), .person)
            }
            if let only = englishSurnames[surname], only.count == 1 { return ((text, only[0].name, only[0].entry), .person) }
        }
        return ((text, nil, nil), nil)
    }
}

import Foundation

/// The reporting clause after a quotation (…라고 말했다, …고 밝혔다, said), and the marker of other
/// articles' headlines after a scraped report.
extension QuoteExtractor {
    /// Whether the words after a quotation are -(이)라는 and a noun of `data/naming-nouns.tsv`.
    func names(_ sentence: String) -> Bool {
        guard sentence.hasPrefix("라는 ") || sentence.hasPrefix("이라는 ") else { return false }
        let words = WordSplitting.words(sentence, limit: 2)
        guard words.count == 2 else { return false }
        return namingNouns.contains { words[1].hasPrefix($0) }
    }

    /// Whether the words after a quotation call it the title of a piece: -(이)라는 or -(이)란
    /// and 제목 or 제하 ('…'이라는 제목의 기사, 《…》라는 제목의 담화, '…'란 제하의 기사).
    static func titlesAPiece(_ after: ArraySlice<Unicode.Scalar>) -> Bool {
        let head = String(scalars: Array(after.prefix(12)))
        for lead in ["라는 ", "이라는 ", "란 ", "이란 "] where head.hasPrefix(lead) {
            let rest = head.dropFirst(lead.count)
            return rest.hasPrefix("제목") || rest.hasPrefix("제하")
        }
        return false
    }

    /// After a closing mark: the quotative (라고, 고, 며, …), then a reporting verb in the same
    /// sentence. Returns the clause, the verb, whether a quotative was found, and whether a
    /// case particle follows instead (a partial quotation).
    func reportingClause(_ after: ArraySlice<Unicode.Scalar>) -> (String?, String?, Bool, Bool) {
        // The sentence's end bounds the search for a verb (a following quote may stand between).
        // The quotative and the particle are read at its start, and end before its end (the
        // sentence ends after a stop and a space): only the sentence is made a string.
        let sentence = String(scalars: after[..<(Self.sentenceEnd(after) ?? after.endIndex)])
        var hasQuotative = Self.startsWithQuotative(sentence)
        var particle = Self.startsWithParticle(sentence)
        // -(이)라는 before a noun that names (《…》라는 허울밑에, 《…》라는 구호): a phrase.
        if hasQuotative, names(sentence) { (hasQuotative, particle) = (false, true) }
        // A chain (“A”라며 “B”라고 말했다): the verb comes with the next quotation, which follows
        // the connective at once. Words between (“A”라며 성공을 다짐했고, 김 위원장은 “B”며 답했다)
        // hold A's own verb.
        if hasQuotative, let connective = Self.chainConnective(sentence),
           sentence.unicodeScalars[connective.upperBound...].drop(while: { $0 == " " || $0 == "," }).first == "“" {
            return (String(sentence[connective]), String(sentence[connective]), true, false)
        }
        // A reporting verb stands within the first eight words.
        let words = WordSplitting.words(sentence, limit: 8)
        let startsWithSpace = sentence.hasPrefix(" ")
        for (i, word) in words.enumerated() {
            // (Characters compared only when the first byte may start one of them: ( or “ ‘.)
            let bare = word.utf8.first == 0x28 || word.utf8.first == 0xE2 ? word.drop { $0 == "(" || $0 == "“" || $0 == "‘" } : word[...]
            // A stem that starts (or stands in) the word as characters does so as scalars too:
            // the scalar checks rule out nearly every verb before the character comparison.
            let bareScalars = Array(bare.unicodeScalars)
            let wordScalars = i == 0 && hasQuotative ? Array(word.unicodeScalars) : []
            // Only verbs whose stem's first scalar starts the word (or stands in it) may match;
            // they are tried in the list's order, longest stem first, as all of them would be.
            var candidates = bareScalars.first.flatMap { verbsByFirstScalar[$0] } ?? []
            if !wordScalars.isEmpty {
                var seen = Set(candidates)
                for scalar in wordScalars { for v in verbsByFirstScalar[scalar] ?? [] where seen.insert(v).inserted { candidates.append(v) } }
                candidates.sort()
            }
            for v in candidates {
                let verb = verbs[v]
                let stem = verbStems[v]
                let mayStart = bareScalars.starts(with: stem.scalars)
                let mayStandIn = !wordScalars.isEmpty && stem.characters > 1 && wordScalars.contains(stem.scalars)
                guard mayStart || mayStandIn else { continue }
                if bare.hasPrefix(verb.stem) || (i == 0 && hasQuotative && word.contains(verb.stem) && verb.stem.count > 1) {
                    // An English verb after `and` or `but` goes on with the sentence's own subject
                    // ("called the talks “very successful” and said …"): it does not report the quotation.
                    if verb.language == "en", i >= 1, words[i - 1] == "and" || words[i - 1] == "but" { return (nil, nil, hasQuotative, particle) }
                    // 했/해 report speech only right after the quotation (…”했다, …”고 했다).
                    let attached = i == 0 && !startsWithSpace
                    if (verb.stem == "했" || verb.stem == "해") && !((hasQuotative && i <= 1) || (attached && bare.hasPrefix(verb.stem))) { continue }
                    let verbWord = Self.trimming(word) { ".,!?”’\"".unicodeScalars.contains($0) }
                    // The words read so far (a space before the first is trimmed with the marks).
                    var clause = Self.trimming(words[...i].joined(separator: " ")) { ".,!?” ".unicodeScalars.contains($0) }
                    var verbText = i == 0 ? String(verbWord[verbWord.range(of: verb.stem)!.lowerBound...]) : verbWord
                    // A verb itself reported in -다고 (“…”고 말했다고 조선중앙통신이 보도했다):
                    // the speaker's verb is 말했다; its 고 embeds it in the agency's report.
                    if verb.language == "ko", i > 0 || hasQuotative, verbText.unicodeScalars.count > 2, verbText.hasSuffix("다고"), clause.hasSuffix(verbText) {
                        verbText.removeLast()
                        clause.removeLast()
                    }
                    return (clause, verbText, hasQuotative || verb.language == "en" || (attached && i == 0 && bare.hasPrefix(verb.stem)), particle)
                }
            }
            // Another quotation: its clause is its own. (Read as scalars: a string's `contains`
            // goes through Foundation's search, once per word.)
            if word.unicodeScalars.contains("“") { break }
        }
        return (nil, nil, hasQuotative, particle)
    }

    /// Where the first marker of other articles stands in a line (its scalar offset), if one does.
    /// One pass over the line's bytes: a marker is compared only where its first two bytes stand
    /// (read for every line of every document, so no search per marker).
    func relatedMarkerOffset(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            relatedFirstBytes.withUnsafeBufferPointer { starts -> Int? in
                guard let base = bytes.baseAddress, bytes.count > 1 else { return nil }
                let n = bytes.count
                for i in 0..<(n - 1) where starts[Int(base[i])] {
                    for marker in relatedMarkers where marker[1] == base[i + 1] && i + marker.count <= n
                        && marker.withUnsafeBytes({ memcmp(base + i, $0.baseAddress!, marker.count) == 0 }) {
                        // Scalars before it: the bytes that start one.
                        return bytes[..<i].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                    }
                }
                return nil
            }
        }
    }
}

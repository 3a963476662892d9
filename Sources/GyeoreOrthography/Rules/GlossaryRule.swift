import Gyeore

/// Rule 1: glossary terms are units. North Korean forms of names, places, outlets and
/// abbreviations are converted (조로 → 북러), with the particle after them chosen again; every
/// term is locked against the other rules.
extension OrthographyConverter {
    /// Glossary terms in the text, with the South Korean replacement when it is a North Korean
    /// form to convert (names, places, organizations, outlets, and abbreviations of any kind:
    /// 조로 → 북러). South Korean forms come back without a replacement, to be locked.
    func glossaryEdits(_ text: [Unicode.Scalar]) -> [(range: Range<Int>, replacement: String?, note: String, entry: String?, level: NormalizedText.Explanation.Level)] {
        guard let matcher else { return [] }
        return glossaryEdits(matcher.matches(inNormalized: text), in: text, offset: 0, matcher: matcher)
    }

    func glossaryEdits(_ matches: [TermMatcher.Match], in text: [Unicode.Scalar], offset: Int, matcher: TermMatcher) -> [(range: Range<Int>, replacement: String?, note: String, entry: String?, level: NormalizedText.Explanation.Level)] {
        var result: [(range: Range<Int>, replacement: String?, note: String, entry: String?, level: NormalizedText.Explanation.Level)] = []
        for match in matches {
            let entry = match.entry
            let range = match.range.lowerBound + offset..<match.range.upperBound + offset
            let form = match.kind == .nk ? entry.forms(.nk).first(where: { $0.text == match.form }) : nil
            // A form tagged {wording} is another word (남조선 → 한국, 로씨야 국방성 → 러시아
            // 국방부): replaced at the wording level only. Otherwise its words keep their wording,
            // and the names inside it their conversion (로씨야 국방성 → 러시아 국방성).
            let conversion = form.map { GlossaryConversion.of($0, in: entry) }
            if conversion == .wording && !options.replacesWording {
                let inner = glossaryEdits(matcher.matches(inNormalized: Array(text[range]), excludingEntry: entry.id),
                                          in: text, offset: range.lowerBound, matcher: matcher)
                result += inner
                // The rest of the form is locked as written: no other rule may respell it (로조
                // must not become 노조 'labour union').
                let kept = "\(match.text) kept: another word for \(entry.southKorean) (--wording)"
                var start = range.lowerBound
                for edit in inner.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                    if start < edit.range.lowerBound { result.append((start..<edit.range.lowerBound, nil, kept, entry.id, .wording)) }
                    start = max(start, edit.range.upperBound)
                }
                if start < range.upperBound { result.append((start..<range.upperBound, nil, kept, entry.id, .wording)) }
                continue
            }
            guard match.kind == .nk, let form, conversion != .never else {
                // South Korean forms are locked as they are; North Korean wording of terms,
                // titles and documents is left to the spelling and spacing rules.
                if match.kind != .nk { result.append((range, nil, "", nil, .spelling)) }
                continue
            }
            // The South Korean form with the same tags at the same position among them (로조 → 러북
            // where the forms are 조로, 로조 and 북러, 러북), else the first with those tags, else
            // the canonical one.
            func kind(_ f: GlossaryForm) -> Set<GlossaryForm.Tag> { f.tags.subtracting([.hanja, .homograph, .old, .wording]) }
            let northern = entry.forms(.nk).filter { kind($0) == kind(form) }
            let southernForms = entry.forms(.sk).filter { kind($0) == kind(form) && !$0.tags.contains(.hanja) }
            let position = northern.firstIndex { $0.text == form.text } ?? 0
            let southern = position < southernForms.count ? southernForms[position] : (southernForms.first ?? entry.forms(.sk).first!)
            result.append((range, southern.text == match.text ? nil : southern.text, "\(match.text) → \(southern.text) (glossary \(entry.id))", entry.id,
                           conversion == .wording ? .wording : .spelling))
        }
        return result
    }

    /// The particle after a replaced name or word, chosen again for the new final sound; the edit
    /// carries the rule that replaced the word.
    func particleEdit(after range: Range<Int>, replacement: String, text: [Unicode.Scalar], start: [Int], rule: OrthographyRule = .glossary) -> Edit? {
        guard let last = replacement.unicodeScalars.last, (0xAC00...0xD7A3).contains(last.value) else { return nil }
        let tail = Jamo.decompose(last).count == 3 ? Jamo.decompose(last)[2] : nil
        let endsInVowel = tail == nil
        let endsInL = tail?.value == 0x11AF
        let following = String(scalars: Array(text[range.upperBound...].prefix(4)))
        for pair in rules.particles {
            for (written, isVowelForm) in [(pair.consonant, false), (pair.vowel, true)] where following.hasPrefix(written) {
                let wantsVowelForm = endsInVowel || (endsInL && pair.vowel == "로")
                guard isVowelForm != wantsVowelForm else { return nil }
                let right = wantsVowelForm ? pair.vowel : pair.consonant
                let count = written.unicodeScalars.count
                return Edit(range: start[range.upperBound]..<start[range.upperBound + count], replacement: Jamo.decompose(right),
                            rule: rule, note: "\(written) → \(right) (particle after \(replacement))")
            }
        }
        return nil
    }
}

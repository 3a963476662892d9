import Gyeore

/// Rule 11: a verb spelt with the stem South Korean keeps for another sense (벌려 → 벌여).
extension OrthographyConverter {
    /// Rule 11 (`sense-stems.tsv`): a verb form North Korean spells with the stem South Korean
    /// keeps for another sense (투쟁을 힘있게 벌려야 → 벌여야, 생산을 늘여야 → 늘려야), respelt
    /// where one of the three words before it in its sentence shows the sense: an object whose
    /// last noun is listed (before 을/를/도, after 들), or a listed adverb.
    func senseStemEdits(_ text: [Unicode.Scalar], start: [Int]) -> [Edit] {
        guard !rules.senseStems.isEmpty else { return [] }
        func isHangul(_ i: Int) -> Bool { (0xAC00...0xD7A3).contains(text[i].value) }
        var result: [Edit] = []
        // Most words start with no listed form's first syllable: skipped before any string is made.
        for i in text.indices where rules.senseStemFirsts.contains(text[i]) && (i == 0 || text[i - 1] == " ") {
            var end = i
            while end < text.count && isHangul(end) { end += 1 }
            let word = String(scalars: Array(text[i..<end]))
            for verb in rules.senseStems {
                guard let form = verb.forms.filter({ word.hasPrefix($0.north) }).max(by: { $0.north.count < $1.north.count }) else { continue }
                // The words before it, back to the sentence's start, three at most.
                var before: [String] = []
                var j = i - 1
                while before.count < 3 && j >= 0 {
                    while j >= 0 && text[j] == " " { j -= 1 }
                    guard j >= 0, isHangul(j) else { break }
                    var k = j
                    while k > 0 && isHangul(k - 1) { k -= 1 }
                    before.append(String(scalars: Array(text[k...j])))
                    j = k - 1
                    if j >= 0 && text[j] != " " { break }
                }
                let shows = before.contains { word in
                    if verb.adverbs.contains(word) { return true }
                    var noun = word
                    for particle in ["을", "를", "도"] where noun.hasSuffix(particle) { noun.removeLast(); break }
                    if noun.hasSuffix("들") { noun.removeLast() }
                    return noun != word && verb.objects.contains { noun.hasSuffix($0) }
                }
                guard shows else { continue }
                let length = form.north.unicodeScalars.count
                result.append(Edit(range: start[i]..<start[i + length], replacement: Jamo.decompose(form.south), rule: .senseStem,
                                   note: "\(form.north) → \(form.south) (\(verb.verb): sense-stems.tsv)"))
                break
            }
        }
        return result
    }
}

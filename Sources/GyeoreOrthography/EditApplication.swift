import Gyeore

/// Applying the edits: each group of edits touching the same syllables is rebuilt in jamo and
/// composed once, with its rules annotated.
extension OrthographyConverter {
    func apply(_ edits: [Edit], text: [Unicode.Scalar], nfd: [Unicode.Scalar], source: [Int], start: [Int]) -> StepOutput? {
        let sorted = edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        // Group edits by the syllables they touch; an insertion at a syllable boundary stands alone.
        struct Group { var text: Range<Int>; var edits: [Edit] }
        var groups: [Group] = []
        for edit in sorted {
            let textRange: Range<Int>
            if edit.range.isEmpty {
                let p = edit.range.lowerBound
                let index = p < source.count ? source[p] : text.count
                textRange = p == start[index] ? index..<index : index..<index + 1
            } else {
                textRange = source[edit.range.lowerBound]..<(source[edit.range.upperBound - 1] + 1)
            }
            if let last = groups.last, last.text.upperBound > textRange.lowerBound || (last.text.overlaps(textRange)) {
                groups[groups.count - 1].text = last.text.lowerBound..<max(last.text.upperBound, textRange.upperBound)
                groups[groups.count - 1].edits.append(edit)
            } else {
                groups.append(Group(text: textRange, edits: [edit]))
            }
        }
        var editor = TextEditor(reservingCapacity: text.count + 16)
        var copied = 0
        for group in groups {
            editor.copy(text[copied..<group.text.lowerBound])
            // Rebuild the group's jamo with its edits, then compose.
            let jamoRange = start[group.text.lowerBound]..<start[group.text.upperBound]
            var rebuilt: [Unicode.Scalar] = []
            var cursor = jamoRange.lowerBound
            for edit in group.edits {
                guard edit.range.lowerBound >= cursor else { continue } // overlapping edit: the first wins
                rebuilt += nfd[cursor..<edit.range.lowerBound]
                rebuilt += edit.replacement
                cursor = edit.range.upperBound
            }
            rebuilt += nfd[cursor..<jamoRange.upperBound]
            let outputStart = editor.output.count
            let replacement = Jamo.compose(rebuilt)
            editor.replace(text[group.text], with: replacement)
            for edit in group.edits {
                let shown = edit.shown ?? (String(scalars: Jamo.compose(Array(nfd[edit.range]))), String(scalars: Jamo.compose(edit.replacement)))
                editor.annotate(outputStart..<outputStart + replacement.count,
                                .rule(id: edit.rule.rawValue, note: edit.note, entry: edit.entry, level: edit.level, from: shown.from, to: shown.to))
            }
            copied = group.text.upperBound
        }
        editor.copy(text[copied...])
        return editor.finish()
    }
}

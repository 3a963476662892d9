import Testing
@testable import Gyeore
import GyeoreTestSupport

@Suite struct OffsetMapTests {
    @Test func buildingMergesUnchangedRunsAndDropsEmptyOnes() {
        let map = OffsetMap(runs: [.unchanged(2), .unchanged(3), .change(original: 0, normalized: 0),
                                   .change(original: 1, normalized: 2), .change(original: 1, normalized: 1), .unchanged(1)])
        #expect(map.runs == [.unchanged(5), .change(original: 1, normalized: 2), .change(original: 1, normalized: 1), .unchanged(1)])
        #expect(map.originalLength == 8)
        #expect(map.normalizedLength == 9)
    }

    /// The identity map, made without the builder, is the map the builder makes of one
    /// unchanged run: equal, and answering the same.
    @Test(arguments: [0, 1, 7, 40])
    func identityIsOneUnchangedRun(length: Int) {
        let identity = OffsetMap.identity(length: length)
        #expect(identity == OffsetMap(runs: [.unchanged(length)]))
        #expect(identity.isIdentity && identity.originalLength == length && identity.normalizedLength == length)
        #expect(identity.originalRange(forNormalized: 0..<length) == 0..<length)
        let change = OffsetMap(runs: [.change(original: length, normalized: length + 1)])
        #expect(identity.followed(by: change) == change)
    }

    @Test func mapsRangesThroughUnchangedRunsExactly() {
        // "ab\u{200B}cde" -> "abcde": the zero-width space is deleted.
        let map = OffsetMap(runs: [.unchanged(2), .change(original: 1, normalized: 0), .unchanged(3)])
        #expect(map.originalRange(forNormalized: 0..<2) == 0..<2)
        #expect(map.originalRange(forNormalized: 2..<5) == 3..<6)
        #expect(map.originalRange(forNormalized: 1..<3) == 1..<4)
        #expect(map.normalizedRange(forOriginal: 2..<3) == 2..<2)
        #expect(map.normalizedRange(forOriginal: 3..<6) == 2..<5)
    }

    @Test func rangesInsideAChangeGrowToTheWholeChange() {
        // "x５９y" where each full-width digit became one ASCII digit, and "《" -> "“".
        let map = OffsetMap(runs: [.unchanged(1), .change(original: 3, normalized: 1), .unchanged(1)])
        #expect(map.originalRange(forNormalized: 1..<2) == 1..<4)
        #expect(map.normalizedRange(forOriginal: 2..<3) == 1..<2)
        #expect(map.originalRange(forNormalized: 0..<0) == 0..<0)
        #expect(map.originalRange(forNormalized: 5..<9) == 5..<5) // clamped
    }

    @Test func composingMatchesBruteForceOnRandomEdits() {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Unicode.Scalar(UInt8.random(in: 97...122, using: &generator)) }
            let (middle, first) = randomEdit(of: text, using: &generator)
            let (final, second) = randomEdit(of: middle, using: &generator)
            let composed = first.map.followed(by: second.map)
            #expect(composed.originalLength == text.count)
            #expect(composed.normalizedLength == final.count)
            // Brute force: track which original position each final position comes from.
            for start in 0...final.count {
                for end in start...final.count {
                    let viaSteps = first.map.originalRange(forNormalized: second.map.originalRange(forNormalized: start..<end))
                    let direct = composed.originalRange(forNormalized: start..<end)
                    // The composed map may only be coarser (a change absorbs neighbours), never
                    // narrower, and it never leaves the span the two steps give.
                    if start == end {
                        // A point inside a change snaps to the change's start.
                        #expect(direct.isEmpty && direct.lowerBound <= viaSteps.lowerBound)
                    } else {
                        #expect(direct.lowerBound <= viaSteps.lowerBound && direct.upperBound >= viaSteps.upperBound)
                    }
                    #expect(isCovered(direct, byChangesOf: composed) || direct == viaSteps)
                }
            }
            // Unchanged runs carry identical text.
            var o = 0, n = 0
            for run in composed.runs {
                if !run.isChange { #expect(Array(text[o..<o + run.originalLength]) == Array(final[n..<n + run.normalizedLength])) }
                o += run.originalLength
                n += run.normalizedLength
            }
        }
    }

    private func isCovered(_ range: Range<Int>, byChangesOf map: OffsetMap) -> Bool {
        map.changes.contains { $0.original.overlaps(range) || $0.original.lowerBound == range.lowerBound || $0.original.upperBound == range.upperBound }
    }

    /// A random edit: replace a few spans by random letters, recording the map.
    private func randomEdit(of text: [Unicode.Scalar], using generator: inout SplitMix64) -> ([Unicode.Scalar], StepOutput) {
        var editor = TextEditor(reservingCapacity: text.count)
        var i = 0
        while i < text.count {
            if Int.random(in: 0..<4, using: &generator) == 0 {
                let take = Int.random(in: 0...min(3, text.count - i), using: &generator)
                let replacement = (0..<Int.random(in: 0...3, using: &generator)).map { _ in Unicode.Scalar(UInt8.random(in: 65...70, using: &generator)) }
                editor.replace(text[i..<i + take], with: replacement)
                i += take
                if take == 0 && replacement.isEmpty { editor.copy(text[i]); i += 1 }
            } else {
                editor.copy(text[i]); i += 1
            }
        }
        let output = editor.finish() ?? StepOutput(text: text, map: .identity(length: text.count))
        return (output.text, output)
    }
}

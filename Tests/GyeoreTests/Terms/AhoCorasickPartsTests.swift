import Testing
@testable import Gyeore

/// The term automaton as the cache keeps it: its parts read back into the same automaton, and
/// parts no build could give (a failure link that loops, an output longer than its state's
/// depth, an edge into an older state) are refused, so that a cache file can make matching
/// neither hang nor report a range before the text.
@Suite struct AhoCorasickPartsTests {
    static let patterns = ["러시아", "러시아 연방", "시아", "연방", "조선", "선"].map { Array($0.unicodeScalars) }
    static let text = Array("러시아 연방과 조선, 러시아연방".unicodeScalars)

    typealias Parts = (lengths: [Int32], fail: [Int32], outputs: [Int32], outputStarts: [Int32], keys: [UInt64], targets: [Int32])

    static func rebuild(_ parts: Parts) -> AhoCorasick? {
        AhoCorasick(lengths: parts.lengths, fail: parts.fail, outputs: parts.outputs, outputStarts: parts.outputStarts, keys: parts.keys, targets: parts.targets)
    }

    @Test func partsReadBackIntoTheSameAutomaton() throws {
        let built = AhoCorasick(patterns: Self.patterns)
        let read = try #require(Self.rebuild(built.parts))
        #expect(read.matches(in: Self.text) == built.matches(in: Self.text))
        #expect(built.matches(in: Self.text).count == 9)
        #expect(read.patternCount == Self.patterns.count)
    }

    @Test func partsNoBuildGivesAreRefused() throws {
        let parts = AhoCorasick(patterns: Self.patterns).parts
        // A failure link to the state itself: matching would follow it for ever.
        var looping = parts
        let deep = try #require(looping.fail.indices.last)
        looping.fail[deep] = Int32(deep)
        #expect(Self.rebuild(looping) == nil)
        // An output longer than the path to its state: a match would start before the text.
        var long = parts
        let pattern = try #require(long.outputs.first)
        long.lengths[Int(pattern)] = 50
        #expect(Self.rebuild(long) == nil)
        // An edge back to the root or to a state made before its source.
        var backwards = parts
        backwards.targets[0] = 0
        #expect(Self.rebuild(backwards) == nil)
        // Counts that disagree.
        var short = parts
        short.outputStarts.removeLast()
        #expect(Self.rebuild(short) == nil)
        #expect(Self.rebuild(([], [], [], [0], [], [])) == nil)
    }
}

import Testing
@testable import Gyeore
import GyeoreTestSupport

@Suite struct WindowedLCSTests {
    /// The plain dynamic programme: the longest common subsequence of `short` with every window
    /// of `long` of the given width, the largest of them.
    private func naive(_ short: [UInt8], _ long: [UInt8], slack: Int) -> Int {
        let width = min(long.count, short.count + slack)
        var best = 0
        for start in 0...(long.count - width) {
            let window = Array(long[start..<start + width])
            var table = Array(repeating: Array(repeating: 0, count: window.count + 1), count: short.count + 1)
            for i in 1...short.count {
                for j in 1...window.count {
                    table[i][j] = short[i - 1] == window[j - 1] ? table[i - 1][j - 1] + 1 : max(table[i - 1][j], table[i][j - 1])
                }
            }
            best = max(best, table[short.count][window.count])
        }
        return best
    }

    /// Random sequences over a small alphabet (so that elements repeat), short ones of one machine
    /// word and longer ones of several, against the plain dynamic programme.
    @Test(arguments: [(3, 40), (20, 60), (64, 100), (65, 130), (150, 200)])
    func bitParallelAlignmentEqualsTheDynamicProgramme(shortLength: Int, longLength: Int) {
        var generator = SplitMix64(seed: UInt64(shortLength * 1000 + longLength))
        for round in 0..<20 {
            let alphabet = UInt64(2 + round % 6)
            let short = (0..<shortLength).map { _ in UInt8(generator.next() % alphabet) }
            let long = (0..<longLength).map { _ in UInt8(generator.next() % alphabet) }
            for slack in [0, shortLength / 2] {
                #expect(WindowedLCS.best(short, in: long, slack: slack) == naive(short, long, slack: slack), "round \(round), slack \(slack)")
            }
        }
    }

    /// The aligner's tokens take their own path (a table on the stack): the same answers as the
    /// dynamic programme, with 0 as a token and tokens that share a slot of the table.
    @Test(arguments: [(3, 40), (20, 60), (64, 100), (65, 130)])
    func tokenAlignmentEqualsTheDynamicProgramme(shortLength: Int, longLength: Int) {
        var generator = SplitMix64(seed: UInt64(shortLength * 7 + longLength))
        // Multiples of 2^25 all hash to slot 0; 0 itself is an ordinary token.
        let alphabet: [UInt32] = [0, 1 << 25, 2 << 25, 3 << 25, 0xAC00, 0xE001, 0x8000_0001]
        for round in 0..<20 {
            let size = UInt64(2 + round % (alphabet.count - 1))
            let short = (0..<shortLength).map { _ in UInt8(generator.next() % size) }
            let long = (0..<longLength).map { _ in UInt8(generator.next() % size) }
            for slack in [0, shortLength / 2] {
                let tokens = WindowedLCS.best(short.map { alphabet[Int($0)] }, in: long.map { alphabet[Int($0)] }, slack: slack)
                #expect(tokens == naive(short, long, slack: slack), "round \(round), slack \(slack)")
            }
        }
    }

    @Test func aSequenceAlignsWhollyInsideItselfAndNotWithNothing() {
        let text = Array("핵단추가내사무실책상위에항상놓여있다".unicodeScalars)
        #expect(WindowedLCS.best(text, in: text) == text.count)
        #expect(WindowedLCS.best(text, in: []) == 0)
        #expect(WindowedLCS.best([Unicode.Scalar](), in: text) == 0)
    }
}

import Testing
@testable import Gyeore

/// `QuoteAligner.bestWindow`: where a shorter rendering's words find their counterparts in a
/// longer one. Words are given as concept sets; every word weighs 1 unless said otherwise.
@Suite struct BestWindowTests {
    private func words(_ concepts: [UInt32]) -> [Set<UInt32>] { concepts.map { [$0] } }
    private let even: (Set<UInt32>) -> Double = { _ in 1 }

    /// Counterparts side by side: the window holding them and nothing else scores 1.
    @Test func counterpartsInOneStretchScoreWhole() throws {
        let short = words([1, 2, 3, 4])
        let long = words([90, 91, 4, 2, 1, 3, 92, 93])   // any order inside the stretch
        let best = try #require(QuoteAligner.bestWindow(short: short, long: long, widest: 6, weight: even))
        #expect(best == 1)
    }

    /// The same counterparts spread over a long rendering: no window of the allowed width holds
    /// them without as many other words, so the score is far lower.
    @Test func counterpartsSpreadOverTheRenderingScoreLow() throws {
        let short = words([1, 2, 3, 4])
        let long = words([1, 90, 91, 2, 92, 93, 3, 94, 95, 4])
        let best = try #require(QuoteAligner.bestWindow(short: short, long: long, widest: 6, weight: even))
        // Best: 3 of the 4 words in a window of 7 is out of reach (widest 6); 2 of 4 is below 3 words.
        #expect(best == 0)
        let wider = try #require(QuoteAligner.bestWindow(short: short, long: long, widest: 7, weight: even))
        #expect(wider == 3.0 / 7.0)
    }

    /// A narrowest width stops a few shared words in a row from standing for a whole sentence:
    /// three counterparts of an eight-word rendering, side by side, are judged in a window of six.
    @Test func theNarrowestWidthJudgesAFewCounterpartsInTheirSurroundings() throws {
        let short = words([1, 2, 3, 4, 5, 6, 7, 8])
        let long = words([90, 1, 2, 3, 91, 92, 93, 94, 95, 96])
        let free = try #require(QuoteAligner.bestWindow(short: short, long: long, widest: 12, weight: even))
        #expect(free == 3.0 / 8.0)   // the short side's share limits it
        let narrow = try #require(QuoteAligner.bestWindow(short: short, long: long, widest: 12, narrowest: 6, weight: even))
        #expect(narrow == 3.0 / 8.0)
        // Where the short side is all found, the narrowest width decides: 3 of 3 words, but a
        // window of at least 6 holds 3 others.
        let three = words([1, 2, 3])
        let all = try #require(QuoteAligner.bestWindow(short: three, long: long, widest: 12, weight: even))
        #expect(all == 1)
        let judged = try #require(QuoteAligner.bestWindow(short: three, long: long, widest: 12, narrowest: 6, weight: even))
        #expect(judged == 0.5)
    }

    /// A phrase counts as the words it is made of: two words holding three between them reach
    /// the three-word minimum; weights decide the shares.
    @Test func sizesAndWeights() throws {
        let short = words([1, 2])
        let long = words([1, 2])
        #expect(QuoteAligner.bestWindow(short: short, long: long, widest: 4, weight: even) == 0)
        #expect(QuoteAligner.bestWindow(short: short, long: long, widest: 4, sizes: [2, 1], weight: even) == 1)
        let heavy: (Set<UInt32>) -> Double = { $0.contains(9) ? 3 : 1 }
        let weighed = try #require(QuoteAligner.bestWindow(short: words([1, 2, 3, 9]), long: words([1, 2, 3]), widest: 6, weight: heavy))
        #expect(weighed == 0.5)   // the unmatched heavy word is half the short side's weight
        #expect(QuoteAligner.bestWindow(short: Array(repeating: [1], count: 65), long: words([1]), widest: 4, weight: even) == nil)
    }
}

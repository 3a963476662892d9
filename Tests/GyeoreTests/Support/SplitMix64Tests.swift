import Testing
import Gyeore
import GyeoreTestSupport

@Suite struct SplitMix64Tests {
    /// The reference sequence for seed 1234567 published with Vigna's splitmix64.c
    /// (the values other SplitMix64 ports test against); a change here would change every
    /// benchmark corpus and property-test input drawn from a seed.
    @Test func matchesTheReferenceSequence() {
        var generator = SplitMix64(seed: 1_234_567)
        let drawn = (0..<5).map { _ in generator.next() }
        #expect(drawn == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                          4_593_380_528_125_082_431, 16_408_922_859_458_223_821])
    }

    @Test func sameSeedSameSequenceDifferentSeedDifferentSequence() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42), c = SplitMix64(seed: 43)
        let first = (0..<100).map { _ in a.next() }
        #expect(first == (0..<100).map { _ in b.next() })
        #expect(first != (0..<100).map { _ in c.next() })
    }
}

/// A seeded random number generator (SplitMix64, Steele, Lea & Flood 2014) whose sequence depends
/// only on its seed, on every platform and in every run.
///
/// Gyeore's benchmarks and property tests draw their inputs from it so that a figure or a failure
/// reproduces from the seed printed with it. Not for anything that needs unpredictability.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's whole state; advances by a fixed odd constant on every draw.
    public var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

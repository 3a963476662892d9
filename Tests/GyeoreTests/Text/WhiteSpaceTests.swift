import Testing
@testable import Gyeore

@Suite struct WhiteSpaceTests {
    /// The fast White_Space test agrees with the property table on every scalar.
    @Test func agreesWithThePropertyOnEveryScalar() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhiteSpace != scalar.properties.isWhitespace { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10).map { String($0, radix: 16) })")
    }
}

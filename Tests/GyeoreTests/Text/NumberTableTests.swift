import Testing
@testable import Gyeore
import GyeoreTestSupport

@Suite struct NumberTableTests {
    /// Every key of the dictionary is found with its value, and keys not in it are not, for
    /// tables of many sizes, with keys that share the table's slots (multiples of a power of two)
    /// and the extremes 0 and UInt64.max.
    @Test(arguments: [0, 1, 7, 8, 9, 100, 5_000])
    func aTableAnswersAsItsDictionary(size: Int) {
        var generator = SplitMix64(seed: UInt64(size) + 1)
        var dictionary: [UInt64: Int64] = [:]
        for n in 0..<size {
            let key: UInt64 = n % 3 == 0 ? UInt64(n) << 40 : generator.next()
            dictionary[key] = Int64(n)
        }
        if size > 0 { dictionary[0] = -1; dictionary[UInt64.max] = -2 }
        let table = NumberTable(dictionary, placeholder: 0)
        for (key, value) in dictionary { #expect(table[key] == value, "key \(key)") }
        for _ in 0..<1_000 {
            let key = generator.next()
            #expect(table[key] == dictionary[key])
        }
        if size == 0 { #expect(table[0] == nil && table[UInt64.max] == nil) }
    }
}

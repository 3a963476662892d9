import Testing
import GyeoreTestSupport
@testable import Gyeore

/// A form of ASCII and Hangul syllables is keyed without ICU: the same key ICU's NFKC_Casefold
/// gives, on forms made of ASCII (every printable character, capitals, tab, controls), Hangul
/// syllables and the ignorable separators, in any mix.
@Suite struct FormKeyTests {
    @Test func asciiAndHangulAreKeyedAsICUKeysThem() throws {
        let keys = try FormKey()
        let ignorables: [Unicode.Scalar] = [" ", "\t", "·", "-", "'", "’", ".", ",", "\u{00A0}", "\u{3000}", "ㆍ", "・"]
        var generator = SplitMix64(seed: 30_042)
        for round in 0..<2_000 {
            let length = Int(generator.next() % 12)
            let scalars = (0..<length).map { _ -> Unicode.Scalar in
                switch generator.next() % 3 {
                case 0: return Unicode.Scalar(UInt8(generator.next() % 0x80))
                case 1: return Unicode.Scalar(UInt32(0xAC00 + generator.next() % 11_172)) ?? "가"
                default: return ignorables[Int(generator.next() % UInt64(ignorables.count))]
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            #expect(keys.key(text) == keys.keyThroughICU(scalars.filter { !FormKey.isIgnorable($0) }), "round \(round): \(text.debugDescription)")
        }
        #expect(keys.key("Kim Jong-un") == "kimjongun")
        #expect(keys.key("러시아 연방") == "러시아연방")
        #expect(keys.key("ＲＯＫ") == "rok")
    }

    /// English copy drops accents (Cote d'Ivoire, Sao Tome): a Latin letter's accents do not
    /// distinguish two forms, and Hangul beside it is not decomposed.
    @Test func accentsOfLatinLettersAreDropped() throws {
        let keys = try FormKey()
        #expect(keys.key("Côte d'Ivoire") == "cotedivoire")
        #expect(keys.key("São Tomé and Príncipe") == keys.key("Sao Tome and Principe"))
        #expect(keys.key("Ḥamās 하마스") == "hamas하마스")
        #expect(keys.key("Łódź") == "łodz")   // ł has no decomposition: kept
    }
}

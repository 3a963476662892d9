import Foundation
import Testing
@testable import Gyeore

/// The term matcher tells letters, opening and closing marks apart at every match, answering
/// ASCII and Hangul syllables without the Unicode property tables: the answers must be those the
/// tables give, for every scalar of the blocks running text is made of.
@Suite struct ScalarClassesTests {
    /// ASCII, Latin-1, general punctuation, CJK symbols and punctuation, Hangul syllables and
    /// jamo, full-width forms.
    static let scalars: [Unicode.Scalar] = [0x00...0xFF, 0x1100...0x11FF, 0x2000...0x206F, 0x3000...0x303F, 0x3130...0x318F, 0xAC00...0xD7A3, 0xFF00...0xFFEF]
        .flatMap { $0 }.compactMap { Unicode.Scalar(UInt32($0)) }

    /// Blanks are the space separators and the tab, and a text is blank exactly when trimming
    /// `CharacterSet.whitespaces` leaves nothing (what the JSON Lines and resource readers asked
    /// before; Foundation on Linux counts U+200B among them too).
    @Test func blanksAreSpaceSeparatorsAndTheTab() {
        let wrong = Self.scalars.filter { $0.isBlank != ($0 == "\t" || $0.properties.generalCategory == .spaceSeparator) }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0.value, radix: 16) })")
        for text in ["", " ", "\t", " \u{3000}\u{A0}", "\n", " a ", "\u{2028}", "{\"id\": 1}", "\u{200B}", "\t \u{2003}"] {
            #expect(text.isBlank == text.trimmingCharacters(in: .whitespaces).isEmpty, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func wordCharactersAreThoseThePropertiesName() {
        let wrong = Self.scalars.filter { TermMatcher.isWordCharacter($0) != ($0.properties.isAlphabetic || $0.properties.numericType != nil) }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0.value, radix: 16) })")
        #expect(TermMatcher.isWordCharacter("북") && TermMatcher.isWordCharacter("7") && !TermMatcher.isWordCharacter("“"))
    }

    @Test func closingMarksAreThoseThePropertiesName() {
        let wrong = Self.scalars.filter { scalar in
            let category = scalar.properties.generalCategory
            return TermMatcher.isClosing(scalar) != (category == .closePunctuation || category == .finalPunctuation)
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0.value, radix: 16) })")
        #expect(TermMatcher.isClosing("”") && TermMatcher.isClosing(")") && !TermMatcher.isClosing("이"))
    }

    @Test func openingMarksAreThoseThePropertiesNameAndTheSeparatorsBeforeAWord() {
        let wrong = Self.scalars.filter { scalar in
            let category = scalar.properties.generalCategory
            let expected = category == .openPunctuation || category == .initialPunctuation || category == .dashPunctuation
                || scalar == "\"" || scalar == "'" || scalar == "·" || scalar == "/" || scalar == ","
            return TermMatcher.isOpening(scalar) != expected
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0.value, radix: 16) })")
        #expect(TermMatcher.isOpening("“") && TermMatcher.isOpening("(") && TermMatcher.isOpening(",") && !TermMatcher.isOpening("북"))
    }
}

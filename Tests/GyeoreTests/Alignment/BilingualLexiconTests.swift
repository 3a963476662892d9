import Testing
@testable import Gyeore

@Suite struct BilingualLexiconTests {
    let lexicon: BilingualLexicon

    init() throws { lexicon = try BilingualLexicon(glossary: nil) }

    /// A vowel-final verb stem keeps its sense when an ending joins its last syllable as a final
    /// consonant: 바라 (hope, wish) in 바란다, 바랍니다, 바랄, 바랐다 — the forms reports use.
    @Test func aStemIsFoundUnderAnEndingsFinalConsonant() throws {
        let stem = try #require(lexicon.concepts(koreanWords: ["바라"]).first)
        #expect(!stem.isEmpty)
        for form in ["바란다", "바랍니다", "바랄", "바랐다"] {
            #expect(lexicon.concepts(koreanWords: [form]).first?.isSuperset(of: stem) == true, "\(form)")
        }
        // Only at a word's start, and only for finals that are endings: 바락 is no form of 바라.
        #expect(lexicon.concepts(koreanWords: ["바락"]).first?.isDisjoint(with: stem) ?? true)
        #expect(lexicon.concepts(koreanWords: ["모두바란"]).first?.isDisjoint(with: stem) ?? true)
    }

    @Test func theFinalIsTakenOffOnlyWhenItIsAnEnding() {
        #expect(BilingualLexicon.withoutEndingConsonant("바란".unicodeScalars) == "바라")
        #expect(BilingualLexicon.withoutEndingConsonant("바랐".unicodeScalars) == "바라")
        #expect(BilingualLexicon.withoutEndingConsonant("바락".unicodeScalars) == nil)
        #expect(BilingualLexicon.withoutEndingConsonant("바라".unicodeScalars) == nil)
        #expect(BilingualLexicon.withoutEndingConsonant("ab".unicodeScalars) == nil)
    }
}

extension BilingualLexiconTests {
    /// An English word carries the senses of the rows whose Korean form begins its own: a Korean
    /// word takes every form that starts it (성과적으로 is 성과 and 성과적), so "results" and
    /// "successfully" meet through it, while 성과 alone ("results") is not "successfully".
    @Test func anEnglishWordCarriesTheSensesOfItsKoreanFormsPrefixes() throws {
        let successfully = try #require(lexicon.concepts(englishWords: ["successfully"]).first)
        let results = try #require(lexicon.concepts(englishWords: ["result"]).first)
        let 성과적으로 = try #require(lexicon.concepts(koreanWords: ["성과적으로"]).first)
        let 성과를 = try #require(lexicon.concepts(koreanWords: ["성과를"]).first)
        #expect(!successfully.isDisjoint(with: results))
        #expect(successfully.isSubset(of: 성과적으로))
        #expect(!results.isDisjoint(with: 성과적으로))
        #expect(!results.isDisjoint(with: 성과를))
        // The prefix is taken in one direction only: 성과 does not gain 성과적's English.
        #expect(lexicon.concepts(englishWords: ["successfully"]).first != lexicon.concepts(englishWords: ["result"]).first)
        #expect(성과를.isSuperset(of: successfully) == false)
    }
}

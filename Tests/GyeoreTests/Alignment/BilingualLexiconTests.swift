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

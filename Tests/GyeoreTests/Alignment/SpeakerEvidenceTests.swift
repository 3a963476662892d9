import Testing
@testable import Gyeore

/// Speakers as evidence that two renderings are two statements: two glossary people, or a
/// glossary person and a bare name that is none of theirs; never an outlet that relays a person.
@Suite struct SpeakerEvidenceTests {
    let aligner: QuoteAligner
    let glossary: Glossary

    init() throws {
        glossary = try GlossaryLookupTests.glossary()
        aligner = try QuoteAligner(normalizer: try Normalizer(), glossary: glossary)
    }

    private func quotation(_ language: Quotation.Language, text: String?, entry: String?) -> Quotation {
        Quotation(document: "d", start: 0, end: 3, line: 1, text: "abc", normalized: "abc", marks: "“”", depth: 0, parent: nil, kind: .direct,
                  clause: nil, verb: nil, speaker: entry.flatMap { glossary.entry(id: $0)?.southKorean }, speakerText: text, speakerEntry: entry,
                  language: language, occurrences: [])
    }

    @Test func aBareNameIsOrIsNotOneOfAPersonsNames() throws {
        let xi = try #require(glossary.entry(id: "person.xi-jinping"))
        let kim = try #require(glossary.entry(id: "person.kim-jong-un"))
        #expect(QuoteAligner.bearsName(xi, "Xi", language: .english) == true)
        #expect(QuoteAligner.bearsName(xi, "Kim", language: .english) == false)
        #expect(QuoteAligner.bearsName(kim, "Kim", language: .english) == true)
        #expect(QuoteAligner.bearsName(kim, "Kim Jong Un", language: .english) == true)
        #expect(QuoteAligner.bearsName(kim, "the ministry", language: .english) == nil)
        #expect(QuoteAligner.bearsName(kim, "김 위원장", language: .korean) == true)
        #expect(QuoteAligner.bearsName(xi, "김 위원장", language: .korean) == false)
        #expect(QuoteAligner.bearsName(kim, "통일전선부 대변인", language: .korean) == nil)
    }

    @Test func twoPeopleDifferAnOutletRelays() {
        let xi = quotation(.korean, text: "습근평 총서기", entry: "person.xi-jinping")
        #expect(aligner.speakersDiffer(xi, quotation(.english, text: "Kim", entry: nil)))
        #expect(!aligner.speakersDiffer(xi, quotation(.english, text: "Xi", entry: nil)))
        #expect(aligner.speakersDiffer(xi, quotation(.english, text: "Kim Jong Un", entry: "person.kim-jong-un")))
        // An outlet relays what a person said: no evidence, by entry or by name.
        #expect(!aligner.speakersDiffer(xi, quotation(.korean, text: "조선중앙통신", entry: "outlet.kcna")))
        #expect(!aligner.speakersDiffer(quotation(.english, text: "Kim", entry: "person.kim-jong-un"), quotation(.english, text: "Xinhua", entry: "outlet.xinhua")))
        // A description is no name: no evidence.
        #expect(!aligner.speakersDiffer(xi, quotation(.english, text: "the ministry", entry: nil)))
    }

    /// One who speaks for an organization (크렘린궁 대변인: the organization and a title) is a
    /// person: against a name the glossary does not hold (박 교수), two people. The organization
    /// named alone (크렘린궁) still relays; the same words, or 그, are no evidence. (The seeds'
    /// 002 put the two side by side in one sentence; they merged at 0.931 once the Kremlin became
    /// an organization that relays.)
    @Test func anOrganizationsSpokesmanIsAPerson() {
        let spokesman = quotation(.korean, text: "크렘린궁 대변인", entry: "organization.kremlin")
        #expect(aligner.speakersDiffer(spokesman, quotation(.korean, text: "박 교수", entry: nil)))
        #expect(aligner.speakersDiffer(quotation(.korean, text: "박 교수", entry: nil), spokesman))
        #expect(!aligner.speakersDiffer(spokesman, quotation(.korean, text: "크렘린궁 대변인", entry: nil)))
        #expect(!aligner.speakersDiffer(spokesman, quotation(.korean, text: "그", entry: nil)))
        #expect(!aligner.speakersDiffer(quotation(.korean, text: "크렘린궁", entry: "organization.kremlin"), quotation(.korean, text: "박 교수", entry: nil)))
    }
}

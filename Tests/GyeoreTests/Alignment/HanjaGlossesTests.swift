import Foundation
import Gyeore
import Testing

@Suite struct HanjaGlossesTests {
    private let table = HanjaGlosses(rows: [
        ("조선", ["Korea"]), ("반도", ["peninsula"]), ("조선반도", ["Korean", "peninsula"]),
        ("비핵화", ["denuclearization"]), ("영토", ["territory"]), ("선반", ["shelf"]),
    ])

    @Test func aWordIsReadAsItsLongestFormsFromTheLeft() {
        #expect(table.forms(in: "조선반도비핵화를") == ["조선반도", "비핵화"])
        // 선반 'shelf' lies inside 조선반도 but is never read there.
        #expect(!table.forms(in: "조선반도의").contains("선반"))
        #expect(table.forms(in: "영토를") == ["영토"])
        #expect(table.forms(in: "를") == [])
    }

    @Test func anEnglishWordAndItsGlossMeetByTheirStem() {
        #expect(table.concepts(of: "영토") == [BilingualLexicon.glossConcept("territory")])
        #expect(BilingualLexicon.glossConcept("territory") != BilingualLexicon.glossConcept("treaty"))
        #expect(BilingualLexicon.isGlossConcept(BilingualLexicon.glossConcept("peninsula")))
        // One word's inflections and its derivations of the same sense meet.
        for (a, b) in [("territory", "territorial"), ("nation", "national"), ("nation", "nations"), ("peace", "peaceful"), ("develop", "development"),
                       ("sanction", "sanctions"), ("country", "countries"), ("cooperate", "cooperated"), ("friend", "friendly"), ("warn", "warning"),
                       ("patience", "patient"), ("violence", "violent"), ("distance", "distant"),
                       ("repeated", "repeatedly"), ("repeat", "repeatedly"), ("report", "reportedly")] {
            #expect(BilingualLexicon.glossConcept(a) == BilingualLexicon.glossConcept(b), "\(a) ~ \(b)")
        }
        // Words that only begin alike do not: their first six letters made them one concept.
        for (a, b) in [("international", "internal"), ("general", "generation"), ("represent", "repress"), ("secretary", "secret"),
                       ("communist", "communication"), ("constitution", "constipation")] {
            #expect(BilingualLexicon.glossConcept(a) != BilingualLexicon.glossConcept(b), "\(a) ≁ \(b)")
        }
    }

    @Test func aNounTheLexiconListsIsNotCutIntoTheTablesForms() throws {
        // 정세 'situation' is in the curated lexicon and not in this table; 세가 (世家) is. 정세가
        // is 정세 and a particle: without the lexicon's forms it was read as 세가 'generations'.
        let glosses = HanjaGlosses(rows: [("세가", ["family", "generations"]), ("항구", ["port"])])
        #expect(glosses.forms(in: "정세가") == ["세가"])
        #expect(glosses.forms(in: "정세가", alsoReading: { $0 == "정세" }, prefixes: ["정"], longest: 2) == [])
        let lexicon = try BilingualLexicon(glossary: nil, hanja: glosses)
        #expect(lexicon.glossConcepts(koreanWord: "정세가").isEmpty)
        #expect(lexicon.glossConcepts(koreanWord: "항구가") == [BilingualLexicon.glossConcept("port")])
    }

    @Test func glossConceptsGoOnlyToWordsTheLexiconDoesNotList() throws {
        let lexicon = try BilingualLexicon(glossary: nil, hanja: HanjaGlosses(rows: [("평화", ["gentle"]), ("항구", ["port"])]))
        // 평화 is listed (peace); its Chinese gloss (平和 'gentle') is not used.
        #expect(lexicon.glossConcepts(koreanWord: "평화를").isEmpty)
        #expect(lexicon.glossConcepts(koreanWord: "항구를") == [BilingualLexicon.glossConcept("port")])
        #expect(lexicon.glossConcepts(englishPhrase: "territorial integrity") == [BilingualLexicon.glossConcept("territorial"), BilingualLexicon.glossConcept("integrity")])
        // Without glosses nothing is added on either side.
        let plain = try BilingualLexicon(glossary: nil)
        #expect(plain.glossConcepts(koreanWord: "항구를").isEmpty)
        #expect(plain.glossConcepts(englishPhrase: "territory").isEmpty)
    }

    @Test func theGeneratedFileIsReadAndABadRowIsNamedByLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hanja-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.tsv")
        try "# comment\n영토\t領土\tterritory\n조약\t條約\ttreaty,pact\n".write(to: good, atomically: true, encoding: .utf8)
        let read = try HanjaGlosses(contentsOf: good.path)
        #expect(read.count == 2)
        #expect(Set(read.concepts(of: "조약")) == [BilingualLexicon.glossConcept("treaty"), BilingualLexicon.glossConcept("pact")])

        let bad = folder.appendingPathComponent("bad.tsv")
        try "영토\t領土\tterritory\n조약 條約 treaty\n".write(to: bad, atomically: true, encoding: .utf8)
        let error = #expect(throws: InputError.self) { try HanjaGlosses(contentsOf: bad.path) }
        #expect(error?.line == 2)
        #expect(error?.description.contains("bad.tsv:2: error: expected three tab-separated fields") == true)

        let missing = #expect(throws: InputError.self) { try HanjaGlosses(contentsOf: folder.appendingPathComponent("none.tsv").path) }
        #expect(missing?.description.contains("bash scripts/setup.sh --deps-only' in Gyeore's checkout") == true)
    }
}

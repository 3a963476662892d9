import Foundation
import Testing
@testable import Gyeore

/// A row of Tests/Fixtures/romanization/{rr,dprk}.tsv.
struct RomanizationCase: CustomTestStringConvertible, Sendable {
    var hangul: String
    var expected: String
    var options: Set<String>
    var source: String
    var testDescription: String { "\(hangul) → \(expected)" }

    static func load(_ system: String) -> [RomanizationCase] {
        let url = Fixtures.root.appendingPathComponent("Tests/Fixtures/romanization/\(system).tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return RomanizationCase(hangul: fields[0], expected: fields[1],
                                    options: Set(fields[2].split(separator: ",").map(String.init)), source: fields[3])
        }
    }
}

@Suite struct RomanizerTests {
    private static let loadedRomanizer = Result { try Romanizer() }
    private static let loadedWithGlossary = Result { try Romanizer(glossary: try GlossaryLookupTests.glossary()) }
    static func romanizer() throws -> Romanizer { try loadedRomanizer.get() }
    static func withGlossary() throws -> Romanizer { try loadedWithGlossary.get() }

    private func run(_ row: RomanizationCase, _ system: Romanizer.System) throws -> String {
        var options = Romanizer.Options()
        options.capitalizes = !row.options.contains("lower")
        options.aspiratesBeforeH = row.options.contains("aspirate")
        options.hyphenatesAmbiguities = row.options.contains("hyphen")
        return try Self.romanizer().romanize(row.hangul, system: system, asName: row.options.contains("name"), options: options)
    }

    @Test func tablesHoldAtLeastAHundredCasesPerSystem() {
        #expect(RomanizationCase.load("rr").count >= 100)
        #expect(RomanizationCase.load("dprk").count >= 100)
    }

    @Test(arguments: RomanizationCase.load("rr"))
    func revisedRomanization(row: RomanizationCase) throws {
        #expect(try run(row, .revised) == row.expected, "\(row.source)")
    }

    @Test(arguments: RomanizationCase.load("dprk"))
    func dprkRomanization(row: RomanizationCase) throws {
        #expect(try run(row, .dprk) == row.expected, "\(row.source)")
    }

    @Test func theGlossaryGivesEstablishedFormsAndRecognisesNames() throws {
        #expect(try Self.withGlossary().romanize("김일성", system: .dprk) == "Kim Il Sung")   // the rules give Kim Il Song
        #expect(try Self.romanizer().romanize("김일성", system: .dprk, asName: true) == "Kim Il Song")
        #expect(try Self.withGlossary().romanize("평양", system: .dprk) == "Pyongyang")       // the rules give Phyongyang
        #expect(try Self.romanizer().romanize("평양", system: .dprk) == "Phyongyang")
        #expect(try Self.withGlossary().romanize("평양", system: .revised) == "Pyeongyang")
        // A person the glossary knows is romanized as a name even without --name.
        #expect(try Self.withGlossary().romanize("최선희", system: .revised) == "Choi Seon-hui")
        #expect(try Self.withGlossary().romanize("김정은 위원장", system: .dprk) == "Kim Jong Un Wiwonjang")
    }

    @Test func runningTextKeepsWhatIsNotHangul() throws {
        var options = Romanizer.Options()
        options.capitalizes = false
        #expect(try Self.romanizer().romanize("신라, 2024년 (백마)!", system: .revised, options: options) == "silla, 2024nyeon (baengma)!")
        #expect(try Self.romanizer().romanize("", system: .dprk) == "")
        #expect(try Self.romanizer().romanize("ㅋㅋ abc", system: .revised) == "ㅋㅋ abc")
    }
}

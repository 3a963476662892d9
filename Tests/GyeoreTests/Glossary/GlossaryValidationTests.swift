import Foundation
import Testing
@testable import Gyeore

/// Every validation error, each from a broken fixture under Tests/Fixtures/glossary-broken.
@Suite struct GlossaryValidationTests {
    static let fixtures = Fixtures.root.appendingPathComponent("Tests/Fixtures/glossary-broken")

    private func problems(_ folder: String) throws -> [String] {
        let path = Self.fixtures.appendingPathComponent(folder).path
        return try Glossary(folder: path).problems.map { "\(URL(fileURLWithPath: $0.location.file).lastPathComponent):\($0.location.line): \($0.message)" }
    }

    @Test func theBundledGlossaryIsValid() throws {
        let glossary = try Glossary(folder: Fixtures.root.appendingPathComponent("glossary").path)
        #expect(glossary.problems.isEmpty, "\(glossary.problems)")
        #expect(glossary.entries.count > 200)
        #expect(Set(glossary.entries.map(\.kind)).isSuperset(of: [.country, .capital, .person, .organization, .outlet, .title, .term, .word]))
    }

    @Test func brokenRowsAreEachReportedOnceOnTheirLine() throws {
        #expect(try problems("rows") == [
            "rows.tsv:4: expected 11 tab-separated fields, found 3",
            "rows.tsv:5: empty id",
            "rows.tsv:6: id 'Term Bad' must be lowercase letters, digits, '.' and '-' (like country.russia)",
            "rows.tsv:7: unknown kind 'weapon' (one of country, capital, place, person, organization, outlet, title, term, document, event, word)",
            "rows.tsv:8: empty kind",
            "rows.tsv:9: empty sk: every entry needs a South Korean form",
            "rows.tsv:10: 'missile' in sk is not Hangul (Hangul with digits, Latin letters, spaces and '·' '-' '.' belong there; tag Hanja forms {hanja})",
            "rows.tsv:11: 'ракета' in nk is not Hangul (Hangul with digits, Latin letters, spaces and '·' '-' '.' belong there; tag Hanja forms {hanja})",
            "rows.tsv:12: '北미' in sk is tagged {hanja} but is not all Hanja",
            "rows.tsv:13: '미사일' in en must be written in Latin letters",
            "rows.tsv:14: unknown tag 'slang' on '미사일' (one of full, short, abbr, old, hanja, homograph, wording)",
            "rows.tsv:15: unclosed tag in '미사일{abbr': write tags as form{tag,tag}",
            "rows.tsv:16: empty source: say where the forms are attested (a seed file, a norm, an outlet)",
        ])
    }

    @Test func theGoodRowAmongBrokenOnesIsStillRead() throws {
        let glossary = try Glossary(folder: Self.fixtures.appendingPathComponent("rows").path)
        #expect(glossary.entries.map(\.id) == ["term.ok"])
        #expect(glossary.lookup("령토완정").map(\.id) == ["term.ok"])
    }

    @Test func aWrongHeaderStopsTheFile() throws {
        #expect(try problems("header") == [
            "header.tsv:1: the header must be the columns id, kind, sk, nk, ko_other, en, en_other, rr, dprk, note, source separated by tabs",
        ])
    }

    @Test func idsAreUniqueAndFormsBelongToOneEntryUnlessBothAreHomographs() throws {
        #expect(try problems("cross") == [
            "b.tsv:2: duplicate id 'country.russia' (first defined at \(Self.fixtures.path)/cross/a.tsv:2)",
            "b.tsv:3: form '로씨야' is also a form of 'country.russia' (\(Self.fixtures.path)/cross/a.tsv:2); tag both {homograph} if both are right",
        ])
        let glossary = try Glossary(folder: Self.fixtures.appendingPathComponent("cross").path)
        #expect(glossary.lookup("가나").map(\.id) == ["country.ghana", "term.ganada"])
    }

    @Test func unreadableFilesAreProblemsNotCrashes() throws {
        #expect(try problems("encoding") == [
            "bad-utf8.tsv:2: invalid UTF-8 at byte offset 60",
            "binary.tsv:1: binary data, not a text file",
            "empty.tsv:1: empty glossary file: no header line",
        ])
    }

    @Test func missingFoldersAreErrors() throws {
        #expect(throws: GlossaryError.folderNotFound("/no/such/folder")) { try Glossary(folder: "/no/such/folder") }
        let empty = try Fixtures.scratchFolder().path
        #expect(throws: GlossaryError.noFiles(empty)) { try Glossary(folder: empty) }
    }
}

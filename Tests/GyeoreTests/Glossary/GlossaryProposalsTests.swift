import Foundation
import Testing
@testable import Gyeore

/// Proposals are found by their Korean forms and a name by its Latin spelling, diacritics folded;
/// a file with a malformed row is refused naming its line.
@Suite struct GlossaryProposalsTests {
    let proposals: GlossaryProposals

    init() throws {
        proposals = try GlossaryProposals(proposals: [
            GlossaryProposal(southKorean: "영도", northKorean: "령도", kind: .term, hanja: "領導", english: ["lead", "leadership"], note: "", source: "NK-HanDic North Korean noun", line: 5),
            GlossaryProposal(southKorean: "자오러지", northKorean: "", kind: .person, hanja: "趙樂際", english: ["Zhào Lèjì"], note: "", source: "NK-HanDic proper noun (人名)", line: 6),
            GlossaryProposal(southKorean: "", northKorean: "쪼각하늘", kind: .term, hanja: "", english: [], note: "구름 사이로 보이는 하늘", source: "NK-HanDic North Korean noun", line: 7),
        ])
    }

    @Test func aProposalIsFoundByEitherKoreanForm() {
        #expect(proposals.lookup("령도").map(\.line) == [5])
        #expect(proposals.lookup("영도").map(\.line) == [5])
        #expect(proposals.lookup("쪼각 하늘").map(\.line) == [7])
        #expect(proposals.lookup("수령").isEmpty)
    }

    @Test func aNameIsFoundByItsLatinSpellingWithOrWithoutDiacritics() {
        #expect(proposals.lookup("Zhào Lèjì").map(\.line) == [6])
        #expect(proposals.lookup("zhao leji").map(\.line) == [6])
        // A common noun's English is a gloss, not a name: "leadership" finds nothing.
        #expect(proposals.lookup("leadership").isEmpty)
    }

    @Test func aMalformedRowIsRefusedNamingItsLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("proposals-\(UUID().uuidString).tsv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "# header\n영도\t령도\tterm\t領導\tlead\t\tNK-HanDic\n영도\t령도\tnoun\t\t\t\tNK-HanDic\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try GlossaryProposals(contentsOf: path) }
        do {
            _ = try GlossaryProposals(contentsOf: path)
        } catch {
            #expect(error.line == 3)
        }
        try "영도\t령도\tterm\t領導\tlead, leadership\t\tNK-HanDic\n".write(toFile: path, atomically: true, encoding: .utf8)
        let read = try GlossaryProposals(contentsOf: path)
        #expect(read.proposals == [GlossaryProposal(southKorean: "영도", northKorean: "령도", kind: .term, hanja: "領導", english: ["lead", "leadership"], note: "", source: "NK-HanDic", line: 1)])
    }

    /// The scan `lookup` runs on the file finds what the index finds, in the same order: Hangul
    /// forms compared as bytes, spaced and dotted forms, Latin names in any case, with or
    /// without diacritics, full-width letters, a term's English never; a malformed row is
    /// refused naming its line, as reading the file refuses it.
    @Test func theScanOfTheFileFindsWhatTheIndexFinds() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("proposals-\(UUID().uuidString).tsv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = [
            "# proposals", "",
            "영도\t령도\tterm\t領導\tlead, leadership\t\tNK-HanDic",
            "자오러지\t\tperson\t趙樂際\tZhào Lèjì\t\tNK-HanDic proper noun",
            "\t쪼각하늘\tterm\t\t\t구름 사이로 보이는 하늘\tNK-HanDic",
            "김 일성\t\tperson\t\tKim Il Sung, Kim Il-sung\t\ttest",
            "북·중\t조중\tterm\t\t\t\ttest",
            "ＲＯＫ\t\torganization\t\tＲＯＫ Army, Republic of Korea Army\t\ttest",
            "영도\t\tplace\t\tYeongdo\t\ttest",
        ]
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let indexed = try GlossaryProposals(contentsOf: path)
        let queries = ["영도", "령도", "쪼각 하늘", "쪼각하늘", "자오러지", "Zhào Lèjì", "ZHAO LEJI", "zhao-leji", "lead", "leadership", "김일성", "김 일성",
                       "kim il sung", "KIM IL-SUNG", "북중", "북ㆍ중", "조중", "rok", "ROK", "ＲＯＫ army", "republic of korea army", "yeongdo", "수령", "", " "]
        for query in queries {
            #expect(try GlossaryProposals.lookup(query, inFileAt: path) == indexed.lookup(query), "\(query)")
        }
        #expect(try GlossaryProposals.lookup("영도", inFileAt: path).map(\.line) == [3, 9])
        try "영도\t령도\tterm\t領導\tlead\t\tNK-HanDic\n영도\t령도\tnoun\t\t\t\tNK-HanDic\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputError(file: path, line: 2, reason: .other("expected seven tab-separated fields (sk, nk, kind, hanja, en, note, source) with a Korean form and a glossary kind"))) {
            try GlossaryProposals.lookup("없는말", inFileAt: path)
        }
    }
}

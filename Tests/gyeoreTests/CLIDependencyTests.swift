import Foundation
import Testing

/// Whether `gyeore` finds the MeCab dictionaries set-up fetches (in the package root's `deps/`):
/// the suites whose commands need them (`--to sk`, `align`) run only then. When they are missing,
/// `CLIDependencyTests` alone fails, with the command's own message, instead of every test of
/// those suites failing on an exit status.
enum CLIDependencies {
    /// The converter's answer on one line: nil when it converts, else what it wrote on stderr.
    static let dictionaryProblem: String? = {
        guard let result = try? CommandRunner.run(["normalize", "--to", "sk"], stdin: Data("령토완정\n".utf8)) else { return "gyeore could not be run" }
        return result.status == 0 ? nil : result.stderr
    }()
    static var dictionariesFound: Bool { dictionaryProblem == nil }
}

@Suite struct CLIDependencyTests {
    @Test func gyeoreFindsTheMeCabDictionaries() {
        #expect(CLIDependencies.dictionaryProblem == nil, "\(CLIDependencies.dictionaryProblem ?? "")")
    }
}

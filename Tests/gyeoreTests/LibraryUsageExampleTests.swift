import Foundation
import Testing

/// `examples/library-usage`, a package of its own depending on Gyeore by path, builds against the
/// public API alone and prints what `expected-output.txt` holds: normalization with its offset
/// map, look-up, terms, North → South conversion, quotations from strings, alignment with its
/// diff, romanization. The glossary comes from the package's resources, with no path named.
@Suite(.enabled(if: CLIDependencies.dictionariesFound, "needs the MeCab dictionaries (see CLIDependencyTests)"))
struct LibraryUsageExampleTests {
    @Test func theSamplePackageBuildsAndPrintsWhatItShould() throws {
        let example = CommandRunner.root.appendingPathComponent("examples/library-usage")
        // A package depending on Gyeore by path does not plan its build again when a source file
        // is added to Gyeore, and then fails on what the new file defines: its build description
        // goes first (as in scripts/bench.sh).
        try? FileManager.default.removeItem(at: example.appendingPathComponent(".build/debug.yaml"))
        let build = try Self.run("/usr/bin/env", ["swift", "build", "--package-path", example.path])
        try #require(build.status == 0, "swift build of examples/library-usage failed:\n\(build.output.suffix(2000))")
        let dictionaries = CommandRunner.root.appendingPathComponent("deps").path
        try #require(FileManager.default.fileExists(atPath: dictionaries + "/nkhandic"), "the MeCab dictionaries are missing: run bash scripts/setup.sh")
        let binary = example.appendingPathComponent(".build/debug/gyeore-example").path
        // No glossary named: the example uses the one the package ships as a resource.
        let result = try Self.run(binary, [], environment: ["GYEORE_DICTIONARIES": dictionaries])
        #expect(result.status == 0, "\(result.output)")
        let expected = try String(contentsOf: example.appendingPathComponent("expected-output.txt"), encoding: .utf8)
        #expect(result.output == expected)
    }

    /// Runs a program to its end; standard output and error together.
    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-example-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: scratch.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let handle = try FileHandle(forWritingTo: scratch)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.launchForTest()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: scratch), as: UTF8.self))
    }
}

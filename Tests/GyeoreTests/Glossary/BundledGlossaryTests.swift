import Foundation
import Testing
@testable import Gyeore

/// The glossary ships with the library as a package resource: a library user gets it with no
/// copying and no path, and it is the repository's `glossary/`, entry for entry.
@Suite struct BundledGlossaryTests {
    @Test func theBundledGlossaryIsTheRepositorysGlossary() throws {
        let bundled = try Glossary.bundled()
        let repository = try Glossary(folder: Fixtures.root.appendingPathComponent("glossary").path)
        #expect(bundled.entries.count == repository.entries.count)
        #expect(bundled.entries.map(\.id) == repository.entries.map(\.id))
        #expect(bundled.problems.isEmpty, "\(bundled.problems.prefix(3))")
        #expect(bundled.lookup("로씨야련방").map(\.id) == ["country.russia"])
    }

    /// With no folder named and no `./glossary` in the working directory, the default is the
    /// bundled folder; `$GYEORE_GLOSSARY` still wins.
    @Test func theDefaultFolderFallsBackToTheBundledGlossary() throws {
        let folder = try #require(Glossary.bundledFolder)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-bundled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(Glossary.defaultFolder(environment: [:], currentDirectory: scratch.path) == folder)
        #expect(Glossary.defaultFolder(environment: [:], currentDirectory: Fixtures.root.path) == "glossary")
        #expect(Glossary.defaultFolder(environment: ["GYEORE_GLOSSARY": "/my/glossary"], currentDirectory: scratch.path) == "/my/glossary")
    }
}

import Foundation
import Testing
@testable import Gyeore

/// A glossary read from its cache is the glossary read from its rows: the same entries,
/// problems, look-ups, suggestions and terms; and a cache that no longer matches the folder,
/// or is damaged, is never used.
@Suite struct GlossaryCacheTests {
    /// A scratch copy of the package's glossary plus the broken fixtures' cross-entry file (so
    /// that there are problems to keep), and an empty cache folder that caches any size.
    static func scratch() throws -> (folder: String, cache: GlossaryCache) {
        let root = try Fixtures.scratchFolder()
        let folder = root.appendingPathComponent("glossary")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let glossary = Fixtures.root.appendingPathComponent("glossary")
        for name in try FileManager.default.contentsOfDirectory(atPath: glossary.path) where name.hasSuffix(".tsv") {
            try FileManager.default.copyItem(at: glossary.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let cross = Fixtures.root.appendingPathComponent("Tests/Fixtures/glossary-broken/cross")
        for name in try FileManager.default.contentsOfDirectory(atPath: cross.path) where name.hasSuffix(".tsv") {
            try FileManager.default.copyItem(at: cross.appendingPathComponent(name), to: folder.appendingPathComponent("zz-" + name))
        }
        return (folder.path, GlossaryCache(directory: root.appendingPathComponent("cache").path, minimumBytes: 0))
    }

    /// Every form of every entry, and a few strings no form spells.
    static func queries(_ glossary: Glossary) -> [String] {
        glossary.entries.flatMap { $0.forms.map(\.text) } + ["령도", "로씨야련", "Kim Jong", "없는말"]
    }

    static func expectSame(_ cached: Glossary, _ parsed: Glossary) {
        #expect(cached.entries == parsed.entries)
        #expect(cached.problems == parsed.problems)
        #expect(!parsed.problems.isEmpty, "the fixture has problems to keep")
        for query in queries(parsed) {
            #expect(cached.lookup(query).map(\.id) == parsed.lookup(query).map(\.id), "\(query)")
        }
        for query in ["령도", "벨로우소브", "Rusia"] {
            #expect(cached.suggestions(for: query).map { "\($0.entry.id) \($0.form) \($0.distance)" }
                    == parsed.suggestions(for: query).map { "\($0.entry.id) \($0.form) \($0.distance)" })
        }
        for entry in parsed.entries { #expect(cached.entry(id: entry.id) == entry) }
    }

    @Test func theCachedGlossaryIsTheParsedOne() throws {
        let (folder, cache) = try Self.scratch()
        let parsed = try Glossary(folder: folder)
        let first = try Glossary(folder: folder, cache: cache)
        #expect(FileManager.default.fileExists(atPath: cache.file(for: folder)), "the first load writes the cache")
        let cached = try Glossary(folder: folder, cache: cache)
        #expect(cached.cacheOrigin?.stamp == first.cacheOrigin?.stamp && cached.cacheOrigin != nil)
        Self.expectSame(cached, parsed)
    }

    /// The folder named another way reads the same cache file, and the locations name the
    /// folder as given this time.
    @Test func locationsNameTheFolderAsGiven() throws {
        let (folder, cache) = try Self.scratch()
        _ = try Glossary(folder: folder, cache: cache)
        let another = folder + "/../glossary"
        #expect(cache.file(for: another) == cache.file(for: folder))
        let cached = try Glossary(folder: another, cache: cache)
        #expect(cached.cacheOrigin != nil)
        #expect(cached.entries.allSatisfy { $0.location.file.hasPrefix(another + "/") })
        #expect(cached.entries == (try Glossary(folder: another)).entries)
    }

    /// An edit that keeps the file's size (one letter for another) is seen: the rows are read
    /// again and the cache rewritten.
    @Test func anEditedFileIsReadAgain() throws {
        let (folder, cache) = try Self.scratch()
        _ = try Glossary(folder: folder, cache: cache)
        let path = (folder as NSString).appendingPathComponent("countries.tsv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Russian Federation"))
        try text.replacingOccurrences(of: "Russian Federation", with: "Russian Federatiom").write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try Glossary(folder: folder, cache: cache)
        #expect(edited.lookup("Russian Federatiom").map(\.id) == ["country.russia"])
        #expect(edited.lookup("Russian Federation").isEmpty)
        #expect(try Glossary(folder: folder, cache: cache).entries == (try Glossary(folder: folder)).entries)
    }

    /// A file added to the folder, or removed, is seen too.
    @Test func anAddedOrRemovedFileIsSeen() throws {
        let (folder, cache) = try Self.scratch()
        _ = try Glossary(folder: folder, cache: cache)
        let added = (folder as NSString).appendingPathComponent("added.tsv")
        try (GlossaryReader.columns.joined(separator: "\t") + "\nterm.cache-test\tterm\t캐시시험\t\t\t\t\t\t\t\ttest\n").write(toFile: added, atomically: true, encoding: .utf8)
        #expect(try Glossary(folder: folder, cache: cache).lookup("캐시시험").map(\.id) == ["term.cache-test"])
        try FileManager.default.removeItem(atPath: added)
        #expect(try Glossary(folder: folder, cache: cache).lookup("캐시시험").isEmpty)
    }

    /// A damaged cache file (bytes changed, or cut short) is ignored and rewritten.
    @Test(arguments: ["flip", "truncate", "garbage"])
    func aDamagedCacheIsIgnored(damage: String) throws {
        let (folder, cache) = try Self.scratch()
        let parsed = try Glossary(folder: folder)
        _ = try Glossary(folder: folder, cache: cache)
        let file = cache.file(for: folder)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        switch damage {
        case "flip": bytes[bytes.count * 2 / 3] ^= 0x55
        case "truncate": bytes.removeLast(bytes.count / 3)
        default: bytes = Array(repeating: 0xFF, count: 4096)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let reread = try Glossary(folder: folder, cache: cache)
        #expect(reread.entries == parsed.entries && reread.problems == parsed.problems)
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))) != bytes, "the damaged file is replaced")
        Self.expectSame(try Glossary(folder: folder, cache: cache), parsed)
    }

    /// The term matcher of a cached glossary (its patterns and automaton read from the cache)
    /// finds what the matcher built from the rows finds, in every seed.
    @Test func cachedTermsAreTheBuiltTerms() throws {
        let (folder, cache) = try Self.scratch()
        let built = try TermMatcher(glossary: try Glossary(folder: folder))
        _ = try TermMatcher(glossary: try Glossary(folder: folder, cache: cache))
        let termsFile = cache.file(for: folder) + ".terms"
        #expect(FileManager.default.fileExists(atPath: termsFile))
        let glossary = try Glossary(folder: folder, cache: cache)
        let cached = try TermMatcher(glossary: glossary)
        #expect(TermMatcher.cached(try #require(glossary.cacheOrigin), entries: glossary.entries) != nil, "read from the cache")
        var found = 0
        for line in try Fixtures.seedLines() {
            let matches = cached.matches(in: line)
            #expect(matches == built.matches(in: line), "\(line)")
            found += matches.count
        }
        #expect(found > 100)
        // Damaged terms file: the matcher is built again, and finds the same.
        try Data(repeating: 7, count: 100).write(to: URL(fileURLWithPath: termsFile))
        let rebuilt = try TermMatcher(glossary: glossary)
        #expect(try Fixtures.seedLines().allSatisfy { rebuilt.matches(in: $0) == built.matches(in: $0) })
    }

    /// A glossary below the cache's size writes nothing; `standard` follows the environment.
    @Test func smallGlossariesAndTheStandardFolder() throws {
        let (folder, cache) = try Self.scratch()
        let sized = GlossaryCache(directory: cache.directory, minimumBytes: 1 << 30)
        #expect(try Glossary(folder: folder, cache: sized).cacheOrigin == nil)
        #expect(!FileManager.default.fileExists(atPath: sized.file(for: folder)))
        #expect(GlossaryCache.standard(environment: ["GYEORE_CACHE_DIR": "", "HOME": "/home/a"]) == nil)
        #expect(GlossaryCache.standard(environment: ["GYEORE_CACHE_DIR": "/c", "HOME": "/home/a"])?.directory == "/c")
        #expect(GlossaryCache.standard(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/home/a"])?.directory == "/x/gyeore")
        #expect(GlossaryCache.standard(environment: ["HOME": "/home/a"])?.directory == "/home/a/.cache/gyeore")
        #expect(GlossaryCache.standard(environment: [:]) == nil)
    }

    /// The byte format reads back what it wrote, and reports a short read instead of reading
    /// past the end.
    @Test func bytesReadBack() throws {
        var writer = ByteWriter()
        writer.integer(0); writer.integer(127); writer.integer(128); writer.integer(Int.max)
        writer.string("로씨야련방"); writer.integers([0, -1, .max, .min]); writer.words([0, .max]); writer.word(0x0102_0304_0506_0708)
        struct Read: Equatable {
            var integers: [Int], text: String, numbers: [Int32], words: [UInt64], word: UInt64, atEnd: Bool
        }
        func read(_ bytes: UnsafeRawBufferPointer) throws -> Read {
            var reader = ByteReader(bytes)
            let integers = try [reader.integer(), reader.integer(), reader.integer(), reader.integer()]
            let text = try reader.string(), numbers = try reader.integers(), words = try reader.words(), word = try reader.word()
            return Read(integers: integers, text: text, numbers: numbers, words: words, word: word, atEnd: reader.isAtEnd)
        }
        let whole = writer.bytes.withUnsafeBytes { bytes in Result { try read(bytes) } }
        #expect(try whole.get() == Read(integers: [0, 127, 128, .max], text: "로씨야련방", numbers: [0, -1, .max, .min],
                                        words: [0, .max], word: 0x0102_0304_0506_0708, atEnd: true))
        for cut in 0..<writer.bytes.count {
            let partial = Array(writer.bytes[..<cut]).withUnsafeBytes { bytes in Result { try read(bytes) } }
            #expect(throws: ByteReader.Truncated.self, "cut at \(cut)") { try partial.get() }
        }
    }
}

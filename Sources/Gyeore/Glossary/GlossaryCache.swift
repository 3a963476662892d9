import Foundation

/// A compiled copy of a large glossary, kept between runs so that a command starts without
/// parsing and validating every row again: the entries, the problems found, and the form
/// index, in a binary file of its own per glossary folder.
///
/// A cache file is used only while it matches the folder: the same `*.tsv` names, and for each
/// the same size and the same fingerprint of its bytes (`ByteHash`), so an edited, added or
/// removed file — even one whose time stamp was kept — means the rows are read again and the
/// cache rewritten. A damaged file (its body's fingerprint differs, or it ends early) is
/// ignored the same way. Glossaries smaller than ``minimumBytes`` (64 KiB unless given) are
/// never cached: they load in a few milliseconds anyway.
///
/// ```swift
/// let cache = GlossaryCache.standard()           // ~/.cache/gyeore, or $GYEORE_CACHE_DIR
/// let glossary = try Glossary(folder: "big-glossary", cache: cache)
/// ```
public struct GlossaryCache: Sendable, Equatable {
    /// The folder the cache files are written to (created when missing).
    public var directory: String
    /// Glossaries whose files hold fewer bytes in all are read from their rows every time.
    public var minimumBytes: Int

    /// The format of the files; a file of another version is read as missing.
    static let version: UInt8 = 2
    static let magic = Array("GYEORE-GLOSSARY-CACHE".utf8)

    /// The program that wrote a cache file: its executable's path, size and modification time.
    /// A file written by another build (whose parsing, keys or folding may differ) is read as
    /// missing; nil, and no cache, when the executable cannot be found.
    static let buildIdentity: String? = {
        let candidates = [Bundle.main.executablePath, try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")]
        for case let path? in candidates {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date else { continue }
            return "\(path)|\(size)|\(date.timeIntervalSince1970)"
        }
        return nil
    }()

    /// Where a glossary read through a cache came from: the cache, its file, and the
    /// fingerprint of the compiled glossary, which caches built from it (the term matcher's)
    /// are keyed by.
    struct Origin: Sendable, Equatable {
        var cache: GlossaryCache
        var file: String
        var stamp: UInt64
    }

    /// Maps a cache file, reads its header (magic, version, build) and hands `body` a reader
    /// at the rest; nil when the file is missing, was written by another format or build, or
    /// `body` finds it damaged.
    static func read<T>(_ path: String, magic: [UInt8], _ body: (inout ByteReader) throws -> T?) -> T? {
        guard let identity = buildIdentity,
              let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { bytes in
            var reader = ByteReader(bytes)
            do {
                guard try (0..<magic.count).map({ _ in try reader.byte() }) == magic, try reader.byte() == version,
                      try reader.string() == identity else { return nil }
                return try body(&reader)
            } catch {
                return nil
            }
        }
    }

    /// The header ``read(_:magic:_:)`` reads.
    static func header(_ magic: [UInt8]) -> ByteWriter? {
        guard let identity = buildIdentity else { return nil }
        var writer = ByteWriter()
        for byte in magic { writer.byte(byte) }
        writer.byte(version)
        writer.string(identity)
        return writer
    }

    /// Writes `bytes` at `path` with ``AtomicFile`` (a reader never sees half a file, and a
    /// process killed while writing leaves none behind); false when the cache folder cannot be
    /// written.
    func write(_ bytes: [UInt8], to path: String) -> Bool {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try AtomicFile.write(bytes, to: path)
            return true
        } catch {
            return false
        }
    }

    /// A cache in `directory`.
    public init(directory: String, minimumBytes: Int = 1 << 16) {
        self.directory = directory
        self.minimumBytes = minimumBytes
    }

    /// The cache commands use: `$GYEORE_CACHE_DIR` (empty: no cache), else
    /// `$XDG_CACHE_HOME/gyeore`, else `~/.cache/gyeore`; nil when none of these is set.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> GlossaryCache? {
        if let named = environment["GYEORE_CACHE_DIR"] { return named.isEmpty ? nil : GlossaryCache(directory: named) }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return GlossaryCache(directory: (xdg as NSString).appendingPathComponent("gyeore")) }
        if let home = environment["HOME"], !home.isEmpty { return GlossaryCache(directory: (home as NSString).appendingPathComponent(".cache/gyeore")) }
        return nil
    }

    /// What a cache file must match: each glossary file's name, size and fingerprint.
    struct Fingerprint: Equatable {
        var files: [File]
        struct File: Equatable {
            var name: String
            var size: Int
            var hash: UInt64
        }

        init(files: [(name: String, data: Data)]) {
            self.files = files.map { file in
                File(name: file.name, size: file.data.count, hash: file.data.withUnsafeBytes { ByteHash.hash($0) })
            }
        }

        init(files: [File]) { self.files = files }
    }

    /// The cache file of a glossary folder: named by a fingerprint of the folder's absolute path.
    public func file(for folder: String) -> String {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        let name = String(ByteHash.hash(Array(absolute.utf8)), radix: 16)
        return (directory as NSString).appendingPathComponent("glossary-\(name).cache")
    }

    /// The glossary the cache holds for `folder`, if its file matches `fingerprint` and reads
    /// whole; nil otherwise (no file, another version or build, other glossary files, damage).
    func glossary(folder: String, fingerprint: Fingerprint) -> Glossary? {
        let path = file(for: folder)
        return Self.read(path, magic: Self.magic) { reader in
            let count = try reader.count(ofItemsOf: 10)
            var files: [Fingerprint.File] = []
            for _ in 0..<count { files.append(Fingerprint.File(name: try reader.string(), size: try reader.integer(), hash: try reader.word())) }
            guard Fingerprint(files: files) == fingerprint else { return nil }
            let stamp = try reader.word()
            guard reader.hashOfRest() == stamp else { return nil }
            var glossary = try Glossary(snapshot: &reader, folder: folder, files: files.map(\.name))
            glossary.cacheOrigin = Origin(cache: self, file: path, stamp: stamp)
            return glossary
        }
    }

    /// Writes `glossary`'s cache file for `folder`. A folder that cannot be written is no
    /// error: the glossary is read from its rows next time too.
    /// - Returns: where the file was written, or nil.
    func store(_ glossary: Glossary, folder: String, fingerprint: Fingerprint) -> Origin? {
        guard let body = glossary.snapshot(folder: folder, files: fingerprint.files.map(\.name)),
              var writer = Self.header(Self.magic) else { return nil }
        writer.integer(fingerprint.files.count)
        for file in fingerprint.files {
            writer.string(file.name)
            writer.integer(file.size)
            writer.word(file.hash)
        }
        let stamp = ByteHash.hash(body)
        writer.word(stamp)
        let path = file(for: folder)
        return write(writer.bytes + body, to: path) ? Origin(cache: self, file: path, stamp: stamp) : nil
    }
}

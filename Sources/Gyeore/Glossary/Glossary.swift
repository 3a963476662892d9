import Foundation

/// The bilingual glossary: every entry of every file under a folder, indexed by every form.
public struct Glossary: Sendable {
    /// The entries in file order.
    public let entries: [GlossaryEntry]
    /// Problems found while reading and validating (empty for a valid glossary).
    public let problems: [GlossaryProblem]
    /// Form key → entry positions.
    let index: FormIndex
    private let byID: IDIndex
    private let keyMaker: FormKey
    /// The cache the glossary was read from or written to, if any.
    var cacheOrigin: GlossaryCache.Origin?

    /// Limits: a glossary file's size, and the entries of a whole glossary.
    public static let maximumFileBytes = 64 << 20
    public static let maximumEntries = 1_000_000

    /// Where the glossary is looked for when no folder is named: `$GYEORE_GLOSSARY`, else
    /// `./glossary` when there is such a folder (a checkout of Gyeore, or a copy a user keeps and
    /// edits), else the glossary the package ships (``bundledFolder``).
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment,
                                     currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        if let named = environment["GYEORE_GLOSSARY"] { return named }
        if isFolder((currentDirectory as NSString).appendingPathComponent("glossary")) { return "glossary" }
        return bundledFolder ?? "glossary"
    }

    /// The folder of the glossary shipped with the library as a package resource (the repository's
    /// `glossary/`), or nil when the package's resources are not beside the binary.
    public static var bundledFolder: String? {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent("glossary"), isFolder(url.path) else { return nil }
        return url.path
    }

    /// Whether a path names a folder.
    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The glossary shipped with the library: every reviewed entry of the repository's
    /// `glossary/`, with no copying and no path to name.
    ///
    /// ```swift
    /// let glossary = try Glossary.bundled()
    /// glossary.lookup("로씨야련방")   // the entry of the Russian Federation
    /// ```
    /// - Throws: ``GlossaryError/folderNotFound(_:)`` when the package's resources are missing.
    public static func bundled() throws(GlossaryError) -> Glossary {
        guard let folder = bundledFolder else { throw .folderNotFound("Gyeore_Gyeore.resources/glossary") }
        return try Glossary(folder: folder)
    }

    /// Reads every `*.tsv` file in a folder (sorted by name) and validates the whole.
    ///
    /// With a `cache`, a glossary of at least ``GlossaryCache/minimumBytes`` is read from the
    /// cache's compiled copy when that copy matches the folder's files, and the copy is written
    /// when it does not: the same entries, problems and look-ups, without parsing every row.
    /// - Throws: ``GlossaryError`` when the folder cannot be read or holds no glossary file.
    public init(folder: String, cache: GlossaryCache? = nil) throws(GlossaryError) {
        guard Self.isFolder(folder) else { throw .folderNotFound(folder) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
        guard !names.isEmpty else { throw .noFiles(folder) }
        var contents: [(name: String, path: String, data: Data)] = []
        var problems: [GlossaryProblem] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
            if size > Self.maximumFileBytes {
                problems.append(GlossaryProblem(location: GlossaryLocation(file: path, line: 1),
                                                message: "larger than \(Self.maximumFileBytes >> 20) MiB: split it into several files"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(GlossaryProblem(location: GlossaryLocation(file: path, line: 1), message: "cannot be read"))
                continue
            }
            contents.append((name, path, data))
        }
        // Only a folder whose every file was read is cached: its fingerprint is the whole of it.
        let fingerprint = cache.flatMap { cache in
            problems.isEmpty && contents.reduce(0, { $0 + $1.data.count }) >= cache.minimumBytes
                ? GlossaryCache.Fingerprint(files: contents.map { ($0.name, $0.data) }) : nil
        }
        if let cache, let fingerprint, let cached = cache.glossary(folder: folder, fingerprint: fingerprint) {
            self = cached
            return
        }
        var files: [(name: String, text: String)] = []
        var rows = 0
        for (_, path, data) in contents {
            guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
                let offset = data.withUnsafeBytes { UTF8Validation.firstInvalidOffset($0.bindMemory(to: UInt8.self)) }
                let line = 1 + data.prefix(offset).filter { $0 == 0x0A }.count
                problems.append(GlossaryProblem(location: GlossaryLocation(file: path, line: line),
                                                message: data.contains(0) ? "binary data, not a text file" : "invalid UTF-8 at byte offset \(offset)"))
                continue
            }
            files.append((path, text))
            // The limit before the work: count rows (lines) first, and name the file that passes it.
            rows += Self.rowCount(data) - 1 // less the header
            if rows > Self.maximumEntries { throw .tooLarge(Self.maximumEntries, file: path) }
        }
        self = try Glossary(files: files, initialProblems: problems)
        if let cache, let fingerprint { cacheOrigin = cache.store(self, folder: folder, fingerprint: fingerprint) }
    }

    /// Lines that are neither empty nor comments: an upper bound on a file's entries plus its header.
    static func rowCount(_ data: Data) -> Int {
        var count = 0, atLineStart = true
        for byte in data {
            if atLineStart && byte != 0x0A && byte != 0x0D && byte != 0x23 { count += 1 }
            atLineStart = byte == 0x0A
        }
        return count
    }

    /// Builds a glossary from file texts (the file names are used in problem locations).
    public init(files: [(name: String, text: String)], initialProblems: [GlossaryProblem] = []) throws(GlossaryError) {
        var entries: [GlossaryEntry] = []
        var problems = initialProblems
        for file in files {
            let result = GlossaryReader.read(file.text, file: file.name)
            entries += result.entries
            problems += result.problems
            if entries.count > Self.maximumEntries { throw .tooLarge(Self.maximumEntries, file: file.name) }
        }
        let keyMaker: FormKey
        do { keyMaker = try FormKey() } catch { throw .icu(error) }
        // Cross-entry checks: unique ids, and no form claimed by two entries unless both
        // claims are tagged {homograph}.
        var byID: [String: Int] = [:]
        var index: [String: [Int]] = [:]
        var claims: [String: (entry: Int, form: GlossaryForm)] = [:]
        var kept: [GlossaryEntry] = []
        for entry in entries {
            if let first = byID[entry.id] {
                problems.append(GlossaryProblem(location: entry.location,
                                                message: "duplicate id '\(entry.id)' (first defined at \(kept[first].location))"))
                continue
            }
            let position = kept.count
            byID[entry.id] = position
            kept.append(entry)
            for form in entry.forms {
                let key = keyMaker.key(form.text)
                guard !key.isEmpty else { continue }
                if let claim = claims[key], claim.entry != position {
                    if !(claim.form.tags.contains(.homograph) && form.tags.contains(.homograph)) {
                        problems.append(GlossaryProblem(
                            location: entry.location,
                            message: "form '\(form.text)' is also a form of '\(kept[claim.entry].id)' (\(kept[claim.entry].location)); tag both {homograph} if both are right"))
                    }
                } else if claims[key] == nil {
                    claims[key] = (position, form)
                }
                if !(index[key]?.contains(position) ?? false) { index[key, default: []].append(position) }
            }
        }
        self.entries = kept
        self.problems = problems.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
        self.index = FormIndex(index)
        self.byID = IDIndex(byID)
        self.keyMaker = keyMaker
    }

    /// A glossary from parts already validated (a ``GlossaryCache`` file's).
    init(entries: [GlossaryEntry], problems: [GlossaryProblem], index: FormIndex) throws(GlossaryError) {
        do { keyMaker = try FormKey() } catch { throw .icu(error) }
        self.entries = entries
        self.problems = problems
        self.index = index
        // Built at the first look-up by id: `lookup` and `terms` never make one.
        self.byID = IDIndex { Dictionary(entries.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// The entry with this id.
    public func entry(id: String) -> GlossaryEntry? { byID.positions[id].map { entries[$0] } }

    /// Entries having `text` among their forms, compared by ``FormKey`` (case, width,
    /// spacing, middle dots and hyphens ignored).
    public func lookup(_ text: String) -> [GlossaryEntry] { lookup(key: keyMaker.key(text)) }

    /// Entries found by a South Korean spelling of a form the glossary writes as the North does:
    /// each word's first syllable read with the initial ㄹ or ㄴ the South drops (한글 맞춤법
    /// 제10–12항), one word at a time and all at once — 이철만 finds 리철만, 이선권 리선권. For
    /// when ``lookup(_:)`` finds nothing.
    public func lookup(southernSpellingOf text: String) -> [GlossaryEntry] {
        var found: [GlossaryEntry] = []
        var seen = Set<String>()
        for variant in Self.northernInitialVariants(of: text) {
            for entry in lookup(variant) where seen.insert(entry.id).inserted { found.append(entry) }
        }
        return found
    }

    /// The spellings of `text` with the first syllable of one word, or of every word (then with
    /// ㄹ where both may be), read with the North's initial ㄹ or ㄴ: ㅇ before ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ → ㄹ (or ㄴ before ㅕ ㅛ ㅠ ㅣ),
    /// ㄴ before ㅏ ㅐ ㅗ ㅚ ㅜ ㅡ → ㄹ.
    static func northernInitialVariants(of text: String) -> [String] {
        func variants(_ syllable: Unicode.Scalar) -> [Unicode.Scalar] {
            guard let (lead, vowel, tail) = Jamo.indices(syllable) else { return [] }
            // Leads: ㄴ 2, ㄹ 5, ㅇ 11. Vowels: ㅏ0 ㅐ1 ㅑ2 ㅕ6 ㅖ7 ㅗ8 ㅚ11 ㅛ12 ㅜ13 ㅠ17 ㅡ18 ㅣ20.
            var leads: [Int] = []
            if lead == 11 && [2, 6, 7, 12, 17, 20].contains(vowel) { leads.append(5) }
            if lead == 11 && [6, 12, 17, 20].contains(vowel) { leads.append(2) }
            if lead == 2 && [0, 1, 8, 11, 13, 18].contains(vowel) { leads.append(5) }
            return leads.compactMap { Unicode.Scalar(0xAC00 + UInt32(($0 * 21 + vowel) * 28 + tail)) }
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var result: [String] = []
        var all = words
        for (i, word) in words.enumerated() {
            guard let first = word.first else { continue }
            for (k, replacement) in variants(first).enumerated() {
                var changed = words
                changed[i][0] = replacement
                if k == 0 { all[i][0] = replacement }   // all at once with ㄹ, the commoner
                result.append(changed.map { String(scalars: $0) }.joined(separator: " "))
            }
        }
        let joined = all.map { String(scalars: $0) }.joined(separator: " ")
        if all != words && !result.contains(joined) { result.append(joined) }
        return result
    }

    /// Entries having a form whose ``key(_:)`` is `key`.
    func lookup(key: String) -> [GlossaryEntry] { index.positions(of: key).map { entries[Int($0)] } }

    /// The key `text` is compared by.
    public func key(_ text: String) -> String { keyMaker.key(text) }

    /// Entries whose forms are closest to `text`, for "did you mean".
    /// - Complexity: O(k·n·m) for k forms of length m; fine for glossaries of thousands of forms.
    public func suggestions(for text: String, limit: Int = 5) -> [(entry: GlossaryEntry, form: String, distance: Int)] {
        // Compared letter by letter: a Hangul syllable as its two or three jamo, so that 령도 is
        // one letter from 영도 and three from 인도, where as syllables both are one apart.
        let target = Self.letters(keyMaker.key(text))
        guard !target.isEmpty else { return [] }
        // A quarter of the letters (a syllable is two or three): 벨로우소브 may be 벨로우소프, not 벨라루스.
        let budget = max(1, target.count / 4 + 1)
        // For each entry its closest form; ties go to South Korean, then North Korean, then
        // other forms, then alphabetical order, so the answer never depends on hashing.
        var best: [Int: (form: String, distance: Int, rank: Int)] = [:]
        for i in 0..<index.count {
            let key = index.key(i)
            let candidate = Self.letters(key)
            if abs(candidate.count - target.count) > budget { continue }
            var distance = Self.editDistance(target, candidate, limit: budget)
            if distance > budget, candidate.count > target.count, candidate.starts(with: target) { distance = budget }
            guard distance <= budget else { continue }
            for position in index.positions(i).map(Int.init) {
                guard let form = entries[position].forms.first(where: { keyMaker.key($0.text) == key }) else { continue }
                let rank = GlossaryForm.Field.allCases.firstIndex(of: form.field) ?? 99
                if let current = best[position], (current.distance, current.rank, current.form) <= (distance, rank, form.text) { continue }
                best[position] = (form.text, distance, rank)
            }
        }
        return best.sorted { ($0.value.distance, entries[$0.key].id) < ($1.value.distance, entries[$1.key].id) }
            .prefix(limit).map { (entries[$0.key], $0.value.form, $0.value.distance) }
    }

    /// The scalars of a key, each Hangul syllable as its conjoining jamo (initial, vowel, final).
    static func letters(_ key: String) -> [Unicode.Scalar] {
        Jamo.decompose(key)
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// Why a glossary could not be loaded at all.
public enum GlossaryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder does not exist.
    case folderNotFound(String)
    /// The folder holds no `*.tsv` file.
    case noFiles(String)
    /// ICU failed.
    case icu(ICUError)
    /// More entries than ``Glossary/maximumEntries`` (the limit; the file where it was passed).
    case tooLarge(Int, file: String)

    public var description: String {
        switch self {
        case .folderNotFound(let folder): return "\(folder): error: glossary folder not found (name another folder, set GYEORE_GLOSSARY, or use Glossary.bundled())"
        case .noFiles(let folder): return "\(folder): error: no glossary files (*.tsv) in this folder"
        case .icu(let error): return "ICU: \(error)"
        case .tooLarge(let limit, let file): return "\(file): error: more than \(limit) glossary entries in all"
        }
    }
}

/// The positions of entries by id, built when first asked for when the glossary came from a
/// cache (a dictionary of 100,000 ids costs a tenth of such a glossary's start).
final class IDIndex: @unchecked Sendable {
    /// The positions when they were given at once: read with no lock (the aligner asks for
    /// entries by id for every pair it scores).
    private let given: [String: Int]?
    private let lock = NSLock()
    private var built: [String: Int]?
    private let build: (@Sendable () -> [String: Int])?

    init(_ positions: [String: Int]) {
        given = positions
        build = nil
    }

    init(_ build: @escaping @Sendable () -> [String: Int]) {
        given = nil
        self.build = build
    }

    var positions: [String: Int] {
        if let given { return given }
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let positions = build?() ?? [:]
        built = positions
        return positions
    }
}

import Foundation

/// A candidate glossary entry drawn from field data and not yet reviewed: found by `lookup`
/// when the glossary has no entry, never used in matching, conversion or alignment.
public struct GlossaryProposal: Sendable, Equatable {
    /// The South Korean form; empty when the source names only the North Korean one.
    public var southKorean: String
    /// The North Korean form, when it differs.
    public var northKorean: String
    /// What it names (the glossary's kinds: `person`, `country`, `place`, `organization`, `term`).
    public var kind: GlossaryEntry.Kind
    /// The Hanja, when the source gives them.
    public var hanja: String
    /// English proposals: a name in Latin letters, or the English of the Hanja.
    public var english: [String]
    /// The source's definition, when it gives one and no South Korean form.
    public var note: String
    /// Where the row comes from.
    public var source: String
    /// The row's line in the proposals file.
    public var line: Int

    /// A proposal.
    public init(southKorean: String, northKorean: String, kind: GlossaryEntry.Kind, hanja: String, english: [String], note: String, source: String, line: Int) {
        self.southKorean = southKorean
        self.northKorean = northKorean
        self.kind = kind
        self.hanja = hanja
        self.english = english
        self.note = note
        self.source = source
        self.line = line
    }
}

/// Candidate entries for the glossary, generated at set-up by `scripts/glossary-proposals.py`
/// from NK-HanDic's proper nouns and North Korean nouns (BSD-3-Clause) and the English of
/// Sino-Korean nouns' Hanja in CC-CEDICT (CC BY-SA 4.0), into
/// `deps/glossary-proposals/proposals.tsv`; never committed.
///
/// A proposal is looked up by its Korean forms, and a name by its Latin spelling with the
/// diacritics of pinyin folded (Zhào Lèjì, zhao leji), compared as the glossary compares forms
/// (``FormKey``).
public struct GlossaryProposals: Sendable {
    /// The file's name inside its `deps/` folder.
    public static let fileName = "proposals.tsv"
    /// The `deps/` folder it is generated into.
    public static let folderName = "glossary-proposals"

    /// Every proposal, in file order.
    public let proposals: [GlossaryProposal]
    private let index: [String: [Int]]
    private let keyMaker: FormKey

    /// The number of proposals.
    public var count: Int { proposals.count }

    /// Proposals from rows already read.
    public init(proposals: [GlossaryProposal]) throws(ICUError) {
        let keyMaker = try FormKey()
        var index: [String: [Int]] = [:]
        for (position, proposal) in proposals.enumerated() {
            var keys = Set([proposal.southKorean, proposal.northKorean].filter { !$0.isEmpty }.map(keyMaker.key))
            if proposal.kind != .term { keys.formUnion(proposal.english.map { keyMaker.key(Self.folded($0)) }) }
            for key in keys where !key.isEmpty { index[key, default: []].append(position) }
        }
        self.proposals = proposals
        self.index = index
        self.keyMaker = keyMaker
    }

    /// Reads the generated file: `sk, nk, kind, hanja, en, note, source` rows, `#` comments.
    public init(contentsOf path: String) throws(InputError) {
        let file = try ProposalsFile(path: path)
        var rows: [GlossaryProposal] = []
        try file.forEachRow { line, fields, kind in rows.append(file.proposal(line: line, fields: fields, kind: kind)) }
        do { try self.init(proposals: rows) } catch { throw InputError(file: path, reason: .other("ICU could not be opened: \(error)")) }
    }

    /// The generated file where set-up puts it (see ``DependencyLocator``), or nil when there is
    /// none.
    public static func locate(folder: String? = nil) -> String? {
        DependencyLocator.locate(folderName, holding: fileName, folder: folder).map { ($0 as NSString).appendingPathComponent(fileName) }
    }

    /// The proposals having `text` among their forms.
    public func lookup(_ text: String) -> [GlossaryProposal] {
        let key = keyMaker.key(Self.folded(text))
        return (index[key] ?? []).map { proposals[$0] }
    }

    /// The proposals of a generated file having `text` among their forms, found by one pass over
    /// the file's bytes with no index built: what ``lookup(_:)`` on
    /// ``init(contentsOf:)`` gives, in the same order, without reading 94,000 rows into values and
    /// keying every form (1.5 s against a few hundredths for `lookup` on a miss). A form of
    /// Hangul syllables alone (nearly all) is its own key and is compared as bytes; other forms
    /// are keyed as the index keys them. Every row is checked as ``init(contentsOf:)`` checks it.
    public static func lookup(_ text: String, inFileAt path: String) throws(InputError) -> [GlossaryProposal] {
        let file = try ProposalsFile(path: path)
        let keyMaker: FormKey
        do { keyMaker = try FormKey() } catch { throw InputError(file: path, reason: .other("ICU could not be opened: \(error)")) }
        let query = Array(keyMaker.key(folded(text)).utf8)
        let bytes = file.bytes
        // Whether a form's key is the query's. Hangul syllables alone: the form is its own key.
        func matches(_ range: Range<Int>, english: Bool) -> Bool {
            guard !range.isEmpty, !query.isEmpty else { return false }
            if !english && isHangulSyllables(bytes[range]) { return bytes[range].elementsEqual(query) }
            return Array(keyMaker.key(english ? folded(file.string(range)) : file.string(range)).utf8) == query
        }
        var found: [GlossaryProposal] = []
        try file.forEachRow { line, fields, kind in
            var hit = matches(fields[0], english: false) || matches(fields[1], english: false)
            if !hit && kind != .term {
                var itemStart = fields[4].lowerBound
                for i in fields[4].lowerBound...fields[4].upperBound where i == fields[4].upperBound || bytes[i] == UInt8(ascii: ",") {
                    if matches(itemStart..<i, english: true) { hit = true; break }
                    itemStart = i + 1
                }
            }
            if hit { found.append(file.proposal(line: line, fields: fields, kind: kind)) }
        }
        return found
    }

    /// Whether UTF-8 bytes are Hangul syllables (U+AC00–U+D7A3) and nothing else.
    private static func isHangulSyllables(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count % 3 == 0 else { return false }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let value = (UInt32(bytes[i] & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            guard bytes[i] & 0xF0 == 0xE0, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80, (0xAC00...0xD7A3).contains(value) else { return false }
            i += 3
        }
        return true
    }

    /// Latin letters without their diacritics (Zhào Lèjì → Zhao Leji); other text unchanged.
    static func folded(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xC0...0x24F).contains($0.value) }) else { return text }
        let kept = text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
        return String(String.UnicodeScalarView(kept)).precomposedStringWithCanonicalMapping
    }
}

/// A generated proposals file as bytes, read row by row: what reading it whole and looking a
/// form up in it share (the checks, their messages, a row's fields).
private struct ProposalsFile {
    let path: String
    let bytes: [UInt8]

    init(path: String) throws(InputError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: .cannotOpen("no readable glossary proposals here (generate them with 'bash scripts/setup.sh --deps-only' in Gyeore's checkout)"))
        }
        let bytes = [UInt8](data)
        guard bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset($0) }) >= bytes.count else {
            throw InputError(file: path, reason: .other("the glossary proposals are not UTF-8 text (generate them again with 'bash scripts/setup.sh --deps-only' in Gyeore's checkout)"))
        }
        self.path = path
        self.bytes = bytes
    }

    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Calls `body` with each row's line, its seven fields as byte ranges (sk, nk, kind, hanja,
    /// en, note, source) and its kind; blank lines and `#` comments are passed over.
    /// - Throws: an ``InputError`` naming the line of the first malformed row.
    func forEachRow(_ body: (_ line: Int, _ fields: [Range<Int>], _ kind: GlossaryEntry.Kind) -> Void) throws(InputError) {
        var line = 0, start = 0
        var fields: [Range<Int>] = []
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            line += 1
            defer { start = end + 1 }
            guard start < end, bytes[start] != UInt8(ascii: "#") else { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            for i in start..<end where bytes[i] == 0x09 { fields.append(fieldStart..<i); fieldStart = i + 1 }
            fields.append(fieldStart..<end)
            guard fields.count == 7, !(fields[0].isEmpty && fields[1].isEmpty), let kind = GlossaryEntry.Kind(rawValue: string(fields[2])) else {
                throw InputError(file: path, line: line, reason: .other("expected seven tab-separated fields (sk, nk, kind, hanja, en, note, source) with a Korean form and a glossary kind"))
            }
            body(line, fields, kind)
        }
    }

    /// The proposal a row holds (its English split at commas, trimmed).
    func proposal(line: Int, fields: [Range<Int>], kind: GlossaryEntry.Kind) -> GlossaryProposal {
        let english = string(fields[4]).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return GlossaryProposal(southKorean: string(fields[0]), northKorean: string(fields[1]), kind: kind, hanja: string(fields[3]),
                                english: english, note: string(fields[5]), source: string(fields[6]), line: line)
    }
}

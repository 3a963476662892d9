import Foundation

/// A glossary as the bytes of a ``GlossaryCache`` file's body, and back.
extension Glossary {
    /// The entries, problems and index as bytes, locations written as a file's place in
    /// `files` (names inside `folder`) so that the folder may be named another way next time;
    /// nil when a location lies outside those files.
    func snapshot(folder: String, files: [String]) -> [UInt8]? {
        let paths = Dictionary(files.enumerated().map { ((folder as NSString).appendingPathComponent($0.element), $0.offset) }, uniquingKeysWith: { a, _ in a })
        var writer = ByteWriter()
        // Notes and sources repeat (a generated file's rows share one): each is written once,
        // and read as one string every entry shares.
        var shared: [String: Int] = [:]
        var sharedList: [String] = []
        for entry in entries {
            for text in [entry.note, entry.source] where shared[text] == nil {
                shared[text] = sharedList.count
                sharedList.append(text)
            }
        }
        writer.integer(sharedList.count)
        for text in sharedList { writer.string(text) }
        writer.integer(entries.count)
        for entry in entries {
            guard let file = paths[entry.location.file] else { return nil }
            writer.string(entry.id)
            writer.byte(UInt8(GlossaryEntry.Kind.allCases.firstIndex(of: entry.kind)!))
            writer.integer(shared[entry.note]!)
            writer.integer(shared[entry.source]!)
            writer.integer(file)
            writer.integer(entry.location.line)
            writer.integer(entry.forms.count)
            for form in entry.forms {
                writer.string(form.text)
                writer.byte(UInt8(GlossaryForm.Field.allCases.firstIndex(of: form.field)!))
                var tags: UInt8 = 0
                for (bit, tag) in GlossaryForm.Tag.allCases.enumerated() where form.tags.contains(tag) { tags |= 1 << UInt8(bit) }
                writer.byte(tags)
                writer.byte(form.isCanonical ? 1 : 0)
            }
        }
        writer.integer(problems.count)
        for problem in problems {
            guard let file = paths[problem.location.file] else { return nil }
            writer.integer(file)
            writer.integer(problem.location.line)
            writer.string(problem.message)
        }
        writer.raw(index.keyBytes)
        writer.integers(index.keyStarts)
        writer.integers(index.positions)
        writer.integers(index.positionStarts)
        return writer.bytes
    }

    /// A glossary from a ``snapshot(folder:files:)``, read to its end, its locations in `folder`.
    init(snapshot reader: inout ByteReader, folder: String, files: [String]) throws {
        let paths = files.map { (folder as NSString).appendingPathComponent($0) }
        func location(_ reader: inout ByteReader) throws -> GlossaryLocation {
            let file = try reader.integer()
            guard file < paths.count else { throw ByteReader.Truncated() }
            return GlossaryLocation(file: paths[file], line: try reader.integer())
        }
        let kinds = GlossaryEntry.Kind.allCases, fields = GlossaryForm.Field.allCases, tags = GlossaryForm.Tag.allCases
        // Every set of tags a form can have, made once: each form shares one (no set built per form).
        let tagSets = (0..<(1 << tags.count)).map { bits in Set(tags.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element)) }
        let shared = try (0..<(try reader.count(ofItemsOf: 1))).map { _ in try reader.string() }
        func sharedText(_ reader: inout ByteReader) throws -> String {
            let index = try reader.integer()
            guard index < shared.count else { throw ByteReader.Truncated() }
            return shared[index]
        }
        let entryCount = try reader.count(ofItemsOf: 7)
        var entries: [GlossaryEntry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let id = try reader.string()
            let kind = Int(try reader.byte())
            guard kind < kinds.count else { throw ByteReader.Truncated() }
            let note = try sharedText(&reader), source = try sharedText(&reader)
            let place = try location(&reader)
            let formCount = try reader.count(ofItemsOf: 4)
            var forms: [GlossaryForm] = []
            forms.reserveCapacity(formCount)
            for _ in 0..<formCount {
                let text = try reader.string()
                let field = Int(try reader.byte())
                let bits = try reader.byte()
                let canonical = try reader.byte()
                guard field < fields.count, Int(bits) >> tags.count == 0, canonical <= 1 else { throw ByteReader.Truncated() }
                forms.append(GlossaryForm(text: text, field: fields[field], tags: tagSets[Int(bits)], isCanonical: canonical == 1))
            }
            entries.append(GlossaryEntry(id: id, kind: kinds[kind], forms: forms, note: note, source: source, location: place))
        }
        var problems: [GlossaryProblem] = []
        for _ in 0..<(try reader.count(ofItemsOf: 3)) {
            let place = try location(&reader)
            problems.append(GlossaryProblem(location: place, message: try reader.string()))
        }
        guard let index = FormIndex(keyBytes: try reader.raw(), keyStarts: try reader.integers(), positions: try reader.integers(),
                                    positionStarts: try reader.integers(), entryCount: entries.count),
              reader.isAtEnd else { throw ByteReader.Truncated() }
        try self.init(entries: entries, problems: problems, index: index)
    }
}

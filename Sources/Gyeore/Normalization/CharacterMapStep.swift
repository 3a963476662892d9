/// A context-free character mapping: from an ICU transform rules file, or from a table ICU's
/// transform was written out to.
///
/// The rules (a resource under `transforms/`) are compiled by ICU; at start-up every
/// character of the transform's source set is transliterated once into a table, so the
/// step never calls ICU per line and each changed character gets its own map run. A table
/// (a resource under `data/`) gives the same step without compiling anything: the width
/// folding's rules name a system transform, and ICU initialises its whole transliterator
/// registry (about 140 million instructions) to compile them.
public struct CharacterMapStep: NormalizationStep {
    public let name: String
    private let sources: ScalarSet
    private let table: [UInt32: [Unicode.Scalar]]

    /// Reads the mapping from `data/<table>`: rows of a source character and the characters it
    /// becomes, each `U+XXXX` (the targets space-separated).
    /// - Throws: ``ResourceError`` naming the file and line of a malformed row.
    public init(name: String, table resource: String) throws(ResourceError) {
        let path = "data/\(resource)"
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for row in try ResourceFile.rows(path, minimumColumns: 2) {
            let source = try ResourceFile.scalar(row.fields[0], file: path, line: row.line)
            var targets: [Unicode.Scalar] = []
            for field in row.fields[1].split(separator: " ") { targets.append(try ResourceFile.scalar(String(field), file: path, line: row.line)) }
            guard !targets.isEmpty, targets != [source] else {
                throw ResourceError(file: path, line: row.line, message: "a row must change its character")
            }
            guard table.updateValue(targets, forKey: source.value) == nil else {
                throw ResourceError(file: path, line: row.line, message: "\(row.fields[0]) is mapped twice")
            }
        }
        self.name = name
        self.sources = ScalarSet(table.keys.compactMap(Unicode.Scalar.init))
        self.table = table
    }

    /// The mapping as a table, from source scalar to what it becomes (for checking a table
    /// against the rules it was written from).
    var mapping: [UInt32: [Unicode.Scalar]] { table }

    /// Compiles `transforms/<resource>` with ICU.
    /// - Throws: ``ResourceError`` naming the rule file and line when the rules do not compile.
    public init(name: String, resource: String) throws(ResourceError) {
        let path = "transforms/\(resource)"
        let rules = try ResourceFile.text(path)
        do {
            let transliterator = try ICUTransliterator(id: name, rules: rules)
            let set = try transliterator.sourceSet()
            var table: [UInt32: [Unicode.Scalar]] = [:]
            let members = set.members
            guard members.count <= 65_536 else {
                throw ResourceError(file: path, message: "the transform's source set is too large to tabulate (\(members.count) characters)")
            }
            for scalar in members {
                let mapped = try transliterator.transliterate([scalar])
                if mapped != [scalar] { table[scalar.value] = mapped }
            }
            self.name = name
            self.sources = ScalarSet(table.keys.compactMap(Unicode.Scalar.init))
            self.table = table
        } catch let error as ICUError {
            throw ResourceError(file: path, line: error.line, message: "ICU could not compile the rules: \(error.name)")
        } catch let error as ResourceError {
            throw error
        } catch {
            throw ResourceError(file: path, message: "\(error)")
        }
    }

    /// The transform's source characters that it changes.
    public var touchedScalars: TouchedScalars? { TouchedScalars(sources) }

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? {
        guard let first = text.firstIndex(where: sources.contains) else { return nil }
        var editor = TextEditor(reservingCapacity: text.count)
        editor.copy(text[..<first])
        var i = first
        while i < text.count {
            let scalar = text[i]
            if sources.contains(scalar), let mapped = table[scalar.value] {
                editor.replace(CollectionOfOne(scalar), with: mapped)
                i += 1
            } else {
                var j = i + 1
                while j < text.count && !sources.contains(text[j]) { j += 1 }
                editor.copy(text[i..<j])
                i = j
            }
        }
        return editor.finish()
    }
}

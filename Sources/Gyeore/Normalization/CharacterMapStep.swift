/// A context-free character mapping compiled from an ICU transform rules file.
///
/// The rules (a resource under `transforms/`) are compiled by ICU; at start-up every
/// character of the transform's source set is transliterated once into a table, so the
/// step never calls ICU per line and each changed character gets its own map run.
public struct CharacterMapStep: NormalizationStep {
    public let name: String
    private let sources: ScalarSet
    private let table: [UInt32: [Unicode.Scalar]]

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

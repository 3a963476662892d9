/// A glossary person, outlet or organization a document mentions: its name and entry, and the
/// scalars that follow it, where its titles stand (read only when a speaker is resolved by
/// surname and title, then kept), and its English name (an English surname alone resolves by it).
struct Mention {
    var name: String
    var entry: String
    var kind: GlossaryEntry.Kind
    var following: [Unicode.Scalar]
    var titles: [String]? = nil
    var english: String
    /// Whether the name stood inside a quotation (the speaker's words), not in the report's own.
    var quoted: Bool
    /// Whether the name's first character is one scalar (김 of 김정은): then a surname of one
    /// scalar starts it exactly when it is that scalar.
    var startsWithOneScalarCharacter: Bool

    init(name: String, entry: String, kind: GlossaryEntry.Kind, following: [Unicode.Scalar], english: String, quoted: Bool) {
        (self.name, self.entry, self.kind, self.following, self.english, self.quoted) = (name, entry, kind, following, english, quoted)
        startsWithOneScalarCharacter = name.first.map { $0.unicodeScalars.count == 1 } ?? false
    }

    /// Whether the name stood as an English possessive (`Kim Jong Un's sister`): it modifies the
    /// noun after it, which is who the sentence is about.
    var isPossessive: Bool {
        guard following.count >= 2, following[0] == "'" || following[0] == "\u{2019}", following[1] == "s" || following[1] == "S" else { return false }
        return following.count == 2 || !following[2].properties.isAlphabetic
    }

    /// `name.hasPrefix(surname)` for a surname of one character whose first scalar is the
    /// name's (as the people index gives them).
    func starts(withSurname surname: String, ofOneScalar: Bool) -> Bool {
        ofOneScalar && startsWithOneScalarCharacter ? true : name.hasPrefix(surname)
    }
}

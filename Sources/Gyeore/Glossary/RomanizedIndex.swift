import Foundation

/// Finds glossary entries by a romanization no row spells out: the Revised Romanization or the
/// DPRK system of an entry's Korean forms, as the romanizer writes them ("Gim Jeong-eun",
/// "Rossiya", "Phyongyang"), compared with case, spaces, hyphens, apostrophes and breves
/// folded away ("gim jeongeun", "ROSSIYA").
///
/// The index is built once from the glossary: every South and North Korean form, in both
/// systems, as a name (person entries) and as plain text.
public struct RomanizedIndex: Sendable {
    private let entries: [GlossaryEntry]
    private let byKey: [String: [Int]]

    /// Romanizes every Korean form of every entry. The romanizer should have no glossary, so
    /// that names are romanized by each system's rules (김정은: Gim Jeong-eun), not written as
    /// the glossary spells them (Kim Jong Un, which look-up finds as a form already).
    public init(glossary: Glossary, romanizer: Romanizer) {
        var byKey: [String: [Int]] = [:]
        for (index, entry) in glossary.entries.enumerated() {
            var keys = Set<String>()
            for form in entry.forms where form.field == .sk || form.field == .nk || form.field == .koOther {
                for system in Romanizer.System.allCases {
                    keys.insert(Self.key(romanizer.romanize(form.text, system: system)))
                    if entry.kind == .person { keys.insert(Self.key(romanizer.romanize(form.text, system: system, asName: true))) }
                }
            }
            for key in keys where !key.isEmpty { byKey[key, default: []].append(index) }
        }
        entries = glossary.entries
        self.byKey = byKey
    }

    /// The entries one of whose Korean forms romanizes to `query`, in glossary order.
    public func lookup(_ query: String) -> [GlossaryEntry] {
        (byKey[Self.key(query)] ?? []).map { entries[$0] }
    }

    /// Latin letters only, lower-cased, breves and other marks dropped (ŏ is o).
    static func key(_ text: String) -> String {
        var key = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars where scalar.isASCII && scalar.properties.isAlphabetic {
            key.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
        }
        return key
    }
}

import ArgumentParser
import Gyeore

// Options that take one of a fixed set of values parse into these types: a wrong value is a
// usage error naming the choices, and the code never compares strings.

extension Romanizer.System: ExpressibleByArgument {}
extension GlossaryExporter.Format: ExpressibleByArgument {}
extension GlossaryEntry.Kind: ExpressibleByArgument {}

/// `normalize --form`: a Unicode normalization form, or none.
enum UnicodeForm: String, CaseIterable, ExpressibleByArgument {
    case nfc, nfkc, none
}

/// `normalize --to`: the orthography to convert into (South Korean).
enum TargetOrthography: String, CaseIterable, ExpressibleByArgument {
    case sk
}

/// `glossary import --format`: how the word list is delimited.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, tsv
}

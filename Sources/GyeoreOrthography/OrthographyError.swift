/// Why the orthography engine cannot run.
public enum OrthographyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A dictionary was not found where it was looked for.
    case dictionaryNotFound(name: String, searched: [String])
    /// MeCab failed.
    case analyzerFailed(String)
    /// A bundled rule table is broken.
    case resource(String)

    public var description: String {
        switch self {
        case .dictionaryNotFound(let name, let searched):
            return "the \(name) dictionary was not found (looked in \(searched.joined(separator: ", "))); fetch it with 'bash scripts/setup.sh --deps-only' in Gyeore's checkout, then pass the folder holding \(name)/ as OrthographyConverter's dictionaryFolder or set GYEORE_DICTIONARIES to it"
        case .analyzerFailed(let message): return message
        case .resource(let message): return "bundled rule table: \(message)"
        }
    }
}

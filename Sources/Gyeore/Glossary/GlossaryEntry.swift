/// One concept of the glossary with every form it is written in, on both sides of the border
/// and in English.
public struct GlossaryEntry: Sendable, Equatable {
    /// What kind of thing the entry names.
    ///
    /// ``word`` is the general vocabulary of the field's prose (건설, 관철, 로력 'labour'): found
    /// by look-up with its forms on both sides and its English, but not a term — `terms`, the
    /// quotation extractor, conversion and alignment leave it to the text's own words and rules.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case country, capital, place, person, organization, outlet, title, term, document, event, word

        /// A bit of its own, for sets of kinds tested per match (a `Set` of a string-backed enum
        /// hashes the case's name).
        var bit: UInt16 {
            switch self {
            case .country: 1 << 0
            case .capital: 1 << 1
            case .place: 1 << 2
            case .person: 1 << 3
            case .organization: 1 << 4
            case .outlet: 1 << 5
            case .title: 1 << 6
            case .term: 1 << 7
            case .document: 1 << 8
            case .event: 1 << 9
            case .word: 1 << 10
            }
        }
    }

    /// Stable identifier (`country.russia`, `person.kim-jong-un`).
    public var id: String
    /// What the entry names.
    public var kind: Kind
    /// Every form, grouped by field, each field's canonical form first.
    public var forms: [GlossaryForm]
    /// Free-text note for people (usage, caveats).
    public var note: String
    /// Where the forms are attested (seed files, norms, outlets), `;`-separated.
    public var source: String
    /// The file and line the entry comes from.
    public var location: GlossaryLocation

    /// The forms of one field, canonical first.
    public func forms(_ field: GlossaryForm.Field) -> [GlossaryForm] { forms.filter { $0.field == field } }

    /// The canonical South Korean form.
    public var southKorean: String { forms.first { $0.field == .sk }?.text ?? "" }
    /// The canonical North Korean form (the South Korean one when none is recorded).
    public var northKorean: String { forms.first { $0.field == .nk }?.text ?? southKorean }
    /// The canonical English form.
    public var english: String { forms.first { $0.field == .en }?.text ?? "" }

    /// Whether the entry is for look-up only: general vocabulary (kind `word`), which `terms`,
    /// quotation extraction and alignment leave to the text's own words.
    public var isLookupOnly: Bool { kind == .word }
}

/// One written form of an entry.
public struct GlossaryForm: Sendable, Hashable {
    /// The column a form comes from.
    public enum Field: String, Sendable, CaseIterable, Codable {
        /// South Korean spelling.
        case sk
        /// North Korean spelling.
        case nk
        /// Other Korean spellings (older, alternative, or seen in the press).
        case koOther = "ko_other"
        /// English.
        case en
        /// Other English spellings.
        case enOther = "en_other"
        /// Revised Romanization (South Korea, 2000).
        case rr
        /// DPRK romanization as KCNA writes it.
        case dprk

        /// Whether the field holds Korean script.
        public var isKorean: Bool { self == .sk || self == .nk || self == .koOther }
    }

    /// A property of a form.
    public enum Tag: String, Sendable, CaseIterable, Codable {
        /// The full official form (러시아 연방).
        case full
        /// A shortened form.
        case short
        /// An abbreviation (러, 북러, KCNA).
        case abbr
        /// Dated (키예프, 오지리).
        case old
        /// Written in Hanja (北).
        case hanja
        /// Also an ordinary word (수단 'means', 가나): never matched in running text.
        case homograph
        /// A North Korean form that is another word, not another spelling, of the South Korean
        /// one (남조선 for 한국, 조미 for 북미, 비행장 for 공항): North → South conversion
        /// replaces it only at the wording level (`--to sk --wording`), never with `--to sk` alone.
        case wording
    }

    /// The form as written.
    public var text: String
    /// Its column.
    public var field: GlossaryForm.Field
    /// Its tags.
    public var tags: Set<Tag>
    /// Whether it is the first (canonical) form of its column.
    public var isCanonical: Bool

    /// Creates a form.
    public init(text: String, field: Field, tags: Set<Tag> = [], isCanonical: Bool = false) {
        self.text = text
        self.field = field
        self.tags = tags
        self.isCanonical = isCanonical
    }
}

/// Where something in the glossary comes from.
public struct GlossaryLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file, as given.
    public var file: String
    /// The 1-based line.
    public var line: Int

    public var description: String { "\(file):\(line)" }
}

/// A problem found while reading or validating the glossary.
public struct GlossaryProblem: Sendable, Equatable, CustomStringConvertible, Error {
    /// Where.
    public var location: GlossaryLocation
    /// What, in words an editor can act on.
    public var message: String

    public var description: String { "\(location): \(message)" }
}

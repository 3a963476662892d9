/// One quoted statement of a document, with everything known about how it was reported.
public struct Quotation: Sendable, Equatable, Codable {
    /// What sort of quotation it is.
    public enum Kind: String, Sendable, Codable {
        /// Reported speech followed by a reporting clause (…”고 말했다).
        case direct
        /// A phrase quoted inside a sentence (‘변함없는 지지’를 공언했다).
        case partial
        /// A quotation in a headline, title line or heading.
        case headline
        /// A title of a work in 《》, 〈〉, 『』, 「」 with no reporting clause.
        case title
        /// A mark without its partner, reported so that it swallows nothing.
        case unbalanced
        /// Reported speech without marks: the clause before a quotative and a reporting verb
        /// (김 위원장은 개성공단을 재개할 용의가 있다고 말했다), the speaker's topic left out.
        case indirect
        /// A sentence of a source document (`align --source`), quoted or not: the original a
        /// rendering in another report may come from.
        case sentence
    }

    /// Where the same quotation stands (it may repeat: front matter and body, caption and text).
    /// The language a quotation is in: Korean (North or South) or English, told apart by its
    /// letters (Hangul against Latin). Written in records as `ko` and `en`.
    public enum Language: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case korean = "ko"
        case english = "en"
    }

    public struct Occurrence: Sendable, Equatable, Codable {
        /// Scalar range of the quoted text (inside the marks) in the file.
        public var start: Int
        public var end: Int
        /// 1-based line.
        public var line: Int
        /// Where in the document it stands.
        public var context: Context

        /// An occurrence as a record gives it (`quotes --jsonl` output read back).
        public init(start: Int, end: Int, line: Int, context: Context) {
            self.start = start
            self.end = end
            self.line = line
            self.context = context
        }
    }

    /// Where in its document a quotation stands.
    public enum Context: String, Sendable, Codable, CaseIterable {
        /// Running text.
        case body
        /// YAML front matter (a `title:` value).
        case frontMatter = "front-matter"
        /// An HTML heading or `<title>`.
        case heading
        /// Other articles' headlines and teasers after the report (a "related news" block of a
        /// scraped page, `data/related-content.tsv`): another report's rendering, of unknown date.
        case related
    }

    /// The document, as named by the user.
    public var document: String
    /// Scalar range of the quoted text, without the marks, in the file (first occurrence).
    public var start: Int
    public var end: Int
    /// 1-based line of the first occurrence.
    public var line: Int
    /// The quoted text as written.
    public var text: String
    /// The quoted text normalized (for matching).
    public var normalized: String
    /// The marks as written: opening and closing, or the lone mark of an unbalanced one.
    public var marks: String
    /// Nesting depth among the quotations of its line: 0 outermost. A mark its line never closes
    /// encloses nothing that follows it.
    public var depth: Int
    /// Index, in the document's list, of the quotation this one is inside.
    public var parent: Int?
    /// The kind of quotation.
    public var kind: Kind
    /// The reporting clause after the quotation (고 강조했다), if any.
    public var clause: String?
    /// The reporting verb (강조했다), if any.
    public var verb: String?
    /// The speaker, resolved to a glossary name where possible (안드레이 벨로우소프).
    public var speaker: String?
    /// The speaker as the text names it (벨로우소프 장관, 그).
    public var speakerText: String?
    /// The glossary entry of the speaker, if any.
    public var speakerEntry: String?
    /// The language of the quotation's text.
    public var language: Language
    /// The reported clause a quotation stands in when the report's own words begin it (Kim said
    /// the North's will for denuclearization remains “unchanged, consistent and fixed”: the
    /// clause, marks left out): what the quoted words say, which the aligner reads their
    /// meaning from. Nil when the words in marks are the whole of what was reported.
    public var reportedClause: String?
    /// Every place the quotation stands, the first included.
    public var occurrences: [Occurrence]

    /// Whether it stands only among other articles' headlines after the report
    /// (``Context/related``): another report's rendering, whose date is not the document's.
    public var isFromOtherArticles: Bool { !occurrences.isEmpty && occurrences.allSatisfy { $0.context == .related } }
    /// The document's date (`YYYY-MM-DD`), from its front matter (`date:`) or a dateline near
    /// its top, when it has one.
    public var date: String?

    /// A quotation of a text given whole, as a caller with no document has it: the text is all
    /// of it (offsets 0 to its length, line 1), a direct quotation between “ ” with nothing known
    /// of its speaker unless given. For aligning renderings held in memory:
    ///
    /// ```swift
    /// let a = Quotation(text: "우리는 인내심을 유지할 것이다", document: "report-1", language: .korean)
    /// let b = Quotation(text: "We will stay patient", document: "report-2", language: .english, date: "2019-06-20")
    /// ```
    public init(text: String, document: String, language: Language, speaker: String? = nil, date: String? = nil) {
        self.init(document: document, start: 0, end: text.unicodeScalars.count, line: 1, text: text, normalized: text, marks: "“”", depth: 0,
                  parent: nil, kind: .direct, clause: nil, verb: nil, speaker: speaker, speakerText: speaker, speakerEntry: nil,
                  language: language, occurrences: [], date: date)
    }

    /// Creates a quotation with every field (the extractor makes them; tools and benchmarks may too).
    public init(document: String, start: Int, end: Int, line: Int, text: String, normalized: String, marks: String, depth: Int,
                parent: Int?, kind: Kind, clause: String?, verb: String?, speaker: String?, speakerText: String?,
                speakerEntry: String?, language: Language, occurrences: [Occurrence], date: String? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.line = line
        self.text = text
        self.normalized = normalized
        self.marks = marks
        self.depth = depth
        self.parent = parent
        self.kind = kind
        self.clause = clause
        self.verb = verb
        self.speaker = speaker
        self.speakerText = speakerText
        self.speakerEntry = speakerEntry
        self.language = language
        self.occurrences = occurrences
        self.date = date
    }
}

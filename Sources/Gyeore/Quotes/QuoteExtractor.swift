import Foundation

/// Finds the quotations of a document, line by line, with their reporting clause, verb and
/// speaker.
///
/// Quotation marks come from the normalizer's quote step (paired, with depth), so every mark
/// style is handled: “…” "…" '…' ‘…’ 《…》 「…」 『…』 〈…〉 « ». A quotation may span sentences;
/// one never crosses a line: a mark left open at the end of its line is reported as unbalanced
/// and swallows nothing more. YAML front matter (between `---` lines at the top) and HTML
/// headings are recognised, and so is a block of other articles' headlines after a scraped report
/// (`data/related-content.tsv`: context `related`); the same quotation repeated (front matter and
/// body, a caption and its text) becomes one quotation with several occurrences.
public final class QuoteExtractor {
    let normalizer: Normalizer
    /// The glossary's matcher, boxed: read from an optional struct at every line, the matcher was
    /// copied (each of its arrays retained and released).
    let matcherBox: MatcherBox?
    /// Says which lines cannot mention a speaker (``TermMatcher/KindFilter``).
    let speakerFilter: TermMatcher.KindFilter?
    let verbs: [(stem: String, language: String)]
    /// Each verb's stem as scalars and its length in characters, for the quick checks.
    let verbStems: [(scalars: [Unicode.Scalar], characters: Int)]
    /// The verbs (their indices) by their stem's first scalar: a stem starts or stands in a word
    /// only where its first scalar does, so a word is compared with the few verbs that may match.
    let verbsByFirstScalar: [Unicode.Scalar: [Int]]
    let speakerNouns: [String: String]
    /// The speaker nouns as scalars with their kinds, by their last scalar: a word ends in a
    /// noun only where its last scalar does, and hashing a Korean string (normalized as it is
    /// hashed) costs more than comparing the few nouns that share a last scalar.
    let speakerNounsByLast: [Unicode.Scalar: [(scalars: [Unicode.Scalar], kind: String)]]
    /// The speaker nouns of kind `statement` (담화, 성명): most words ending before 을, 를 or 에서
    /// end in none.
    let statementNouns: NounEndings
    /// Nouns after which -(이)라는 names rather than reports (`data/naming-nouns.tsv`).
    let namingNouns: [String]
    /// Adverbs a reporter puts between the speaker and a clause reported without marks (그러면서,
    /// 이어): left out of the quotation (`data/framing-adverbs.tsv`).
    let framingAdverbs: Set<String>
    /// Verbs of judging that may take the matter judged as their object between a clause and
    /// the verb (`data/judging-verbs.tsv`), with their uncontracted past forms.
    let judgingVerbs: [[Unicode.Scalar]]
    /// The reporting verbs' past adnominal forms (말한, 강조한, 밝힌: ``adnominalPasts(_:)``), and
    /// the hearsay verbs after 것으로 (`data/hearsay-verbs.tsv`): …고 말한 것으로 알려졌다.
    let adnominalVerbs: Set<String>
    let hearsayVerbs: [[Unicode.Scalar]]
    /// Nouns of the hearers a report names before reported words (`data/addressee-nouns.tsv`).
    let addresseeNouns: Set<String>
    /// Nouns of the occasion a report names before reported words (`data/occasion-nouns.tsv`):
    /// 회담에서, 전원회의에서.
    let occasionNouns: NounEndings
    /// Verbs with which a report names the statement it cites before its words
    /// (`data/citing-verbs.tsv`): 통신은 …의 담화를 인용해 …고 전했다.
    let citingVerbs: Set<String>
    /// English reporting verbs, lower case (``englishSpeaker(before:after:)``).
    let englishVerbs: Set<String>
    /// Glossary people by English surname (``surnameIndex(_:)``).
    let englishSurnames: [String: [(name: String, entry: String)]]

    /// Words already looked up by ``mentionedEntry(matching:)`` (not document state: the answer
    /// depends on the glossary alone).
    var namedEntries: [String: (name: String, entry: String, kind: GlossaryEntry.Kind)?] = [:]

    // Document state.
    var document = ""
    var quotations: [Quotation] = []
    private var inFrontMatter = false
    /// Recent glossary mentions of people, outlets and organizations, oldest first.
    var mentioned: [Mention] = []
    /// The positions in ``mentioned`` of the people mentioned, by their name's first scalar (a
    /// surname and title look only at people of that surname, not at every mention).
    var peopleByInitial: [Unicode.Scalar: [Int]] = [:]
    /// The mentions inside the current line's quotations, recorded when the next line is read.
    var quotedMentionsOfLine: [Mention] = []
    /// The words of English a report put before a person's name, lower-cased, one to three of
    /// them (North Korean leader Kim Jong Un: "leader", "korean leader", "north korean leader"),
    /// and the person, the last so named: "the North Korean leader said" names them later on.
    var personDescriptors: [String: (name: String, entry: String)] = [:]
    var lastSpeaker: (name: String?, text: String, entry: String?)?
    /// The line whose reported speech (without marks) last named its speaker (see
    /// `UnmarkedSpeech.swift`): the next sentence may leave the subject out.
    var lastReportedSpeechLine: Int? = nil
    /// The speaker of a statement printed whole from the line after its introduction (see
    /// `StatementText.swift`), while its text runs.
    var statementSpeaker: (name: String?, text: String, entry: String?)?
    /// The speaker a statement's heading named (김여정 조선로동당 중앙위원회 부부장 담화), until
    /// the first line of text after it says whether the statement's text follows (see
    /// ``statementHeading(_:)``).
    var headedStatement: (name: String?, text: String, entry: String?)?
    /// The line of ``headedStatement``'s heading: a heading whose text does not follow within a
    /// few lines (a list of links, a sidebar) heads nothing.
    var headedStatementLine = 0
    /// Whether the statement running (``statementSpeaker``) started under its heading.
    var statementFromHeading = false
    /// The speaker a line announced the next quotation of (…께서는 다음과 같이 말씀하시였다),
    /// until a line holding text (see `StatementText.swift`).
    var announcedSpeaker: (name: String?, text: String, entry: String?)?
    /// The speaker whose announced words (see ``announcedSpeaker``) the last line of text held:
    /// they run on over the paragraphs after it until a line names a speaker again, closes
    /// the statement or reports speech of its own (론평은 …다음과 같이 지적하였다. ¶ … ¶ … ¶
    /// 론평은 …고 경고하였다).
    var announcedWordsSpeaker: (name: String?, text: String, entry: String?)?
    /// Whether the announced speaker is a written piece (론평은, 론설은, 담화는 … 다음과 같이
    /// 지적하였다), whose paragraphs run on; a person's announced words are one paragraph.
    var announcedIsWritten = false
    /// Who last issued a statement the document names as an object (김여정 부부장은 담화를
    /// 발표했다): the speaker a later 담화는 or 성명은 stands for.
    var statementAuthor: (name: String?, text: String, entry: String?)?
    private var documentDate: String?
    private var isSource = false
    /// A marker of other articles (``relatedMarkers``) was seen: the rest of the document is theirs.
    private var inRelatedContent = false
    /// The headings of blocks of other articles' headlines, as UTF-8 (`data/related-content.tsv`).
    let relatedMarkers: [[UInt8]]
    /// By byte: whether a marker starts with it.
    let relatedFirstBytes: [Bool]
    let splitter: ClauseSplitter

    /// The reporting verbs with the uncontracted past each Korean past stem also has: North
    /// Korean copy, and formal South Korean copy, write 지적하였다 and 밝히였다/밝히었다 where the
    /// list has 지적했 and 밝혔 (한글 맞춤법 제34·36항: 하+였 → 했, 히+었 → 혔). A stem ending
    /// in 했 gains 하였; one ending in ㅕ with ㅆ gains the syllable with ㅣ and 였 or 었. Each also
    /// gains its honorific past, contracted and not: a report of the leader's words writes
    /// 지적하시였다, 하시였다 (North Korean) or 지적하셨다 (시+었 → 셨).
    static func withFullPastForms(_ rows: [(stem: String, language: String)]) -> [(stem: String, language: String)] {
        var result = rows
        var seen = Set(rows.map(\.stem))
        for row in rows where row.language == "ko" {
            guard let past = pastContraction(row.stem) else { continue }
            let forms = past.isHae ? ["하였", "하셨", "하시였", "하시었"].map { past.head + $0 }
                : ["였", "었", "셨", "시였", "시었"].map { past.head + Jamo.syllable(lead: past.lead, vowel: 20) + $0 }
            for form in forms where seen.insert(form).inserted { result.append((form, row.language)) }
        }
        return result
    }

    /// The past adnominal forms of the Korean past stems among `rows` (the list's contracted
    /// stems, before ``withFullPastForms(_:)``), and their honorific ones: 했 becomes 한 and 하신
    /// (말했 → 말한, 말하신), a syllable of ㅕ with ㅆ the syllable of ㅣ with ㄴ and with 신 after
    /// it (밝혔 → 밝힌, 밝히신; 덧붙였 → 덧붙인). (한글 맞춤법 제34항: 하+였 → 했; the adnominal
    /// ending -(으)ㄴ after a stem ending in a vowel is ㄴ.)
    static func adnominalPasts(_ rows: [(stem: String, language: String)]) -> Set<String> {
        var result = Set<String>()
        for row in rows where row.language == "ko" {
            guard let past = pastContraction(row.stem) else { continue }
            result.formUnion(past.isHae ? [past.head + "한", past.head + "하신"]
                : [past.head + Jamo.syllable(lead: past.lead, vowel: 20, tail: 4), past.head + Jamo.syllable(lead: past.lead, vowel: 20) + "신"])
        }
        return result
    }

    /// A past stem whose last syllable is one of the two contractions the lists write: 했 (하+였:
    /// ㅎ, ㅐ, ㅆ) or a syllable of ㅕ with ㅆ (혔, 렸, 였: ㅣ+었); the stem before it and that
    /// syllable's first letter. Nil for any other stem.
    private static func pastContraction(_ stem: String) -> (head: String, lead: Int, isHae: Bool)? {
        guard let last = stem.unicodeScalars.last, let (lead, vowel, tail) = Jamo.indices(last), tail == 20 else { return nil }
        let head = String(String.UnicodeScalarView(stem.unicodeScalars.dropLast()))
        if lead == 18 && vowel == 1 { return (head, lead, true) }
        if vowel == 6 { return (head, lead, false) }
        return nil
    }

    /// Creates an extractor; the glossary (optional) resolves speakers to names.
    public init(glossary: Glossary?) throws {
        var configuration = NormalizerConfiguration()
        configuration.lineBreaks = .toSpace
        normalizer = try Normalizer(configuration: configuration)
        matcherBox = try glossary.map { MatcherBox(try TermMatcher(glossary: $0)) }
        speakerFilter = matcherBox?.matcher.filter(kinds: Self.speakerKinds)
        let verbRows = try ResourceFile.rows("data/reporting-verbs.tsv", minimumColumns: 2).map { (stem: $0.fields[0], language: $0.fields[1]) }
        verbs = Self.withFullPastForms(verbRows)
            .sorted { $0.stem.count > $1.stem.count }
        verbStems = verbs.map { (Array($0.stem.unicodeScalars), $0.stem.count) }
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for (v, stem) in verbStems.enumerated() {
            guard let first = stem.scalars.first else {
                throw ResourceError(file: "data/reporting-verbs.tsv", line: nil, message: "a reporting verb with an empty stem")
            }
            byFirst[first, default: []].append(v)
        }
        verbsByFirstScalar = byFirst
        var nouns: [String: String] = [:]
        for row in try ResourceFile.rows("data/speaker-nouns.tsv", minimumColumns: 2) {
            // A noun ending another must name the same kind of speaker (통신 and 중앙통신).
            for (noun, kind) in nouns where kind != row.fields[1] && (noun.unicodeScalars.reversed().starts(with: row.fields[0].unicodeScalars.reversed()) || row.fields[0].unicodeScalars.reversed().starts(with: noun.unicodeScalars.reversed())) {
                throw ResourceError(file: "data/speaker-nouns.tsv", line: row.line, message: "'\(row.fields[0])' (\(row.fields[1])) and '\(noun)' (\(kind)) end one another but name different kinds of speaker")
            }
            nouns[row.fields[0]] = row.fields[1]
        }
        speakerNouns = nouns
        namingNouns = try ResourceFile.rows("data/naming-nouns.tsv", minimumColumns: 1).map { $0.fields[0] }
        framingAdverbs = Set(try ResourceFile.rows("data/framing-adverbs.tsv", minimumColumns: 1).map { $0.fields[0] })
        addresseeNouns = Set(try ResourceFile.rows("data/addressee-nouns.tsv", minimumColumns: 2).map { $0.fields[0] })
        occasionNouns = NounEndings(try ResourceFile.rows("data/occasion-nouns.tsv", minimumColumns: 2).map { Array($0.fields[0].unicodeScalars) })
        citingVerbs = Set(try ResourceFile.rows("data/citing-verbs.tsv", minimumColumns: 2).map { $0.fields[0] })
        judgingVerbs = Self.withFullPastForms(try ResourceFile.rows("data/judging-verbs.tsv", minimumColumns: 2).map { ($0.fields[0], "ko") })
            .map { Array($0.stem.unicodeScalars) }
        adnominalVerbs = Self.adnominalPasts(verbRows)
        hearsayVerbs = Self.withFullPastForms(try ResourceFile.rows("data/hearsay-verbs.tsv", minimumColumns: 2).map { ($0.fields[0], "ko") })
            .map { Array($0.stem.unicodeScalars) }
        var byLast: [Unicode.Scalar: [(scalars: [Unicode.Scalar], kind: String)]] = [:]
        for (noun, kind) in nouns.sorted(by: { $0.key < $1.key }) {
            guard let last = noun.unicodeScalars.last else { continue }
            byLast[last, default: []].append((Array(noun.unicodeScalars), kind))
        }
        speakerNounsByLast = byLast
        statementNouns = NounEndings(nouns.filter { $0.value == "statement" }.map { Array($0.key.unicodeScalars) })
        splitter = try ClauseSplitter()
        // Markers of two bytes or more (a single letter would mark too much).
        let markers = try ResourceFile.rows("data/related-content.tsv", minimumColumns: 2).map { Array($0.fields[0].utf8) }.filter { $0.count > 1 }
        relatedMarkers = markers
        relatedFirstBytes = (0..<256).map { byte in markers.contains { $0[0] == UInt8(byte) } }
        englishVerbs = Self.englishReportingVerbs(verbs)
        englishSurnames = Self.surnameIndex(glossary)
    }

    /// Starts a new document.
    ///
    /// A *source* document (`align --source`: the original text, a speech or a statement as its
    /// speaker's outlet published it) also gives every sentence of its body that holds no
    /// quotation, as a quotation of kind ``Quotation/Kind/sentence``: what other reports quote
    /// may stand there without marks. Lines with markup give no sentences.
    public func begin(document name: String, source: Bool = false) {
        document = name
        isSource = source
        quotations = []
        inFrontMatter = false
        mentioned = []
        peopleByInitial = [:]
        quotedMentionsOfLine = []
        personDescriptors = [:]
        lastSpeaker = nil
        lastReportedSpeechLine = nil
        statementSpeaker = nil
        headedStatement = nil
        statementFromHeading = false
        announcedSpeaker = nil
        announcedWordsSpeaker = nil
        announcedIsWritten = false
        statementAuthor = nil
        documentDate = nil
        inRelatedContent = false
    }

    /// Reads one line of the current document.
    public func add(_ line: LineReader.Line) {
        // The line with its blank ends trimmed, made only where it is read: front matter, and the
        // lines a date may stand in.
        let trimmed = line.number == 1 || inFrontMatter || (documentDate == nil && line.number <= 10) ? Self.trimming(line.text, \.isBlank) : ""
        if line.number == 1 && trimmed == "---" { inFrontMatter = true; return }
        if inFrontMatter && trimmed == "---" { inFrontMatter = false; return }
        var context: Quotation.Context = inFrontMatter ? .frontMatter : .body
        // A heading tag in the trimmed line is one in the line; only a tag the line's blank end
        // completes (`<h1 ` at its end) is not, so the trimmed line is made to confirm one.
        let isHeading = !inFrontMatter && Self.hasHeadingTag(line.text) && Self.hasHeadingTag(Self.trimming(line.text, \.isBlank))
        if isHeading { context = .heading }
        // Other articles from a marker on (``relatedMarkers``): the rest of the line after it,
        // and every line after that one.
        var relatedFrom = Int.max
        if !inFrontMatter {
            if inRelatedContent {
                context = .related
                relatedFrom = 0
            } else if let marker = relatedMarkerOffset(in: line.text) {
                relatedFrom = marker
                inRelatedContent = true
                if marker == 0 { context = .related }
            }
        }
        // In front matter, quotes around a whole value are YAML syntax (image: '/a.jpg').
        if inFrontMatter, Self.firstMatch(Self.yamlQuotedValue, in: trimmed) != nil {
            if !trimmed.hasPrefix("title:") { return }
        }
        // The document's date: front matter's `date:`, else the first full date in its first
        // ten lines (a dateline: 2024. 11. 30., 2024-11-30, 2024년 11월 30일).
        if inFrontMatter && trimmed.hasPrefix("date:") {
            documentDate = Self.isoDate(in: trimmed) ?? documentDate
        } else if documentDate == nil && line.number <= 10 {
            documentDate = Self.isoDate(in: trimmed)
        }
        let isTitleField = inFrontMatter && trimmed.hasPrefix("title:")
        // (The normalized string itself is never read here: only its scalars, map and marks.)
        let (result, original, normalizedScalars) = normalizer.normalizeKeepingScalars(line.text, makingString: false)
        // Markup is masked with spaces (same length) for the clause and speaker analysis.
        let tags = Self.markupTags(in: normalizedScalars)
        let text = Self.maskingMarkup(normalizedScalars, tags: tags)
        let quotedSpans = Self.quotedSpans(result.quoteMarks)
        noteMentions(in: normalizedScalars, outside: quotedSpans)
        noteStatementAuthor(in: text)
        // Read only where it decides something: a line with quotation marks, unmarked speech, or
        // a source's sentences (most lines have none of these).
        // A heading among other articles is a title all the same.
        lazy var titleLike = isTitleField || isHeading || isTitleLike(normalizedScalars, tags: tags)

        // Mark index -> its quotation's index (nil: the mark opened none). An array, not a
        // dictionary: a line of a million marks hashed a million keys and resized the table.
        var found = [Int?](repeating: nil, count: result.quoteMarks.count)
        let firstOfLine = quotations.count
        let marks = result.quoteMarks
        // An unbalanced opening mark's quotation ends at the next unbalanced mark, or the line's
        // end: such spans never overlap, so their text stays linear in the line.
        var nextUnbalanced = [Int](repeating: Int.max, count: marks.count)
        var following = Int.max
        for index in marks.indices.reversed() {
            nextUnbalanced[index] = following
            if marks[index].partner == nil { following = index }
        }
        // Depth among quotations: an opening mark never closed in its line stays on the pairing
        // stack below everything after it, so it would push every later quotation of the line one
        // level deeper (a long line of joined paragraphs, each with one unclosed mark, would lose
        // all its quotations past the eighth such mark). It counts for nothing after it.
        var depths = [Int](repeating: 0, count: marks.count)
        var unclosedBefore = 0
        for (index, mark) in marks.enumerated() {
            depths[index] = mark.depth - unclosedBefore
            if mark.role == .open && mark.partner == nil { unclosedBefore += 1 }
        }
        for (index, mark) in marks.enumerated() where (mark.role == .open || mark.partner == nil) && depths[index] < Self.maximumDepth {
            var (startOriginal, endOriginal, startNormalized, endNormalized): (Int, Int, Int, Int)
            var kind: Quotation.Kind
            var markText = mark.original
            if mark.role == .open, let partner = mark.partner {
                let close = marks[partner]
                startOriginal = mark.originalOffset + 1
                endOriginal = close.originalOffset
                startNormalized = mark.normalizedOffset + 1
                endNormalized = close.normalizedOffset
                // An opening mark typed with a space after it (" 한국 당국자들이 …"): the
                // quotation starts at its first word.
                while startOriginal < endOriginal && original[startOriginal].isWhiteSpace { startOriginal += 1 }
                while startNormalized < endNormalized && text[startNormalized].isWhiteSpace { startNormalized += 1 }
                markText += close.original
                kind = .direct
            } else if mark.role == .open {
                // Unbalanced opening mark: the quotation runs to the end of its line (or the next
                // unbalanced mark), no further.
                startOriginal = mark.originalOffset + 1
                startNormalized = mark.normalizedOffset + 1
                if nextUnbalanced[index] != Int.max {
                    endOriginal = marks[nextUnbalanced[index]].originalOffset
                    endNormalized = marks[nextUnbalanced[index]].normalizedOffset
                } else {
                    endOriginal = original.count
                    endNormalized = text.count
                }
                kind = .unbalanced
            } else {
                startOriginal = mark.originalOffset
                endOriginal = mark.originalOffset
                startNormalized = mark.normalizedOffset
                endNormalized = mark.normalizedOffset
                kind = .unbalanced
            }
            let content = String(scalars: Array(original[startOriginal..<max(startOriginal, endOriginal)]))
            var quotation = Quotation(
                document: document, start: line.scalarOffset + startOriginal, end: line.scalarOffset + max(startOriginal, endOriginal),
                line: line.number, text: content, normalized: String(scalars: Array(text[startNormalized..<max(startNormalized, endNormalized)])),
                marks: markText, depth: depths[index], parent: nil, kind: kind, clause: nil, verb: nil, speaker: nil, speakerText: nil,
                speakerEntry: nil, language: language(of: content), occurrences: [])
            var namesAPiece = false
            if kind != .unbalanced {
                let (clause, verb, quotative, particle) = reportingClause(text[(endNormalized + 1)..<min(text.count, endNormalized + 1 + Self.contextWindow)])
                quotation.clause = clause
                quotation.verb = verb
                // '…'이라는 제목의 기사에서, 《…》라는 제목의 담화를 발표하였다: the title of a
                // piece, its author's words, and no speech that would keep the sentence from being
                // read for reported speech.
                namesAPiece = quotative && Self.titlesAPiece(text[(endNormalized + 1)..<min(text.count, endNormalized + 1 + Self.contextWindow)])
                if namesAPiece {
                    kind = .title
                } else if quotative {
                    kind = .direct
                } else if QuoteMark.Style.titleStyles.contains(mark.style) {
                    kind = .title
                } else if titleLike {
                    kind = .headline
                } else if particle || mark.style.isSingle || verb == nil {
                    kind = .partial
                }
                quotation.kind = kind
            }
            if kind == .direct || kind == .headline || (kind == .partial && (quotation.verb != nil || quotation.language == .english)) || namesAPiece {
                assignSpeaker(&quotation, text: text, open: startNormalized - 1, close: endNormalized, quoted: quotedSpans)
            }
            quotation.occurrences = [Quotation.Occurrence(start: quotation.start, end: quotation.end, line: line.number,
                                                          context: startOriginal >= relatedFrom ? .related : context)]
            found[index] = quotations.count
            quotations.append(quotation)
        }
        // Parents: the nearest enclosing open mark (the last open mark seen at each depth).
        var openAtDepth: [Int] = []
        for (index, mark) in marks.enumerated() where mark.role == .open {
            let depth = depths[index]
            if openAtDepth.count > depth { openAtDepth.removeSubrange(depth...) }
            if depth > 0, depth == openAtDepth.count, let child = found[index], let parent = found[openAtDepth[depth - 1]] {
                quotations[child].parent = parent
            }
            if depth == openAtDepth.count { openAtDepth.append(index) }
        }
        // The line's quotations so far, as ranges of its normalized text (read when asked: each
        // kind of unmarked speech below sees those found before it).
        func quotedSoFar(speechOnly: Bool = false) -> [Range<Int>] {
            quotations[firstOfLine...].filter { !speechOnly || ($0.kind != .title && $0.kind != .partial) }
                .map { result.normalizedRange(forOriginal: ($0.start - line.scalarOffset)..<($0.end - line.scalarOffset)) }
        }
        // A statement printed without marks after the sentence announcing it (습근평은 다음과 같이
        // 강조했다. 김정은 위원장이 …): in the rest of that line, or in the line after an
        // announcement that ends its own. Read before reported speech, so that a sentence of it
        // ending in …고 확신한다 stays one of the announced speaker's.
        // (Titles and phrases in marks are part of such text: 《통일》은 …이다.)
        let blank = text.allSatisfy(\.isWhiteSpace)
        let wordsOnly = quotations[firstOfLine...].allSatisfy { $0.kind == .title || $0.kind == .partial }
        var announcedWordsRunOn = false
        // (A quotation standing alone on the line after the announcement is read below.)
        let quotationAlone = announcedSpeaker != nil && (quotations[firstOfLine...].first.map { Self.standsAlone($0, in: line) } ?? false)
        // A line that reports speech of a speaker it names first (로씨야의 따쓰통신은 다음과 같이
        // 전하였다. ¶ 조선외무성 대변인은 …고 언급하였다) is that speaker's reported speech.
        if announcedSpeaker != nil, !blank, !Self.indirectQuotatives(in: text).isEmpty, opensWithSpeaker(text) { announcedSpeaker = nil }
        if !isSource, context == .body, !titleLike, wordsOnly, !blank, !(announcedSpeaker != nil && quotationAlone) {
            if let speaker = announcedSpeaker ?? announcedWordsRunning(on: line, text: text), statementSpeaker == nil, Self.language(of: text) == .korean {
                let runsOn = announcedSpeaker == nil || announcedIsWritten
                announcedSpeaker = nil
                addStatementSentences(of: line, original: original, result: result, text: text, quoted: quotedSoFar(speechOnly: true), speaker: speaker)
                if runsOn {
                    announcedWordsSpeaker = speaker
                    announcedWordsRunOn = true
                }
            } else if Self.mentionsTheFollowing(text), let (after, speaker) = announcementWithin(text) {
                addStatementSentences(of: line, original: original, result: result, text: text, quoted: quotedSoFar(speechOnly: true), speaker: speaker, from: after)
            }
        }
        if !blank && !announcedWordsRunOn { announcedWordsSpeaker = nil }
        // The line's quotations in marks that more reported speech may stand beside (…것이라며
        // “…”라고 말했다; “…”며 …고 강조했다; "…, adding: “…”"), with their speakers.
        func beside(_ keep: (Quotation) -> Bool) -> [DirectQuotation] {
            quotations[firstOfLine...].filter { $0.depth == 0 && keep($0) }.map { q in
                DirectQuotation(range: result.normalizedRange(forOriginal: (q.start - line.scalarOffset)..<(q.end - line.scalarOffset)),
                                speaker: q.speakerText.map { ($0, q.speaker, q.speakerEntry) })
            }
        }
        // Reported speech among other articles is kept too, as theirs (like their quotations).
        if context == .body || context == .related, case let quotatives = Self.indirectQuotatives(in: text), !quotatives.isEmpty, !titleLike {
            // A title or a phrase in marks inside the sentence (《로동신문》은 …, ‘변함없는 지지’를
            // 보낸다고 …) leaves it reported speech; a quotation of speech does not.
            addIndirect(line: line, original: original, result: result, text: text, quoted: quotedSoFar(speechOnly: true),
                        quotatives: quotatives, beside: beside { $0.kind == .direct && $0.language == .korean }, relatedFrom: relatedFrom)
        }
        if context == .body || context == .related, !titleLike, Self.mayReportInEnglish(text) {
            // (Unlike Korean, a sentence holding a phrase in marks is not read as reported speech:
            // the clause would hold the phrase, and the phrase, a quotation of the same report,
            // could then join no cluster the clause joined — on the Kim–Xi set, recall 0.757 →
            // 0.676, thirty-fifth session.)
            addEnglishIndirect(line: line, original: original, result: result, text: text,
                               quoted: quotedSoFar(), beside: beside { $0.language == .english },
                               relatedFrom: relatedFrom)
        }
        // A statement under its heading, as KCNA's pages print it: its text starts at the first
        // line of text after the heading, unless that line is a report's (it names a speaker
        // as its subject, 김 부부장은 …, or reports speech, …고 밝혔다: a paper's article under
        // a heading naming the statement).
        if headedStatement != nil, line.number - headedStatementLine > Self.headingReach { headedStatement = nil }
        if !isSource, context == .body, let headed = headedStatement, !blank, !titleLike {
            headedStatement = nil
            if !opensWithSpeaker(text) && Self.indirectQuotatives(in: text).isEmpty && !Self.closesStatement(Self.trimming(line.text, \.isBlank))
                && !Self.names(headed, in: text) {
                statementSpeaker = headed
                statementFromHeading = true
            }
        }
        // A statement under a heading never names its own author: a line that does is a
        // report's again (…김 부부장은 이어 …).
        if statementFromHeading, let speaker = statementSpeaker, !blank, Self.names(speaker, in: text) {
            statementSpeaker = nil
        }
        // A statement printed whole: its sentences from the line after the one introducing it.
        if !isSource, context == .body, let speaker = statementSpeaker {
            if Self.closesStatement(Self.trimming(line.text, \.isBlank)) {
                statementSpeaker = nil
            } else if titleLike, let heading = statementHeading(text) {
                // The next statement's heading.
                statementSpeaker = nil
                headedStatement = heading
                headedStatementLine = line.number
            } else if !titleLike || Self.endsWithEndMark(text) {
                addStatementSentences(of: line, original: original, result: result, text: text,
                                      quoted: quotedSoFar(),
                                      speaker: speaker, language: Self.language(of: text), wordsInMarks: true)
                // The wire's end mark after the last sentence (…in the future. -0-; …것이다.(끝)).
                if Self.endsWithEndMark(text) { statementSpeaker = nil }
            }
        } else if !isSource, context == .body, Self.mentionsTheFollowing(text), !titleLike, Self.introducesStatement(line.text) {
            let sentence = String(scalars: text)
            if let found = subject(in: sentence, last: false) { statementSpeaker = (found.name, found.text, found.entry); statementFromHeading = false }
        } else if !isSource, context == .body || context == .heading, titleLike, quotations.count == firstOfLine, let heading = statementHeading(text) {
            headedStatement = heading
            headedStatementLine = line.number
        } else if !isSource, context == .body, !titleLike, quotations.count == firstOfLine, let found = englishStatementSpeaker(line.text) {
            // KCNA's English: …released the following statement on Saturday: (the text after).
            statementSpeaker = found
            statementFromHeading = false
        } else if !isSource, context == .body, !titleLike, let (speaker, from) = transcriptSpeaker(text) {
            // A transcript's line (Vladimir Putin: …; [김정은/북한 국무위원장 (어제) : …]): the
            // words after the label are the speaker's, sentence by sentence.
            // (The label becomes spaces, offsets kept: the first sentence starts after it.)
            var words = text
            for k in 0..<from { words[k] = " " }
            var end = words.count
            while end > from && (words[end - 1].isWhiteSpace || words[end - 1] == "]") { end -= 1 }
            addStatementSentences(of: line, original: original, result: result, text: Array(words[..<end]), quoted: quotedSoFar(speechOnly: true),
                                  speaker: (speaker.name, speaker.text, speaker.entry), language: Self.language(of: Array(words[from..<end])))
        }
        if isSource && context == .body && !titleLike && tags.isEmpty {
            addSentences(of: line, original: original, quoted: quotations[firstOfLine...].filter { $0.kind != .unbalanced }.map { ($0.start - line.scalarOffset)..<($0.end - line.scalarOffset) })
        }
        // A quotation standing alone on the line after one announcing it is the announced
        // speaker's words, not a title.
        if context == .body, !text.allSatisfy(\.isWhiteSpace) {
            if let speaker = announcedSpeaker {
                announcedSpeaker = nil
                let first = quotations.indices.dropFirst(firstOfLine).first { quotations[$0].depth == 0 && [.title, .headline, .partial].contains(quotations[$0].kind) }
                if let q = first, Self.standsAlone(quotations[q], in: line) {
                    quotations[q].kind = .direct
                    (quotations[q].speaker, quotations[q].speakerText, quotations[q].speakerEntry) = (speaker.name, speaker.text, speaker.entry)
                }
            } else if quotations[firstOfLine...].allSatisfy({ [.title, .partial, .indirect].contains($0.kind) }), Self.announcesQuotation(text, verbs: verbs) {
                if let found = subject(in: String(scalars: text), last: false) {
                    announcedSpeaker = (found.name, found.text, found.entry)
                    announcedIsWritten = statementNounLength(endingWith: found.text.unicodeScalars) != nil || Self.answersAQuestion(text)
                }
            }
        }
        // A chain “A”며 “B”고 말했다: A's verb is B's.
        var next: Int? = nil
        for index in marks.indices.reversed() {
            guard let q = found[index], quotations[q].kind == .direct else { continue }
            if quotations[q].verb.map({ $0 == "하면서" || Self.chainingVerbs.contains($0) }) ?? true, let n = next {
                quotations[q].verb = quotations[n].verb
                if quotations[q].speaker == nil { (quotations[q].speaker, quotations[q].speakerText, quotations[q].speakerEntry) = (quotations[n].speaker, quotations[n].speakerText, quotations[n].speakerEntry) }
            }
            next = q
        }
    }

    /// The quotations of a whole document held in memory (offsets into `text`); `source: true`
    /// adds every sentence holding no quotation as a member of kind `sentence`, as
    /// `align --source` does.
    public func quotations(in text: String, document: String, source: Bool = false) -> [Quotation] {
        begin(document: document, source: source)
        for line in LineReader.Line.lines(of: text) { add(line) }
        return finish()
    }

    /// The document's quotations; repeats are merged into one with several occurrences.
    public func finish() -> [Quotation] {
        var merged: [Quotation] = []
        var byKey: [RepeatKey: Int] = [:]
        var remap = [Int](repeating: 0, count: quotations.count) // quotation -> its merged index
        for (index, quotation) in quotations.enumerated() {
            let key = RepeatKey(depth: quotation.depth, letters: Self.lettersAndDigits(quotation.normalized))
            if quotation.kind != .unbalanced, quotation.normalized.unicodeScalars.count > 1, let first = byKey[key] {
                merged[first].occurrences += quotation.occurrences
                if merged[first].speaker == nil { merged[first].speaker = quotation.speaker; merged[first].speakerText = quotation.speakerText; merged[first].speakerEntry = quotation.speakerEntry }
                if merged[first].verb == nil { merged[first].verb = quotation.verb; merged[first].clause = quotation.clause }
                remap[index] = first
                continue
            }
            remap[index] = merged.count
            byKey[key] = merged.count
            merged.append(quotation)
        }
        for index in merged.indices {
            merged[index].parent = merged[index].parent.map { remap[$0] }
            merged[index].date = documentDate
        }
        return merged
    }

    /// What identifies a repeated quotation: its depth and its letters and digits. Hashed as
    /// bytes: a string key is normalized as it is hashed, which for Korean text cost more than
    /// the rest of the merge.
    struct RepeatKey: Hashable {
        var depth: Int
        /// UTF-8 of the letters and digits (``lettersAndDigits(_:)``).
        var letters: [UInt8]

        func hash(into hasher: inout Hasher) {
            hasher.combine(depth)
            letters.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The letters and digits of a text, in order, as UTF-8 (what identifies a repeated
    /// quotation): ASCII read by its bytes, other scalars by their properties.
    static func lettersAndDigits(_ text: String) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { kept.append(byte) }
            } else if TermMatcher.isHangul(scalar) || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                UTF8.encode(scalar) { kept.append($0) }
            }
        }
        return kept
    }


    /// Quotations nested deeper than this are part of their parent's text, not quotations of
    /// their own: real text nests two or three deep, and each level repeats the text inside it.
    public static let maximumDepth = 8
    /// How far (in scalars) the reporting clause and the speaker are looked for before and after
    /// a quotation.
    static let contextWindow = 400
    /// How many of the latest glossary mentions a speaker look-up searches.
    static let recentMentions = 512

    static let punctuation = Set(",.·()[]“”‘’".unicodeScalars)


    // MARK: - Patterns, compiled once

    // `String.range(of:options: .regularExpression)` compiles its pattern on every call (a
    // sixth of `quotes`' time); these are compiled once. The same ICU engine and options. The
    // patterns read once per line or quotation are scans instead (`QuotePatterns.swift`).
    private static let yamlQuotedValue = try? NSRegularExpression(pattern: #"^[A-Za-z_][\w-]*:\s*(['"]).*\1$"#)
    static let fullDate = try? NSRegularExpression(pattern: #"(19|20)\d{2}\s*(년|[.\-/])\s*\d{1,2}\s*(월|[.\-/])\s*\d{1,2}"#)

    /// The first match of a compiled pattern in a string, as `range(of:options:)` gives it.
    static func firstMatch(_ regex: NSRegularExpression?, in text: String) -> Range<String.Index>? {
        guard let regex, let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range, in: text)
    }
}

/// A matcher held by reference, so that reading it copies one reference. Its matches are asked
/// through the box: read out of the box first, the matcher would be copied at every call (a
/// retain and a release of each of its arrays and tables).
final class MatcherBox: Sendable {
    let matcher: TermMatcher
    init(_ matcher: TermMatcher) { self.matcher = matcher }

    /// ``TermMatcher/matches(inNormalized:kinds:)``.
    func matches(inNormalized text: [Unicode.Scalar], kinds: Set<GlossaryEntry.Kind>) -> [TermMatcher.Match] {
        matcher.matches(inNormalized: text, kinds: kinds)
    }

    /// ``TermMatcher/matches(in:)``.
    func matches(in text: String) -> [TermMatcher.Match] { matcher.matches(in: text) }
}

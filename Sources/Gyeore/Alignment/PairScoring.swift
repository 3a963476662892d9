import Foundation

/// How two renderings score: one language by aligned stretches and rare features, two languages
/// (or a rewording) by the concepts their content words share.
extension QuoteAligner {
    /// Raw similarities put on the scale `--min-score` reads: on the development set, pairs of
    /// one statement and pairs of two separate ones divide best at a raw 0.35, in Korean, across
    /// languages and in English alike, which this makes 0.5.
    static func calibrated(_ raw: Double) -> Double { min(1, max(0, raw) / 0.7) }

    /// How many syllables (Korean) or content words (English) of a quotation are aligned in
    /// order: a statement is far shorter, and the cost of aligning two quotations grows with
    /// the product of their lengths (a scraped page quoted whole must not stall a run).
    public static let maximumTokens = 1_000

    /// How many members of each cluster two clusters are weighed by (average link) at most: the
    /// earliest by document and position. Clusters this size or smaller are weighed whole.
    static let weighedMembers = 24

    /// Clauses link only when they align nearly whole: a clause is short, and short stretches
    /// recur in other statements.
    static let partMinimumScore = 0.8

    /// The mean score a quotation needs against a second cluster to stand in it as well (the
    /// first needs ``Options/minimumScore``): on the planted benchmark a mean of 0.5 let
    /// quotations sharing one phrase with another statement into its cluster (precision 0.987 →
    /// 0.981 at 10,000 quotations). Measured in one run (`gyeore-bench align --labelled DIR`,
    /// `align --sizes 10000`): the development set 1.000 / 0.912 at 0.6, 0.7, 0.75 and 0.8 alike;
    /// the validation set's recall 0.676 at 0.6–0.75 against 0.640 at 0.8 (precision 1.000: a
    /// sentence rendering two statements joins the second's cluster, 인내심을 유지할 것이며 유관국과
    /// 마주 보고 …); the planted benchmark 11,309 pairs, precision 0.980 at 0.6, 11,265 and 0.984
    /// at 0.7, 11,253 and 0.985 at 0.75, 11,249 and 0.985 at 0.8. Chosen on the validation set,
    /// which for this constant is no longer blind.
    static let secondClusterMeanScore = 0.75

    /// The score of a pair in one language whose shorter rendering stands nearly verbatim inside
    /// the longer: enough for a whole sentence to join the cluster of a part quoted alone.
    static let verbatimScore = 0.95

    /// How much longer than a rendering the stretch of another it aligns inside may be, as a
    /// share of its length (the stretch is at most 1.75 times as long). A reporter who condenses
    /// a sentence drops a phrase from its middle (대표단 파견을 포함해 필요한 조치를 취할 용의가
    /// 있다 → 대표단을 파견할 용의가 있다), and in Korean that phrase is often more than half as
    /// long as what is kept. Measured in one run (`gyeore-bench align --labelled
    /// Tests/Fixtures/alignment-dev`, `--labelled Tests/Fixtures/alignment-validation` and
    /// `align --sizes 10000`): at 0.5 the development set's recall was 0.887, at 0.75 and at 1.0
    /// 0.908 (precision 0.996 all three); the validation set's 0.631, 0.640 and 0.649 (precision
    /// 0.986); the planted benchmark's precision 0.985, 0.984 and 0.983.
    static let fragmentSlack = 0.75

    /// The in-order share of its content words an English fragment (under
    /// ``rewordingLengthRatio`` of the other rendering's length) must find to score in full; below
    /// it the score shrinks in proportion. An outlet quoting part of a statement in English copies
    /// the translation it read; a second translator rewords the whole statement, not a part. A
    /// fragment sharing only a statement's recurring names and phrases ("Nevertheless, the south
    /// Korean authorities did not check the rash act of the human scums" against another sentence
    /// about the south Korean authorities and the human scum: 6 of 10 words) is another statement:
    /// it scored 0.718 against that sentence, above the sentence's other translation (0.588), and
    /// agglomeration joined it first; it scores 0.574 now.
    /// Measured in one run (`gyeore-bench align --labelled Tests/Fixtures/alignment-dev`, with
    /// ellipses dividing clauses): without the rule precision 0.996, recall 0.908, one cluster of
    /// two statements; at 0.7 the same; at 0.75 and 0.8 precision 1.000, recall 0.912, none. The
    /// validation set (0.640) and the planted benchmark (precision 0.985 at 10,000) unchanged.
    static let englishFragmentContainment = 0.75

    /// What a pair's score is multiplied by when the two are attributed to different speakers
    /// (``speakersDiffer(_:_:)``): a pair of two people's words must then align nearly whole (a
    /// raw 0.83 to reach 0.5). At a summit both leaders speak of the same relationship on the same
    /// day. Measured in one run for 0.5, 0.6, 0.7 and 0.8 (`gyeore-bench align --labelled DIR` on
    /// the three sets): the development and validation sets did not change at any; the test set
    /// gave 0.939 / 0.507, 0.932 / 0.517, 0.924 / 0.517 and 0.924 / 0.517 (a sentence of Trump's
    /// against one of Kim's on the relationship, 0.84 before the damping, is left out from 0.6
    /// down; at 0.5 two renderings an outlet gave to the wrong speaker are too). Chosen on the
    /// test set, the only one it moves.
    static let differentSpeakers = 0.6

    /// The score at which two renderings count as worded the same: all that links quotations
    /// dated far apart, or one standing among other articles' headlines.
    static let sameWording = 0.95

    /// Two renderings in one language are compared by meaning only when the shorter has at least
    /// this share of the longer's content words.
    static let rewordingLengthRatio = 0.6

    /// Chance level of shared content words between two renderings in one language.
    static let conceptChance = 0.15

    /// Chance level of in-order overlap: Korean syllables recur in any two sentences far more
    /// often than English content words do.
    static let chance: [String: Double] = ["ko": 0.4, "en": 0.15]

    /// Similarity of two quotations, 0–1. Same language: the share of the shorter rendering's
    /// syllables (Korean) or content words (English) that align, in order, inside one contiguous
    /// stretch of the longer one at most 1.75 times its length (`fragmentSlack`), above chance level; damped when the
    /// rare features they share are a small part of the shorter one, for very short renderings,
    /// and for different speakers; or the ``conceptScore(_:_:)`` when that is higher. Korean ↔
    /// English: the ``conceptScore(_:_:)``.
    public func score(_ a: borrowing Item, _ b: borrowing Item) -> Double {
        // Words reported without marks (or a source's sentence) and a quotation of one document
        // whose texts overlap are one rendering, not two: a phrase in marks inside a sentence
        // reported without them (…'완전한 견해 일치'를 보았다고 신문은 알렸다).
        if a.quotation.start < b.quotation.end, b.quotation.start < a.quotation.end, Self.unmarked(a.quotation) || Self.unmarked(b.quotation),
           a.quotation.document == b.quotation.document { return 0 }
        let (value, lexical) = a.language != b.language ? (a.language == "en" ? conceptScore(b, a) : conceptScore(a, b), 0) : sameLanguageScores(a, b)
        // Statements reported far apart in time are different ones unless worded the same; so
        // are other articles' headlines after a report (their date is not the document's, and
        // pages list stories of other events there). Worded the same means the words themselves
        // align: two short sentences sharing their concepts in other words ("will do all I can
        // to achieve good results", "make good results") are not, nor is a translation.
        guard lexical < Self.sameWording else { return value }
        if let x = a.quotation.date, let y = b.quotation.date {
            let days = Self.daysApart(x, y)
            if days > options.maximumDaysApart { return 0 }
            if days > options.maximumDaysApartForFragments, Self.isFragmentPair(a.conceptWords.count, b.conceptWords.count) { return 0 }
        }
        if a.quotation.isFromOtherArticles || b.quotation.isFromOtherArticles { return 0 }
        return value
    }

    /// Whether a quotation's text was read without marks: reported speech or a source's sentence.
    static func unmarked(_ quotation: Quotation) -> Bool { quotation.kind == .indirect || quotation.kind == .sentence }

    /// Days between two `YYYY-MM-DD` dates (0 when either cannot be read).
    static func daysApart(_ x: String, _ y: String) -> Int {
        // Days since a fixed epoch (civil-from-days inverse, proleptic Gregorian).
        func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
            let (yy, m, d) = (month <= 2 ? year - 1 : year, month, day)
            let era = yy / 400, yoe = yy - era * 400
            let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
            return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
        }
        func day(_ date: String) -> Int? {
            // Read at every pair scored: `YYYY-MM-DD` as ten bytes, without splitting or
            // allocating; anything else the general way.
            let utf8 = date.utf8
            if utf8.count == 10, let fixed = utf8.withContiguousStorageIfAvailable({ b -> Int? in
                func digits(_ range: Range<Int>) -> Int? {
                    var value = 0
                    for i in range {
                        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) else { return nil }
                        value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
                    }
                    return value
                }
                guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
                return days(y, m, d)
            }), let found = fixed {
                return found
            }
            let parts = date.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return days(parts[0], parts[1], parts[2])
        }
        guard let a = day(x), let b = day(y) else { return 0 }
        return abs(a - b)
    }

    func sameLanguageScore(_ a: borrowing Item, _ b: borrowing Item) -> Double { sameLanguageScores(a, b).score }

    /// ``sameLanguageScore(_:_:)``, with the lexical score it took before the concept score's
    /// second opinion: how far the words themselves align.
    func sameLanguageScores(_ a: borrowing Item, _ b: borrowing Item) -> (score: Double, lexical: Double) {
        // The shorter is aligned into the longer; between equals, the same one whichever comes
        // first: by their tokens, then (equal tokens: two renderings differing only in function
        // words or in what the tokens leave out) by their features and their texts.
        let aFirst = a.tokens.count != b.tokens.count ? a.tokens.count < b.tokens.count
            : a.tokens != b.tokens ? !b.tokens.lexicographicallyPrecedes(a.tokens)
            : a.sortedFeatures != b.sortedFeatures ? !b.sortedFeatures.lexicographicallyPrecedes(a.sortedFeatures)
            : !b.quotation.text.unicodeScalars.lexicographicallyPrecedes(a.quotation.text.unicodeScalars)
        // The two items are read in place, never copied (an item holds a dozen buffers).
        let n = aFirst ? a.tokens.count : b.tokens.count
        guard n >= 2, !(aFirst ? b.tokens.isEmpty : a.tokens.isEmpty) else { return (0, 0) }
        let slack = Int(Double(n) * Self.fragmentSlack)
        let aligned = aFirst ? WindowedLCS.best(a.tokens, in: b.tokens, slack: slack) : WindowedLCS.best(b.tokens, in: a.tokens, slack: slack)
        let containment = Double(aligned) / Double(n)
        let chance = Self.chance[a.language] ?? 0.3
        var similarity = max(0, (containment - chance) / (1 - chance))
        // An English fragment is quoted as the translation it was read in, nearly verbatim.
        if a.language == "en", Double(n) < Self.rewordingLengthRatio * Double(aFirst ? b.tokens.count : a.tokens.count), containment < Self.englishFragmentContainment {
            similarity *= containment / Self.englishFragmentContainment
        }
        // Rarity: the features both share, weighed, against the shorter one's (integer sums, so
        // the order they are met in changes nothing); shared ones found by merging sorted lists.
        func rareShare(_ short: [UInt64], _ long: [UInt64]) -> Double {
            var shared = Int64(0), all = Int64(0)
            var j = 0
            for feature in short {
                let w = weights[feature] ?? defaultWeight
                all += w
                while j < long.count && long[j] < feature { j += 1 }
                if j < long.count && long[j] == feature { shared += w }
            }
            return Double(shared) / max(1, Double(all))
        }
        let rare = aFirst ? rareShare(a.sortedFeatures, b.sortedFeatures) : rareShare(b.sortedFeatures, a.sortedFeatures)
        if rare < 0.5 { similarity *= rare / 0.5 }
        // Very short renderings match by chance: fewer than 10 syllables or 4 content words.
        let minimum = a.language == "en" ? 4 : 10
        if n < minimum { similarity *= Double(n) / Double(minimum) }
        let lexical = speakerWeighed(Self.calibrated(similarity), a.quotation, b.quotation)
        // Two translators, or two reporters, may say the same in other words (gravely /
        // seriously, 바란다 / 기대한다): the same evidence as across languages counts too.
        let score = lexical >= 1 ? lexical : max(lexical, conceptScore(a, b))
        // A negative rendering does not render one that negates nothing, however many of its
        // words that one holds (we will not give up nuclear weapons / … forcing other countries
        // to give up their nuclear weapons); a fragment may leave a negation out, so only the
        // shorter one's counts. Read only for pairs that would score.
        // Between two of the same length neither is a fragment of the other: a negation in
        // either alone parts them (historic … of completing our / not nuclear capabilities).
        if score > 0, a.tokens.count == b.tokens.count ? negatesAlone(a, b) || negatesAlone(b, a) : aFirst ? negatesAlone(a, b) : negatesAlone(b, a) { return (0, 0) }
        return (score, lexical)
    }

    /// Whether two renderings of `x` and `y` content words are a fragment and a longer one (the
    /// shorter has fewer than ``rewordingLengthRatio`` of the longer's words), not two of about
    /// the same extent.
    static func isFragmentPair(_ x: Int, _ y: Int) -> Bool {
        Double(min(x, y)) < rewordingLengthRatio * Double(max(x, y))
    }

    /// Whether `short` holds a word of negation and `long` none (``Item/negated``).
    func negatesAlone(_ short: borrowing Item, _ long: borrowing Item) -> Bool {
        short.negated && !long.negated
    }

    /// Similarity by meaning: the share of each side's content words (weighed by the rarity of
    /// their concepts, so Russia, DPRK or cooperation count little) that find a counterpart on the
    /// other side through the bilingual lexicon and the glossary; the lower of the two shares, and
    /// nothing unless three concepts other than names and titles are shared. This is the score of a Korean and an English
    /// rendering, and the second opinion on two renderings in one language.
    public func conceptScore(_ korean: borrowing Item, _ english: borrowing Item) -> Double {
        let across = korean.language != english.language
        // Across languages with the Hanja glosses; within one by the words' own concepts.
        let (koreanWords, englishWords) = across ? (korean.crossConcepts, english.crossConcepts) : (korean.concepts, english.concepts)
        let counts = (koreanWords.count, englishWords.count)
        // Within one language this is a second opinion on two renderings of the same extent in
        // other words; a fragment must find its words in one stretch of the longer rendering,
        // not gather them from all over it (``fragmentConceptScore(_:in:)``).
        if !across && Self.isFragmentPair(counts.0, counts.1) {
            return counts.0 <= counts.1 ? fragmentConceptScore(korean, in: english) : fragmentConceptScore(english, in: korean)
        }
        let (koreanConcepts, englishConcepts) = across ? (korean.crossConceptSet, english.crossConceptSet) : (korean.conceptSet, english.conceptSet)
        // Three shared concepts of the lexicon and glossary, or English words that find a
        // counterpart only through a Hanja gloss: a word met through its gloss counts once, and
        // not beside its own lexicon sense (다음 is next by the lexicon and by its gloss).
        let (fewer, more) = koreanConcepts.count <= englishConcepts.count ? (koreanConcepts, englishConcepts) : (englishConcepts, koreanConcepts)
        var shared = 0
        // People's names and titles say who, not what: they do not count towards the three.
        for concept in fewer where !BilingualLexicon.isGlossConcept(concept) && !lexicon.nameConcepts.contains(concept) && more.contains(concept) { shared += 1; if shared == 3 { break } }
        if shared < 3 {
            for word in englishWords where !word.isDisjoint(with: koreanConcepts) && word.allSatisfy({ BilingualLexicon.isGlossConcept($0) || !koreanConcepts.contains($0) }) {
                shared += 1
                if shared == 3 { break }
            }
        }
        guard shared >= 3 else { return 0 }
        // Across languages a word the lexicon does not know weighs as a word of middling rarity;
        // within one it weighs by its rarity, like every other.
        func weight(_ word: Set<UInt32>) -> Double {
            across && word.allSatisfy({ Self.isWordConcept($0) || BilingualLexicon.isGlossConcept($0) }) ? 1.0 : word.map { conceptWeights[UInt64($0)] ?? defaultConceptWeight }.max() ?? 1.0
        }
        func coverage(_ words: [Set<UInt32>], _ other: Set<UInt32>) -> Double {
            var matched = 0.0, total = 0.0
            for word in words {
                let w = weight(word)
                total += w
                if !word.isDisjoint(with: other) { matched += w }
            }
            return total == 0 ? 0 : matched / total
        }
        var score: Double
        if across && Self.isFragmentPair(counts.0, counts.1) {
            // A fragment in one language of a longer rendering in the other: its counterparts must
            // lie in one stretch of the longer rendering (in any order inside it: word order differs
            // between the languages), and that stretch must be mostly counterparts. The rest of the
            // longer rendering may hold other statements.
            let (short, long) = counts.0 < counts.1 ? (koreanWords, englishWords) : (englishWords, koreanWords)
            // A lexicon phrase (north-south relations) counts as the words it is made of.
            let sizes = (counts.0 < counts.1 ? korean.conceptWords : english.conceptWords).map { $0.split(separator: " ").count }
            score = Self.bestWindow(short: short, long: long, widest: Self.crossWindowWidth(short.count), narrowest: Self.crossWindowMinimum(short.count), sizes: sizes, weight: weight)
                ?? min(coverage(koreanWords, englishConcepts), coverage(englishWords, koreanConcepts))
        } else {
            // Two renderings of about the same extent: most content words on both sides find a
            // counterpart; the longer may say a little more (a translation adds words).
            let koreanCoverage = coverage(koreanWords, englishConcepts), englishCoverage = coverage(englishWords, koreanConcepts)
            let (shorter, longer) = counts.0 < counts.1 ? (koreanCoverage, englishCoverage)
                : counts.0 > counts.1 ? (englishCoverage, koreanCoverage)
                : (min(koreanCoverage, englishCoverage), max(koreanCoverage, englishCoverage)) // the same either way round
            let expected = Double(min(counts.0, counts.1)) / Double(max(1, max(counts.0, counts.1)))
            score = min(shorter, longer / max(0.2, expected) * 0.85)
        }
        // Two renderings in one language share some words by chance (the topic's vocabulary).
        if !across { score = max(0, (score - Self.conceptChance) / (1 - Self.conceptChance)) }
        return speakerWeighed(Self.calibrated(score), korean.quotation, english.quotation)
    }

    /// Similarity by meaning of a fragment and a longer rendering in the same language: the
    /// fragment's content words must find counterparts (the same concept: lexicon sense, glossary
    /// entry or stem) inside one contiguous window of the longer rendering's content words, at
    /// most ``fragmentWindowRatio`` times the fragment's length, and that window must be mostly
    /// counterparts. The score is the lower of the two shares, each weighed by rarity, above
    /// chance level, on the ``calibrated(_:)`` scale: a reporter who condenses a sentence (대표단
    /// 파견을 포함해 필요한 조치를 취할 용의가 있다 → 대표단을 파견할 용의가 있다) or drops its
    /// particles keeps its concepts in order and in one place; a fragment gathering its words from
    /// all over a longer statement finds no window.
    func fragmentConceptScore(_ short: borrowing Item, in long: borrowing Item) -> Double {
        let n = short.concepts.count
        guard n >= 3, n <= 64, !long.concepts.isEmpty else { return 0 }
        // Most pairs share fewer than three words: known before any window is weighed.
        var sharing = 0
        for word in short.concepts where !word.isDisjoint(with: long.conceptSet) {
            sharing += 1
            if sharing == 3 { break }
        }
        guard sharing == 3 else { return 0 }
        func weight(_ word: Set<UInt32>) -> Double { word.map { conceptWeights[UInt64($0)] ?? defaultConceptWeight }.max() ?? 1.0 }
        let widest = max(n + 2, Int((Double(n) * Self.fragmentWindowRatio).rounded(.up)))
        let best = Self.bestWindow(short: short.concepts, long: long.concepts, widest: widest, weight: weight) ?? 0
        let chance = short.isClause ? Self.clauseFragmentChance : Self.fragmentChance
        let score = max(0, (best - chance) / (1 - chance))
        return speakerWeighed(Self.calibrated(score), short.quotation, long.quotation)
    }

    /// The best window of `long`'s words (at most `widest` of them) for the words of `short`: the
    /// lower of the share of `short`'s words with a counterpart (a shared concept) inside the
    /// window and the share of the window's words that are counterparts, each weighed by
    /// `weight`, maximized over windows ending on a counterpart and holding counterparts of at
    /// least three words (a word of `short` counting as many as `sizes` gives: a lexicon phrase
    /// is several). Nil when `short` has more than 64 words (its words are kept as bits).
    static func bestWindow(short: [Set<UInt32>], long: [Set<UInt32>], widest: Int, narrowest: Int = 1, sizes: [Int]? = nil, weight: (Set<UInt32>) -> Double) -> Double? {
        guard short.count <= 64 else { return nil }
        // Which short words each concept stands for (a short rendering has a few dozen concepts).
        var conceptMasks: [(UInt32, UInt64)] = []
        for (i, word) in short.enumerated() {
            for concept in word {
                if let k = conceptMasks.firstIndex(where: { $0.0 == concept }) { conceptMasks[k].1 |= 1 << UInt64(i) } else { conceptMasks.append((concept, 1 << UInt64(i))) }
            }
        }
        let shortWeights = short.map(weight)
        let shortTotal = shortWeights.reduce(0, +)
        guard shortTotal > 0 else { return 0 }
        // Each word of the longer rendering: the short words it is a counterpart of, and its weight.
        var masks: [UInt64] = []
        var longWeights: [Double] = []
        masks.reserveCapacity(long.count)
        for word in long {
            var mask: UInt64 = 0
            for concept in word { for entry in conceptMasks where entry.0 == concept { mask |= entry.1 } }
            masks.append(mask)
            longWeights.append(weight(word))
        }
        var best = 0.0
        for start in masks.indices where masks[start] != 0 {
            var covered: UInt64 = 0
            var matchedInWindow = 0.0, windowTotal = 0.0
            for end in start..<min(masks.count, start + widest) {
                covered |= masks[end]
                windowTotal += longWeights[end]
                if masks[end] != 0 { matchedInWindow += longWeights[end] }
                // A window is judged where it ends on a counterpart.
                guard masks[end] != 0 || end - start + 1 == narrowest, end - start + 1 >= min(narrowest, masks.count - start), covered.nonzeroBitCount >= (sizes == nil ? 3 : 1) else { continue }
                var shortMatched = 0.0, matchedWords = 0
                var bits = covered
                while bits != 0 {
                    shortMatched += shortWeights[bits.trailingZeroBitCount]
                    matchedWords += sizes?[bits.trailingZeroBitCount] ?? 1
                    bits &= bits - 1
                }
                guard matchedWords >= 3 else { continue }
                best = max(best, min(shortMatched / shortTotal, matchedInWindow / windowTotal))
            }
        }
        return best
    }

    /// How many words of the longer rendering the counterparts of a rendering of `count` content
    /// words in the other language may spread over: word order differs between the languages,
    /// and a Korean clause and its English translation count their words differently.
    static func crossWindowWidth(_ count: Int) -> Int { max(count + 3, Int((Double(count) * Self.crossWindowRatio).rounded(.up))) }

    /// See ``crossWindowWidth(_:)``.
    static let crossWindowRatio = 1.5


    /// How few words of the longer rendering that stretch may have: about as many as the shorter
    /// rendering has (a Korean word and an English content word are of a size), so that three
    /// shared names in a row are not a translation of a longer sentence.
    static func crossWindowMinimum(_ count: Int) -> Int { max(3, Int(Double(count) * 0.75)) }

    /// How long a window of the longer rendering's content words a fragment may spread over, as
    /// a multiple of its own number of content words (at least two more words than it has).
    static let fragmentWindowRatio = 1.5

    /// Chance level of a fragment's concepts in a window of another rendering, above that of
    /// two whole renderings (``conceptChance``): a short fragment shares a phrase with other
    /// statements on the same topic more often than a whole rendering does. Measured in one run
    /// (`gyeore-bench align --labelled Tests/Fixtures/alignment-dev` and `align --sizes 10000`):
    /// at 0.15 the planted benchmark's precision fell to 0.956 (0.966 here) with no gain on the
    /// development set; at 0.3 the development set's recall fell from 0.915 to 0.898.
    static let fragmentChance = 0.25

    /// The chance level when the fragment is a clause of a longer quotation, cut by the
    /// ``ClauseSplitter`` rather than quoted by a reporter: its words must find counterparts
    /// nearly all. Measured in one run: at 0.25 the planted benchmark's precision at 10,000 was
    /// 0.966, at 0.6 and above 0.986; the development set's recall stayed 0.915 at every value
    /// from 0.25 to 0.9 (its clauses that link this way are covered whole).
    static let clauseFragmentChance = 0.6

    /// The content words of a rendering that nothing gives a counterpart in the other language:
    /// no lexicon row, glossary entry or Hanja gloss, only the word itself. What the lexicon's
    /// coverage misses (`gyeore-bench lexicon-gaps`).
    public func wordsWithoutCounterparts(_ item: Item) -> [String] {
        zip(item.conceptWords, item.crossConcepts).filter { $0.1.allSatisfy(Self.isWordConcept) }.map(\.0)
    }

    /// The content words (or lexicon phrases) of a rendering, the words concepts are read for.
    public func contentWords(_ item: Item) -> [String] { item.conceptWords }

    /// Which words of a Korean and an English rendering correspond: for each content word of
    /// the first, in order, a `translation` for every word of the second that shares one of its
    /// concepts (its glossary entry or lexicon sense), an `omission` when none does; then an
    /// `addition` for each content word of the second that nothing matched.
    ///
    /// Each word is given as the quotation writes it (조미, 조선반도 and Russia, not the converted
    /// 북미 and 한반도 or the lexicon's russia), with its range in the quotation's text.
    public func correspondences(_ first: Item, _ second: Item) -> [RenderingDiff] {
        var result: [RenderingDiff] = []
        var matched = Set<Int>()
        let (mine, theirs) = first.language != second.language ? (first.crossConcepts, second.crossConcepts) : (first.concepts, second.concepts)
        let (wordsA, wordsB) = (Self.writtenWords(first), Self.writtenWords(second))
        for index in first.conceptWords.indices {
            let partners = theirs.indices.filter { !theirs[$0].isDisjoint(with: mine[index]) }
            let a = wordsA[index]
            if partners.isEmpty {
                result.append(RenderingDiff(category: .omission, a: a.text, b: "", aRange: a.range))
            } else {
                for p in partners { result.append(RenderingDiff(category: .translation, a: a.text, b: wordsB[p].text, aRange: a.range, bRange: wordsB[p].range)) }
                matched.formUnion(partners)
            }
        }
        for index in second.conceptWords.indices where !matched.contains(index) {
            result.append(RenderingDiff(category: .addition, a: "", b: wordsB[index].text, bRange: wordsB[index].range))
        }
        return result
    }

    /// An item's content words as its quotation writes them, with their ranges; the compared
    /// form, without a range, for an item that has no ranges for them.
    static func writtenWords(_ item: Item) -> [(text: String, range: Range<Int>?)] {
        guard item.conceptRanges.count == item.conceptWords.count else { return item.conceptWords.map { ($0, nil) } }
        let scalars = Array(item.quotation.text.unicodeScalars)
        return zip(item.conceptWords, item.conceptRanges).map { word, range in
            guard range.upperBound <= scalars.count, !range.isEmpty else { return (word, nil) }
            return (String(scalars: scalars[range]), range)
        }
    }

    /// Whether a speaker named `text` (no glossary entry of its own) may be the glossary person
    /// `entry` (``SpeakerName/bears(_:language:)``).
    static func bearsName(_ entry: GlossaryEntry, _ text: String, language: Quotation.Language) -> Bool? {
        SpeakerName(entry).bears(text, language: language)
    }

    /// What speaker evidence needs of a glossary entry, read from it once per aligner
    /// (``speakerNames``), not once per pair scored.
    func speakerName(_ id: String) -> SpeakerName? {
        speakerNames[id] ?? glossary?.entry(id: id).map(SpeakerName.init)
    }

    /// `score` times ``differentSpeakers`` when the two quotations' speakers differ
    /// (``speakersDiffer(_:_:)``); the speakers are read only for a score above nothing.
    func speakerWeighed(_ score: Double, _ a: borrowing Quotation, _ b: borrowing Quotation) -> Double {
        score > 0 && speakersDiffer(a, b) ? score * Self.differentSpeakers : score
    }

    /// Whether the two quotations are attributed to different speakers: two different glossary
    /// people, or two speakers named differently when neither is in the glossary (크렘린궁
    /// 대변인, 박 교수). A missing speaker, a pronoun, or one named only one way is no evidence.
    func speakersDiffer(_ a: borrowing Quotation, _ b: borrowing Quotation) -> Bool {
        // Two glossary people. An outlet or an organization relays what a person said (Xinhua
        // said: "Kim said …"; 조선중앙통신은 …): no evidence either way.
        let people = (a.speakerEntry.flatMap(speakerName), b.speakerEntry.flatMap(speakerName))
        if let x = people.0, let y = people.1 { return x.kind == .person && y.kind == .person && a.speakerEntry != b.speakerEntry }
        // One who speaks for an organization (크렘린궁 대변인: the organization named with a
        // title after it) is a person, against a speaker the glossary does not hold (박 교수):
        // two different names are two people, as between two bare names below.
        func official(_ q: borrowing Quotation, _ name: SpeakerName?) -> Bool {
            guard let name, name.kind != .person, let text = q.speakerText else { return false }
            return !name.forms.contains(text)
        }
        if (official(a, people.0) && b.speakerEntry == nil) || (official(b, people.1) && a.speakerEntry == nil) {
            guard let x = a.speakerText, let y = b.speakerText, x != "그", y != "그", a.language == b.language else { return false }
            return x != y
        }
        if people.0.map({ $0.kind != .person }) ?? false || people.1.map({ $0.kind != .person }) ?? false { return false }
        if let x = a.speakerEntry, let y = b.speakerEntry { return x != y } // entries the glossary no longer holds
        // A glossary person on one side, a bare name on the other that is none of theirs (Xi
        // Jinping against "Kim said"; 김정은 against 최 외무상).
        // (Each way round in turn, the quotations read in place: an array of the two pairs
        // copied four quotations for every pair scored.)
        func namedAgainstBare(_ named: borrowing Quotation, _ other: borrowing Quotation) -> Bool? {
            guard let id = named.speakerEntry, other.speakerEntry == nil, let text = other.speakerText, let name = speakerName(id), name.kind == .person,
                  let bears = name.bears(text, language: other.language) else { return nil }
            return !bears
        }
        if let differ = namedAgainstBare(a, b) ?? namedAgainstBare(b, a) { return differ }
        guard a.speakerEntry == nil, b.speakerEntry == nil, let x = a.speakerText, let y = b.speakerText, x != "그", y != "그" else { return false }
        guard a.language == b.language else { return false }
        return x != y
    }
}


/// A glossary entry as speaker evidence sees it: its kind, the words of its English names, the
/// first letters of its Korean forms, and its forms.
struct SpeakerName: Sendable {
    var kind: GlossaryEntry.Kind
    /// Every word of the entry's English forms (Kim, Jong, Un).
    var englishWords: Set<String>
    /// The first scalar of each Korean form (김).
    var koreanInitials: Set<Unicode.Scalar>
    /// Every form, as written (크렘린궁, Kremlin): a speaker named by more words than these is one
    /// who speaks for the entry (크렘린궁 대변인).
    var forms: Set<String>

    init(_ entry: GlossaryEntry) {
        kind = entry.kind
        forms = Set(entry.forms.map(\.text))
        englishWords = Set(entry.forms.filter { $0.field == .en || $0.field == .enOther }.flatMap { $0.text.split { $0 == " " || $0 == "-" }.map(String.init) })
        koreanInitials = Set(entry.forms.filter(\.field.isKorean).compactMap { $0.text.unicodeScalars.first })
    }

    /// Whether a speaker named `text` (no glossary entry of its own) may be this person: in
    /// English, when each capitalized word of it is a word of one of the person's English names
    /// (Kim, Kim Jong Un); in Korean, when it is a surname and a title (김 위원장, 최 외무상) and
    /// the person's Korean names start with that surname. Nil when the text is no bare name (the
    /// ministry, 통일전선부 대변인): no evidence either way.
    func bears(_ text: String, language: Quotation.Language) -> Bool? {
        let words = text.split(separator: " ").map(String.init)
        if language == .english {
            guard !words.isEmpty, words.allSatisfy({ QuoteExtractor.isNameWord($0) }) else { return nil }
            return words.allSatisfy(englishWords.contains)
        }
        guard words.count == 2, words[0].unicodeScalars.count == 1, let surname = words[0].unicodeScalars.first, (0xAC00...0xD7A3).contains(surname.value) else { return nil }
        return koreanInitials.contains(surname)
    }
}

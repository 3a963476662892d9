import Foundation
import Gyeore

/// The rule tables of `Resources/`, loaded once.
struct OrthographyRules: Sendable {
    /// Rule 3: (lead, vowel) → new lead.
    var initialSound: [UInt32: [UInt32: Unicode.Scalar]] = [:]
    /// Rule 4: syllables becoming another after a vowel or ㄴ.
    var yeolYul: [Unicode.Scalar: Unicode.Scalar] = [:]
    /// Rule 6: ending (conjoining jamo) → replacement.
    var endings: [[Unicode.Scalar]: [Unicode.Scalar]] = [:]
    /// Rule 6 for endings of one tag only (EC, EF): tag → ending → replacement.
    var endingsOfTag: [String: [[Unicode.Scalar]: [Unicode.Scalar]]] = [:]
    /// Rule 7 word lists.
    var auxiliaryAfter: Set<String> = []
    /// Connective endings after which any verb is a word of its own (-고, -게, -지).
    var verbAfter: Set<String> = []
    /// Adverbs written apart from the verb after them (안, 못, 다).
    var adverbsBeforeVerb: Set<String> = []
    /// Adjective stems written apart from the noun before them (높: 영양가 높은).
    var adjectivesAfterNoun: Set<String> = []
    /// Sino-Korean noun suffixes after which 있다/없다 is a word of its own (성: 인내성 있는).
    var suffixesBeforeExistence: Set<String> = []
    /// Nouns written apart from a percent sign before them (이상: 40% 이상).
    var nounsAfterPercent: Set<String> = []
    /// The first syllables of ``nounsAfterPercent``: the signal filter's look after a percent sign.
    var nounsAfterPercentFirstScalars: Set<Unicode.Scalar> = []
    /// Dependent nouns written apart from the noun before them (측: 우리 측, 내: 기간 내).
    var dependentAfterNoun: Set<String> = []
    /// Adverbs and the nouns written apart after them, as "adverb noun" (더 이상).
    var adverbsBeforeNoun: Set<String> = []
    /// Adjective stems written apart from the determiner before them (같: 그 같은).
    var adjectivesAfterDeterminer: Set<String> = []
    /// Words whose adverb is written apart and the rest solid (다시한번 → 다시 한번, not 다시 한 번).
    var solidAfterAdverb: [String] = []
    /// The last two syllables of each of them (한번): the pairs worth composing the word for.
    var solidAfterAdverbEnds: Set<String> = []
    /// How the predicate after the dependent noun 지 'since' starts (오래다, 되다: 떠난 지 오래다).
    var predicatesAfterJi: [String] = []
    /// How the predicate after the dependent noun 데 'point, matter' starts (달리다: 하는 데 달려 있다).
    var predicatesAfterDe: [String] = []
    /// Pronouns written apart from the noun after them (자기: 자기 나라, 우리: 우리 인민).
    var pronounsBeforeNoun: Set<String> = []
    /// A pronoun and a noun South Korean writes as one word (우리나라), kept solid.
    var pronounCompounds: Set<String> = []
    /// Nouns written apart from any pronoun or plural 들 before them (자신: 나 자신, 그들 자신).
    var nounsAfterPronoun: Set<String> = []
    /// Dependent nouns of relation written apart from the noun before them, but for a counter
    /// or a noun of time, after which they are the suffix of duration (간: 동족 간의; 3년간).
    var relationsAfterNoun: Set<String> = []
    /// Nouns of time, or their last syllables, after which 간 is the suffix of duration (이틀, 년).
    var durations: [String] = []
    /// Counters of a date written with digits (월, 년) and the nouns written apart after them (말, 초).
    var dateCounters: Set<String> = []
    var datePositions: Set<String> = []
    /// Endings of the word before which 못하다 is one word (-지: 하지 못하다; -는가: 하는가 못하는가).
    var endingsBeforeMothada: [String] = []
    /// Adverbs written apart from the adverb before them (다: 모두 다).
    var adverbsAfterAdverb: Set<String> = []
    /// Determiners that are a prefix before a noun (총: 총 10권, but 총공세).
    var prefixDeterminers: Set<String> = []
    /// The native position nouns (앞, 속, 밑; those of ``positions`` that are `.native`): the
    /// words other rules read as positions.
    var positionNouns: Set<String> = []
    /// Every noun spacing treats as a position after a noun, by surface (one look-up per question).
    var positions: [String: PositionNoun] = [:]
    /// A noun and a position noun South Korean writes as one word (마음속, 눈앞).
    var positionCompounds: Set<String> = []
    var titles: Set<String> = []
    /// The same titles as scalars, longest first, for reading them off text (총비서 before 비서).
    var titlesLongestFirst: [[Unicode.Scalar]] = []
    var suffixesBeforeNoun: Set<String> = []
    /// Nouns of one syllable that count as written solid after a -적 modifier (정치사상적힘).
    var shortNounsAfterModifier: Set<String> = []
    /// Dependent nouns that count as written solid after a determiner of two syllables (모든것).
    var dependentsAfterDeterminer: Set<String> = []
    /// Determiners whose noun written solid after them is mended even alone in a sentence (전세계).
    var determinersMendedAlone: Set<String> = []
    /// Compounds the South Korean dictionary lists as one word that HanDic lacks (일심단결).
    var southKoreanCompounds: Set<String> = []
    /// A counter and the suffix written solid after it (년제 of 10년제: -제 制 'system'): the
    /// noun the analyzer reads after the counter starts with the suffix, and no space goes in.
    var countersWithSuffix: Set<String> = []
    /// Verbs (dictionary forms) that are a word of their own right after a noun (영도따라).
    var verbsAfterNoun: Set<String> = []
    /// Adverbs that are a word of their own right after a noun (긍지높이).
    var adverbsAfterNoun: Set<String> = []
    var boundNouns: Set<String> = []
    /// Syllables that make a sentence worth analysing (see signals.tsv).
    var wordInitialSignals = ScalarSet([])
    var anywhereSignals = ScalarSet([])
    /// North Korean words no syllable signal finds (일군, 원쑤), by their first syllable.
    var wordSignals: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    /// Particle pairs (after a vowel, after a consonant), longest first.
    var particles: [(vowel: String, consonant: String)] = []
    /// Rule 8: tense lead → plain or aspirated lead.
    var loanwordConsonants: [Unicode.Scalar: Unicode.Scalar] = [:]
    /// Rule 10: North Korean spellings of words and stems (syllables) → South Korean, and the
    /// longest listed form, in syllables.
    var stemSpellings: [[Unicode.Scalar]: String] = [:]
    var longestStemSpelling = 0
    /// The first two syllables of each listed form of two syllables or more, packed (``pair(_:_:)``):
    /// the signal filter's quick look for a listed form anywhere in a word.
    var stemSpellingPairs: Set<UInt64> = []
    /// The first syllables of the listed stem spellings: a word starting with another holds none
    /// of them at its start.
    var stemSpellingFirstScalars = ScalarSet([])
    /// Rule 11: North Korean verb forms whose South Korean stem is another sense's (벌려 → 벌여,
    /// 늘여 → 늘려), and the context words that show the sense.
    var senseStems: [SenseStem] = []
    /// The first syllables of rule 11's North Korean forms: a word starting with none is passed over.
    var senseStemFirsts: Set<Unicode.Scalar> = []

    /// One verb of `sense-stems.tsv`.
    struct SenseStem: Sendable {
        var verb: String
        /// North Korean form → South Korean form, at a word's start.
        var forms: [(north: String, south: String)] = []
        /// Nouns that, as the verb's object (the last noun of a word before 을/를/도), show the sense.
        var objects: Set<String> = []
        /// Adverbs that show the sense.
        var adverbs: Set<String> = []
    }

    init() throws(OrthographyError) {
        for row in try Self.rows("initial-sound.tsv", columns: 3) {
            guard let from = row[0].first.flatMap(Jamo.lead), let to = row[2].first.flatMap(Jamo.lead) else {
                throw .resource("initial-sound.tsv: '\(row[0])' or '\(row[2])' is not a consonant")
            }
            for vowel in row[1].split(separator: " ") {
                guard let v = vowel.first.flatMap(Jamo.vowel) else { throw .resource("initial-sound.tsv: '\(vowel)' is not a vowel") }
                initialSound[from.value, default: [:]][v.value] = to
            }
        }
        for row in try Self.rows("yeol-yul.tsv", columns: 2) {
            guard let from = row[0].unicodeScalars.first, let to = row[1].unicodeScalars.first else { throw .resource("yeol-yul.tsv: empty syllable") }
            yeolYul[from] = to
        }
        for row in try Self.rows("endings.tsv", columns: 2) {
            // "EC 군": the ending only where the analyzer tags it so (the connective 군, not the
            // exclamation 군 of 좋군).
            let parts = row[0].split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2, ["EC", "EF"].contains(parts[0]) {
                endingsOfTag[parts[0], default: [:]][Jamo.decomposeForm(parts[1])] = Jamo.decomposeForm(row[1])
            } else {
                endings[Jamo.decomposeForm(row[0])] = Jamo.decomposeForm(row[1])
            }
        }
        for row in try Self.rows("spacing.tsv", columns: 2) {
            switch row[0] {
            case "auxiliary-after": auxiliaryAfter.insert(row[1])
            case "position": positions[row[1]] = .native
            case "position-compound": positionCompounds.insert(row[1])
            case "position-ending": positions[row[1]] = .endingItsWord
            case "position-hanja", "position-sino":
                guard row.count > 2, !row[2].isEmpty else { throw .resource("spacing.tsv: \(row[0]) '\(row[1])' needs its Hanja") }
                positions[row[1]] = row[0] == "position-hanja" ? .sinoKorean(hanja: row[2]) : .ofTime(hanja: row[2])
            case "title": titles.insert(row[1])
            case "suffix-before-noun": suffixesBeforeNoun.insert(row[1])
            case "noun-after-modifier": shortNounsAfterModifier.insert(row[1])
            case "determiner-before-dependent": dependentsAfterDeterminer.insert(row[1])
            case "determiner-mended-alone": determinersMendedAlone.insert(row[1])
            case "south-korean-compound": southKoreanCompounds.insert(row[1])
            case "counter-suffix": countersWithSuffix.insert(row[1])
            case "verb-after-noun": verbsAfterNoun.insert(row[1])
            case "adverb-after-noun": adverbsAfterNoun.insert(row[1])
            case "compound-keeps": boundNouns.insert(row[1])
            case "verb-after": verbAfter.insert(row[1])
            case "adverb-before-verb": adverbsBeforeVerb.insert(row[1])
            case "prefix-determiner": prefixDeterminers.insert(row[1])
            case "adverb-after-adverb": adverbsAfterAdverb.insert(row[1])
            case "adjective-after-noun": adjectivesAfterNoun.insert(row[1])
            case "existence-after-suffix": suffixesBeforeExistence.insert(row[1])
            case "noun-after-percent": nounsAfterPercent.insert(row[1])
            case "dependent-after-noun": dependentAfterNoun.insert(row[1])
            case "noun-after-adverb": adverbsBeforeNoun.insert(row[1])
            case "adjective-after-determiner": adjectivesAfterDeterminer.insert(row[1])
            case "solid-after-adverb":
                solidAfterAdverb.append(row[1])
                solidAfterAdverbEnds.insert(String(row[1].suffix(2)))
            case "mothada-after": endingsBeforeMothada.append(row[1])
            case "pronoun-before-noun": pronounsBeforeNoun.insert(row[1])
            case "pronoun-compound": pronounCompounds.insert(row[1])
            case "noun-after-pronoun": nounsAfterPronoun.insert(row[1])
            case "relation-after-noun": relationsAfterNoun.insert(row[1])
            case "duration": durations.append(row[1])
            case "date-counter": dateCounters.insert(row[1])
            case "date-position": datePositions.insert(row[1])
            case "ji-before": predicatesAfterJi.append(row[1])
            case "de-before": predicatesAfterDe.append(row[1])
            case "dependent", "compound", "after-modifier-ending", "after-particle", "after-nominal-ending", "negative-copula", "noun-eopsi", "numeral-counter", "verb-before-noun": break
            default: throw .resource("spacing.tsv: unknown kind '\(row[0])'")
            }
        }
        positionNouns = Set(positions.filter { $0.value == .native }.keys)
        titlesLongestFirst = titles.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        // The signal syllables as bitmaps: the filter asks about every syllable of every sentence.
        var wordInitial = Set<Unicode.Scalar>(), anywhere = Set<Unicode.Scalar>()
        for row in try Self.rows("signals.tsv", columns: 2) {
            let syllables = row[1].split(separator: " ").compactMap { $0.unicodeScalars.first }
            switch row[0] {
            case "word-initial": wordInitial.formUnion(syllables)
            case "anywhere": anywhere.formUnion(syllables)
            case "word":
                for word in row[1].split(separator: " ") where word.unicodeScalars.count >= 2 {
                    let scalars = Array(word.unicodeScalars)
                    wordSignals[scalars[0], default: []].append(scalars)
                }
            default: throw .resource("signals.tsv: unknown kind '\(row[0])'")
            }
        }
        (wordInitialSignals, anywhereSignals) = (ScalarSet(wordInitial), ScalarSet(anywhere))
        for row in try Self.rows("particles.tsv", columns: 2) { particles.append((row[0], row[1])) }
        particles.sort { max($0.vowel.count, $0.consonant.count) > max($1.vowel.count, $1.consonant.count) }
        for row in try Self.rows("loanword-consonants.tsv", columns: 2) {
            guard let from = row[0].first.flatMap(Jamo.lead), let to = row[1].first.flatMap(Jamo.lead) else {
                throw .resource("loanword-consonants.tsv: '\(row[0])' is not a consonant")
            }
            loanwordConsonants[from] = to
        }
        for row in try Self.rows("sense-stems.tsv", columns: 4) {
            let index = senseStems.firstIndex { $0.verb == row[1] } ?? { senseStems.append(SenseStem(verb: row[1])); return senseStems.count - 1 }()
            switch row[0] {
            case "form":
                let parts = row[2].components(separatedBy: " → ")
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .resource("sense-stems.tsv: a form row needs 'north → south', found '\(row[2])'") }
                senseStems[index].forms.append((parts[0], parts[1]))
                if let first = parts[0].unicodeScalars.first { senseStemFirsts.insert(first) }
            case "object": senseStems[index].objects.insert(row[2])
            case "adverb": senseStems[index].adverbs.insert(row[2])
            default: throw .resource("sense-stems.tsv: unknown kind '\(row[0])'")
            }
        }
        var firstSyllables = Set<Unicode.Scalar>()
        for row in try Self.rows("stem-spellings.tsv", columns: 3) {
            let form = Array(row[0].unicodeScalars)
            guard let first = form.first, let last = form.last, (0xAC00...0xD7A3).contains(first.value), (0xAC00...0xD7A3).contains(last.value),
                  form.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) || $0 == " " }), !row[1].isEmpty else {
                throw .resource("stem-spellings.tsv: '\(row[0])' must be Hangul syllables (and single spaces between words) with a South Korean spelling")
            }
            stemSpellings[form] = row[1]
            longestStemSpelling = max(longestStemSpelling, form.count)
            if let first = form.first { firstSyllables.insert(first) }
            if form.count >= 2 { stemSpellingPairs.insert(Self.pair(form[0], form[1])) }
        }
        stemSpellingFirstScalars = ScalarSet(firstSyllables)
        nounsAfterPercentFirstScalars = Set(nounsAfterPercent.compactMap(\.unicodeScalars.first))
    }

    /// Two scalars packed in one number, for sets of pairs.
    static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    static func rows(_ name: String, columns: Int) throws(OrthographyError) -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: nil),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw .resource("\(name) is missing from the package resources")
        }
        var rows: [[String]] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= columns else { throw .resource("\(name):\(index + 1): expected \(columns) tab-separated fields") }
            rows.append(fields)
        }
        return rows
    }
}

/// How a noun after a noun counts as a position word (`spacing.tsv`).
enum PositionNoun: Sendable, Equatable {
    /// A native position noun, without Hanja (앞, 속, 밑).
    case native
    /// A native one that counts only ending its word, alone or with a particle (안: 국가안에).
    case endingItsWord
    /// A Sino-Korean one, told by its Hanja (주위: 周圍).
    case sinoKorean(hanja: String)
    /// A Sino-Korean noun of time, told by its Hanja and ending its word (전: 前).
    case ofTime(hanja: String)
}

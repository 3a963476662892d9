import Gyeore
import Testing
@testable import GyeoreOrthography

/// Terms inside North Korean words written solid, as NK-HanDic divides them.
@Suite(.enabled(if: OrthographyFixtures.dictionariesLoad, "needs the MeCab dictionaries (see DependencyTests)"))
struct MeCabWordSegmenterTests {
    private static let loaded = Result { try MeCabWordSegmenter(dictionaryFolder: OrthographyFixtures.dictionaries) }

    @Test func morphemesCoverTheWordOnSyllableBoundaries() throws {
        let segmenter = try Self.loaded.get()
        func ranges(_ word: String) -> [String]? {
            segmenter.morphemes(of: Array(word.unicodeScalars))?.map { "\($0.range.lowerBound)-\($0.range.upperBound)\($0.isGrammatical ? "g" : "")" }
        }
        #expect(ranges("최고리익을") == ["0-2", "2-4", "4-5g"])
        #expect(ranges("유일적령도체계를") == ["0-2", "2-3g", "3-5", "5-7", "7-8g"])
        #expect(ranges("대원수님들의") == ["0-3", "3-4g", "4-5g", "5-6g"])
        // Every analysis covers its word, in order, without gaps.
        // Digits and Latin letters inside a word are read as they are, Hangul as its jamo.
        for word in ["반공화국제재압살책동이", "혁명적대고조로", "김정은동지께서는", "북과", "자주권과", "3대혁명붉은기를", "UN총회에서"] {
            let morphemes = try #require(segmenter.morphemes(of: Array(word.unicodeScalars)), "\(word)")
            #expect(morphemes.first?.range.lowerBound == 0 && morphemes.last?.range.upperBound == word.unicodeScalars.count)
            #expect(zip(morphemes, morphemes.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
        }
    }

    /// Sentences of the New Year addresses (`../shared/nk-texts/`, 1951, 1982, 2012, 2019).
    @Test func termsInsideNorthKoreanWords() throws {
        let matcher = try TermMatcher(glossary: try OrthographyFixtures.glossary(), segmenter: try Self.loaded.get())
        func entries(_ text: String) -> [String] { matcher.matches(in: text).map { "\($0.text) \($0.entry.id)" } }
        #expect(entries("경애하는 김정은동지께서는 《북과 남이 평화번영의 길로 나가기로 확약한 이상》") == [
            "김정은 person.kim-jong-un", "동지 title.comrade", "북 country.north-korea",
        ])
        #expect(entries("나라의 자주권과 국가의 최고리익을 수호하고") == ["자주 term.independence", "리익 term.interest"])
        #expect(entries("당의 유일적령도체계를 튼튼히 세우는것") == ["령도 term.leadership"])
        #expect(entries("우리 인민의 혁명투쟁력사에서") == ["인민 term.people", "혁명 term.revolution", "력사 term.history"])
        // Inside one morpheme, or across two, a form is no mention.
        #expect(entries("대원수님들의 불멸의 건국업적") == [])
        #expect(entries("새로운 혁명적대고조로 우리 혁명과") == ["혁명 term.revolution", "혁명 term.revolution"])
        #expect(entries("미래가 얼마나 휘황찬란한가") == [])
        // A longer form inside a word only from a morpheme's start: the Chinese party's central
        // committee (1985) is the Chinese party's, not the WPK's 당 중앙위원회 it holds.
        #expect(entries("중국공산당 중앙위원회 총서기") == ["중국공산당 organization.cpc"])
        #expect(entries("전번 당중앙위원회 정치위원회에서도") == ["당중앙위원회 organization.wpk-central-committee"])
    }
}

/// HanDic's lemmas, with the homograph numbers the bilingual lexicon's lemma rows name.
@Suite(.enabled(if: OrthographyFixtures.dictionariesLoad, "needs the MeCab dictionaries (see DependencyTests)"))
struct MeCabLemmatizerTests {
    @Test func contentMorphemesComeWithTheirHomographNumbers() throws {
        let lemmatizer = try OrthographyFixtures.lemmatizer()
        // 보다01 'see' under any ending; 보도 (report) is another word; particles and endings give none.
        #expect(lemmatizer.lemmas(of: "보게") == ["보다01"])
        #expect(lemmatizer.lemmas(of: "봤다").contains("보다01"))
        #expect(!lemmatizer.lemmas(of: "보도를").contains("보다01"))
        #expect(lemmatizer.lemmas(of: "세상은") == ["세상01"])
        #expect(lemmatizer.lemmas(of: "커다란").contains("커다랗다"))
        #expect(lemmatizer.lemmas(of: "").isEmpty)
        // A "word" past 64 scalars (a line of Hangul without spaces) is not analysed.
        #expect(lemmatizer.lemmas(of: String(repeating: "보게", count: 33)).isEmpty)
        #expect(!lemmatizer.lemmas(of: String(repeating: "보게", count: 32)).isEmpty)
    }
}

/// The lemma rows of the basic vocabulary (grade A or B of the learners' word list, as HanDic's
/// seed files mark it) give words of spoken remarks their English, whatever their ending: each
/// Korean word below shares a concept with the English word a translator used for it, where
/// neither a spelled row, the glossary nor a Hanja gloss named it before the rows.
@Suite(.enabled(if: OrthographyFixtures.dictionariesLoad, "needs the MeCab dictionaries (see DependencyTests)"))
struct BasicVocabularyLemmaTests {
    @Test func wordsOfSpokenRemarksFindTheirEnglish() throws {
        let lemmatizer = try OrthographyFixtures.lemmatizer()
        let lexicon = try BilingualLexicon(glossary: nil)
        for (korean, english) in [("꿈을", "dream"), ("버리고", "abandons"), ("괜찮다", "fine"), ("마침내", "finally"), ("고맙습니다", "thanks"),
                                  ("그동안", "meantime"), ("사라졌다", "disappeared"), ("놀라운", "amazing"), ("틀림없다", "certainly")] {
            let lemmas = lemmatizer.lemmas(of: korean)
            let concepts = lexicon.concepts(lemmas: lemmas)
            let englishConcepts = lexicon.concepts(englishWords: BilingualLexicon.englishWords(english)).first ?? []
            #expect(!concepts.isDisjoint(with: englishConcepts), "\(korean) \(lemmas) ~ \(english)")
        }
        // A word the rows do not name stays without English.
        #expect(lexicon.concepts(lemmas: lemmatizer.lemmas(of: "개꿈이")).isEmpty)
    }
}

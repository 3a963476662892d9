import Testing
@testable import Gyeore

@Suite struct BilingualLexiconTests {
    let lexicon: BilingualLexicon

    init() throws { lexicon = try BilingualLexicon(glossary: nil) }

    /// A word is a function word by its lemmas when an analyzer reads only light verbs or the
    /// verbs of postpositional phrases in it (했다: 하다01; 위한: 위하다01), and not when it reads a
    /// noun beside them (수행하는: 수행), another sense (하다02 is not listed) or nothing at all.
    @Test func lightVerbLemmasMakeFunctionWords() {
        #expect(lexicon.isKoreanFunctionWord(lemmas: ["하다01"]))
        #expect(lexicon.isKoreanFunctionWord(lemmas: ["위하다01"]))
        #expect(lexicon.isKoreanFunctionWord(lemmas: ["대하다02", "하다01"]))
        #expect(!lexicon.isKoreanFunctionWord(lemmas: ["수행", "하다01"]))
        #expect(!lexicon.isKoreanFunctionWord(lemmas: ["한01"]))
        #expect(!lexicon.isKoreanFunctionWord(lemmas: []))
        // The spelled rows still answer for the words they match, and only those.
        #expect(lexicon.isKoreanFunctionWord("하여야"))
        #expect(!lexicon.isKoreanFunctionWord("했다"))
    }

    /// English is compared in American spelling: KCNA's English and British outlets write
    /// honour, defence, programmes and manoeuvres; the lexicon, and American outlets, honor,
    /// defense, programs and maneuvers. Words the table does not list stay as they are (four,
    /// hour, rise, promise).
    @Test func britishSpellingsAreComparedAsAmericanOnes() {
        #expect(lexicon.englishWords("The honours of our defence programmes and manoeuvres") == ["the", "honor", "of", "our", "defense", "program", "and", "maneuver"])
        #expect(lexicon.englishWords("four hours rise promise") == ["four", "hour", "rise", "promise"])
        #expect(lexicon.englishWords("denuclearisation manoeuvres") == lexicon.englishWords("denuclearization maneuvers"))
        // Without the table (as the static function is called by default) a word stays British.
        #expect(BilingualLexicon.englishWords("defence") == ["defence"])
    }

    /// A plural in -ies is read as its singular in -y, so that one translator's "all parties
    /// concerned" meets another's "each party concerned"; a word ending in -ie is read the same
    /// way in both numbers (movie, movies), and short words keep theirs (lies, ties).
    @Test func pluralsInIesAreReadAsTheirSingulars() {
        #expect(BilingualLexicon.englishWords("parties party countries country allies ally enemies enemy") == ["party", "party", "country", "country", "ally", "ally", "enemy", "enemy"])
        #expect(BilingualLexicon.englishWords("movie movies lies ties") == ["movy", "movy", "lie", "tie"])
        #expect(BilingualLexicon.englishWords("the two countries") == BilingualLexicon.englishWords("the two country"))
    }

    /// A function word is one however its -s is read: “does” (read as the plural of “doe”)
    /// was the only content word besides “deserve” and “praise” in a wire's rendering of a
    /// KCNA sentence.
    @Test func functionWordsAreFunctionWordsAsTheTextIsRead() {
        #expect(lexicon.contentWords(englishWords: BilingualLexicon.englishWords("It does not deserve praise")).map(\.text) == ["deserve", "praise"])
        #expect(lexicon.contentWords(englishWords: BilingualLexicon.englishWords("He did it, and she does it")).isEmpty)
    }

    /// A word whose final s is no plural ending is read as written: "news" is not "new" (which
    /// 새로운 renders), "means" not the verb "mean"; plurals still lose their -s.
    @Test func wordsWhoseSIsNoPluralAreReadAsWritten() throws {
        #expect(lexicon.englishWords("The news always means new talks") == ["the", "news", "always", "means", "new", "talk"])
        let new = lexicon.concepts(englishWords: ["new"]).first ?? []
        #expect(!new.isEmpty)
        #expect(lexicon.concepts(englishWords: lexicon.englishWords("news")).allSatisfy { $0.isDisjoint(with: new) })
    }

    /// Each word keeps its place in the text, as written: a possessive 's and a sentence's full
    /// stop are not part of it, U.S. keeps its own stops, and a plural keeps its -s.
    @Test func englishWordsKeepTheirPlaceInTheText() {
        let text = "Russia's support for U.S. talks, and the defence programmes."
        let located = lexicon.locatedEnglishWords(text)
        #expect(located.map(\.word) == ["russia", "support", "for", "usa", "talk", "and", "the", "defense", "program"])
        let scalars = Array(text.unicodeScalars)
        #expect(located.map { String(scalars: scalars[$0.range]) } == ["Russia", "support", "for", "U.S.", "talks", "and", "the", "defence", "programmes"])
        #expect(located.map(\.word) == lexicon.englishWords(text))
    }

    /// A KCNA sentence in British spelling and an American outlet's copy of it are worded the
    /// same: 1.000, where they scored 0.372 before and did not link (`gyeore score` on the two,
    /// 41a5e7f): manoeuvres and maneuvers, defence and defense were other words.
    @Test func aBritishAndAnAmericanCopyAreWordedTheSame() throws {
        let aligner = try QuoteAligner(normalizer: try Normalizer(), glossary: nil)
        func item(_ text: String) -> QuoteAligner.Item { aligner.item(Quotation(text: text, document: text, language: .english)) }
        let british = item("We regard the manoeuvres of the south Korean authorities as a grave provocation against our defence programme")
        let american = item("We regard the maneuvers of the south Korean authorities as a grave provocation against our defense program")
        #expect(aligner.score(british, american) >= 0.95)
    }

    /// 훌륭하다 'very good, admirable' is rendered "good" as often as "great" by interpreters:
    /// 훌륭한 평화의 전주곡 as "good prelude for peace" (Kim Jong Un at Singapore, 2018, in
    /// 뉴시스 and an English wire copy), 훌륭한 관계 as "that good relationship" (Trump at
    /// Panmunjom, 2019).
    @Test func anInterpretersGoodRendersHullyunghada() {
        let hullyung = lexicon.concepts(koreanWords: ["훌륭한"]).first ?? []
        #expect(!hullyung.isEmpty)
        for word in ["good", "great", "excellent"] {
            #expect(lexicon.concepts(englishWords: [word]).first.map { !$0.isDisjoint(with: hullyung) } == true, "\(word)")
        }
    }

    /// The political vocabulary of North Korean running text meets the English KCNA renders it
    /// by, in any form the Korean word takes (수행하여야 'must carry out', 수행한 'accompanied',
    /// 기여를 'contribution', 옹위하는 'defending'): rows read off the New Year addresses' words
    /// that nothing covered, and off the Korean words the alignment sets' missed pairs left
    /// without a counterpart (유익한 'useful', 번영 'prosperity').
    @Test(arguments: [("수행하여야", "carry out"), ("수행한", "accompanied"), ("기여를", "contribution"), ("옹위하는", "defending"),
                      ("진척되었습니다", "progress"), ("술책에", "ploy"), ("무모한", "reckless"), ("이른바", "so-called"),
                      ("유익한", "useful"), ("번영을", "prosperity"), ("정상화하는", "normalizing"), ("장애물을", "obstacles"), ("지도부와", "leadership")])
    func politicalVocabularyMeetsItsEnglish(korean: String, english: String) {
        let concepts = lexicon.concepts(koreanWords: [korean]).first ?? []
        #expect(!concepts.isEmpty, "\(korean)")
        let spans = lexicon.contentWordSpans(englishWords: BilingualLexicon.englishWords(english))
        #expect(spans.contains { !$0.concepts.isDisjoint(with: concepts) }, "\(korean) ~ \(english)")
    }

    /// A text's English word that no form spells out finds the senses of the one-word form it
    /// inflects: developing and developed meet 발전 as develop does, decided meets decide, and
    /// policies policy. The stem is only a key (decid), and a word a form spells out keeps that
    /// form's senses alone.
    @Test func inflectedEnglishWordsFindTheirFormsSenses() {
        #expect(BilingualLexicon.inflectionStem("developing") == BilingualLexicon.inflectionStem("develop"))
        #expect(BilingualLexicon.inflectionStem("developed") == "develop")
        #expect(BilingualLexicon.inflectionStem("deciding") == BilingualLexicon.inflectionStem("decide"))
        #expect(BilingualLexicon.inflectionStem("planned") == "plan")
        #expect(BilingualLexicon.inflectionStem("policie") == "policy")
        #expect(BilingualLexicon.inflectionStem("firmly") == "firm")
        #expect(BilingualLexicon.inflectionStem("stress") == "stress")
        #expect(BilingualLexicon.inflectionStem("thing") == "thing")
        let development = lexicon.concepts(koreanWords: ["발전시키는데"]).first ?? []
        #expect(!development.isEmpty)
        for word in ["developing", "developed", "develop"] {
            #expect(lexicon.concepts(englishWords: [word]).first.map { !$0.isDisjoint(with: development) } == true, "\(word)")
        }
        #expect(lexicon.concepts(englishWords: ["envelop"]).first.map { $0.isDisjoint(with: development) } == true)
    }

    /// A lemma row names one dictionary word by HanDic's lemma and homograph number: 보다01
    /// 'see' meets see and saw, and 보다02 (the particle 'than') has no row. A lemma is never
    /// matched by spelling: the word 보다 takes no sense from it.
    @Test func lemmaRowsNameOneSenseOfAShortWord() throws {
        let see = lexicon.concepts(lemmas: ["보다01"])
        #expect(!see.isEmpty)
        #expect(lexicon.concepts(lemmas: ["보다02"]).isEmpty)
        for word in ["see", "saw"] {
            #expect(lexicon.concepts(englishWords: [word]).first.map { !$0.isDisjoint(with: see) } == true, "\(word)")
        }
        #expect(lexicon.concepts(koreanWords: ["보다"]).first?.isDisjoint(with: see) ?? true)
        #expect(lexicon.concepts(lemmas: ["크다01", "새롭다"]).count >= 2)
    }

    /// Words of the speech of 21 September 2025 that no row named before the twenty-eighth
    /// session, in the forms the reports use, and the determiners (MM) HanDic tags 새 and 두.
    @Test func wordsOfRecentStatementsHaveTheirSenses() throws {
        for (korean, english) in [("집념을", "obsession"), ("집착하여", "obsession"), ("허황한", "absurd"), ("허황된", "delusional"),
                                  ("주적으로", "enemy"), ("포기시키고", "abandon"), ("추억을", "memories"), ("공존을", "coexistence")] {
            let concepts = try #require(lexicon.concepts(koreanWords: [korean]).first)
            // English as the aligner reads it (memories → memorie, as every plural).
            #expect(lexicon.concepts(englishWords: lexicon.englishWords(english)).contains { !$0.isDisjoint(with: concepts) }, "\(korean) ~ \(english)")
        }
        for (lemma, english) in [("맞바꾸다", "trading"), ("오산04", "miscalculation"), ("전복02", "overthrow"), ("두01", "two"), ("새06", "new")] {
            let concepts = lexicon.concepts(lemmas: [lemma])
            #expect(!concepts.isEmpty && lexicon.concepts(englishWords: lexicon.englishWords(english)).contains { !$0.isDisjoint(with: concepts) }, "\(lemma) ~ \(english)")
        }
        // 오산 without a number is the city; 북07 'north' is no row (it parted two renderings of
        // the test set, 1차 미·북 정상회담 …, from their cluster).
        #expect(lexicon.concepts(lemmas: ["오산", "북07"]).isEmpty)
    }

    /// Numbers in digits are concepts in either language: "The year 2025 is neither 2018 nor
    /// 2019" and 지금 2025년은 2018년이나 2019년이 아니라는 … share three (Kim Yo Jong, 29 July
    /// 2025); a single digit is none.
    @Test func numbersInDigitsAreSharedConcepts() throws {
        #expect(QuoteAligner.numberConcepts("2025년은") == QuoteAligner.numberConcepts("2025"))
        #expect(QuoteAligner.numberConcepts("2018년이나").count == 1 && QuoteAligner.numberConcepts("50여").count == 1)
        #expect(QuoteAligner.numberConcepts("3차").isEmpty && QuoteAligner.numberConcepts("year").isEmpty)
        #expect(QuoteAligner.numberConcepts("2018") != QuoteAligner.numberConcepts("2019"))
        let aligner = try QuoteAligner(normalizer: try Normalizer(), glossary: nil)
        let english = aligner.item(Quotation(text: "The year 2025 is neither 2018 nor 2019.", document: "a", language: .english))
        let korean = aligner.item(Quotation(text: "지금 2025년은 2018년이나 2019년이 아니라는 데 대해 상기할 필요가 있다", document: "b", language: .korean))
        #expect(korean.crossConceptSet.intersection(english.crossConceptSet).count >= 3)
    }

    /// Words of Kim Yo Jong's statements of July 2025 read off the seventh set's misses.
    @Test func wordsOfTheJulyStatementsHaveTheirSenses() throws {
        for (korean, english) in [("우롱하는", "mockery"), ("배격할", "rejected"), ("맹신과", "blindly"), ("선임자와", "predecessor"), ("불가역적인", "irreversible"), ("착각하지도", "misunderstand")] {
            let concepts = try #require(lexicon.concepts(koreanWords: [korean]).first)
            #expect(lexicon.concepts(englishWords: lexicon.englishWords(english)).contains { !$0.isDisjoint(with: concepts) }, "\(korean) ~ \(english)")
        }
        let bad = lexicon.concepts(lemmas: ["나쁘다01"])
        #expect(!bad.isEmpty && lexicon.concepts(englishWords: ["bad"]).contains { !$0.isDisjoint(with: bad) })
    }

    /// Negation is read from English words only, whole or as -n't.
    @Test func negationIsReadFromItsWords() {
        #expect(lexicon.isNegated("We will not give up nuclear weapons.", language: "en"))
        #expect(lexicon.isNegated("We won’t give up", language: "en"))
        #expect(lexicon.isNegated("NEVER", language: "en"))
        #expect(!lexicon.isNegated("The world already knows well what the United States does after forcing other countries to give up their nuclear weapons and disarm.", language: "en"))
        #expect(!lexicon.isNegated("Another notable nonentity", language: "en"))
        #expect(!lexicon.isNegated("우리는 절대로 핵을 내려놓지 않을 것", language: "ko"))
    }

    /// A negative sentence is not a stretch of a longer one that negates nothing: four outlets'
    /// renderings of two sentences of the speech of 21 September 2025, which scored 1.000 as
    /// one statement before the twenty-eighth session.
    @Test func aNegativeSentenceIsNotAStretchOfAnAffirmativeOne() throws {
        let aligner = try QuoteAligner(normalizer: try Normalizer(), glossary: nil)
        func item(_ text: String) -> QuoteAligner.Item { aligner.item(Quotation(text: text, document: text, language: .english)) }
        let world = item("The world already knows well what the United States does after forcing other countries to give up their nuclear weapons and disarm.")
        let not = item("We will not give up nuclear weapons.")
        let never = item("We will never give up our nuclear weapons.")
        let putDown = item("We will never put down our nuclear weapons.")
        #expect(aligner.score(world, not) == 0)
        #expect(aligner.score(world, never) == 0)
        #expect(aligner.score(never, putDown) >= 0.5)
        #expect(aligner.score(not, never) >= 0.5)
    }

    /// A vowel-final verb stem keeps its sense when an ending joins its last syllable as a final
    /// consonant: 바라 (hope, wish) in 바란다, 바랍니다, 바랄, 바랐다 — the forms reports use.
    @Test func aStemIsFoundUnderAnEndingsFinalConsonant() throws {
        let stem = try #require(lexicon.concepts(koreanWords: ["바라"]).first)
        #expect(!stem.isEmpty)
        for form in ["바란다", "바랍니다", "바랄", "바랐다"] {
            #expect(lexicon.concepts(koreanWords: [form]).first?.isSuperset(of: stem) == true, "\(form)")
        }
        // Only at a word's start, and only for finals that are endings: 바락 is no form of 바라.
        #expect(lexicon.concepts(koreanWords: ["바락"]).first?.isDisjoint(with: stem) ?? true)
        #expect(lexicon.concepts(koreanWords: ["모두바란"]).first?.isDisjoint(with: stem) ?? true)
    }

    /// A stem ending in ㅣ, ㅗ, ㅜ or ㅚ keeps its sense when contracted with -어/-아, past tense
    /// too: 합치 (combine) in 합쳐, 합쳤다; 기울이 (devote) in 기울여; 이루 (achieve) in 이뤄,
    /// 이뤘다; 지키 (defend) in 지켜, 지켰다. A word that only looks contracted keeps its own.
    @Test func aStemIsFoundUnderAContractedEnding() throws {
        for (stemForm, forms) in [("합치", ["합쳐", "합쳤다"]), ("기울이", ["기울여", "기울였다"]), ("이루", ["이뤄", "이뤘다"]), ("지키", ["지켜", "지켰다"])] {
            let stem = try #require(lexicon.concepts(koreanWords: [stemForm]).first)
            #expect(!stem.isEmpty, "\(stemForm)")
            for form in forms {
                #expect(lexicon.concepts(koreanWords: [form]).first?.isSuperset(of: stem) == true, "\(form)")
            }
        }
        // 평화 (peace) ends in 화, which would undo to 호: no 평호 is listed, so 평화 is only peace.
        let peace = try #require(lexicon.concepts(koreanWords: ["평화"]).first)
        #expect(lexicon.concepts(englishWords: ["peace"]).first.map { !$0.isDisjoint(with: peace) } == true)
    }

    /// A row naming several Korean words gives them one sense: two translators' 쌍방 and 양측
    /// (both sides) meet as each meets the English, and 확신한다 meets 믿는다 (believe).
    @Test func aRowOfSeveralKoreanWordsGivesThemOneSense() throws {
        let 쌍방의 = try #require(lexicon.concepts(koreanWords: ["쌍방의"]).first)
        let 양측의 = try #require(lexicon.concepts(koreanWords: ["양측의"]).first)
        let bothSides = try #require(lexicon.concepts(englishWords: BilingualLexicon.englishWords("both sides")).first)
        #expect(!쌍방의.isEmpty && !쌍방의.isDisjoint(with: 양측의))
        #expect(!bothSides.isDisjoint(with: 쌍방의) && !bothSides.isDisjoint(with: 양측의))
        let 확신한다 = try #require(lexicon.concepts(koreanWords: ["확신한다"]).first)
        let 믿는다 = try #require(lexicon.concepts(koreanWords: ["믿는다"]).first)
        #expect(!확신한다.isDisjoint(with: 믿는다))
    }

    /// The wires write 남북 as "the two Koreas" ("The two Koreas have agreed on …"), beside
    /// inter-Korean and north-south; 북측 is "the North" as 남측 is "the South".
    @Test func theTwoKoreasRender남북() throws {
        let 남북이 = try #require(lexicon.concepts(koreanWords: ["남북이"]).first)
        let twoKoreas = lexicon.concepts(englishWords: BilingualLexicon.englishWords("The two Koreas have agreed"))
        #expect(twoKoreas.contains { !$0.isDisjoint(with: 남북이) })
        let 북측은 = try #require(lexicon.concepts(koreanWords: ["북측은"]).first)
        #expect(lexicon.concepts(englishWords: ["north"]).contains { !$0.isDisjoint(with: 북측은) })
    }

    /// English names a country by its adjective where Korean names it: "the Russian side" is
    /// 러시아 측, "North Korean leader" 북한 지도자, "Chinese President" 중국 국가주석. Each
    /// adjective takes the concept of its country's glossary entry (the longer phrase first:
    /// "North Korean" is North Korea, not a word "north" beside another); "Korean" alone is no
    /// country's, and an adjective whose country the glossary lacks adds nothing. Every row of
    /// `data/english-demonyms.tsv` names an English form of the bundled glossary.
    @Test func countryAdjectivesTakeTheirCountrysConcept() throws {
        let glossary = try GlossaryLookupTests.glossary()
        let withGlossary = try BilingualLexicon(glossary: glossary)
        func concept(_ korean: String) throws -> Set<UInt32> { try #require(withGlossary.concepts(koreanWords: [korean]).first) }
        let (러시아, 측, 북한, 한국) = (try concept("러시아"), try concept("측은"), try concept("북한"), try concept("한국"))
        let russian = withGlossary.concepts(englishWords: BilingualLexicon.englishWords("The Russian side"))
        #expect(russian.count == 2)
        #expect(!(russian.first ?? []).isDisjoint(with: 러시아))
        #expect(!(russian.last ?? []).isDisjoint(with: 측))
        let northKorean = withGlossary.contentWords(englishWords: BilingualLexicon.englishWords("North Korean leader"))
        #expect(northKorean.map(\.text) == ["north korean", "leader"])
        let northKoreanConcepts = northKorean.first?.concepts ?? []
        #expect(!northKoreanConcepts.isDisjoint(with: 북한))
        #expect(northKoreanConcepts.isDisjoint(with: 한국))
        for (adjective, country) in [("Chinese", "중국"), ("American", "미국"), ("Ukrainians", "우크라이나"), ("Japanese", "일본")] {
            let concepts = withGlossary.concepts(englishWords: BilingualLexicon.englishWords(adjective))
            let countryConcepts = try concept(country)
            #expect(concepts.count == 1 && !(concepts.first ?? []).isDisjoint(with: countryConcepts), "\(adjective) ~ \(country)")
        }
        #expect(withGlossary.concepts(englishWords: ["korean"]).allSatisfy { $0.isDisjoint(with: 한국) && $0.isDisjoint(with: 북한) })
        // Without a glossary the adjectives are plain words.
        #expect(lexicon.concepts(englishWords: ["russian"]) == [[]])
        // Every row's country is an English form of the bundled glossary.
        let rows = try ResourceFile.rows("data/english-demonyms.tsv", minimumColumns: 3)
        #expect(rows.count > 100)
        for row in rows {
            #expect(withGlossary.concepts(englishWords: BilingualLexicon.englishWords(row.fields[1])).contains { !$0.isEmpty }, "line \(row.line): \(row.fields[1])")
        }
    }

    /// Plain words of spoken remarks (the test set's summits): 훌륭한 is great or excellent,
    /// 쉽다 easy (a lemma row, as 쉬운 is 쉽 + -ㄴ), 만나다 meet, met or meeting; 감사 gratitude,
    /// 초대 invite, 성공 success, 영광 honor, 과거 past, 편견 prejudice. 좋다 'good' was tried too
    /// and left out: it linked the test set's neighbouring remarks.
    @Test func plainWordsOfSpokenRemarksHaveTheirSenses() throws {
        let 훌륭한 = try #require(lexicon.concepts(koreanWords: ["훌륭한"]).first)
        #expect(lexicon.concepts(englishWords: ["great"]).contains { !$0.isDisjoint(with: 훌륭한) })
        let easy = lexicon.concepts(lemmas: ["쉽다"])
        #expect(!easy.isEmpty && lexicon.concepts(englishWords: ["easy"]).contains { !$0.isDisjoint(with: easy) })
        #expect(lexicon.concepts(lemmas: ["좋다01"]).isEmpty)
        let 만나 = try #require(lexicon.concepts(koreanWords: ["만나"]).first)
        #expect(lexicon.concepts(englishWords: ["meeting"]).contains { !$0.isDisjoint(with: 만나) })
        // Sino-Korean words whose Hanja glosses miss the English the remarks use.
        for (korean, english) in [("감사를", "gratitude"), ("초대할", "invite"), ("성공적", "successful"), ("영광이며", "honor"), ("과거가", "past"), ("편견과", "prejudice")] {
            let concepts = try #require(lexicon.concepts(koreanWords: [korean]).first)
            #expect(lexicon.concepts(englishWords: [english]).contains { !$0.isDisjoint(with: concepts) }, "\(korean) ~ \(english)")
        }
    }

    /// The words the loudspeaker set's Korean–English pairs missed (fortieth session): a device
    /// the Hanja glosses leave out, and senses the wires' English uses (removed, willing).
    @Test func loudspeakersRemovalAndWillingness() throws {
        for (korean, english) in [("확성기들을", "loudspeaker"), ("철거한", "removed"), ("철거할", "remove"), ("의향도", "willing")] {
            let concepts = try #require(lexicon.concepts(koreanWords: [korean]).first)
            #expect(lexicon.concepts(englishWords: [english]).contains { !$0.isDisjoint(with: concepts) }, "\(korean) ~ \(english)")
        }
    }

    @Test func contractedVowelsAreUndoneOnlyBeforeNoFinalOrThePast() {
        #expect(BilingualLexicon.uncontracted("합쳐".unicodeScalars) == "합치")
        #expect(BilingualLexicon.uncontracted("지켰".unicodeScalars) == "지키")
        #expect(BilingualLexicon.uncontracted("이뤄".unicodeScalars) == "이루")
        #expect(BilingualLexicon.uncontracted("돼".unicodeScalars) == "되")
        #expect(BilingualLexicon.uncontracted("봐".unicodeScalars) == "보")
        #expect(BilingualLexicon.uncontracted("혁".unicodeScalars) == nil)   // a final other than ㅆ
        #expect(BilingualLexicon.uncontracted("바라".unicodeScalars) == nil)  // not a contracted vowel
        #expect(BilingualLexicon.uncontracted("ab".unicodeScalars) == nil)
    }

    @Test func theFinalIsTakenOffOnlyWhenItIsAnEnding() {
        #expect(BilingualLexicon.withoutEndingConsonant("바란".unicodeScalars) == "바라")
        #expect(BilingualLexicon.withoutEndingConsonant("바랐".unicodeScalars) == "바라")
        #expect(BilingualLexicon.withoutEndingConsonant("바락".unicodeScalars) == nil)
        #expect(BilingualLexicon.withoutEndingConsonant("바라".unicodeScalars) == nil)
        #expect(BilingualLexicon.withoutEndingConsonant("ab".unicodeScalars) == nil)
    }
}

extension BilingualLexiconTests {
    /// An English word carries the senses of the rows whose Korean form begins its own: a Korean
    /// word takes every form that starts it (성과적으로 is 성과 and 성과적), so "results" and
    /// "successfully" meet through it, while 성과 alone ("results") is not "successfully".
    @Test func anEnglishWordCarriesTheSensesOfItsKoreanFormsPrefixes() throws {
        let successfully = try #require(lexicon.concepts(englishWords: ["successfully"]).first)
        let results = try #require(lexicon.concepts(englishWords: ["result"]).first)
        let 성과적으로 = try #require(lexicon.concepts(koreanWords: ["성과적으로"]).first)
        let 성과를 = try #require(lexicon.concepts(koreanWords: ["성과를"]).first)
        #expect(!successfully.isDisjoint(with: results))
        #expect(successfully.isSubset(of: 성과적으로))
        #expect(!results.isDisjoint(with: 성과적으로))
        #expect(!results.isDisjoint(with: 성과를))
        // The prefix is taken in one direction only: 성과 does not gain 성과적's English.
        #expect(lexicon.concepts(englishWords: ["successfully"]).first != lexicon.concepts(englishWords: ["result"]).first)
        #expect(성과를.isSuperset(of: successfully) == false)
    }
}

extension BilingualLexiconTests {
    /// A one-syllable noun, pronoun or adverb of the function words is one alone or before a
    /// particle or the copula only: 이를, 것입니다 and 수도 carry no content, while 이번, 이행,
    /// 수준, 바탕 and 나라를 do (they were all function words when any word starting with a
    /// listed syllable was). Stems and longer listed words take any ending (있으며, 하여야, 위해서).
    @Test func aOneSyllableFunctionWordTakesParticlesOnly() {
        for word in ["것", "것이다", "것입니다", "것으로", "이를", "이는", "이로써", "수도", "수가", "그는", "등을", "더", "또는",
                     "있으며", "없는", "하여야", "되었다", "위해서", "우리는", "그리고", "그렇게"] {
            let isFunction = lexicon.isKoreanFunctionWord(word)
            #expect(isFunction, "\(word)")
        }
        for word in ["이번", "이행을", "수준", "수행하여", "바탕을", "나라를", "저항", "등장", "다양한", "더러운"] {
            let isFunction = lexicon.isKoreanFunctionWord(word)
            #expect(!isFunction, "\(word)")
        }
    }

    /// Frequent words of statements that neither the glossary nor a Hanja gloss covers meet their
    /// English renderings: native words (굳건히 firmly, 함께 together), Sino-Korean words whose
    /// Hanja CC-CEDICT lacks (역할 役割 role) and derived adjectives (건설적 constructive).
    @Test func frequentStatementWordsMeetTheirEnglish() throws {
        for (korean, english) in [("역할을", "role"), ("건설적인", "constructive"), ("굳건히", "firmly"), ("지켜나갈", "defend"),
                                  ("도와줄", "help"), ("긍정적", "positive"), ("나라들의", "country"),
                                  ("인내심을", "patient"), ("유지할", "stay"), ("유지하겠다", "maintain")] {
            let k = try #require(lexicon.concepts(koreanWords: [korean]).first)
            let e = try #require(lexicon.concepts(englishWords: [english]).first)
            #expect(!k.isEmpty && !k.isDisjoint(with: e), "\(korean) ~ \(english)")
        }
        // Not every word meets every other: 역할 is no country.
        let role = try #require(lexicon.concepts(koreanWords: ["역할을"]).first)
        let country = try #require(lexicon.concepts(englishWords: ["country"]).first)
        #expect(role.isDisjoint(with: country))
    }
}

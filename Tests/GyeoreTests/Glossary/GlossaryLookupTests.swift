import Testing
@testable import Gyeore

@Suite struct GlossaryLookupTests {
    private static let loaded = Result { try Glossary(folder: Fixtures.root.appendingPathComponent("glossary").path) }
    /// The package's glossary; a failure to load it fails each test that needs it, with its message.
    static func glossary() throws -> Glossary { try loaded.get() }

    @Test(arguments: [
        // Every spelling the seeds use, North and South, English, any case, width, spacing, dots.
        ("country.russia", ["로씨야련방", "러시아연방", "러시아 연방", "Russian Federation", "russian federation", "RUSSIA", "로씨야", "러시아", "러", "로", "ＲＵＳＳＩＡ"]),
        ("term.north-korea-russia", ["조로", "북러", "북·러", "북ㆍ러", "북-러", "로조", "러북", "러·북"]),
        ("country.north-korea", ["조선민주주의인민공화국", "북한", "北", "DPRK", "North Korea", "north  korea", "Democratic People's Republic of Korea", "조선"]),
        ("outlet.rodong-sinmun", ["노동신문", "로동신문", "Rodong Sinmun", "rodong sinmun", "Nodong Sinmun"]),
        ("outlet.kcna", ["조선중앙통신", "KCNA", "kcna", "Korean Central News Agency"]),
        ("outlet.tass", ["타스", "TASS", "타스 통신", "따쓰", "ITAR-TASS", "itar tass"]),
        ("capital.kyiv", ["끼예브", "키이우", "키예프", "Kyiv", "Kiev"]),
        ("person.andrei-belousov", ["벨로우소프", "벨로우쏘브", "벨로오소프", "안드레이 벨로우소프", "Andrei Belousov", "belousov"]),
        ("person.kim-jong-un", ["김정은", "Kim Jong Un", "Kim Jong-un", "kim jongun"]),
        ("term.territorial-integrity", ["령토완정", "영토 완정", "영토완정", "territorial integrity"]),
        ("country.hungary", ["마쟈르", "헝가리", "웽그리아", "Hungary"]),
        ("country.germany", ["도이췰란드", "독일", "Germany"]),
        // Officials from the published lists of the 7th and 8th Party Congresses: Korean, KCNA's
        // spelling, the hyphenated one.
        ("person.hwang-pyong-so", ["황병서", "Hwang Pyong So", "hwang pyong-so"]),
        ("person.jong-kyong-thaek", ["정경택", "Jong Kyong Thaek", "Jong Kyong-thaek"]),
        ("person.ri-chol-man", ["리철만", "Ri Chol Man", "Ri Chol-man"]),
        // The Cabinet of January 2021 (Korean from the SPA report, English from Wikidata), and a
        // general whose English no source printed (the computed DPRK spelling).
        ("person.ju-chol-gyu", ["주철규", "Ju Chol Gyu", "ju chol-gyu"]),
        ("person.chae-song-hak", ["채성학", "Chae Song Hak"]),
        ("person.kim-kwang-hyok", ["김광혁", "Kim Kwang Hyok", "Kim Kwang-hyok"]),
        // A county generated from open-admin-data and NK-HanDic: both spellings, both Englishes.
        ("place.rakwon", ["락원군", "낙원군", "Rakwon County", "Ragwon County"]),
        ("place.ryongchon", ["룡천군", "용천군", "Ryongchon County"]),
        // Countries and capitals of the world: NK-HanDic's North Korean spelling, the MOFA
        // spelling, English with and without its accents, the former name.
        ("country.cote-divoire", ["꼬뜨디봐르", "코트디부아르", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"]),
        ("country.argentina", ["아르헨띠나", "아르헨티나", "Argentina"]),
        ("country.eswatini", ["에스와티니", "스와질란드", "Eswatini", "Swaziland"]),
        // International organizations: KCNA's and Rodong's Korean, the press's, English and acronym.
        ("organization.nato", ["나토", "북대서양조약기구", "NATO", "North Atlantic Treaty Organization"]),
        ("organization.eu", ["유럽동맹", "유럽연합", "EU", "European Union"]),
        ("organization.sco", ["상해협조기구", "상하이협력기구", "SCO", "Shanghai Cooperation Organisation"]),
        ("organization.state-duma", ["로씨야 국가회의", "국가두마", "State Duma"]),
        ("person.sergei-lavrov", ["쎄르게이 라브로브", "라브로브", "세르게이 라브로프", "Sergei Lavrov"]),
        ("person.maria-zakharova", ["마리야 자하로바", "마리아 자하로바", "Maria Zakharova"]),
        // Officials quoted beside the DPRK's by their surname alone, in English as in Korean.
        ("person.dmitry-medvedev", ["메드베데프", "Medvedev", "Dmitry Medvedev"]),
        ("person.valentina-matviyenko", ["마트비옌코", "Matviyenko"]),
        ("person.antony-blinken", ["블링컨", "Blinken"]),
        ("person.shinzo-abe", ["아베", "Abe"]),
        ("capital.paris", ["빠리", "파리", "Paris"]),
        ("capital.chisinau", ["키시너우", "Chișinău", "Chisinau"]),
        // The Cabinet's organs and posts, officials quoted beside the DPRK's, ranks, agreements.
        ("organization.dprk-ministry-of-labour", ["로동성", "노동성", "Ministry of Labour"]),
        ("title.dprk-minister-of-land-and-maritime-transport", ["륙해운상", "육해운상", "Minister of Land and Maritime Transport"]),
        ("person.li-zhanshu", ["률전서", "리잔수", "Li Zhanshu"]),
        ("person.jiang-zemin", ["장쩌민", "강택민", "Jiang Zemin"]),
        ("title.rank-colonel-general", ["상장", "Colonel General"]),
        ("organization.swuk", ["조선사회주의녀성동맹", "조선사회주의여성동맹", "Socialist Women's Union of Korea"]),
        ("document.june-15-declaration", ["6·15 공동선언", "6.15북남공동선언", "June 15 Joint Declaration"]),
        // General vocabulary, by its North and South Korean spellings and its English.
        ("word.manpower", ["로력", "manpower", "labour force"]),
        ("word.around", ["두리", "둘레"]),
    ])
    func findsTheEntryByEveryForm(id: String, forms: [String]) throws {
        for form in forms {
            #expect(try Self.glossary().lookup(form).map(\.id) == [id], "\(form)")
        }
    }

    /// A South Korean spelling of a name or word the glossary writes as the North does finds it
    /// through the North's initial ㄹ or ㄴ (이철만 → 리철만, 이선권 → 리선권); a word
    /// no spelling of which is listed finds nothing.
    @Test func southernSpellingsFindNorthernForms() throws {
        let glossary = try Self.glossary()
        #expect(glossary.lookup("이철만").isEmpty)
        #expect(glossary.lookup(southernSpellingOf: "이철만").map(\.id) == ["person.ri-chol-man"])
        #expect(glossary.lookup(southernSpellingOf: "이선권").map(\.id) == ["person.ri-son-gwon"])
        #expect(glossary.lookup(southernSpellingOf: "xyzzy").isEmpty)
        #expect(Glossary.northernInitialVariants(of: "이철만") == ["리철만", "니철만"])
        #expect(Glossary.northernInitialVariants(of: "여성") == ["려성", "녀성"])
        #expect(Glossary.northernInitialVariants(of: "노동 연합") == ["로동 연합", "노동 련합", "노동 년합", "로동 련합"])
        #expect(Glossary.northernInitialVariants(of: "한국").isEmpty)
    }

    /// A romanization no row spells finds the entry through the romanizer: either system, any
    /// case, spacing, hyphens or breves; a string that romanizes nothing finds nothing.
    @Test(arguments: [
        ("person.kim-jong-un", ["Gim Jeong-eun", "gim jeongeun", "GIMJEONGEUN"]),
        ("country.russia", ["Rossiya", "rossiya", "Reosia"]),
        ("capital.pyongyang", ["Phyŏngyang", "PHYONGYANG", "Pyeongyang"]),
    ])
    func romanizationsFindTheirEntry(id: String, queries: [String]) throws {
        let glossary = try Self.glossary()
        let index = RomanizedIndex(glossary: glossary, romanizer: try Romanizer())
        for query in queries {
            #expect(index.lookup(query).map(\.id).contains(id), "\(query)")
        }
        #expect(index.lookup("xyzzy").isEmpty)
    }

    @Test func entriesCarryTheirCanonicalForms() throws {
        let russia = try #require(try Self.glossary().entry(id: "country.russia"))
        #expect(russia.southKorean == "러시아")
        #expect(russia.northKorean == "로씨야")
        #expect(russia.english == "Russia")
        #expect(russia.forms(.nk).map(\.text) == ["로씨야", "로씨야련방", "로"])
        #expect(russia.forms(.nk)[1].tags == [.full])
        #expect(russia.forms(.sk)[2].tags == [.abbr])
        #expect(russia.source.contains("seed:001"))
        let tass = try #require(try Self.glossary().entry(id: "outlet.tass"))
        #expect(tass.northKorean == "따쓰")
        #expect(try Self.glossary().entry(id: "place.korean-peninsula")?.northKorean == "조선반도")
    }

    @Test func missesSuggestTheClosestEntries() throws {
        #expect(try Self.glossary().lookup("로씨야렌방").isEmpty)
        let suggestions = try Self.glossary().suggestions(for: "로씨야렌방")
        #expect(suggestions.first?.entry.id == "country.russia")
        #expect(suggestions.first?.form == "로씨야련방")
        #expect(try Self.glossary().suggestions(for: "Belousof").first?.entry.id == "person.andrei-belousov")
        #expect(try Self.glossary().suggestions(for: "완전히 다른 말입니다").isEmpty)
        // Letter by letter (jamo), not syllable by syllable: 렁도 is one letter from 령도 (leadership)
        // and three from 인도 (India), which are each one syllable from it.
        let leadership = try Self.glossary().suggestions(for: "렁도")
        #expect(leadership.first?.entry.id == "term.leadership", "\(leadership.map(\.entry.id))")
        #expect(!leadership.contains { $0.entry.id == "country.india" })
    }
}

import Foundation
import Testing

@Suite(.enabled(if: CLIDependencies.dictionariesFound, "needs the MeCab dictionaries (see CLIDependencyTests)"))
struct AlignCommandTests {
    /// The 2019 New Year address: the North Korean text, two South Korean reports, an English one.
    let labelled = ["ny2019-00.txt", "ny2019-03.txt", "ny2019-07.txt", "ny2019-08.txt"].map { "Tests/Fixtures/alignment-dev/\($0)" }

    /// The address itself, without quotation marks, as the original: each report's quotation
    /// finds the sentence it renders, listed first, with offsets into the source file.
    @Test func anUnquotedSourceGivesTheOriginalSentence() throws {
        let source = "Tests/Fixtures/alignment-source/ny2019-address-excerpt.txt"
        let reports = ["ny2019-03.txt", "ny2019-07.txt"].map { "Tests/Fixtures/alignment-dev/\($0)" }
        let result = try CommandRunner.run(["align", "--source", source] + reports)
        #expect(result.status == 0)
        let object = try jsonObject(result.stdout)
        let documents = try field(object, "documents", [[String: Any]].self)
        #expect(documents.first?["document"] as? String == source && documents.first?["source"] as? Bool == true)
        let clusters = try field(object, "clusters", [[String: Any]].self)
        let scalars = Array(try String(contentsOfFile: CommandRunner.root.appendingPathComponent(source).path, encoding: .utf8).unicodeScalars)
        var originals: [String] = []
        for cluster in clusters {
            let members = try field(cluster, "members", [[String: Any]].self)
            // The source's sentence leads its cluster, and no cluster holds two of them.
            let fromSource = members.filter { $0["source"] as? Bool == true }
            #expect(fromSource.count <= 1)
            guard let first = members.first, first["source"] as? Bool == true else { continue }
            #expect(first["kind"] as? String == "sentence")
            let (start, end) = (first["start"] as? Int ?? -1, first["end"] as? Int ?? -1)
            #expect(start >= 0 && end <= scalars.count && start < end)
            if start >= 0 && end <= scalars.count && start < end { #expect(String(String.UnicodeScalarView(scalars[start..<end])) == first["text"] as? String) }
            originals.append(String((first["text"] as? String ?? "").prefix(12)))
        }
        // The reports quote two of the three paragraphs' statements (exchange and Kaesong).
        #expect(originals.sorted() == ["당면하여 우리는 개성공", "북남사이의 협력과 교류"])
        let text = try CommandRunner.run(["align", "--format", "text", "--source", source] + reports)
        #expect(text.stdout.contains("ny2019-address-excerpt.txt:9 [") && text.stdout.contains("(source sentence) “당면하여 우리는"))
    }

    @Test func jsonHasDocumentsClustersMembersAndPairs() throws {
        let result = try CommandRunner.run(["align"] + labelled)
        #expect(result.status == 0)
        let object = try jsonObject(result.stdout)
        let documents = try field(object, "documents", [[String: Any]].self)
        #expect(try documents.map { try field($0, "document", String.self) } == labelled)
        #expect(documents.map { $0["outlet"] as? String } == ["Rodong Sinmun (text of the address)", "Bizweb", "Newspim", "Korea Herald"])
        #expect(documents.map { $0["side"] as? String } == ["north-korean", "south-korean", "south-korean", "south-korean"])
        let clusters = try field(object, "clusters", [[String: Any]].self)
        // The seven statements these reports share by the labels (kaesong, meet, current,
        // distrust, drills, greeting, exchange), each once.
        #expect(clusters.count == 7)
        let first = clusters[0]
        #expect(Set(first.keys) == ["id", "score", "members", "pairs", "reference"])
        // Every member after the first is compared with the first (the original).
        #expect((first["reference"] as? [[String: Any]])?.count == 2) // three members
        let members = try field(first, "members", [[String: Any]].self)
        #expect(members.count == 3)
        #expect(Set(members[0].keys).isSuperset(of: ["document", "start", "end", "text", "language"]))
        // Offsets point at the quotation in its file.
        for member in members {
            let file = Array(try String(contentsOf: CommandRunner.root.appendingPathComponent(try field(member, "document", String.self)), encoding: .utf8).unicodeScalars)
            let (start, end) = (try field(member, "start", Int.self), try field(member, "end", Int.self))
            let slice = String(String.UnicodeScalarView(file[start..<end]))
            #expect(try slice == field(member, "text", String.self))
        }
        let spelling = try clusters.flatMap { try field($0, "pairs", [[String: Any]].self) }.first { try field($0, "diff", [[String: Any]].self).contains { $0["category"] as? String == "spelling" } }
        #expect(spelling != nil)
        // A difference's ranges are offsets into each member's text as written.
        var placed = 0
        for cluster in clusters {
            let texts = try field(cluster, "members", [[String: Any]].self).map { Array(try field($0, "text", String.self).unicodeScalars) }
            for pair in try field(cluster, "pairs", [[String: Any]].self) {
                let (a, b) = (try field(pair, "a", Int.self), try field(pair, "b", Int.self))
                for item in try field(pair, "diff", [[String: Any]].self) where item["category"] as? String != "identical" {
                    for (side, text) in [("a", texts[a]), ("b", texts[b])] {
                        guard let start = item[side + "Start"] as? Int, let end = item[side + "End"] as? Int else { continue }
                        #expect(start <= end && end <= text.count)
                        guard start <= end && end <= text.count else { continue }
                        #expect(String(String.UnicodeScalarView(text[start..<end])) == item[side] as? String)
                        placed += 1
                    }
                }
            }
        }
        #expect(placed > 20)
    }

    /// Recent statements (the speech of 21 September 2025, `alignment-recent`): the Korean
    /// “우리는 절대로 핵을 내려놓지 않을 것” and three English renderings by other translators
    /// (put down, give up, lay down) are one statement, as the lexicon's 내려놓다 and 절대로 say;
    /// the sentence before it, on what the United States does after forcing others to give up
    /// their nuclear weapons, is another, with a cluster of its own.
    @Test func recentStatementsAcrossTranslators() throws {
        let reports = ["r-00.txt", "r-02.txt", "r-06.txt", "r-12.txt", "r-13.txt", "r-14.txt"].map { "Tests/Fixtures/alignment-recent/\($0)" }
        let result = try CommandRunner.run(["align"] + reports)
        #expect(result.status == 0)
        let clusters = try field(try jsonObject(result.stdout), "clusters", [[String: Any]].self)
        let texts = try clusters.map { try field($0, "members", [[String: Any]].self).map { try field($0, "text", String.self) } }
        let never = texts.first { $0.contains("We will never put down our nuclear weapons.") } ?? []
        #expect(never.filter { $0 == "우리는 절대로 핵을 내려놓지 않을 것" }.count == 2)
        #expect(never.contains("We will never give up our nuclear weapons."))
        #expect(!never.contains { $0.hasPrefix("The world already knows") })
        let world = texts.first { $0.contains { $0.hasPrefix("The world already knows") } } ?? []
        #expect(world.contains { $0.hasPrefix("핵을 포기시키고 무장 해제시킨 다음") })
        #expect(!world.contains("We will not give up nuclear weapons.") && !world.contains("We will never give up our nuclear weapons."))
    }

    /// Metadata from a JSON Lines file names the outlet and side where a report has no front
    /// matter; a line that is not such an object is an error naming the file and line.
    @Test func metadataFromAJSONLinesFile() throws {
        let seed = "seeds/001_7e2b87ae5e712a91.txt"
        let meta = try CommandRunner.scratchFile("meta.jsonl", Array("{\"document\": \"\(seed)\", \"outlet\": \"Hankyoreh\", \"side\": \"south-korean\", \"date\": \"2024-11-30\"}\n".utf8))
        let result = try CommandRunner.run(["align", "--meta", meta, seed])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first?["outlet"] as? String == "Hankyoreh")
        #expect(documents.first?["side"] as? String == "south-korean")
        let broken = try CommandRunner.scratchFile("broken.jsonl", Array("{\"document\": \"x\"}\nnot json\n".utf8))
        let refused = try CommandRunner.run(["align", "--meta", broken, seed])
        #expect(refused.status == 65)
        #expect(refused.stderr == "\(broken):2: error: not a JSON object with a \"document\" field\n")
    }

    /// Past the limit on quoted text, align stops with one line naming the file where it was
    /// passed, before aligning anything.
    @Test func quotedTextOverTheLimitIsAnInputError() throws {
        let result = try CommandRunner.run(["align", "--max-quoted-bytes", "300"] + labelled)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Tests/Fixtures/alignment-dev/ny2019-00.txt") == true)
        #expect(lines.first?.contains("more than 300 bytes of quoted text") == true)
        #expect(try CommandRunner.run(["align", "--max-quoted-bytes", "0"] + labelled).status == 64)
    }

    @Test func textIsAReadableSummary() throws {
        let result = try CommandRunner.run(["align", "--format", "text"] + labelled)
        #expect(result.stdout.hasPrefix("cluster 0: 3 renderings, score "))
        #expect(result.stdout.contains("spelling ‹력사를› → ‹역사를›"))
    }

    @Test func htmlRendersItsClustersInAHeadlessBrowserAndEscapesQuotedMarkup() throws {
        // Two reports quoting the same statement, which contains markup.
        let hostile = "<img src=x onerror=alert(1)><script>document.title='owned'</script>를 포함한 발언"
        let first = try CommandRunner.scratchFile("a.txt", Array("김 위원장은 “조로 두 나라사이의 협조를 여러 분야에서 확대해나갈 용의가 있다 \(hostile)”고 밝히였다.\n".utf8))
        let second = try CommandRunner.scratchFile("b.txt", Array("김 위원장은 \"북러 두 나라 사이의 협력을 여러 분야에서 확대해 나갈 용의가 있다 \(hostile)\"고 밝혔다.\n".utf8))
        let report = try CommandRunner.run(["align", "--format", "html"] + labelled + [first, second])
        #expect(report.status == 0)
        #expect(!report.stdout.contains("<script>document"))
        #expect(report.stdout.contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;"))
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-report-\(UUID().uuidString).html")
        try report.stdout.write(to: page, atomically: true, encoding: .utf8)

        // The page as Chromium renders it: clusters present, nothing injected.
        let dom = try chromium(["--dump-dom", page.absoluteString])
        // The seven statements the labelled reports share, and the two hostile reports as an eighth.
        #expect(dom.components(separatedBy: "<section class=\"cluster\"").count - 1 == 8)
        #expect(dom.contains("&lt;script&gt;document.title='owned'&lt;/script&gt;"))
        // One script, the page's own filters; nothing from the quoted text runs or renders as markup.
        #expect(dom.components(separatedBy: "<script").count - 1 == 1)
        #expect(dom.contains("<script id=\"gyeore-filters\">"))
        #expect(!dom.contains("<img"))
        // Cards carry the outlet, the date and a badge from the reports' front matter; the
        // North Korean original comes first.
        #expect(dom.contains("<span class=\"badge NK\">NK</span>Rodong Sinmun (text of the address) · 2019-01-01"))
        #expect(dom.contains("<span class=\"badge EN\">EN</span>Korea Herald"))
        // The filter script ran: it counts the statements shown.
        #expect(dom.contains("8 of 8 statements"))
        #expect(dom.contains("<title>Gyeore: aligned quotations</title>"))
        let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("gyeore-report-\(UUID().uuidString).png")
        _ = try chromium(["--screenshot=\(screenshot.path)", "--window-size=1200,1800", page.absoluteString])
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000) // a page of text in a Korean font, not a blank image
    }

    /// A Korean and an English rendering: the JSON lists the words that correspond as each
    /// outlet wrote them, with offsets that cut them out of each member's text, and the HTML
    /// marks the English words in the text's own order (the correspondences come in the Korean
    /// order: Russia … DPRK … the two countries … continue).
    @Test func translationsAreTheOutletsWordsPlacedByOffsets() throws {
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let korean = folder.appendingPathComponent("ko.txt").path, english = folder.appendingPathComponent("en.txt").path
        try "김 위원장은 “러시아와 조선은 두 나라의 전략적 협력을 계속 발전시켜 나갈 것이다”라고 말했다.\n".write(toFile: korean, atomically: false, encoding: .utf8)
        try "Kim said: \"Russia and the DPRK will continue to develop the strategic cooperation between the two countries.\"\n".write(toFile: english, atomically: false, encoding: .utf8)
        let json = try CommandRunner.run(["align", "--no-orthography", korean, english])
        #expect(json.status == 0, "\(json.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let cluster = (report?["clusters"] as? [[String: Any]])?.first
        let members = (cluster?["members"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        let diff = ((cluster?["pairs"] as? [[String: Any]])?.first?["diff"] as? [[String: Any]]) ?? []
        #expect(members.count == 2)
        var translations: [String] = []
        for entry in diff {
            for (side, member) in [("a", 0), ("b", 1)] where member < members.count {
                guard let text = entry[side] as? String, !text.isEmpty else { continue }
                let start = entry[side + "Start"] as? Int, end = entry[side + "End"] as? Int
                let scalars = Array(members[member].unicodeScalars)
                #expect(start.flatMap { s in end.map { e in String(String.UnicodeScalarView(scalars[s..<e])) } } == text, "\(entry)")
            }
            if entry["category"] as? String == "translation", let a = entry["a"] as? String, let b = entry["b"] as? String { translations.append("\(a)=\(b)") }
        }
        #expect(Set(translations).isSuperset(of: ["러시아와=Russia", "조선은=DPRK", "협력을=cooperation", "발전시켜=develop"]), "\(translations)")
        let html = try CommandRunner.run(["align", "--no-orthography", "--format", "html", korean, english])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<mark class=\"translation\">Russia</mark> and the <mark class=\"translation\">DPRK</mark> will <mark class=\"translation\">continue</mark> to <mark class=\"translation\">develop</mark> the <mark class=\"translation\">strategic</mark> <mark class=\"translation\">cooperation</mark>"), "\(html.stdout)")
    }

    /// Renderings that look like markup, differ at their end by `lt` or `mark`, or write digits
    /// full-width, from files whose names hold a line break and a quote: in Chromium each
    /// rendering reads exactly as quoted, and each highlight stands where the difference is.
    @Test func highlightsStandByOffsetsAndTheRenderedTextIsTheQuotation() throws {
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let statement = "두 나라 사이의 협력을 확대해 나갈 용의가 있다 x < y &lt; z"
        let texts = [("a.txt", statement), ("b\nc.txt", statement + " lt"), ("d\".txt", statement + " mark"),
                     ("e.txt", "제58차 회의에서 " + statement), ("f.txt", "제５９차 회의에서 " + statement)]
        var paths: [String] = []
        for (name, text) in texts {
            let path = folder.appendingPathComponent(name).path
            try "김 위원장은 “\(text)”고 말했다.\n".write(toFile: path, atomically: false, encoding: .utf8)
            paths.append(path)
        }
        let report = try CommandRunner.run(["align", "--format", "html", "--no-orthography", "--all"] + paths)
        #expect(report.status == 0, "\(report.stderr)")
        let page = folder.appendingPathComponent("report.html")
        try report.stdout.write(to: page, atomically: true, encoding: .utf8)
        let dom = try chromium(["--dump-dom", page.absoluteString])

        // What the reader sees of each rendering: its text, marks taken away, entities read.
        func rendered(_ html: Substring) -> String {
            var text = String(html)
            for tag in ["<mark class=\"addition\">", "<mark class=\"lexical\">", "<mark class=\"paraphrase\">", "</mark>"] { text = text.replacingOccurrences(of: tag, with: "") }
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] { text = text.replacingOccurrences(of: entity, with: character) }
            return text
        }
        let renderings = dom.components(separatedBy: "<p>“").dropFirst().map { rendered($0.prefix { $0 != "”" }) }
        #expect(renderings.count == texts.count)
        #expect(renderings.sorted() == texts.map(\.1).sorted())
        // The added words are marked at the end, not inside &lt; or a tag.
        #expect(dom.contains("y &amp;lt; z <mark class=\"addition\">lt</mark>”"))
        #expect(dom.contains("y &amp;lt; z <mark class=\"addition\">mark</mark>”"))
        // Full-width digits are marked as written, by offsets, though the diff compares 제59차.
        #expect(dom.contains("<mark class=\"addition\">제５９차 회의에서</mark> 두 나라"))
        // File names are text, line break and quote included.
        #expect(dom.contains("/b\nc.txt</a>"))
        #expect(dom.contains("/d\".txt</a>"))
    }

    private func chromium(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.launchForTest()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// align's quotation limit stops a run while quotations are read, before any is aligned.
@Suite struct AlignLimitTests {
    @Test func theQuotationLimitStopsReadingAtTheRecordThatPassesIt() throws {
        let record = { (n: Int) in "{\"document\":\"d\",\"index\":\(n),\"start\":\(n * 40),\"end\":\(n * 40 + 30),\"line\":1,\"text\":\"우리는 대회가 성과적으로 개최되기를 바란다 \(n)\",\"marks\":\"“”\",\"depth\":0,\"kind\":\"direct\",\"language\":\"ko\",\"occurrences\":[]}" }
        let file = try CommandRunner.scratchFile("quotations.jsonl", Array((0..<20).map(record).joined(separator: "\n").utf8))
        let result = try CommandRunner.run(["align", "--quotations", "--max-quotations", "10", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("quotations.jsonl:11: error: more than 10 quotations in all"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // Under the limit the same file aligns (the 20 near-identical renderings are one statement).
        let whole = try CommandRunner.run(["align", "--quotations", file])
        #expect(whole.status == 0)
        let over = try CommandRunner.run(["align", "--max-quotations", "2000001", file])
        #expect(over.status == 64)
    }

    @Test func theLimitHoldsForReportsToo() throws {
        let result = try CommandRunner.run(["align", "--max-quotations", "2", "Tests/Fixtures/alignment-dev/ny2018-04.txt"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("ny2018-04.txt: error: more than 2 quotations in all"), "\(result.stderr)")
    }
}

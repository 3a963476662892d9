import Foundation
import Gyeore
import GyeoreOrthography

/// `gyeore-bench align --labelled DIR`: aligns the reports of a labelled set (`*.txt` with
/// front matter naming `language` and `side`, and `labels.tsv`) and prints pairwise precision,
/// recall and F1 per tier, the largest cluster's number of distinct statements and the number of
/// clusters holding more than one, beside the same figures for the naive baseline
/// (``PartialRatioBaseline``, Korean quotations only) computed in the same run.
struct LabelledAlignmentBenchmark {
    let folder: String
    /// Lists every missed and false pair with its score.
    var explain = false
    /// Prints every labelled pair's truth, tier and score (for calibration).
    var scoresOnly = false
    /// Originals (`align --source`): their sentences are aligned too, and the benchmark reports
    /// how many labelled renderings were attributed to the right sentence.
    var sources: [String] = []

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        // GYEORE_BENCH_NO_HANJA=1: the explanations (`--explain`) for the aligner without the Hanja
        // glosses, the one the test suite's development-set test runs.
        let (glossary, aligner) = try AlignmentBenchmark.standardAligner(root: root, hanja: ProcessInfo.processInfo.environment["GYEORE_BENCH_NO_HANJA"] == nil)
        let extractor = try QuoteExtractor(glossary: glossary)

        let directory = URL(fileURLWithPath: folder)
        // file -> (the quotation's first characters, its labels): 12 characters, or more where two
        // quotations of one report start alike; a quotation takes the longest row it starts with.
        var labels: [String: [(prefix: String, labels: Set<String>)]] = [:]
        var labelRows = 0
        for line in try String(contentsOf: directory.appendingPathComponent("labels.tsv"), encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, !fields[1].isEmpty else { throw BenchError("labels.tsv: a row needs file, prefix and labels: \(line)") }
            labels[fields[0], default: []].append((fields[1], Set(fields[2].split(separator: "+").map(String.init))))
            labelRows += 1
        }
        var quotations: [Quotation] = []
        var sides: [String] = []
        var frontMatter: [String: (language: String, side: String)] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in files {
            let path = directory.appendingPathComponent(name).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // A front-matter field (`side: north-korean`), or "unknown".
            func field(_ key: String) -> String {
                text.split(separator: "\n").first { $0.hasPrefix(key + ":") }.map { String($0.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces) } ?? "unknown"
            }
            let side = field("side")
            frontMatter[name] = (field("language"), side)
            let reader = try LineReader(path: path)
            extractor.begin(document: name)
            while let line = try reader.next() { extractor.add(line) }
            for quotation in extractor.finish() {
                quotations.append(quotation)
                sides.append(side)
            }
        }
        // Source documents: every sentence holding no quotation, unlabelled.
        for path in sources {
            let reader = try LineReader(path: path)
            extractor.begin(document: path, source: true)
            while let line = try reader.next() { extractor.add(line) }
            for quotation in extractor.finish() where quotation.kind == .sentence {
                quotations.append(quotation)
                sides.append("source")
            }
        }
        // Labelled quotations are scored; the others (inner quotations, titles) are aligned too.
        var memberOf: [Int: Int] = [:]
        var members: [AlignmentEvaluation.Member] = []
        var matchedRows = Set<String>()
        for (index, quotation) in quotations.enumerated() {
            guard let row = labels[quotation.document]?.filter({ quotation.text.hasPrefix($0.prefix) }).max(by: { $0.prefix.count < $1.prefix.count }) else { continue }
            guard matchedRows.insert("\(quotation.document)|\(row.prefix)").inserted else {
                throw BenchError("labels.tsv: two quotations of \(quotation.document) start with '\(row.prefix)'; give each a longer prefix")
            }
            memberOf[index] = members.count
            members.append(AlignmentEvaluation.Member(labels: row.labels, language: quotation.language.rawValue, side: sides[index]))
        }
        // A labelled quotation the extractor did not find (or cut so that it no longer starts with
        // its row's characters) is a member that no cluster holds: its true pairs count as missed,
        // so that recall measures extraction and alignment together.
        var unextracted: [(file: String, prefix: String)] = []
        for (file, rows) in labels.sorted(by: { $0.key < $1.key }) {
            for row in rows where !matchedRows.contains("\(file)|\(row.prefix)") {
                guard let front = frontMatter[file] else { throw BenchError("labels.tsv names \(file), which is not among the reports") }
                unextracted.append((file, row.prefix))
                members.append(AlignmentEvaluation.Member(labels: row.labels, language: front.language, side: front.side))
            }
        }
        assert(members.count == labelRows)
        let evaluation = AlignmentEvaluation(members: members)

        let start = Date()
        let items = quotations.map(aligner.item)
        let pairs = aligner.pairs(items)
        let clusters = aligner.clusters(items, pairs: pairs)
        let seconds = Date().timeIntervalSince(start)
        let ours = clusters.map { $0.compactMap { memberOf[$0] } }.filter { !$0.isEmpty }
        // The scored links themselves, before clustering: what candidates and scores allow.
        let linkTruth = evaluation.scores(links: pairs.compactMap { pair in memberOf[pair.a].flatMap { a in memberOf[pair.b].map { (a, $0) } } })

        let baselineStart = Date()
        let korean = quotations.indices.filter { quotations[$0].language == .korean }
        let baseline = PartialRatioBaseline().clusters(korean.map { quotations[$0].text })
            .map { $0.compactMap { memberOf[korean[$0]] } }.filter { !$0.isEmpty }
        let baselineSeconds = Date().timeIntervalSince(baselineStart)

        let statements = Set(members.flatMap(\.labels)).count
        print("labelled alignment set \(folder): \(files.count) reports, \(members.count) labelled quotations (\(quotations.count) extracted) of \(statements) statements")
        if !unextracted.isEmpty {
            print("  \(unextracted.count) labelled quotation(s) not extracted as labelled; their pairs count as missed: " + unextracted.map { "\($0.file) “\($0.prefix)”" }.joined(separator: ", "))
        }
        for (name, result, time) in [("gyeore align", ours, seconds), ("naive baseline (partial_ratio >= 65, union-find, Korean only)", baseline, baselineSeconds)] {
            let scores = evaluation.scores(clusters: result)
            let impure = result.filter { evaluation.statementCount($0) > 1 }
            let largest = result.map { evaluation.statementCount($0) }.max() ?? 0
            print("\(name): \(String(format: "%.2f", time)) s")
            if name == "gyeore align" { print("  links  \(linkTruth)  (the scored pairs before clustering)") }
            for tier in AlignmentEvaluation.tiers { print("  \(tier.padding(toLength: 6, withPad: " ", startingAt: 0)) \(scores[tier]!)") }
            print("  clusters with more than one statement: \(impure.count); the largest cluster holds \(largest) statement(s)")
        }
        if !sources.isEmpty { printAttribution(quotations: quotations, sides: sides, labels: memberOf.mapValues { members[$0].labels }, clusters: clusters) }
        // What each source of Korean ↔ English evidence gives: the same run with the curated
        // lexicon, the Hanja glosses, both or neither (the glossary always).
        print("Korean↔English evidence (the same set, the same run; the glossary in every row):")
        for (name, hanja, curated) in [("curated lexicon + Hanja glosses", true, true), ("curated lexicon", false, true),
                                       ("Hanja glosses", true, false), ("glossary only", false, false)] {
            let (_, variant) = try AlignmentBenchmark.standardAligner(root: root, hanja: hanja, curated: curated)
            let variantItems = quotations.map(variant.item)
            let variantClusters = variant.clusters(variantItems, pairs: variant.pairs(variantItems)).map { $0.compactMap { memberOf[$0] } }.filter { !$0.isEmpty }
            let scores = evaluation.scores(clusters: variantClusters)
            print("  \(name.padding(toLength: 32, withPad: " ", startingAt: 0)) ko-en \(scores["ko-en"]!)   all \(scores["all"]!)")
        }
        if scoresOnly {
            // Every labelled pair's score, for calibration: truth, tier, score.
            var indexOf: [Int: Int] = [:]
            for (index, member) in memberOf { indexOf[member] = index }
            for i in members.indices {
                for j in members.indices where j > i {
                    guard let a = indexOf[i], let b = indexOf[j] else { continue }  // not extracted: no score
                    let tier = AlignmentEvaluation.tiers.dropFirst().first { evaluation.pair(i, j, isIn: $0) && $0 != "nk-sk" } ?? "all"
                    print("pair\t\(members[i].labels.isDisjoint(with: members[j].labels) ? 0 : 1)\t\(tier)\t\(aligner.score(items[a], items[b]))")
                }
            }
        }
        if explain {
            // Each statement whose renderings are split over clusters: the clusters, by member.
            var clustersOf: [Int: [Int]] = [:]
            for (number, cluster) in ours.enumerated() { for m in cluster { clustersOf[m, default: []].append(number) } }
            for label in Set(members.flatMap(\.labels)).sorted() {
                let renderings = members.indices.filter { members[$0].labels.contains(label) }
                guard Set(renderings.map { clustersOf[$0] ?? [] }).count > 1 || renderings.contains(where: { clustersOf[$0] == nil }) else { continue }
                print("statement \(label) is split:")
                for m in renderings {
                    guard let index = memberOf.first(where: { $0.value == m })?.key else {
                        print("    not extracted  [\(members[m].labels.sorted().joined(separator: "+"))]")
                        continue
                    }
                    let quotation = quotations[index]
                    let where_ = (clustersOf[m] ?? []).map { "c\($0)" }.joined(separator: ",")
                    print("    \(where_.isEmpty ? "alone" : where_)  \(quotation.document) [\(members[m].labels.sorted().joined(separator: "+"))] “\(quotation.text.prefix(50))”")
                }
            }
            // Every true pair missed and every false pair made, with its score.
            var indexOf: [Int: Int] = [:]
            for (index, member) in memberOf { indexOf[member] = index }
            func pairKey(_ x: Int, _ y: Int) -> Int { min(x, y) * quotations.count + max(x, y) }
            let linked = Set(pairs.map { pairKey($0.a, $0.b) })
            // Clusters may share members (a whole sentence in the clusters of its parts).
            var together = Set<Int>()
            for cluster in ours { for x in cluster { for y in cluster where x < y { together.insert(x * members.count + y) } } }
            for i in members.indices {
                for j in members.indices where j > i {
                    let isTrue = !members[i].labels.isDisjoint(with: members[j].labels)
                    let predicted = together.contains(i * members.count + j)
                    guard isTrue != predicted, let ia = indexOf[i], let ib = indexOf[j] else { continue }
                    let (a, b) = (items[ia], items[ib])
                    let score = aligner.score(a, b)
                    // Why a pair was missed: never scored (the candidate index did not offer it),
                    // scored below the minimum, or linked and then kept apart by the clustering.
                    // A pair kept apart: the clusters each stands in, with their sizes.
                    func standing(_ m: Int) -> String {
                        let list = (clustersOf[m] ?? []).map { "c\($0)(\(ours[$0].count))" }
                        return list.isEmpty ? "alone" : list.joined(separator: ",")
                    }
                    let why = !isTrue ? "" : linked.contains(pairKey(ia, ib)) ? "  [linked; kept apart by clustering: \(standing(i)) / \(standing(j))]"
                        : score >= 0.5 ? "  [never a candidate]" : "  [below the minimum score]"
                    print("\(isTrue ? "missed" : "false ") \(String(format: "%.3f", score))  \(a.quotation.document) “\(a.quotation.text.prefix(40))”  ~  \(b.quotation.document) “\(b.quotation.text.prefix(40))”\(why)")
                    // Where the score came from: the concept score, and the best score of a clause
                    // of one against the other or a clause of it.
                    let unitsA = [a] + a.parts, unitsB = [b] + b.parts
                    var best = (0.0, "", "")
                    var bestUnits: (QuoteAligner.Item, QuoteAligner.Item)? = nil
                    for x in unitsA { for y in unitsB where x.parts.isEmpty || y.parts.isEmpty {
                        let v = aligner.score(x, y)
                        if v > best.0 { best = (v, String(x.quotation.text.prefix(24)), String(y.quotation.text.prefix(24))); bestUnits = (x, y) }
                    } }
                    if ProcessInfo.processInfo.environment["GYEORE_BENCH_WORDS"] != nil {
                        let (x, y) = bestUnits ?? (a, b)
                        // The words of the best unit pair that correspond, and those that do not.
                        let words = aligner.correspondences(x, y).map { diff in "\(diff.a.isEmpty ? "·" : diff.a)=\(diff.b.isEmpty ? "·" : diff.b)" }
                        print("    words \(words.joined(separator: " "))")
                    }
                    print("    concept \(String(format: "%.3f", a.quotation.language == .english ? aligner.conceptScore(b, a) : aligner.conceptScore(a, b)))  clauses \(a.parts.count)/\(b.parts.count)  best unit pair \(String(format: "%.3f", best.0)) “\(best.1)” ~ “\(best.2)”")
                    if ProcessInfo.processInfo.environment["GYEORE_BENCH_CANONICAL"] != nil {
                        print("    \(String(String.UnicodeScalarView(aligner.canonical(a.quotation.text))))\n    \(String(String.UnicodeScalarView(aligner.canonical(b.quotation.text))))  speakers \(a.quotation.speakerText ?? "-")/\(b.quotation.speakerText ?? "-")")
                    }
                }
            }
        }
    }

    /// How many labelled renderings share a cluster with the source sentence they come from. A
    /// sentence's statements are those of the North Korean report's labelled quotations it holds
    /// verbatim (letters and digits compared); renderings of statements no sentence holds are not
    /// counted.
    private func printAttribution(quotations: [Quotation], sides: [String], labels: [Int: Set<String>], clusters: [[Int]]) {
        func letters(_ text: String) -> String { String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })) }
        let sentences = quotations.indices.filter { sides[$0] == "source" }
        let originals = labels.keys.filter { sides[$0] == "north-korean" && quotations[$0].language == .korean }
        var sentenceLabels: [Int: Set<String>] = [:]
        let sentenceText = Dictionary(uniqueKeysWithValues: sentences.map { ($0, letters(quotations[$0].text)) })
        for o in originals {
            let text = letters(quotations[o].text)
            guard text.unicodeScalars.count >= 8 else { continue }
            for s in sentences where sentenceText[s]!.contains(text) { sentenceLabels[s, default: []].formUnion(labels[o]!) }
        }
        let held = sentenceLabels.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        var counted = 0, found = 0, wrong = 0
        for (q, set) in labels where sides[q] != "north-korean" && !set.isDisjoint(with: held) {
            counted += 1
            let together = Set(clusters.filter { $0.contains(q) }.flatMap { $0 }).filter { sides[$0] == "source" }
            if together.contains(where: { !(sentenceLabels[$0] ?? []).isDisjoint(with: set) }) { found += 1 }
            if together.contains(where: { (sentenceLabels[$0] ?? []).isDisjoint(with: set) }) { wrong += 1 }
        }
        print("originals (--source: \(sources.count) documents, \(sentences.count) sentences; \(sentenceLabels.count) hold a labelled statement):")
        print("  renderings by other outlets of a statement a source sentence holds: \(counted); with that sentence in their cluster: \(found) (\(String(format: "%.3f", Double(found) / Double(max(1, counted))))); with a wrong sentence: \(wrong)")
    }
}

// gyeore-fuzz TARGET [libFuzzer options] — one libFuzzer driver, several targets.
// Each target feeds arbitrary bytes (as lossy UTF-8) to one component and checks invariants
// that must hold for any input; a violated invariant is a crash, and libFuzzer keeps the input.
import Foundation
@_spi(Fuzzing) import Gyeore
import GyeoreOrthography

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The component under test, chosen by the first argument.
nonisolated(unsafe) var target: (String) -> Void = { _ in }
/// A target that reads bytes as they are (not as text): packed items.
nonisolated(unsafe) var byteTarget: (([UInt8]) -> Void)? = nil

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant violated: \(message())") }
}

/// Offsets must map inside both texts, in order, and unchanged runs must hold equal text.
func checkMap(_ result: NormalizedText) {
    let original = ScalarText.scalars(of: result.original), normalized = ScalarText.scalars(of: result.normalized)
    require(result.offsetMap.originalLength == original.count, "original length")
    require(result.offsetMap.normalizedLength == normalized.count, "normalized length")
    var o = 0, n = 0
    for run in result.offsetMap.runs {
        if !run.isChange { require(Array(original[o..<o + run.originalLength]) == Array(normalized[n..<n + run.normalizedLength]), "unchanged run differs") }
        o += run.originalLength
        n += run.normalizedLength
    }
    for mark in result.quoteMarks {
        require(mark.originalOffset < original.count && String(original[mark.originalOffset]) == mark.original, "quote mark offset")
    }
}

/// A quotation's offsets cut its text out of its document's scalars.
func requireSlice(_ q: Quotation, of scalars: [Unicode.Scalar]) {
    require(q.start <= q.end && q.end <= scalars.count, "quotation \(q.start)..<\(q.end) outside its document of \(scalars.count) scalars")
    require(ScalarText.string(scalars[q.start..<q.end]) == q.text, "quotation is not its document's slice")
}

func makeTarget(_ name: String) throws -> (String) -> Void {
    let root = FileManager.default.currentDirectoryPath
    switch name {
    case "normalizer":
        var configurations: [NormalizerConfiguration] = []
        for form in [UnicodeNormalizationStep.Form.nfc, .nfkc, nil] {
            for breaks in [WhitespaceStep.LineBreaks.unify, .toSpace] {
                var c = NormalizerConfiguration()
                c.unicodeForm = form
                c.lineBreaks = breaks
                configurations.append(c)
            }
        }
        let normalizers = try configurations.map { try Normalizer(configuration: $0) }
        return { text in
            for normalizer in normalizers {
                let once = normalizer.normalize(text)
                checkMap(once)
                let twice = normalizer.normalize(once.normalized)
                require(twice.normalized == once.normalized, "not idempotent: \(once.normalized.debugDescription) → \(twice.normalized.debugDescription)")
            }
        }
    case "orthography":
        let glossary = try Glossary(folder: root + "/glossary")
        var c = NormalizerConfiguration()
        c.lineBreaks = .toSpace
        c.orthography = OrthographyStep(converter: try OrthographyConverter(glossary: glossary))
        let normalizer = try Normalizer(configuration: c)
        return { text in checkMap(normalizer.normalize(text)) }
    case "terms":
        // Terms as `terms` finds them, the analyzer asked about forms inside words: matches in
        // order, never overlapping, each the slice of the text its range names; every analysis
        // covers its word in order.
        let segmenter = try MeCabWordSegmenter()
        let matcher = try TermMatcher(glossary: try Glossary(folder: root + "/glossary"), segmenter: segmenter)
        return { text in
            let scalars = ScalarText.scalars(of: text)
            var end = 0
            for match in matcher.matches(in: text) {
                require(match.range.lowerBound >= end && match.range.upperBound <= scalars.count && !match.range.isEmpty, "term \(match.range) after \(end) in \(scalars.count) scalars")
                require(ScalarText.string(scalars[match.range]) == match.text, "term is not the text's slice")
                end = match.range.upperBound
            }
            for word in text.split(whereSeparator: { $0.isWhitespace }).prefix(8) {
                let word = Array(word.unicodeScalars)
                guard let morphemes = segmenter.morphemes(of: word) else { continue }
                var at = 0
                for morpheme in morphemes {
                    require(morpheme.range.lowerBound == at && !morpheme.range.isEmpty, "morphemes of \(word) not in order: \(morphemes)")
                    at = morpheme.range.upperBound
                }
                require(at == word.count, "morphemes of \(word) end at \(at), not \(word.count)")
            }
        }
    case "quotes":
        let extractor = try QuoteExtractor(glossary: try Glossary(folder: root + "/glossary"))
        return { text in
            // The text's lines as the library reads a string: no temporary file per input.
            let scalars = ScalarText.scalars(of: text)
            for q in extractor.quotations(in: text, document: "fuzz") {
                requireSlice(q, of: scalars)
            }
        }
    case "jsonl":
        // JSON Lines documents as `quotes --jsonl` reads them: each line is a document or a
        // problem with a message; a document's quotations are slices of its text, offsets from
        // its start, newlines kept.
        let extractor = try QuoteExtractor(glossary: try Glossary(folder: root + "/glossary"))
        return { input in
            for line in input.split(separator: "\n", omittingEmptySubsequences: true) {
                let document: JSONLinesDocument
                do throws(JSONLinesDocument.Problem) { document = try JSONLinesDocument(line: String(line)) } catch {
                    require(!error.message.isEmpty && !error.message.contains("\n"), "a problem without a one-line message")
                    continue
                }
                let scalars = ScalarText.scalars(of: document.text)
                for q in extractor.quotations(in: document.text, document: document.id) {
                    require(q.document == document.id, "quotation of another document")
                    requireSlice(q, of: scalars)
                }
            }
        }
    case "glossary":
        return { text in
            let (entries, _) = GlossaryReader.read(text, file: "fuzz.tsv")
            if let glossary = try? Glossary(files: [("fuzz.tsv", text)]) {
                for entry in glossary.entries.prefix(5) { for form in entry.forms { require(!glossary.lookup(form.text).isEmpty, "form not found") } }
                _ = glossary.suggestions(for: String(text.prefix(20)))
                _ = GlossaryExporter.export(glossary, format: .tbx)
            }
            _ = entries
        }
    case "align":
        // Documents in, clusters out: every member once per cluster, offsets that cut out the
        // quoted text, scores in [0, 1] and symmetric, correspondences placed on their words.
        let (extractor, aligner) = try alignment(root: root)
        return { text in
            // The input is split into documents at form feeds.
            var quotations: [Quotation] = []
            var documents: [String: [Unicode.Scalar]] = [:]
            for (index, document) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(8).enumerated() {
                let name = "doc\(index)"
                documents[name] = ScalarText.scalars(of: String(document))
                quotations += extractor.quotations(in: String(document), document: name)
            }
            for q in quotations {
                requireSlice(q, of: documents[q.document]!)
            }
            let items = quotations.map(aligner.item)
            let pairs = aligner.pairs(items)
            for pair in pairs {
                require(pair.a < pair.b && pair.b < items.count, "pair out of range")
                require((0...1).contains(pair.score), "score outside [0, 1]: \(pair.score)")
                require(aligner.score(items[pair.b], items[pair.a]) == pair.score, "score not symmetric")
            }
            for cluster in aligner.clusters(items, pairs: pairs) {
                require(Set(cluster).count == cluster.count && cluster.allSatisfy { $0 < items.count }, "cluster members")
            }
            // A Korean ↔ English pair's corresponding words are the quotations' own: each range
            // cuts out of its quotation's text the word it gives.
            for pair in pairs where items[pair.a].quotation.language != items[pair.b].quotation.language {
                let (a, b) = (items[pair.a], items[pair.b])
                let (textA, textB) = (Array(a.quotation.text.unicodeScalars), Array(b.quotation.text.unicodeScalars))
                for diff in aligner.correspondences(a, b) {
                    if let range = diff.aRange { require(range.upperBound <= textA.count && String(String.UnicodeScalarView(textA[range])) == diff.a, "a correspondence's first range") }
                    if let range = diff.bRange { require(range.upperBound <= textB.count && String(String.UnicodeScalarView(textB[range])) == diff.b, "a correspondence's second range") }
                }
            }
        }
    case "html":
        // The alignment report as a reader opens it: documents (split at form feeds, each with
        // front matter of its own) in, the HTML page out. The page must read as the report's
        // own markup, every element closed in order, with input only as escaped text; each
        // rendering's highlighted text must read back as the quotation; JSON must parse.
        let (extractor, aligner) = try alignment(root: root)
        let placement = try DiffPlacement()
        return { text in
            let documents = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(8).map(String.init)
            var quotations: [Quotation] = []
            var files: [String] = []
            var metadata: [String: DocumentMetadata] = [:]
            // Paths with markup in them, and the first of three or more documents an original.
            let sources: Set<String> = documents.count >= 3 ? ["d0/<a href=\"x\">&'.txt"] : []
            for (index, document) in documents.enumerated() {
                let name = "d\(index)/<a href=\"x\">&'.txt"
                files.append(name)
                metadata[name] = DocumentMetadata.frontMatter(of: document)
                quotations += extractor.quotations(in: document, document: name, source: sources.contains(name))
            }
            let items = quotations.map(aligner.item)
            let pairs = aligner.pairs(items)
            let every = aligner.clusters(items, pairs: pairs)
            let groups = every.filter { $0.count > 1 }, unmatched = every.filter { $0.count == 1 }.map { $0[0] }
            let report = AlignmentReport(files: files, sources: sources, metadata: metadata, items: items, pairs: pairs,
                                         groups: groups, unmatched: unmatched, aligner: aligner, placement: placement)
            let shape: HTMLShape
            switch HTMLCheck.read(report.html) {
            case .success(let read): shape = read
            case .failure(let failure): fatalError("invariant violated: the report is not well-formed: \(failure)")
            }
            require(shape.elements["script"] == 1 && shape.elements["style"] == 1, "a script or style element from the input")
            require(shape.elements["section", default: 0] == groups.count + (unmatched.isEmpty ? 0 : 1), "a statement card lost or added")
            for cluster in report.body.clusters {
                for (i, member) in cluster.members.enumerated() {
                    let reference = i == 0 ? [] : cluster.reference?.first { $0.b == i }?.diff ?? []
                    let marked = AlignmentReport.highlight(member.text, diff: reference)
                    require(HTMLCheck.markedText(marked) == member.text, "a highlighted rendering does not read back as its text")
                    require(shape.paragraphs.contains("“" + member.text + "”"), "a rendering missing from the page")
                }
            }
            require(report.body.unmatched?.count ?? 0 == unmatched.count, "unmatched quotations lost")
            for json in [report.json] + report.jsonLines {
                require((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "a JSON rendering that does not parse")
            }
        }
    case "import":
        // A word list merged into a glossary: every new line must read back as a valid row.
        let glossary = try Glossary(folder: root + "/glossary")
        let importer = try GlossaryImporter(columns: ["nk", "sk", "en", "note"], source: "fuzz")
        return { text in
            guard let rows = try? DelimitedText.rows(text, separator: ",") else { return }
            let report = importer.merge(rows: rows, into: glossary, skipHeader: false)
            let file = GlossaryReader.columns.joined(separator: "\t") + "\n" + report.newLines.joined(separator: "\n") + "\n"
            let (entries, problems) = GlossaryReader.read(file, file: "imported.tsv")
            require(problems.isEmpty, "imported rows do not validate: \(problems.map { $0.description })")
            require(entries.count == report.newLines.count, "imported rows lost")
        }
    case "item":
        // Packed aligner items (gyeore features → score, cluster): any bytes are read or
        // refused, never a crash; what is read packs again to bytes that read back the same.
        byteTarget = { bytes in
            guard let item = try? QuoteAligner.Item(packed: bytes) else { return }
            let again = item.packed()
            let reread = try? QuoteAligner.Item(packed: again)
            require(reread?.packed() == again, "a packed item does not read back")
            _ = try? QuoteAligner.Item(packed: again, parts: false)
        }
        return { _ in }
    case "cache":
        // Glossary and term caches (GlossaryCache): the first byte picks which reader, the
        // rest is the body past the fingerprints that normally refuse a damaged file. Any
        // bytes are read or refused, never a crash or a hang; what is read answers look-ups,
        // and its automaton's matches name real patterns inside the text.
        let tiny = try tinyGlossary()
        let text = Array("러시아 연방과 로씨야련방, Russia and the DPRK: 조선 로씨야 北".unicodeScalars)
        byteTarget = { bytes in
            guard let mode = bytes.first else { return }
            let body = Array(bytes.dropFirst())
            if mode % 2 == 0 {
                guard let glossary = CacheFuzzing.glossary(body) else { return }
                for entry in glossary.entries.prefix(50) {
                    require(glossary.entry(id: entry.id) != nil, "an entry is not found by its id")
                    for form in entry.forms.prefix(8) { _ = glossary.lookup(form.text) }
                }
                _ = glossary.suggestions(for: "러시아")
                _ = glossary.problems.count
            } else {
                guard let matches = CacheFuzzing.terms(body, glossary: tiny, text: text) else { return }
                for match in matches {
                    require(match.pattern >= 0 && match.pattern < match.patterns, "a match names no pattern")
                    require(match.range.lowerBound >= 0 && match.range.upperBound <= text.count, "a match outside the text")
                }
            }
        }
        return { _ in }
    case "romanizer":
        let romanizer = try Romanizer()
        return { text in
            for system in Romanizer.System.allCases {
                _ = romanizer.romanize(text, system: system)
                _ = romanizer.romanize(String(text.prefix(8)), system: system, asName: true)
            }
        }
    default:
        throw NSError(domain: "gyeore-fuzz", code: 64, userInfo: [NSLocalizedDescriptionKey: "unknown target \(name)"])
    }
}

/// The extractor and aligner of the `align` and `html` targets: the checkout's glossary, line
/// breaks read as spaces (as quotation extraction normalizes).
func alignment(root: String) throws -> (QuoteExtractor, QuoteAligner) {
    let glossary = try Glossary(folder: root + "/glossary")
    var configuration = NormalizerConfiguration()
    configuration.lineBreaks = .toSpace
    return (try QuoteExtractor(glossary: glossary), try QuoteAligner(normalizer: try Normalizer(configuration: configuration), glossary: glossary))
}

/// A glossary of three entries, for the cache target and its seeds.
func tinyGlossary() throws -> Glossary {
    let rows = [
        "id\tkind\tsk\tnk\tko_other\ten\ten_other\trr\tdprk\tnote\tsource",
        "country.russia\tcountry\t러시아; 러시아 연방{full}; 러{abbr}\t로씨야; 로씨야련방{full}\t\tRussia; Russian Federation{full}\t\tReosia\tRossiya\t\tfuzz",
        "country.north-korea\tcountry\t북한; 北{hanja,abbr}\t조선\t\tDPRK\tNorth Korea\t\t\t\tfuzz",
        "term.sample\tterm\t연방\t련방\t\tfederation\t\t\t\t\tfuzz",
    ]
    return try Glossary(files: [("a.tsv", rows.joined(separator: "\n") + "\n")])
}

@main
struct GyeoreFuzz {
    static func main() throws {
        let targets = ["normalizer", "orthography", "terms", "quotes", "jsonl", "glossary", "romanizer", "align", "html", "import", "item", "cache"]
        if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "cache-seeds" {
            // The cache target's seeds: the tiny glossary's cache body and its term cache body.
            let tiny = try tinyGlossary()
            let folder = URL(fileURLWithPath: CommandLine.arguments[2])
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data([0] + (CacheFuzzing.glossaryBody(for: tiny) ?? [])).write(to: folder.appendingPathComponent("glossary-body"))
            try Data([1] + CacheFuzzing.termsBody(for: tiny)).write(to: folder.appendingPathComponent("terms-body"))
            return
        }
        // The target is the first argument. libFuzzer runs the program again for a merge
        // (`-merge=1`) with its own options only, so the name is passed on in the environment too.
        let named = CommandLine.arguments.count >= 2 && targets.contains(CommandLine.arguments[1])
        let inherited = ProcessInfo.processInfo.environment["GYEORE_FUZZ_TARGET"].flatMap { targets.contains($0) ? $0 : nil }
        guard let name = named ? CommandLine.arguments[1] : inherited else {
            FileHandle.standardError.write(Data("usage: gyeore-fuzz \(targets.joined(separator: "|")) [libFuzzer options]\n".utf8))
            exit(64)
        }
        setenv("GYEORE_FUZZ_TARGET", name, 1)
        target = try makeTarget(name)
        // libFuzzer sees the program name and the options, not the target name.
        var arguments = [CommandLine.arguments[0]] + CommandLine.arguments.dropFirst(named ? 2 : 1)
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var argc = CInt(arguments.count)
        arguments.removeAll()
        pointers.withUnsafeMutableBufferPointer { buffer in
            var argv = buffer.baseAddress!
            _ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                guard let data, size <= 1 << 16 else { return 0 }
                if let byteTarget { byteTarget(Array(UnsafeBufferPointer(start: data, count: size))); return 0 }
                target(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
                return 0
            }
        }
    }
}

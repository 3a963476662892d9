import Foundation
import Testing
@testable import Gyeore
import GyeoreTestSupport

/// The pipeline's fast path (``StepScanner``): which texts it passes, and that a
/// pipeline with it gives exactly what the same pipeline gives running every step.
@Suite struct StepScannerTests {
    let normalizer: Normalizer

    init() throws { normalizer = try Normalizer() }

    @Test(arguments: [
        "",
        "조선민주주의인민공화국 외무성 대변인은 21일 담화를 발표하였다.",
        "(KCNA) Pyongyang, June 19: no quotes.",
        "北韓 ㄱㄴ é Ω 100%",
    ])
    func plainTextsPass(text: String) {
        #expect(normalizer.passesUntouched(text))
        #expect(normalizer.normalize(text).normalized == text)
    }

    @Test(arguments: [
        " 앞에 공백", "뒤에 공백 ", "두  칸", "탭\t문자",             // white space the step changes
        "북·러", "북-러", "《제목》", "“인용”", "Korea's",              // separators and quotation marks
        "제５９차", "e\u{0301}", "가\u{11A8}", "\u{1100}\u{1161}",      // width, combining marks, jamo
        "보이지\u{200B}않는", "👨 가",                                 // invisible characters, beyond the BMP
    ])
    func textsAStepMayTouchDoNotPass(text: String) {
        #expect(!normalizer.passesUntouched(text))
    }

    /// A step that does not say what it touches runs on every text.
    @Test func anUndeclaredStepAlwaysRuns() {
        struct Upper: NormalizationStep {
            let name = "upper"
            func apply(to text: [Unicode.Scalar]) -> StepOutput? {
                var editor = TextEditor(reservingCapacity: text.count)
                for scalar in text { editor.replace(CollectionOfOne(scalar), with: [scalar == "a" ? "A" : scalar]) }
                return editor.finish()
            }
        }
        let pipeline = Normalizer(steps: normalizer.steps + [Upper()])
        #expect(!pipeline.passesUntouched("가나다"))
        #expect(pipeline.normalize("a가").normalized == "A가")
    }

    /// Each built-in step declares every scalar it may touch: any other BMP scalar, alone,
    /// between syllables and between spaces, leaves the step's output nil.
    @Test func eachStepLeavesWhatItDoesNotDeclare() throws {
        let steps: [any NormalizationStep] = normalizer.steps + [try UnicodeNormalizationStep(form: .nfkc), MatchFoldingStep()]
        for step in steps {
            let declared = try #require(step.touchedScalars)
            var wrong: [String] = []
            for value in UInt32(0)...0xFFFF {
                guard let scalar = Unicode.Scalar(value), !declared.scalars.contains(scalar) else { continue }
                for text: [Unicode.Scalar] in [[scalar], ["가", scalar, "나"], ["가", " ", scalar, " ", "나"]] where step.apply(to: text) != nil {
                    wrong.append("U+\(String(value, radix: 16, uppercase: true)) in \(String(String.UnicodeScalarView(text)).debugDescription)")
                }
            }
            #expect(wrong.isEmpty, "\(step.name) touches what it does not declare: \(wrong.prefix(5))")
        }
    }

    /// A step that says what it writes writes nothing else: only touched scalars change, each
    /// into one of the declared ones, one for one.
    @Test func stepsWriteWhatTheyDeclare() throws {
        var checked = 0
        for step in normalizer.steps {
            guard let declared = step.touchedScalars, let written = declared.writesOneForOne else { continue }
            var generator = SplitMix64(seed: 99)
            for _ in 0..<2000 {
                let text = Array(PropertyTests.randomText(&generator, length: Int(generator.next() % 40)).unicodeScalars)
                guard let output = step.apply(to: text) else { continue }
                checked += 1
                #expect(output.text.count == text.count, "\(step.name): \(text)")
                for (before, after) in zip(text, output.text) where before != after {
                    #expect(declared.scalars.contains(before) && written.contains(after), "\(step.name): \(before) → \(after)")
                }
            }
        }
        #expect(checked > 1000, "\(checked) changed texts checked")
    }

    /// Mostly characters no step touches, some that one does: texts on both sides of the line.
    static let alphabet: [String] = [
        "가", "한", "국", "다", "는", "북", "러", "a", "Z", "1", ".", ",", "(", ")", "北", "ㄱ", "é", "Ω", "?", "%",
        " ", " ", " ",
        "·", "-", "《", "》", "“", "'", "\"", "５", "\u{0301}", "\u{11A8}", "\u{200B}", "\u{00A0}", "\t", "\n", "👨", "ㆍ", "K",
    ]

    /// For every configuration of the pipeline, and for the term matcher's folding after it:
    /// the fast path's results equal the slow path's, record for record.
    @Test(arguments: 0..<PropertyTests.configurations.count)
    func fastPathEqualsEveryStepRun(configuration index: Int) throws {
        let base = try Normalizer(configuration: PropertyTests.configurations[index])
        for steps in [base.steps, base.steps + [MatchFoldingStep()]] {
            let fast = Normalizer(steps: steps, passesUntouchedTexts: true)
            let slow = Normalizer(steps: steps, passesUntouchedTexts: false)
            var generator = SplitMix64(seed: UInt64(7000 + index))
            var passed = 0
            for round in 0..<600 {
                let length = Int(generator.next() % 30)
                // Half the texts from the characters no step touches only, half from all.
                let pool = round % 2 == 0 ? Self.alphabet.prefix(23) : Self.alphabet[...]
                let text = (0..<length).map { _ in pool[pool.startIndex + Int(generator.next() % UInt64(pool.count))] }.joined()
                if fast.passesUntouched(text) { passed += 1 }
                #expect(fast.normalize(text) == slow.normalize(text), "\(text.debugDescription)")
                let (fastText, fastOriginal, fastNormalized) = fast.normalizeKeepingScalars(text)
                let (slowText, slowOriginal, slowNormalized) = slow.normalizeKeepingScalars(text)
                #expect(fastText == slowText && fastOriginal == slowOriginal && fastNormalized == slowNormalized, "\(text.debugDescription)")
                // Without the normalized string (quotation extraction): all else the same, and the
                // string the text itself where nothing changed, else left empty (compared by
                // scalars: `==` on strings is canonical equivalence).
                let (lean, leanOriginal, leanNormalized) = fast.normalizeKeepingScalars(text, makingString: false)
                let unchanged = fastText.offsetMap.isIdentity && fastNormalized.count == fastOriginal.count
                #expect(leanOriginal == fastOriginal && leanNormalized == fastNormalized && lean.offsetMap == fastText.offsetMap
                        && lean.quoteMarks == fastText.quoteMarks && lean.explanations == fastText.explanations
                        && lean.normalized.unicodeScalars.elementsEqual((unchanged ? text : "").unicodeScalars), "\(text.debugDescription)")
                let fastScalars = fast.normalizedScalars(text), slowScalars = slow.normalizedScalars(text)
                #expect(fastScalars.original == slowScalars.original && fastScalars.normalized == slowScalars.normalized && fastScalars.map == slowScalars.map,
                        "\(text.debugDescription)")
            }
            #expect(passed > 50, "the fast path was taken for \(passed) of 600 texts")
        }
    }

    /// On the seeds: the same results, and most lines take the fast path.
    @Test func seedsGiveTheSameResultsAndMostLinesPass() throws {
        let slow = Normalizer(steps: normalizer.steps, passesUntouchedTexts: false)
        let lines = try Fixtures.seedLines()
        var passed = 0
        for line in lines {
            if normalizer.passesUntouched(line) { passed += 1 }
            #expect(normalizer.normalize(line) == slow.normalize(line), "\(line.debugDescription)")
        }
        #expect(passed * 2 > lines.count, "\(passed) of \(lines.count) seed lines passed")
    }
}

/// Which steps the pipeline runs, in this order: Unicode normalization, width folding,
/// white space, Unicode normalization again (only where the two before it changed something),
/// quote marks, separators, then the orthography slot.
public struct NormalizerConfiguration: Sendable {
    /// Unicode normalization form, or nil to skip the step.
    public var unicodeForm: UnicodeNormalizationStep.Form? = .nfc
    /// Fold full-width ASCII forms to ASCII (제５９차 → 제59차).
    public var foldsWidth = true
    /// Normalize white space (see ``WhitespaceStep``).
    public var normalizesWhitespace = true
    /// What the white-space step does with line breaks inside the text.
    public var lineBreaks: WhitespaceStep.LineBreaks = .unify
    /// Fold quotation marks to “…” / ‘…’ (see ``QuoteFoldingStep``).
    public var foldsQuotes = true
    /// Canonicalize middle dots and abbreviation dashes (see ``SeparatorStep``).
    public var canonicalizesSeparators = true
    /// The slot for an orthography conversion (North → South Korean), run last.
    public var orthography: (any NormalizationStep)?

    /// The default pipeline: every step on, NFC, no orthography conversion.
    public init() {}
}

/// The normalization pipeline: small named steps, each switchable, whose offset maps are
/// composed so that every position of the result maps back to the original exactly.
///
/// A `Normalizer` is immutable and may be shared between threads.
public struct Normalizer: Sendable {
    /// The steps, in the order they run.
    public let steps: [any NormalizationStep]
    /// The fast path: which steps could touch a text (nil: every step runs on every text).
    private let scanner: StepScanner?

    /// Builds the pipeline a configuration asks for.
    /// - Throws: ``NormalizerError`` when a bundled rule or data file cannot be loaded.
    public init(configuration: NormalizerConfiguration = NormalizerConfiguration()) throws(NormalizerError) {
        var steps: [any NormalizationStep] = []
        do {
            if let form = configuration.unicodeForm { steps.append(try UnicodeNormalizationStep(form: form)) }
            // The width-folding transform as a table (written from ICU's rules; checked against them in the tests).
            if configuration.foldsWidth { steps.append(try CharacterMapStep(name: "width", table: "width-folding.tsv")) }
            if configuration.normalizesWhitespace { steps.append(try WhitespaceStep(lineBreaks: configuration.lineBreaks)) }
            // Width folding and removed zero-width characters can bring a letter and a combining
            // mark together (Ａ◌́ → A◌́, s<ZWSP>◌́ → s◌́): normalize those again, or a second
            // pass would compose them and normalizing would not be idempotent.
            if let form = configuration.unicodeForm, configuration.foldsWidth || configuration.normalizesWhitespace {
                steps.append(try UnicodeNormalizationStep(form: form))
            }
            if configuration.foldsQuotes { steps.append(try QuoteFoldingStep()) }
            if configuration.canonicalizesSeparators { steps.append(try SeparatorStep()) }
        } catch let error as ResourceError {
            throw .resource(error)
        } catch let error as ICUError {
            throw .icu(error)
        } catch {
            throw .resource(ResourceError(file: "?", message: "\(error)"))
        }
        if let orthography = configuration.orthography { steps.append(orthography) }
        self.steps = steps
        scanner = StepScanner(steps: steps)
    }

    /// Builds a pipeline from explicit steps.
    public init(steps: [any NormalizationStep]) { self.init(steps: steps, passesUntouchedTexts: true) }

    /// Builds a pipeline from explicit steps, with the fast path on or off (off: every step
    /// runs on every text, the reference the fast path is tested against).
    init(steps: [any NormalizationStep], passesUntouchedTexts: Bool) {
        self.steps = steps
        scanner = passesUntouchedTexts ? StepScanner(steps: steps) : nil
    }

    /// Whether `text` passes every step untouched by the fast path (no step runs on it).
    func passesUntouched(_ text: String) -> Bool { scanner.map { $0.steps(touching: text).steps == 0 } ?? false }

    /// The steps that run on `text` (all of them without the fast path), and the text's length
    /// in scalars when the scan counted it.
    private func stepsToRun(_ text: String) -> (steps: StepScanner.Steps, scalarCount: Int?) {
        guard let scanner else { return (~0, nil) }
        let (steps, count) = scanner.steps(touching: text)
        return (steps, count)
    }

    /// The result for a text no step touches: itself, with the identity map.
    private static func unchanged(_ text: String, scalarCount: Int) -> NormalizedText {
        NormalizedText(original: text, normalized: text, offsetMap: .identity(length: scalarCount), quoteMarks: [], explanations: [])
    }

    /// Normalizes a text. A text that no step would touch (each step's ``TouchedScalars``) is
    /// recognised on its UTF-8 bytes and returned as it is, with the identity map, without
    /// running the steps.
    /// - Complexity: O(n) in the length of the text for the built-in steps.
    public func normalize(_ text: String) -> NormalizedText {
        let (selected, count) = stepsToRun(text)
        if selected == 0, let count { return Self.unchanged(text, scalarCount: count) }
        return normalizeKeepingScalars(text, steps: selected).text
    }

    /// ``normalize(_:)``, with the original's and the normalized text's scalars as the pipeline
    /// had them: for a caller that reads both as scalars (quotation extraction), without
    /// decoding the strings again. With `makingString` false, the result's `normalized` is left
    /// empty where it differs from the text: a caller reading only the scalars, the offset map
    /// and the marks (quotation extraction) does not pay for a string it never reads.
    func normalizeKeepingScalars(_ text: String, makingString: Bool = true) -> (text: NormalizedText, original: [Unicode.Scalar], normalized: [Unicode.Scalar]) {
        normalizeKeepingScalars(text, steps: stepsToRun(text).steps, makingString: makingString)
    }

    /// ``normalizeKeepingScalars(_:)``, running only the `selected` steps (those the scan found
    /// could touch the text). Once a step has changed the text, the steps that may touch what it
    /// wrote run too: every later step, unless it says what it writes.
    private func normalizeKeepingScalars(_ text: String, steps selected: StepScanner.Steps, makingString: Bool = true) -> (text: NormalizedText, original: [Unicode.Scalar], normalized: [Unicode.Scalar]) {
        let original = [Unicode.Scalar](scalarsOf: text)
        if selected == 0 { return (Self.unchanged(text, scalarCount: original.count), original, original) }
        var current = original
        var map = OffsetMap.identity(length: original.count)
        // Annotations, moved to original coordinates as soon as their step is done.
        var quotes: [(original: Int, mark: QuoteMark)] = []
        var rules: [(original: Range<Int>, id: String, note: String, entry: String?, level: NormalizedText.Explanation.Level?, from: String?, to: String?)] = []
        var selected = selected
        // By index, the step applied in place (as in ``normalizedScalars(_:)``).
        for k in steps.indices {
            if k < StepScanner.Steps.bitWidth && selected & (1 << k) == 0 { continue }
            guard let output = steps[k].apply(to: current) else { continue }
            selected |= scanner?.stepsTouchingOutput[k] ?? ~0
            let previous = map
            map = map.followed(by: output.map)
            // Annotations come in text order: each look-up starts where the last one ended.
            var stepProjector = OffsetMap.SequentialProjector(output.map)
            var previousProjector = OffsetMap.SequentialProjector(previous)
            quotes.reserveCapacity(quotes.count + output.annotations.count)
            for annotation in output.annotations {
                // Back through this step's own map, then the steps before: composing merges a
                // deletion next to a replacement (ZWSP + ' → “) into one run, which is too coarse.
                let stepRange = stepProjector.originalRange(forNormalized: annotation.range)
                let originalRange = previousProjector.originalRange(forNormalized: stepRange)
                switch annotation.kind {
                case .quoteMark(let mark):
                    quotes.append((Self.position(of: current[stepRange.lowerBound], in: originalRange, of: original), mark))
                case .rule(let id, let note, let entry, let level, let from, let to): rules.append((originalRange, id, note, entry, level, from, to))
                }
            }
            current = output.text
        }
        var projector = OffsetMap.SequentialProjector(map)
        let quoteMarks = quotes.map { entry -> QuoteMark in
            var mark = entry.mark
            mark.originalOffset = entry.original
            // As written in the original, not as an earlier step left it (＇ folded to ' by width).
            if entry.original < original.count { mark.original = String(original[entry.original]) }
            mark.normalizedOffset = projector.normalizedRange(forOriginal: entry.original..<entry.original + 1).lowerBound
            return mark
        }
        let explanations = rules.map {
            NormalizedText.Explanation(rule: NormalizedText.Explanation.Rule(rawValue: $0.id), note: $0.note, original: $0.original,
                                       normalized: map.normalizedRange(forOriginal: $0.original), entry: $0.entry, level: $0.level, from: $0.from, to: $0.to)
        }
        let unchanged = current.count == original.count && map.isIdentity
        let result = NormalizedText(original: text, normalized: unchanged ? text : makingString ? String(scalars: current) : "", offsetMap: map,
                                    quoteMarks: quoteMarks, explanations: explanations)
        return (result, original, current)
    }
}

extension Normalizer {
    /// The pipeline's output as scalars, with the original's scalars and the offset map between
    /// them, and no quote marks or explanations: for a matcher that searches normalized text and
    /// reports ranges of the original (the same text and map ``normalize(_:)`` gives, without
    /// building strings from the scalars and back).
    func normalizedScalars(_ text: String) -> (original: [Unicode.Scalar], normalized: [Unicode.Scalar], map: OffsetMap) {
        let original = [Unicode.Scalar](scalarsOf: text)
        var selected = stepsToRun(text).steps
        var current = original
        var map = OffsetMap.identity(length: original.count)
        // By index: a step taken out of the array is a copy of the existential, made and
        // destroyed for every step of every line.
        for k in steps.indices {
            if k < StepScanner.Steps.bitWidth && selected & (1 << k) == 0 { continue }
            guard let output = steps[k].apply(to: current) else { continue }
            selected |= scanner?.stepsTouchingOutput[k] ?? ~0
            map = map.followed(by: output.map)
            current = output.text
        }
        return (original, current, map)
    }

    /// Where in `range` of the original the scalar a step saw as `scalar` stands: the one
    /// position holding it if there is exactly one, else the start of the range (an earlier step
    /// changed the scalar and something next to it).
    static func position(of scalar: Unicode.Scalar, in range: Range<Int>, of original: [Unicode.Scalar]) -> Int {
        guard range.count > 1 else { return range.lowerBound }
        let matches = range.filter { original[$0] == scalar }
        return matches.count == 1 ? matches[0] : range.lowerBound
    }
}

/// Why a ``Normalizer`` could not be built.
public enum NormalizerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A bundled data or rule file is missing or malformed.
    case resource(ResourceError)
    /// ICU refused an operation.
    case icu(ICUError)

    public var description: String {
        switch self {
        case .resource(let error): return "bundled resource \(error)"
        case .icu(let error): return "ICU: \(error)"
        }
    }
}

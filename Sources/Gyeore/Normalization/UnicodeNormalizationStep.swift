internal import CICUShim

/// Unicode normalization (NFC by default, NFKC on request) through ICU's normalizer2.
///
/// ICU skips what passes its quick check and normalizes the rest one segment at a time
/// (segments end at ICU's normalization boundaries), so the offset map records each changed
/// segment exactly: typically one character with its combining marks, or one syllable's
/// conjoining jamo.
///
/// NFKC also folds compatibility characters; note that it turns Hangul compatibility jamo
/// (ㄱ, U+3131) into conjoining jamo (ᄀ, U+1100), which is why NFC is the default.
public struct UnicodeNormalizationStep: NormalizationStep {
    /// The forms the pipeline offers.
    public enum Form: String, Sendable, CaseIterable {
        case nfc, nfkc
    }

    public let name = "unicode"
    /// The form produced.
    public let form: Form
    private let normalizer: ICUNormalizer
    private let unstable: ScalarSet

    /// Opens ICU's normalizer for `form`.
    public init(form: Form = .nfc) throws(ICUError) {
        self.form = form
        normalizer = try ICUNormalizer(form == .nfc ? .nfc : .nfkc)
        // A text of characters that pass the form's quick check (Yes) and combine with nothing
        // before them (canonical combining class 0) is in that form already (UAX #15's quick
        // check algorithm); every other character may start a change.
        unstable = try ScalarSet(pattern: form == .nfc ? "[[:^NFC_QC=Y:][:^ccc=0:]]" : "[[:^NFKC_QC=Y:][:^ccc=0:]]")
    }

    /// Characters that do not pass the form's quick check, or whose combining class is not 0.
    public var touchedScalars: TouchedScalars? { TouchedScalars(unstable) }

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? {
        if normalizer.normalizedPrefixLength(of: text) == text.count { return nil }
        guard let (result, runs) = try? normalizer.normalizeWithRuns(text) else { return nil }
        let map = OffsetMap(runs: runs)
        return map.isIdentity ? nil : StepOutput(text: result, map: map)
    }
}

extension ICUNormalizer {
    /// Normalizes `text` and returns the result with its edit runs.
    func normalizeWithRuns(_ text: [Unicode.Scalar]) throws(ICUError) -> ([Unicode.Scalar], [OffsetMap.Run]) {
        var capacity = text.count * 3 + 8
        var runCapacity = 64
        while true {
            var error: Int32 = 0
            var runCount: Int32 = 0
            var runBuffer = [Int32](repeating: 0, count: runCapacity * 3)
            var output = [UInt32](repeating: 0, count: capacity)
            let written = text.withUTF32 { pointer, length in
                cicu_norm_normalize_runs(handleForShim, pointer, length, &output, Int32(capacity), &runBuffer,
                                         Int32(runCapacity), &runCount, &error)
            }
            try ICUError.check(error, "normalizing to \(form)")
            if Int(written) > capacity || Int(runCount) > runCapacity {
                capacity = max(capacity, Int(written))
                runCapacity = max(runCapacity, Int(runCount))
                continue
            }
            let scalars = output.prefix(Int(written)).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
            let runs = (0..<Int(runCount)).map { i in
                runBuffer[3 * i + 2] != 0
                    ? OffsetMap.Run.change(original: Int(runBuffer[3 * i]), normalized: Int(runBuffer[3 * i + 1]))
                    : OffsetMap.Run.unchanged(Int(runBuffer[3 * i]))
            }
            return (scalars, runs)
        }
    }
}

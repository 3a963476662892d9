/// The pipeline's fast path: reads a text's UTF-8 bytes once and tells which steps could
/// touch it, so that a text no step touches passes through with the identity map, and the
/// steps a text cannot touch are skipped.
///
/// A step could touch a text when the text holds a scalar of the step's ``TouchedScalars``,
/// except a U+0020 that stands alone between two other scalars (not first, not last, not next to
/// another space) when the step passes lone spaces. A step that does not declare what it touches
/// is always run. Scalars beyond the Basic Multilingual Plane count as touched by every step
/// (the steps read them themselves). Most lines of Korean news are Hangul syllables, ASCII
/// letters, digits and punctuation with single spaces: no step touches them.
struct StepScanner: Sendable {
    /// The steps, one bit each (bit k: the pipeline's k-th step).
    typealias Steps = UInt16

    /// For each BMP scalar, the steps that may touch it (U+0020 left out for the steps that
    /// pass lone spaces).
    private let table: [Steps]
    /// The steps that touch U+0020 unless it stands alone.
    private let loneSpaceSteps: Steps
    /// The steps that do not declare what they touch.
    private let undeclared: Steps
    /// Every step.
    private let all: Steps
    /// For each step that declares what it writes (``TouchedScalars/writesOneForOne``), the
    /// steps that may touch what it writes; nil for the others.
    let stepsTouchingOutput: [Steps?]

    /// The scanner for a pipeline, or nil when it has more steps than ``Steps`` has bits.
    init?(steps: [any NormalizationStep]) {
        guard steps.count <= Steps.bitWidth else { return nil }
        var table = [Steps](repeating: 0, count: 0x10000)
        var loneSpaceSteps: Steps = 0, undeclared: Steps = 0
        let declarations = steps.map(\.touchedScalars) // each built once: a property may compute its sets
        for (k, declaration) in declarations.enumerated() {
            let bit: Steps = 1 << k
            guard let declared = declaration else { undeclared |= bit; continue }
            Self.forEachBMPMember(of: declared.scalars) { table[$0] |= bit }
            if declared.passesLoneSpaces && declared.scalars.contains(" ") {
                table[0x20] &= ~bit
                loneSpaceSteps |= bit
            }
        }
        self.table = table
        self.loneSpaceSteps = loneSpaceSteps
        self.undeclared = undeclared
        all = steps.count == Steps.bitWidth ? ~0 : (1 << Steps(steps.count)) - 1
        stepsTouchingOutput = declarations.map { declared -> Steps? in
            guard let written = declared?.writesOneForOne, !written.contains(" "),
                  written.bounds.map({ $0.upperBound <= 0xFFFF }) ?? true else { return nil }
            var touching = undeclared
            Self.forEachBMPMember(of: written) { touching |= table[$0] }
            return touching
        }
    }

    /// Calls `body` with each member of the set in the Basic Multilingual Plane, in order.
    private static func forEachBMPMember(of set: ScalarSet, _ body: (Int) -> Void) {
        for (w, word) in set.bmpWords.enumerated() where word != 0 {
            for b in 0..<64 where word & (1 << UInt64(b)) != 0 { body(w << 6 | b) }
        }
    }

    /// The steps that could touch `text` (0: none; the text passes every step unchanged), and
    /// its length in scalars.
    /// - Complexity: O(n) in the text's UTF-8 length, one table look-up per scalar.
    func steps(touching text: String) -> (steps: Steps, scalarCount: Int) {
        text.utf8.withContiguousStorageIfAvailable { steps(touchingUTF8: $0) } ?? (all, text.unicodeScalars.count)
    }

    /// ``steps(touching:)`` on valid UTF-8.
    func steps(touchingUTF8 bytes: UnsafeBufferPointer<UInt8>) -> (steps: Steps, scalarCount: Int) {
        var i = 0
        var count = 0
        var steps = undeclared
        var afterBoundary = true // at the start, or just after a space
        let n = bytes.count
        table.withUnsafeBufferPointer { table in
            while i < n {
                let lead = bytes[i]
                let value: Int
                if lead < 0x80 {
                    value = Int(lead)
                    i += 1
                } else if lead < 0xE0, i + 1 < n {
                    value = Int(lead & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
                    i += 2
                } else if lead < 0xF0, i + 2 < n {
                    value = Int(lead & 0x0F) << 12 | Int(bytes[i + 1] & 0x3F) << 6 | Int(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    steps = all // beyond the BMP
                    i += 4
                    count += 1
                    afterBoundary = false
                    continue
                }
                count += 1
                if value == 0x20 {
                    if afterBoundary { steps |= loneSpaceSteps }
                    afterBoundary = true
                } else {
                    afterBoundary = false
                }
                steps |= table[value]
            }
        }
        if afterBoundary && count > 0 { steps |= loneSpaceSteps }
        return (steps, count)
    }
}

/// One named, switchable stage of the normalization pipeline.
///
/// A step reads a text as Unicode scalars and, when it changes anything, returns the new
/// text with the exact ``OffsetMap`` from its input to its output. Steps hold only
/// immutable state, so one ``Normalizer`` may be shared between threads.
public protocol NormalizationStep: Sendable {
    /// A short stable name ("unicode", "width", "whitespace", "quotes", "separators", …).
    var name: String { get }
    /// Applies the step; `nil` means the text is left exactly as it was.
    func apply(to text: [Unicode.Scalar]) -> StepOutput?
    /// The scalars the step may change or annotate: a text without any of them comes back
    /// from ``apply(to:)`` as nil. The pipeline passes such texts straight through
    /// (``Normalizer``'s fast path). `nil`, the default, means the step does not say, and the
    /// pipeline runs it on every text.
    var touchedScalars: TouchedScalars? { get }
}

extension NormalizationStep {
    /// Not declared: the pipeline runs the step on every text.
    public var touchedScalars: TouchedScalars? { nil }
}

/// What a step may change, for the pipeline's fast path: a text made only of scalars outside
/// `scalars` passes the step unchanged and unannotated.
public struct TouchedScalars: Sendable {
    /// The scalars the step may change or annotate, or read to decide a change.
    public var scalars: ScalarSet
    /// Whether U+0020, though in `scalars`, passes untouched where it stands alone between two
    /// scalars outside `scalars` (the white-space step's single space between words).
    public var passesLoneSpaces: Bool
    /// When set: the step changes nothing but touched scalars, each replaced by one of these
    /// (never U+0020), one for one, so the pipeline can tell which later steps its output needs
    /// without reading it again. nil: the step may write anything.
    public var writesOneForOne: ScalarSet?

    /// Declares the scalars a step may touch (and, where it says, what it writes for them).
    public init(_ scalars: ScalarSet, passesLoneSpaces: Bool = false, writesOneForOne: ScalarSet? = nil) {
        self.scalars = scalars
        self.passesLoneSpaces = passesLoneSpaces
        self.writesOneForOne = writesOneForOne
    }
}

/// What a step made of its input.
public struct StepOutput: Sendable {
    /// The new text.
    public var text: [Unicode.Scalar]
    /// How the input became `text`.
    public var map: OffsetMap
    /// Facts the step noted, at scalar ranges of `text`.
    public var annotations: [Annotation]

    /// Creates a step's output.
    public init(text: [Unicode.Scalar], map: OffsetMap, annotations: [Annotation] = []) {
        self.text = text
        self.map = map
        self.annotations = annotations
    }
}

/// A fact a step records about a place in the text, for later steps and for users.
public struct Annotation: Sendable, Equatable {
    /// What is recorded.
    public enum Kind: Sendable, Equatable {
        /// A quotation mark (its offsets are filled in by the pipeline).
        case quoteMark(QuoteMark)
        /// A change made by a named rule (for explanations); `entry` is the glossary entry's id
        /// when the change put one entry's form for another of its forms; `level`, `from` and
        /// `to` as ``NormalizedText/Explanation`` has them.
        case rule(id: String, note: String, entry: String? = nil, level: NormalizedText.Explanation.Level? = nil, from: String? = nil, to: String? = nil)
    }
    /// Scalar range in the text the annotating step produced.
    public var range: Range<Int>
    /// What is recorded.
    public var kind: Kind

    /// Creates an annotation.
    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// Builds a step's output: copies and replacements of the input, in order, with their map.
package struct TextEditor {
    package private(set) var output: [Unicode.Scalar] = []
    private var map = OffsetMap.Builder()
    package private(set) var annotations: [Annotation] = []
    package private(set) var hasChanges = false

    package init(reservingCapacity capacity: Int) { output.reserveCapacity(capacity) }

    /// Copies input scalars unchanged.
    package mutating func copy<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        output.append(contentsOf: scalars)
        map.append(.unchanged(scalars.count))
    }

    /// Copies one input scalar unchanged.
    package mutating func copy(_ scalar: Unicode.Scalar) {
        output.append(scalar)
        map.append(.unchanged(1))
    }

    /// Replaces `count` input scalars with `replacement` (an identical replacement is a copy).
    package mutating func replace<C: Collection>(_ original: C, with replacement: [Unicode.Scalar]) where C.Element == Unicode.Scalar {
        if original.elementsEqual(replacement) { copy(original); return }
        output.append(contentsOf: replacement)
        map.append(.change(original: original.count, normalized: replacement.count))
        hasChanges = true
    }

    /// Makes room for this many annotations at once (no regrowth while they are added).
    package mutating func reserveAnnotations(_ count: Int) { annotations.reserveCapacity(count) }

    /// Records a fact about an output range: one the next appended scalars will occupy, or
    /// already written output.
    package mutating func annotate(_ range: Range<Int>, _ kind: Annotation.Kind) {
        annotations.append(Annotation(range: range, kind: kind))
    }

    /// The result: nil when nothing changed and nothing was noted.
    package func finish() -> StepOutput? {
        guard hasChanges || !annotations.isEmpty else { return nil }
        return StepOutput(text: output, map: map.build(), annotations: annotations)
    }
}

import Gyeore

/// The orthography conversion as a step of the normalization pipeline (its last slot).
public struct OrthographyStep: NormalizationStep {
    public let name = "orthography"
    private let converter: OrthographyConverter

    /// Wraps a converter.
    public init(converter: OrthographyConverter) { self.converter = converter }

    public func apply(to text: [Unicode.Scalar]) -> StepOutput? { converter.convert(text) }
}

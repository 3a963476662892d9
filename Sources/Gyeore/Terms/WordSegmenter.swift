/// How a morphological analyzer divides one word: what ``TermMatcher`` asks before it accepts
/// a short form inside a word written solid (교육일군, 김정은동지, 최고리익) or a one-syllable
/// form carrying a particle (북과 남).
///
/// The library holds no analyzer of its own; `GyeoreOrthography` supplies one over MeCab and
/// NK-HanDic (`MeCabWordSegmenter`). Without one, the matcher keeps to its rules by position.
public protocol WordSegmenter: Sendable {
    /// The morphemes of `word` (the scalars of one word, no white space) in order, covering it
    /// whole; nil when the word cannot be analysed.
    func morphemes(of word: [Unicode.Scalar]) -> [WordMorpheme]?
}

/// One morpheme of a word, as a ``WordSegmenter`` reads it.
public struct WordMorpheme: Sendable, Equatable {
    /// Its scalars within the word.
    public var range: Range<Int>
    /// Whether it is grammatical (a particle, an ending, a suffix, the copula) rather than a
    /// word of its own.
    public var isGrammatical: Bool

    /// A morpheme over `range` of its word.
    public init(range: Range<Int>, isGrammatical: Bool) {
        self.range = range
        self.isGrammatical = isGrammatical
    }
}

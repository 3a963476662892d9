/// What a morphological analyzer says of a Korean word, for the bilingual lexicon's lemma rows
/// (`data/bilingual-lemmas.tsv`): the dictionary forms of its content morphemes, each with its
/// homograph number as HanDic writes it (보다01 'see', 보다02 'than').
///
/// A lexicon row matched by spelling cannot name a short verb or adjective: 보 begins 보도 and
/// 보장 too, and 크 begins 크레인. A lemma row names one sense of one dictionary word, found
/// through the analysis whatever its ending (보게, 봤다, 본다). GyeoreOrthography's
/// `MeCabLemmatizer` reads them off HanDic; without one, only the spelled rows apply.
public protocol KoreanLemmatizer: Sendable {
    /// The lemmas of `word`'s content morphemes, in order; empty when it has none or cannot be
    /// analysed.
    func lemmas(of word: String) -> [String]
}

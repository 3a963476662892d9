import Foundation
import Gyeore
import Synchronization

/// A `KoreanLemmatizer` (Gyeore's protocol) over MeCab and HanDic: the lemmas of a word's
/// content morphemes (nouns, verbs, adjectives, adverbs, roots) as HanDic writes them, with the
/// homograph number of the Standard Korean Language Dictionary (feature field 6: 보다01 'see',
/// 크다01 'big'). Analyses are kept per word (bounded): a corpus repeats its words.
public final class MeCabLemmatizer: KoreanLemmatizer {
    private let tagger: MeCabTagger
    private let known = Mutex(BoundedMemo<String, [String]>(limit: knownLimit))

    /// How many analysed words are kept at most.
    static let knownLimit = 100_000

    /// The longest word analysed, in scalars: a "word" longer than this is no word (a line of
    /// Hangul without spaces), and an analysis's lattice grows with its length.
    static let longestWord = 64

    /// The Sejong tags of content morphemes (MM: determiners, 새 'new' and 두 'two', which lemma rows name).
    static let contentTags: Set<String> = ["NNG", "NNP", "VV", "VA", "MAG", "XR", "MM"]

    /// A lemmatizer over an open HanDic tagger.
    public init(tagger: MeCabTagger) { self.tagger = tagger }

    /// A lemmatizer over HanDic, found as ``DictionaryLocator`` finds it (in `folder` when given).
    public convenience init(dictionaryFolder folder: String? = nil) throws(OrthographyError) {
        self.init(tagger: try MeCabTagger(dictionary: try DictionaryLocator.locate("handic", folder: folder)))
    }

    public func lemmas(of word: String) -> [String] {
        guard word.unicodeScalars.count <= Self.longestWord else { return [] }
        if let found = known.withLock({ $0[word] }) { return found }
        // HanDic reads Hangul as conjoining jamo.
        let morphemes = tagger.analyse(Array(word.decomposedStringWithCanonicalMapping.utf8))
        let result = morphemes.filter { Self.contentTags.contains($0.tag) }.map { $0[5].precomposedStringWithCanonicalMapping }.filter { !$0.isEmpty && $0 != "*" }
        known.withLock { $0.keep(result, for: word) }
        return result
    }
}

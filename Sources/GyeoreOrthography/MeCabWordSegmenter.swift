import Foundation
import Gyeore
import Synchronization

/// A `WordSegmenter` (Gyeore's protocol) over MeCab and NK-HanDic: where a word's morphemes start, for
/// `TermMatcher` to find terms inside North Korean words written solid.
///
/// A morpheme boundary the analyzer puts inside a syllable (it reads conjoining jamo) is no
/// boundary: that morpheme joins the one before it. Analyses are kept per word (bounded), since
/// running text repeats its words.
public final class MeCabWordSegmenter: WordSegmenter {
    private let tagger: MeCabTagger
    /// Keyed by the word's scalars: hashing a `String` normalizes it first, which cost a look-up
    /// more than the rest of it.
    private let known = Mutex(BoundedMemo<[Unicode.Scalar], [WordMorpheme]?>(limit: knownLimit))

    /// How many analysed words are kept at most.
    static let knownLimit = 100_000

    /// A segmenter over an open tagger (NK-HanDic reads both North and South Korean words).
    public init(tagger: MeCabTagger) {
        self.tagger = tagger
    }

    /// A segmenter over NK-HanDic, found as ``DictionaryLocator`` finds it (in `folder` when given).
    public convenience init(dictionaryFolder folder: String? = nil) throws(OrthographyError) {
        self.init(tagger: try MeCabTagger(dictionary: try DictionaryLocator.locate("nkhandic", folder: folder)))
    }

    public func morphemes(of word: [Unicode.Scalar]) -> [WordMorpheme]? {
        if let found = known.withLock({ $0[word] }) { return found }
        let result = analyse(word)
        known.withLock { $0.keep(result, for: word) }
        return result
    }

    private func analyse(_ word: [Unicode.Scalar]) -> [WordMorpheme]? {
        guard !word.isEmpty else { return nil }
        // NK-HanDic reads Hangul as conjoining jamo: each scalar decomposed on its own (a
        // syllable by ``Jamo``, anything else by its NFD), and which scalar starts at each byte
        // remembered (-1: none).
        var utf8: [UInt8] = []
        utf8.reserveCapacity(9 * word.count)
        var scalarAt: [Int] = []
        scalarAt.reserveCapacity(9 * word.count + 1)
        for (index, scalar) in word.enumerated() {
            scalarAt.append(index)
            if let (lead, vowel, tail) = Jamo.indices(scalar) {
                func append(_ letter: UInt32) { UTF8.encode(Unicode.Scalar(letter)!) { utf8.append($0) } }
                append(Jamo.leadBase + UInt32(lead))
                append(Jamo.vowelBase + UInt32(vowel))
                if tail != 0 { append(Jamo.tailBase + UInt32(tail)) }
            } else {
                utf8 += String(scalar).decomposedStringWithCanonicalMapping.utf8
            }
            scalarAt += repeatElement(-1, count: utf8.count - scalarAt.count)
        }
        scalarAt.append(word.count)
        func scalar(at byte: Int) -> Int? { byte < scalarAt.count && scalarAt[byte] >= 0 ? scalarAt[byte] : nil }
        var result: [WordMorpheme] = []
        for morpheme in tagger.analyse(utf8) {
            if let start = scalar(at: morpheme.bytes.lowerBound), start == (result.last?.range.upperBound ?? 0) {
                result.append(WordMorpheme(range: start..<start, isGrammatical: Self.isGrammatical(morpheme.tag)))
            }
            if let end = scalar(at: morpheme.bytes.upperBound), let last = result.last, end >= last.range.lowerBound {
                result[result.count - 1].range = last.range.lowerBound..<end
            }
        }
        guard let last = result.last, last.range.upperBound == word.count, result.allSatisfy({ !$0.range.isEmpty }) else { return nil }
        return result
    }

    /// Particles (J…), endings (E…), suffixes (XS…) and the copula (VCP) are grammatical.
    static func isGrammatical(_ tag: String) -> Bool {
        tag.hasPrefix("J") || tag.hasPrefix("E") || tag.hasPrefix("XS") || tag == "VCP"
    }
}

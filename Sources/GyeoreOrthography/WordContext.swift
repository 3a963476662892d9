import Gyeore

/// Where a morpheme stands in its word (a run of text between spaces and punctuation).
struct WordContext {
    /// The word's range in the decomposed text.
    var word: Range<Int>
    /// The morpheme begins the word.
    var startsWord: Bool
    /// Only particles, endings and suffixes follow it in the word (after a native position noun
    /// written solid with it, 비발속에, which is a word of its own).
    var followedOnlyByFunctionMorphemes: Bool
    /// The morpheme before it in the word is a noun (a compound element: 안전+리익).
    var followsNoun: Bool
    /// Every other content morpheme of the word has Hanja: the word is a Sino-Korean compound
    /// (안전+리익, 전투+적+련대성), not a foreign name cut into pieces (로시+스+카+야).
    var isSinoKoreanWord: Bool

    /// - Parameter wordStarts: positions where a word starts though no space stands before it:
    ///   after a glossary term, where the spacing rule puts one (유엔력사 → 유엔 역사).
    init(index k: Int, morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], nfd: [Unicode.Scalar], positionNouns: Set<String>, wordStarts: Set<Int> = []) {
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { (0x1100...0x11FF).contains(s.value) || s.properties.isAlphabetic || s.properties.numericType != nil }
        let range = morphemes[k].range
        var lower = range.lowerBound
        // (Most texts have no such start: the set is not hashed into at every scalar then.)
        let anyStarts = !wordStarts.isEmpty
        while lower > 0 && isWordScalar(nfd[lower - 1]) && !(anyStarts && wordStarts.contains(lower)) { lower -= 1 }
        var upper = range.upperBound
        while upper < nfd.count && isWordScalar(nfd[upper]) && !(anyStarts && wordStarts.contains(upper)) { upper += 1 }
        word = lower..<upper
        startsWord = lower == range.lowerBound
        var following = true
        var j = k + 1
        while j < morphemes.count && morphemes[j].range.lowerBound < upper {
            let tag = morphemes[j].m[10]
            // A verb after an ending starts a word of its own in South Korean (련합되고+있습니다:
            // an auxiliary written solid, 제47항), as does a dependent noun after a modifier
            // ending (제42항): the stem's word ends before it.
            if Self.startsWordAfterEnding(tag, after: morphemes[j - 1].m[10]) { break }
            // A native position noun right after it (비발+속+에) is a word of its own that North
            // Korean spelling writes solid: the morpheme still ends its South Korean word.
            if j == k + 1, tag == "NNG", positionNouns.contains(String(scalars: Jamo.compose(Array(nfd[morphemes[j].range])))) { j += 1; continue }
            if !(tag.hasPrefix("J") || tag.hasPrefix("E") || tag.hasPrefix("XS") || tag == "VCP") { following = false; break }
            j += 1
        }
        followedOnlyByFunctionMorphemes = following
        // After a -적 modifier written solid (영웅적로동계급) the noun starts a word of its own in
        // South Korean (영웅적 노동계급) and takes the initial-sound law as one.
        followsNoun = k > 0 && morphemes[k - 1].range.upperBound == range.lowerBound && (["NNG", "NNP"].contains(morphemes[k - 1].m[10])
            || (morphemes[k - 1].m[10] == "XSN" && String(scalars: Jamo.compose(Array(nfd[morphemes[k - 1].range]))) == "적"))
        // Only the morphemes of this word: walk out from k while they stay inside it.
        var sino = true
        var i = k - 1
        var neighbours: [Int] = []
        while i >= 0 && morphemes[i].range.lowerBound >= lower { neighbours.append(i); i -= 1 }
        i = k + 1
        while i < morphemes.count && morphemes[i].range.upperBound <= upper { neighbours.append(i); i += 1 }
        for i in neighbours {
            let tag = morphemes[i].m.tag
            if i > k, Self.startsWordAfterEnding(tag, after: morphemes[i - 1].m.tag) { break }
            if tag.hasPrefix("J") || tag.hasPrefix("E") || tag == "VCP" || tag.hasPrefix("XS") { continue }
            // Nor do digits and the counter after them (7+련대, 3+대+로선: 제7연대, 3대 노선).
            if tag == "SN" || (tag == "NNB" && i < k && i > 0 && morphemes[i - 1].m.tag == "SN") { continue }
            // A native position noun after the morpheme (령도+밑+에) is a word of its own that
            // North Korean spelling writes solid; it does not make the word a foreign name.
            if i > k, tag == "NNG", positionNouns.contains(String(scalars: Jamo.compose(Array(nfd[morphemes[i].range])))) { continue }
            // Nor does a known predicate or adverb after it (례외+없이, 존엄+있는), nor one or a
            // determiner after its particles (기여+를+한, a space left out: 력사적기여를한;
            // 령도자+로서+뿐+아니라): South Korean writes it as a word of its own, and the rest of
            // the word is that word's.
            let ownWord = Self.wordOfItsOwnTags.contains(tag)
            if i > k, !morphemes[i].m.isUnknown, ownWord && morphemes[i - 1].m.hasHanja
                || (ownWord || tag == "MM") && morphemes[i - 1].m.tag.hasPrefix("J") && Self.beforeParticles(i, morphemes).map({ morphemes[$0].m.hasHanja }) == true { break }
            // Nor does a word the dictionary knows (``isKnownWordOfACompound(_:nfd:)``).
            if Self.isKnownWordOfACompound(morphemes[i], nfd: nfd) { continue }
            // Nor a native noun of one syllable ending the word after a Sino-Korean noun
            // (``isSinoSuffixReadAsNative(_:in:nfd:upper:)``: 려객+운수+국).
            if i > k, Self.isSinoSuffixReadAsNative(i, in: morphemes, nfd: nfd, upper: upper) { continue }
            if !morphemes[i].m.hasHanja { sino = false; break }
        }
        isSinoKoreanWord = sino
    }

    /// Whether a morpheme without Hanja is still a known word of a compound, not a syllable of a
    /// foreign name cut up (로시+스+카+야):
    /// - a loanword marked North Korean with its source word (카리 ←kali in
    ///   사리원카리비료련합기업소; field 8 read in place: `m[8]` would split every feature);
    /// - a place name or loanword with a foreign source word, though not marked North Korean
    ///   (아시아 ←Asia in 아시아축구련맹, 컵 ←cup in 녀자아시아컵경기대회; for other nouns the field
    ///   holds a sense note in Korean: 손, 신체의 일부);
    /// - a native common noun of two syllables or more (살림집 in 살림집리용허가증).
    static func isKnownWordOfACompound(_ morpheme: (range: Range<Int>, m: MeCabTagger.Morpheme), nfd: [Unicode.Scalar]) -> Bool {
        let (range, m) = morpheme
        guard !m.isUnknown else { return false }
        if m.tag == "NNG", m.isNorthKorean, !m.feature(8, is: "*"), !m.feature(8, is: "") { return true }
        if m.tag == "NNG" || (m.tag == "NNP" && m.feature(2, is: "地名")), !m.feature(8, is: "*"),
           m[8].unicodeScalars.first.map({ $0.isASCII && $0.properties.isAlphabetic }) == true { return true }
        return m.tag == "NNG" && range.count >= 4 && Jamo.compose(Array(nfd[range])).count >= 2
    }

    /// Whether morpheme `i` is a noun of one syllable without Hanja that ends its word (only
    /// particles and endings after it, up to `upper`) right after a Sino-Korean noun of two
    /// syllables or more: a Sino-Korean element the analyzer read as a native homograph (운수+국,
    /// 局 'bureau' read as 국 'soup', in 수도려객운수국; a DPRK site, 2020), not the last syllable
    /// of a foreign name cut up, whose pieces stand between others (로시+스+카+야).
    static func isSinoSuffixReadAsNative(_ i: Int, in morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)], nfd: [Unicode.Scalar], upper: Int) -> Bool {
        let (range, m) = morphemes[i]
        guard i > 0, m.tag == "NNG", !m.isUnknown, !m.hasHanja, Jamo.compose(Array(nfd[range])).count == 1 else { return false }
        let previous = morphemes[i - 1]
        guard previous.range.upperBound == range.lowerBound, previous.m.tag == "NNG", previous.m.hasHanja,
              Jamo.compose(Array(nfd[previous.range])).count >= 2 else { return false }
        var j = i + 1
        while j < morphemes.count && morphemes[j].range.upperBound <= upper {
            let tag = morphemes[j].m.tag
            guard tag.hasPrefix("J") || tag.hasPrefix("E") || tag == "VCP" else { return false }
            j += 1
        }
        return true
    }

    /// The morpheme before the particles that stand right before morpheme `i` (로서+뿐 before
    /// 아니라), or nil when only particles precede it.
    static func beforeParticles(_ i: Int, _ morphemes: [(range: Range<Int>, m: MeCabTagger.Morpheme)]) -> Int? {
        var j = i - 1
        while j >= 0 && morphemes[j].m.tag.hasPrefix("J") { j -= 1 }
        return j >= 0 && j < i - 1 ? j : nil
    }

    /// Predicates and adverbs: after a Sino-Korean noun, or after its particle, a word of their own.
    static let wordOfItsOwnTags: Set<String> = ["VV", "VA", "VX", "VCN", "MAG"]

    /// Whether a morpheme tagged `tag` after one tagged `before` starts a word of its own in
    /// South Korean: a verb or auxiliary after a connective ending (하고+있다, 되여+나가다; an
    /// auxiliary also after a verb suffix the analyzer reads with its ending, 련관+되여+있다), a
    /// dependent noun after a modifier ending (리행하는+데서, 제42항).
    static func startsWordAfterEnding(_ tag: String, after before: String) -> Bool {
        (before == "EC" && (tag == "VX" || tag == "VV")) || ((before == "XSV" || before == "XSA") && tag == "VX") || (before == "ETM" && tag == "NNB")
    }
}

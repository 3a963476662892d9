import Gyeore

/// Choices for the North → South conversion.
public struct OrthographyOptions: Sendable {
    /// Contract 되어 to 돼 (되었 → 됐), as South Korean usage mostly does.
    public var contracts = false
    /// Apply the initial-sound law to North Korean personal names too (리선권 → 이선권). Off by
    /// default: South Korean outlets keep the North's spelling of its people's names.
    public var convertsNames = false
    /// Treat all input as North Korean: apply the spacing rules everywhere, not only in sentences
    /// or quotations where another rule found North Korean spelling.
    public var assumesNorthKorean = false
    /// Analyse every sentence with MeCab, not only those the cheap signal filter (signals.tsv)
    /// picks: slower on South Korean text, the same output wherever the filter is right (this is
    /// how `gyeore-bench signals` measures the filter).
    public var analysesEverySentence = false
    /// Replace North Korean words by different South Korean words too (기간공업 → 기간산업,
    /// 다락밭 → 계단밭), not only their spelling: the wording level (`--wording`). Off, a
    /// dictionary gloss applies only when it spells the same word (령도 → 영도, 고기배 → 고깃배).
    public var replacesWording = false
    /// Creates default options.
    public init() {}

    /// The options alignment matches with: both levels, spelling and wording, so that 남조선
    /// and 한국 compare alike (`align`, the alignment benchmarks and tests).
    public static var matching: OrthographyOptions {
        var options = OrthographyOptions()
        options.replacesWording = true
        return options
    }
}

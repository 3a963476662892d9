import ArgumentParser
import Foundation
import Gyeore
import GyeoreOrthography

/// The options that make an aligner, shared by `align` and the corpus steps (`features`,
/// `score`, `cluster`): each step of a distributed job must match as `align` does.
struct AlignerOptions: ParsableArguments {
    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "Link two quotations only when they score at least this (0-1).")
    var minScore: Double = 0.5

    @Flag(help: "Do not convert North Korean orthography before matching.")
    var noOrthography = false

    @Option(help: ArgumentHelp("The folder holding the nkhandic/ and handic/ dictionaries and the hanja-glosses/ table.", valueName: "dir"))
    var dictionaryDir: String?

    func validate() throws {
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
    }

    /// The Hanja glosses set-up generates (beside the dictionaries), or nil with a warning: Korean ↔
    /// English pairs then rest on the bundled lexicon and the glossary alone. A table that is there
    /// and cannot be read is an error.
    func loadHanjaGlosses() throws -> HanjaGlosses? {
        guard let path = HanjaGlosses.locate(folder: dictionaryDir) else {
            let searched = DependencyLocator.candidates(HanjaGlosses.folderName, folder: dictionaryDir).joined(separator: ", ")
            Diagnostics.warn("gyeore: warning: no Hanja glosses (searched \(searched)); Korean↔English matching uses the bundled lexicon and glossary only (run scripts/setup.sh)")
            return nil
        }
        do { return try HanjaGlosses(contentsOf: path) } catch { throw CLIError.input(error) }
    }

    /// The glossary (when found) and an aligner matching as `align` does; with `statistics`,
    /// weights and lookup keys fixed by them.
    func makeAligner(statistics: CorpusStatistics? = nil) throws -> (Glossary?, QuoteAligner) {
        let glossary = try glossaryOptions.loadIfPresent()
        var configuration = NormalizerConfiguration()
        configuration.lineBreaks = .toSpace
        if !noOrthography {
            do {
                configuration.orthography = OrthographyStep(converter: try OrthographyConverter(glossary: glossary, dictionaryFolder: dictionaryDir, options: .matching))
            } catch {
                Diagnostics.warn("gyeore: warning: matching without orthography conversion: \(OrthographyMessages.message(error))")
            }
        }
        // The lexicon's lemma rows need HanDic's analysis.
        var lemmatizer: MeCabLemmatizer?
        do {
            lemmatizer = try MeCabLemmatizer(dictionaryFolder: dictionaryDir)
        } catch {
            Diagnostics.warn("gyeore: warning: Korean↔English matching without the lexicon's lemma rows: \(OrthographyMessages.message(error))")
        }
        do {
            let normalizer = try Normalizer(configuration: configuration)
            var options = QuoteAligner.Options()
            options.minimumScore = minScore
            return (glossary, try QuoteAligner(normalizer: normalizer, glossary: glossary, hanja: try loadHanjaGlosses(), lemmatizer: lemmatizer, options: options, statistics: statistics))
        } catch let error as CLIError { throw error } catch { throw CLIError.internalError("\(error)") }
    }

    /// Reads a statistics file (`gyeore stats`).
    static func readStatistics(_ path: String) throws -> CorpusStatistics {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.input(InputError(file: path, reason: .cannotOpen(String(cString: strerror(FileManager.default.fileExists(atPath: path) ? EACCES : ENOENT)))))
        }
        do { return try JSONDecoder().decode(CorpusStatistics.self, from: data) } catch {
            throw CLIError.input(InputError(file: path, reason: .other("not a statistics file written by gyeore stats (\(CorpusRecords.describe(error)))")))
        }
    }
}

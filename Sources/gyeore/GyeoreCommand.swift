import ArgumentParser
import Foundation
import Gyeore

@main
struct GyeoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gyeore",
        abstract: "Normalize and compare Korean news text from both sides of the border.",
        discussion: """
        Commands read files (or standard input when none, or "-") and write to standard output;
        structured output is JSON Lines. Errors go to standard error as FILE:LINE: error: MESSAGE.
        Exit status: 0 success, 1 findings (a lookup miss, validation problems), 64 usage error,
        65 bad input data, 66 input file cannot be opened, 70 internal error, 74 output could not
        be written (a full device, an I/O error). A closed pipe (| head) ends the command quietly,
        as SIGPIPE ends other filters.
        """,
        version: "0.1.0",
        subcommands: [NormalizeCommand.self, QuotesCommand.self, AlignCommand.self, FeaturesCommand.self, StatsCommand.self, CandidatesCommand.self, PostingsCommand.self, ScoreCommand.self, ClusterCommand.self, LookupCommand.self, TermsCommand.self, RomanizeCommand.self, GlossaryCommand.self]
    )

    static func main() {
        signal(SIGPIPE, SIG_IGN) // a closed pipe is reported by write() as EPIPE, and handled below
        // Limits before work: the argument parser takes minutes over 100,000 paths, so a command
        // line past align's limit is refused before it is parsed.
        let arguments = CommandLine.arguments
        if arguments.count > AlignCommand.maximumFiles + 64, arguments.dropFirst().first == "align" {
            fail(.usage("gyeore: error: more than \(AlignCommand.maximumFiles) files (align holds their quotations in memory); align fewer at a time, or pass the paths with --files-from"))
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as OutputError {
            fail(.output(error))
        } catch let error as CLIError {
            fail(error)
        } catch {
            // Argument parsing: help and --version go to standard output (checked like any
            // output), usage errors to standard error.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                let output = OutputWriter()
                do {
                    try output.writeLine(message)
                    try output.flush()
                } catch { fail(.output(error)) }
            } else if !message.isEmpty {
                Diagnostics.warn(message)
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// Reports the error on standard error (a failure to write it is ignored: the status still
    /// says it) and exits with its status; a closed output pipe ends the process as SIGPIPE would.
    static func fail(_ error: CLIError) -> Never {
        if case .output(let output) = error, output.isBrokenPipe {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            Foundation.exit(128 + SIGPIPE)
        }
        let message = error.description
        if !message.isEmpty { Diagnostics.warn(message) }
        Foundation.exit(error.exitCode)
    }
}

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
        65 bad input data, 66 input file cannot be opened, 70 internal error.
        """,
        version: "0.1.0",
        subcommands: [NormalizeCommand.self, QuotesCommand.self, AlignCommand.self, LookupCommand.self, TermsCommand.self, RomanizeCommand.self, GlossaryCommand.self]
    )

    static func main() {
        signal(SIGPIPE, SIG_IGN) // a closed pipe is reported by write() and ends the run quietly
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}

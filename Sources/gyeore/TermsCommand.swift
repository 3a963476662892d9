import ArgumentParser
struct TermsCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "terms"); func run() throws {} }

import ArgumentParser
struct ExportCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "export") ; func run() throws {} }
import ArgumentParser
struct ImportCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "import") ; func run() throws {} }

import ArgumentParser
import Foundation
import Gyeore

/// `--jsonl` and its options: documents read as JSON Lines, one object per line, for the map
/// steps of a distributed job. Shared by the commands that take documents.
struct JSONLinesDocuments: ParsableArguments {
    @Flag(help: "Read documents as JSON Lines: one object per line, its id and text in --id-field and --text-field; offsets are into that text, newlines in it kept.")
    var jsonl = false

    @Option(help: "With --jsonl: the field holding the document's id (a string or a number).")
    var idField = "id"

    @Option(help: "With --jsonl: the field holding the document's text.")
    var textField = "text"

    @Option(help: "With --jsonl: the field holding the document's date (any form holding YYYY-MM-DD, or YYYY.MM.DD); quotes and align use it as the date of its quotations when the text gives none.")
    var dateField = "date"

    @Option(help: "With --jsonl: a bad record (not JSON, no id or text) stops its input (fail, the default), is left out with a line on standard error (skip), or becomes {\"document\": id, \"line\": n, \"error\": …} in the output (record).")
    var onError: ErrorPolicy = .fail

    enum ErrorPolicy: String, ExpressibleByArgument, CaseIterable { case fail, skip, record }

    /// The error record `--on-error record` writes for a bad input record.
    struct ErrorRecord: Encodable { var document: String; var line: Int; var error: String; var version = RecordVersion.current }

    /// Calls body with the id and text of every record of every input; bad records as
    /// `--on-error` says; inputs that fail, as every command's input rule says.
    func forEachDocument(_ input: InputOptions, output: OutputWriter, jsonLines: JSONLines, _ body: (String, String) throws -> Void) throws {
        try forEachDocumentRecord(input, output: output, jsonLines: jsonLines) { id, text, _ in try body(id, text) }
    }

    /// ``forEachDocument(_:output:jsonLines:_:)`` with each record's date field, when it has one.
    func forEachDocumentRecord(_ input: InputOptions, output: OutputWriter, jsonLines: JSONLines, _ body: (String, String, String?) throws -> Void) throws {
        try input.forEachLine(flushing: output) { path, line in
            guard !line.text.isBlank else { return }
            let document: JSONLinesDocument
            do throws(JSONLinesDocument.Problem) {
                document = try JSONLinesDocument(line: line.text, idField: idField, textField: textField, dateField: dateField)
            } catch let problem {
                let location = "\(path == "-" ? "<stdin>" : path):\(line.number)"
                switch onError {
                case .fail: throw CLIError.input(InputError(file: path, line: line.number, reason: .other(problem.message)))
                case .skip: Diagnostics.warn("\(location): warning: record left out: \(problem.message)")
                case .record: try output.writeLine(jsonLines.line(ErrorRecord(document: problem.id ?? location, line: line.number, error: problem.message)))
                }
                return
            }
            try body(document.id, document.text, document.date)
        }
    }
}

import Foundation

/// One document given as a line of JSON Lines (`{"id": …, "text": …}`), as `quotes`, `normalize`
/// and `terms --jsonl` read it: the id (a string or a number), the text (newlines in it kept) and,
/// when the record has it as a string, the date.
public struct JSONLinesDocument: Sendable, Equatable {
    /// The caller's id of the document (a number is written as its decimal form).
    public var id: String
    /// The document's text; offsets of everything found in it count from its start.
    public var text: String
    /// The date field, when the record has it as a string.
    public var date: String?

    /// Why a line is not a document, with the record's id when it has one.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong, in one line (`not a JSON object`, `no "text" field (a string)`).
        public var message: String
        /// The record's id, when it has a usable one.
        public var id: String?
        public var description: String { message }
    }

    /// A document from its parts.
    public init(id: String, text: String, date: String? = nil) {
        self.id = id
        self.text = text
        self.date = date
    }

    /// Reads one line. The fields are named by the caller (`--id-field`, `--text-field`,
    /// `--date-field`).
    public init(line: String, idField: String = "id", textField: String = "text", dateField: String = "date") throws(Problem) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw Problem(message: "not a JSON object", id: nil)
        }
        switch object[idField] {
        case let value as String: id = value
        // A number, not a boolean (JSONSerialization gives both as NSNumber; a boolean's type is "c").
        case let value as NSNumber where String(cString: value.objCType) != "c": id = value.stringValue
        default: throw Problem(message: "no \"\(idField)\" field (a string or a number)", id: nil)
        }
        guard let text = object[textField] as? String else { throw Problem(message: "no \"\(textField)\" field (a string)", id: id) }
        self.text = text
        date = object[dateField] as? String
    }
}

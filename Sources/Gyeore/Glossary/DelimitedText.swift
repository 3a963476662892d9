/// Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) or TSV
/// into rows, each with the line it starts on.
public enum DelimitedText {
    /// A problem in the input.
    public struct Problem: Error, Sendable, Equatable {
        /// 1-based line.
        public var line: Int
        /// What is wrong.
        public var message: String
    }

    /// The rows of `text`; blank lines are skipped.
    public static func rows(_ text: String, separator: Character) throws(Problem) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var rowLine = 1
        var inQuotes = false
        var quoteLine = 0
        var atFieldStart = true
        var characters = text.makeIterator()
        var pending: Character? = nil
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
            fields = []
            field = ""
            atFieldStart = true
        }
        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where atFieldStart && separator == ",":
                inQuotes = true
                quoteLine = line
                atFieldStart = false
            case separator:
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n", "\r\n":
                endRow()
                line += 1
                rowLine = line
            case "\"" where separator == ",":
                throw Problem(line: line, message: "a quote inside an unquoted field (quote the whole field and double inner quotes)")
            default:
                field.append(character)
                atFieldStart = false
            }
        }
        if inQuotes { throw Problem(line: quoteLine, message: "unbalanced quote: the quoted field starting here never ends") }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}

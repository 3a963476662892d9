import Gyeore

// A strict reader of the HTML the alignment report writes: the elements it uses, every one
// closed in order, attribute values quoted, and text in which `<`, `>` and `&` appear only as the
// report's escapes. Input that reached the page unescaped breaks one of these.

/// What a report page holds, or the first thing wrong with it.
struct HTMLShape {
    /// How many times each element opens.
    var elements: [String: Int] = [:]
    /// The text of every `<p>` and `<li>` element, tags removed and escapes read back.
    var paragraphs: [String] = []
}

enum HTMLCheck {
    static let voidElements: Set<String> = ["meta", "input"]
    /// Elements whose content is not HTML: read to their end tag.
    static let rawTextElements: Set<String> = ["style", "script"]
    static let elements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "small", "p", "mark", "form", "label",
        "select", "option", "input", "span", "section", "div", "a", "details", "summary", "ul", "li", "script",
    ]
    static let entities: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'"]

    /// The page's shape, or a message naming the first fault and where it is.
    static func read(_ page: String) -> Result<HTMLShape, Failure> {
        let scalars = Array(page.unicodeScalars)
        var reader = Reader(scalars)
        func fault(_ message: String, at offset: Int) -> Result<HTMLShape, Failure> {
            let around = ScalarText.string(scalars[max(0, offset - 40)..<min(scalars.count, offset + 40)])
            return .failure(Failure("\(message) at scalar \(offset): …\(around)…"))
        }
        var shape = HTMLShape()
        var open: [String] = []
        // The text of the innermost open <p> or <li>, built as it is read.
        var collected: [String] = []
        if reader.take("<!DOCTYPE html>") == false { return fault("no doctype", at: 0) }
        while let scalar = reader.peek() {
            if scalar == "<" {
                let at = reader.position
                reader.advance()
                let closing = reader.take("/")
                let name = reader.name()
                guard elements.contains(name) else { return fault("element <\(name)> the report never writes", at: at) }
                if closing {
                    guard reader.take(">") else { return fault("end tag </\(name) not closed", at: at) }
                    guard open.last == name else { return fault("</\(name)> closes <\(open.last ?? "nothing")>", at: at) }
                    open.removeLast()
                    if name == "p" || name == "li", let text = collected.popLast() { shape.paragraphs.append(text) }
                    continue
                }
                while true {
                    reader.skipSpaces()
                    if reader.take(">") { break }
                    let attribute = reader.name()
                    guard !attribute.isEmpty else { return fault("a stray character in <\(name)>", at: reader.position) }
                    guard reader.take("=") else { continue }
                    guard reader.take("\"") else { return fault("an unquoted value of \(attribute)", at: reader.position) }
                    while let c = reader.peek(), c != "\"" {
                        if c == "<" || c == ">" { return fault("\(c) inside a value of \(attribute)", at: reader.position) }
                        if c == "&" {
                            guard reader.entity() != nil else { return fault("& that begins no escape in \(attribute)", at: reader.position) }
                        } else {
                            reader.advance()
                        }
                    }
                    guard reader.take("\"") else { return fault("a value of \(attribute) never closed", at: reader.position) }
                }
                shape.elements[name, default: 0] += 1
                if voidElements.contains(name) { continue }
                if rawTextElements.contains(name) {
                    guard reader.skip(past: "</\(name)>") else { return fault("<\(name)> never closed", at: at) }
                    continue
                }
                open.append(name)
                if name == "p" || name == "li" { collected.append("") }
                continue
            }
            let at = reader.position
            var character = String(scalar)
            if scalar == ">" { return fault("> in text", at: at) }
            if scalar == "&" {
                guard let read = reader.entity() else { return fault("& that begins no escape", at: at) }
                character = read
            } else {
                reader.advance()
            }
            if !collected.isEmpty { collected[collected.count - 1] += character }
        }
        guard open.isEmpty else { return fault("<\(open.joined(separator: "> <"))> never closed", at: reader.position) }
        return .success(shape)
    }

    /// The text of an HTML fragment that holds only `<mark class="…">` elements: tags removed,
    /// escapes read back. Nil where it holds anything else.
    static func markedText(_ fragment: String) -> String? {
        guard case .success(let shape) = read("<!DOCTYPE html><p>" + fragment + "</p>"),
              shape.elements.keys.allSatisfy({ $0 == "p" || $0 == "mark" }), shape.paragraphs.count == 1 else { return nil }
        return shape.paragraphs[0]
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0
        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func peek() -> Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
        mutating func advance() { position += 1 }

        /// Whether the text at the reader is `literal`; if so, the reader moves past it.
        mutating func take(_ literal: String) -> Bool {
            let wanted = Array(literal.unicodeScalars)
            guard position + wanted.count <= scalars.count, Array(scalars[position..<position + wanted.count]) == wanted else { return false }
            position += wanted.count
            return true
        }

        /// Lower-case letters, digits and hyphens.
        mutating func name() -> String {
            var name = ""
            while let c = peek(), ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-" { name.unicodeScalars.append(c); advance() }
            return name
        }

        mutating func skipSpaces() { while let c = peek(), c == " " || c == "\n" { advance() } }

        /// Moves past the next `literal`; false if there is none.
        mutating func skip(past literal: String) -> Bool {
            while position < scalars.count { if take(literal) { return true }; advance() }
            return false
        }

        /// One of the report's escapes at the reader (which stands on `&`), read back.
        mutating func entity() -> String? {
            let start = position
            advance()
            var name = ""
            while let c = peek(), c != ";", name.unicodeScalars.count < 5 { name.unicodeScalars.append(c); advance() }
            guard take(";"), let character = HTMLCheck.entities[name] else { position = start; return nil }
            return character
        }
    }
}

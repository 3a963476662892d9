import Foundation

/// A small JSON Schema checker for the keywords `schemas/*.schema.json` use: type, required,
/// properties, additionalProperties, propertyNames, items, enum, const, pattern, minimum,
/// maximum, anyOf and $ref to a file beside the schema. Returns the problems found, as JSON paths.
struct JSONSchemaCheck {
    let folder: URL

    func problems(_ value: Any, schemaFile: String) throws -> [String] {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(schemaFile))) as? [String: Any] ?? [:]
        return try problems(value, schema, path: "$")
    }

    private func problems(_ value: Any, _ schema: [String: Any], path: String) throws -> [String] {
        if let reference = schema["$ref"] as? String { return try problems(value, schemaFile: reference).map { path + $0.dropFirst() } }
        var found: [String] = []
        if let options = schema["anyOf"] as? [[String: Any]] {
            if try options.allSatisfy({ try !problems(value, $0, path: path).isEmpty }) { found.append("\(path): matches none of anyOf") }
        }
        if let type = schema["type"] as? String, !Self.matches(value, type: type) { return ["\(path): not \(type)"] }
        if let constant = schema["const"], !Self.equal(value, constant) { found.append("\(path): not \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) { found.append("\(path): not one of \(options)") }
        if let pattern = schema["pattern"] as? String, let text = value as? String, !Self.matches(text, pattern) { found.append("\(path): does not match \(pattern)") }
        if let number = value as? NSNumber, !Self.isBoolean(number) {
            if let minimum = schema["minimum"] as? NSNumber, number.doubleValue < minimum.doubleValue { found.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? NSNumber, number.doubleValue > maximum.doubleValue { found.append("\(path): above \(maximum)") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): no \"\(key)\"") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object {
                if let names = schema["propertyNames"] as? [String: Any], let pattern = names["pattern"] as? String, !Self.matches(key, pattern) { found.append("\(path): key \(key) does not match \(pattern)") }
                if let sub = properties[key] as? [String: Any] {
                    found += try problems(member, sub, path: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] {
                    if let allowed = additional as? Bool { if !allowed { found.append("\(path): unexpected \"\(key)\"") } }
                    else if let sub = additional as? [String: Any] { found += try problems(member, sub, path: "\(path).\(key)") }
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { found += try problems(element, items, path: "\(path)[\(index)]") }
        }
        return found
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return (value as? NSNumber).map(isBoolean) ?? false
        case "integer": return (value as? NSNumber).map { !isBoolean($0) && $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": return (value as? NSNumber).map { !isBoolean($0) } ?? false
        default: return false
        }
    }

    /// JSONSerialization reads true and false as NSNumbers of a char's type.
    private static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool { (a as? NSObject)?.isEqual(b) ?? false }
}

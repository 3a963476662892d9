import Foundation

/// Dates in a document's text: a dateline's full date as `YYYY-MM-DD`.
extension QuoteExtractor {
    /// The first full date in a text as `YYYY-MM-DD` (years 1900–2099, real months and days).
    public static func isoDate(in text: String) -> String? {
        mayHoldYear(text) ? isoDateByExpression(in: text) : nil
    }

    /// ``isoDate(in:)`` without the quick test: the expression run on any text.
    static func isoDateByExpression(in text: String) -> String? {
        guard let match = Self.firstMatch(Self.fullDate, in: text) else { return nil }
        let numbers = text[match].split { !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count == 3, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
        return String(format: "%04d-%02d-%02d", numbers[0], numbers[1], numbers[2])
    }

    /// Whether a text may hold what ``fullDate`` starts with, `19` or `20` and two digits: the
    /// expression is run only where it may match (most of a page's first lines hold no year, and
    /// each run of it cost tens of thousands of instructions). A digit outside ASCII after the
    /// century is left to the expression.
    static func mayHoldYear(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i + 2 < n {
                let (a, b) = (bytes[i], bytes[i + 1])
                if (a == UInt8(ascii: "1") && b == UInt8(ascii: "9")) || (a == UInt8(ascii: "2") && b == UInt8(ascii: "0")) {
                    func mayBeDigit(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }
                    if mayBeDigit(bytes[i + 2]) && (i + 3 >= n || mayBeDigit(bytes[i + 3])) { return true }
                }
                i += 1
            }
            return false
        }
    }
}

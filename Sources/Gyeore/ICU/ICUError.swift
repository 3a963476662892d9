internal import CICUShim

/// A failure reported by ICU.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ICU's `UErrorCode` value.
    public var code: Int32
    /// What was being done ("compiling transform rules width-folding.txt").
    public var operation: String
    /// For rule syntax errors: the 1-based line in the rule text, if known.
    public var line: Int?

    /// ICU's name for the error code.
    public var name: String { String(cString: cicu_error_name(code)) }

    public var description: String {
        if let line { return "\(operation): line \(line): \(name)" }
        return "\(operation): \(name)"
    }

    static func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if code > 0 { throw ICUError(code: code, operation: operation()) }
    }
}

/// Facts about the linked ICU.
public enum ICU {
    /// The version of the system ICU in use, e.g. "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Calls an ICU function that writes scalars into a buffer, growing the buffer once if needed.
func withGrowingScalarBuffer(
    initialCapacity: Int,
    _ operation: String,
    _ body: (UnsafeMutablePointer<UInt32>, Int32, inout Int32) -> Int32
) throws(ICUError) -> [Unicode.Scalar] {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<2 {
        var error: Int32 = 0
        var length: Int32 = 0
        let buffer = [UInt32](unsafeUninitializedCapacity: capacity) { pointer, count in
            length = body(pointer.baseAddress!, Int32(capacity), &error)
            count = error <= 0 && Int(length) <= capacity ? Int(length) : 0
        }
        try ICUError.check(error, operation)
        if Int(length) <= capacity {
            return buffer.map { Unicode.Scalar($0) ?? "\u{FFFD}" }
        }
        capacity = Int(length)
    }
    throw ICUError(code: 15 /* U_BUFFER_OVERFLOW_ERROR */, operation: operation)
}


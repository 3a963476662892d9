internal import CICUShim

/// ICU's normalizer2 for one Unicode normalization form.
///
/// ICU's instances are immutable singletons, safe to share between threads.
public struct ICUNormalizer: @unchecked Sendable {
    /// The normalization forms ICU provides.
    public enum Form: Int32, Sendable, CaseIterable {
        case nfc = 0, nfkc = 1, nfd = 2, nfkd = 3, nfkcCasefold = 4
    }

    /// The form this normalizer produces.
    public let form: Form
    private let handle: UnsafeRawPointer
    var handleForShim: UnsafeRawPointer { handle }

    /// Opens ICU's shared instance for `form`.
    public init(_ form: Form) throws(ICUError) {
        var error: Int32 = 0
        let pointer = cicu_norm_instance(form.rawValue, &error)
        try ICUError.check(error, "opening the \(form) normalizer")
        guard let pointer else { throw ICUError(code: 1, operation: "opening the \(form) normalizer") }
        self.form = form
        handle = pointer
    }

    /// Length of the longest prefix that is certainly normalized (ICU's quick check "yes").
    public func normalizedPrefixLength<C: ContiguousScalars>(of text: C) -> Int {
        var error: Int32 = 0
        let n = text.withUTF32 { cicu_norm_span_yes(handle, $0, $1, &error) }
        return error > 0 ? 0 : Int(n)
    }

    /// True when no character before `scalar` can interact with it under this form.
    public func hasBoundary(before scalar: Unicode.Scalar) -> Bool {
        cicu_norm_has_boundary_before(handle, scalar.value) != 0
    }

    /// The normalized form of `text`.
    public func normalize<C: ContiguousScalars>(_ text: C) throws(ICUError) -> [Unicode.Scalar] {
        let count = text.count
        return try text.withUTF32 { (pointer, length) throws(ICUError) in
            try withGrowingScalarBuffer(initialCapacity: count * 3 + 4, "normalizing to \(form)") { dest, capacity, error in
                cicu_norm_normalize(handle, pointer, length, dest, capacity, &error)
            }
        }
    }

    /// ICU's own path for UTF-8 text, with no offsets kept: converted to UTF-16, normalized
    /// into `buffer` (grown when too small), and the count of UTF-16 units written returned. The
    /// baseline a normalization pipeline is measured against (`gyeore-bench normalize`).
    public func normalizeUTF8(_ text: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt16]) throws(ICUError) -> Int {
        let needed = text.count * 3 + 8
        if buffer.count < needed { buffer = [UInt16](repeating: 0, count: needed) }
        var error: Int32 = 0
        let capacity = Int32(buffer.count)
        let written = text.withMemoryRebound(to: CChar.self) { utf8 in
            cicu_norm_normalize_utf8(handle, utf8.baseAddress, Int32(utf8.count), &buffer, capacity, &error)
        }
        try ICUError.check(error, "normalizing UTF-8 to \(form)")
        return Int(written)
    }

    /// The normalized form of a string.
    public func normalize(_ text: String) throws(ICUError) -> String {
        String(scalars: try normalize([Unicode.Scalar](scalarsOf: text)))
    }
}

/// Scalar storage that can be handed to C as UTF-32 without copying.
public protocol ContiguousScalars: Collection where Element == Unicode.Scalar {
    /// Calls body with a pointer to the scalars as UTF-32 and their count.
    func withUTF32<R, E: Error>(_ body: (UnsafePointer<UInt32>, Int32) throws(E) -> R) throws(E) -> R
}

extension Array: ContiguousScalars where Element == Unicode.Scalar {
    public func withUTF32<R, E: Error>(_ body: (UnsafePointer<UInt32>, Int32) throws(E) -> R) throws(E) -> R {
        try self[...].withUTF32(body)
    }
}

extension ArraySlice: ContiguousScalars where Element == Unicode.Scalar {
    public func withUTF32<R, E: Error>(_ body: (UnsafePointer<UInt32>, Int32) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt32.self) { utf32 in
                var empty: UInt32 = 0
                do throws(E) {
                    if let base = utf32.baseAddress { return .success(try body(base, Int32(utf32.count))) }
                    return .success(try body(&empty, 0))
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }
}

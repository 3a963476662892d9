internal import CICUShim
import Synchronization

/// A rule-based ICU transliterator, compiled from rule text or opened by system ID.
///
/// ICU transliterators are not thread-safe; this class serialises calls with a mutex, so
/// one instance may be shared. Create one per thread where throughput matters.
public final class ICUTransliterator: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer
    private let lock = Mutex(())
    /// The ID the transliterator was opened with.
    public let id: String

    /// Compiles rules in ICU's transform rule syntax.
    /// - Throws: ``ICUError`` with the rule line of a syntax error.
    public init(id: String, rules: String) throws(ICUError) {
        var error: Int32 = 0, line: Int32 = 0, offset: Int32 = 0
        let pointer = cicu_trans_open_rules(id, rules, &line, &offset, &error)
        if error > 0 || pointer == nil {
            throw ICUError(code: max(error, 1), operation: "compiling transform rules \(id)", line: line > 0 ? Int(line) : nil)
        }
        handle = pointer!
        self.id = id
    }

    /// Opens one of ICU's built-in transforms ("Fullwidth-Halfwidth").
    public init(systemID: String) throws(ICUError) {
        var error: Int32 = 0
        let pointer = cicu_trans_open_id(systemID, &error)
        if error > 0 || pointer == nil { throw ICUError(code: max(error, 1), operation: "opening transform \(systemID)") }
        handle = pointer!
        id = systemID
    }

    deinit { cicu_trans_close(handle) }

    /// Transliterates scalars.
    public func transliterate<C: ContiguousScalars>(_ text: C) throws(ICUError) -> [Unicode.Scalar] {
        let count = text.count
        return try lock.withLock { _ throws(ICUError) in
            try text.withUTF32 { (pointer, length) throws(ICUError) in
                try withGrowingScalarBuffer(initialCapacity: count * 2 + 8, "transliterating with \(id)") { dest, capacity, error in
                    cicu_trans_apply(handle, pointer, length, dest, capacity, &error)
                }
            }
        }
    }

    /// Transliterates a string.
    public func transliterate(_ text: String) throws(ICUError) -> String {
        String(scalars: try transliterate([Unicode.Scalar](scalarsOf: text)))
    }

    /// The characters this transliterator may change (its filter applied).
    public func sourceSet() throws(ICUError) -> ScalarSet {
        var error: Int32 = 0
        let set = lock.withLock { _ in cicu_trans_source_set(handle, &error) }
        try ICUError.check(error, "reading the source set of \(id)")
        guard let set else { throw ICUError(code: 1, operation: "reading the source set of \(id)") }
        defer { cicu_set_close(set) }
        return ScalarSet(icuSet: UnsafeRawPointer(set))
    }
}

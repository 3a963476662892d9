internal import CICUShim
import Synchronization

/// ICU's rule-based break iteration (characters, words, lines, sentences).
///
/// Not thread-safe in ICU; calls are serialised with a mutex.
public final class ICUBreakIterator: @unchecked Sendable {
    /// What to find boundaries between.
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    /// A segment between two boundaries, in scalar offsets.
    public struct Segment: Sendable, Equatable {
        /// The segment's scalar range.
        public var range: Range<Int>
        /// ICU's rule status for the segment. For words: 0 none (spaces, punctuation),
        /// 100–199 numbers, 200–299 letters, 300–399 kana, 400–499 ideographs.
        public var ruleStatus: Int32
        /// Whether a word segment holds a word (letters, numbers, kana or ideographs).
        public var isWord: Bool { ruleStatus >= 100 }
    }

    private let handle: UnsafeMutableRawPointer
    private let lock = Mutex(())
    /// The kind of boundaries found.
    public let kind: Kind

    /// Opens a break iterator for a locale ("ko").
    public init(_ kind: Kind, locale: String = "ko") throws(ICUError) {
        var error: Int32 = 0
        let pointer = cicu_break_open(kind.rawValue, locale, &error)
        if error > 0 || pointer == nil { throw ICUError(code: max(error, 1), operation: "opening a \(kind) break iterator") }
        handle = pointer!
        self.kind = kind
    }

    deinit { cicu_break_close(handle) }

    /// The segments of `text`, in order, covering it.
    public func segments<C: ContiguousScalars>(of text: C) throws(ICUError) -> [Segment] {
        let capacity = text.count + 2
        return try lock.withLock { _ throws(ICUError) in
            try text.withUTF32 { (pointer, length) throws(ICUError) in
                var boundaries = [Int32](repeating: 0, count: capacity)
                var status = [Int32](repeating: 0, count: capacity)
                var error: Int32 = 0
                let count = Int(cicu_break_boundaries(handle, pointer, length, &boundaries, &status, Int32(capacity), &error))
                try ICUError.check(error, "finding \(kind) boundaries")
                guard count >= 2 else { return [] }
                return (1..<count).map { Segment(range: Int(boundaries[$0 - 1])..<Int(boundaries[$0]), ruleStatus: status[$0]) }
            }
        }
    }
}

/// Answers computed once and kept, up to a bound: running text repeats its words, and a corpus
/// of many topics must not grow the memo without end, so a full memo starts again empty.
///
/// A value type; a memo shared between threads lives in a `Mutex`.
struct BoundedMemo<Key: Hashable, Value> {
    /// How many answers are kept at most.
    let limit: Int
    private var answers: [Key: Value] = [:]

    init(limit: Int) { self.limit = limit }

    /// The answer kept for `key`, if any.
    subscript(key: Key) -> Value? { answers[key] }

    /// Keeps `value` as the answer for `key`, emptying the memo first when it is full.
    mutating func keep(_ value: Value, for key: Key) {
        if answers.count >= limit { answers.removeAll(keepingCapacity: true) }
        answers[key] = value
    }
}

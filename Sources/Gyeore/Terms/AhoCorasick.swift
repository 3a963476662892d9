/// A multi-pattern matcher (Aho–Corasick) over Unicode scalars: one pass over the text
/// finds every occurrence of every pattern.
///
/// - Complexity: building O(total pattern length); searching O(text length + matches).
public struct AhoCorasick: Sendable {
    /// One occurrence: which pattern, and its scalar range in the searched text.
    public struct Match: Sendable, Equatable {
        /// Index of the pattern, in the order given.
        public var pattern: Int
        /// Scalar range in the text.
        public var range: Range<Int>
    }

    private var fail: [Int32] = [0]
    private var outputs: [[Int32]] = [[]]
    private let lengths: [Int]
    private var firstScalars = ScalarSet([])
    /// Every transition, keyed by state and scalar (state << 32 | scalar), for matching: one
    /// table instead of a dictionary per state.
    private var table = NumberTable<Int32>([:], placeholder: 0)

    /// Builds the automaton for `patterns` (empty patterns never match).
    public init(patterns: [[Unicode.Scalar]]) {
        lengths = patterns.map(\.count)
        // Built with a dictionary per state, then flattened into `table`.
        var transitions: [[UInt32: Int32]] = [[:]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var node = 0
            for scalar in pattern {
                if let next = transitions[node][scalar.value] {
                    node = Int(next)
                } else {
                    transitions.append([:])
                    fail.append(0)
                    outputs.append([])
                    transitions[node][scalar.value] = Int32(transitions.count - 1)
                    node = transitions.count - 1
                }
            }
            outputs[node].append(Int32(index))
        }
        firstScalars = ScalarSet(transitions[0].keys.compactMap(Unicode.Scalar.init))
        // Breadth-first: failure links, and outputs inherited along them.
        var queue: [Int] = transitions[0].values.map { Int($0) }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (scalar, child) in transitions[node] {
                let child = Int(child)
                queue.append(child)
                var state = Int(fail[node])
                while state != 0 && transitions[state][scalar] == nil { state = Int(fail[state]) }
                let target = node == 0 ? 0 : Int(transitions[state][scalar] ?? 0)
                fail[child] = Int32(target == child ? 0 : target)
                outputs[child] += outputs[Int(fail[child])]
            }
        }
        var flat: [UInt64: Int32] = [:]
        for (state, edges) in transitions.enumerated() { for (scalar, child) in edges { flat[UInt64(state) << 32 | UInt64(scalar)] = child } }
        table = NumberTable(flat, placeholder: 0)
    }

    /// The state a scalar leads to from `state`, if the automaton has that edge.
    @inline(__always)
    private func next(_ state: Int, _ scalar: Unicode.Scalar) -> Int32? { table[UInt64(state) << 32 | UInt64(scalar.value)] }

    /// Every occurrence of every pattern in `text`, in order of their end.
    public func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        var state = 0
        for (position, scalar) in text.enumerated() {
            if state == 0 && !firstScalars.contains(scalar) { continue } // most text starts no pattern
            // Follow failure links until an edge for the scalar (each state looked up once).
            while true {
                if let target = next(state, scalar) { state = Int(target); break }
                if state == 0 { break }
                state = Int(fail[state])
            }
            for pattern in outputs[state] {
                let end = position + 1
                result.append(Match(pattern: Int(pattern), range: (end - lengths[Int(pattern)])..<end))
            }
        }
        return result
    }
}

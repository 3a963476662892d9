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
    /// The patterns ending at each state, one state's after another's (`outputStarts[s]` to
    /// `outputStarts[s + 1]`): one array for the automaton, not one per state.
    private var outputs: [Int32] = []
    private var outputStarts: [Int32] = [0, 0]
    private let lengths: [Int32]
    private var firstScalars = ScalarSet([])
    /// The first state's edges for scalars below ``rootLimit`` (ASCII, Hangul, Hanja and the
    /// marks between), by scalar: 0 where there is none. Most of a text is read from the first
    /// state or falls back to it; an array read there is cheaper than a table probe.
    private var rootTargets: [Int32] = []
    static let rootLimit: UInt32 = 0xD7A4
    /// Every transition, keyed by state and scalar (state << 32 | scalar), for matching: one
    /// table instead of a dictionary per state.
    private var table = NumberTable<Int32>([:], placeholder: 0)

    /// Builds the automaton for `patterns` (empty patterns never match).
    public init(patterns: [[Unicode.Scalar]]) {
        lengths = patterns.map { Int32($0.count) }
        // Built with a dictionary per state, then flattened into `table`.
        var transitions: [[UInt32: Int32]] = [[:]]
        var outputs: [[Int32]] = [[]]
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
        rootTargets = Self.rootTargets(transitions[0].map { (UInt64($0.key), $0.value) })
        self.outputs = outputs.flatMap { $0 }
        outputStarts = [0]
        outputStarts.reserveCapacity(outputs.count + 1)
        for list in outputs { outputStarts.append(outputStarts.last! + Int32(list.count)) }
    }

    /// The number of patterns it was built for.
    var patternCount: Int { lengths.count }

    /// The automaton as arrays, for ``GlossaryCache``: pattern lengths, failure links, the
    /// outputs and where each state's start, and the transitions as (state << 32 | scalar,
    /// target) pairs.
    var parts: (lengths: [Int32], fail: [Int32], outputs: [Int32], outputStarts: [Int32], keys: [UInt64], targets: [Int32]) {
        let edges = table.entries
        return (lengths, fail, outputs, outputStarts, edges.map(\.key), edges.map(\.value))
    }

    /// An automaton from its ``parts``; nil unless they make an automaton this type could have
    /// built, so that matching can neither loop nor report a range before the text's start:
    /// a trie (every state but the first reached by one edge, from a state made before it),
    /// failure links to shallower states, and outputs no longer than their state's depth.
    init?(lengths: [Int32], fail: [Int32], outputs: [Int32], outputStarts: [Int32], keys: [UInt64], targets: [Int32]) {
        let states = fail.count
        guard states > 0, fail[0] == 0, outputStarts.count == states + 1, outputStarts.first == 0, Int(outputStarts.last!) == outputs.count,
              zip(outputStarts, outputStarts.dropFirst()).allSatisfy({ $0 <= $1 }), keys.count == targets.count, keys.count == states - 1
        else { return nil }
        var parent = [Int32](repeating: -1, count: states)
        for (key, target) in zip(keys, targets) {
            let source = Int32(truncatingIfNeeded: key >> 32)
            guard key >> 32 < UInt64(states), key & 0xFFFF_FFFF <= 0x10FFFF, target > 0, Int(target) < states,
                  source < target, parent[Int(target)] < 0 else { return nil }
            parent[Int(target)] = source
        }
        // States are made after their parents: one pass gives every depth.
        var depth = [Int32](repeating: 0, count: states)
        for state in 1..<states { depth[state] = depth[Int(parent[state])] + 1 }
        for state in 1..<states {
            let link = Int(fail[state])
            guard link >= 0, link < states, depth[link] < depth[state] else { return nil }
        }
        for state in 0..<states {
            for output in Int(outputStarts[state])..<Int(outputStarts[state + 1]) {
                let pattern = Int(outputs[output])
                guard pattern >= 0, pattern < lengths.count, lengths[pattern] >= 1, lengths[pattern] <= depth[state] else { return nil }
            }
        }
        self.lengths = lengths
        self.fail = fail
        self.outputs = outputs
        self.outputStarts = outputStarts
        table = NumberTable(keys: keys, values: targets, placeholder: 0)
        let rootEdges = zip(keys, targets).filter { $0.0 >> 32 == 0 }
        firstScalars = ScalarSet(rootEdges.compactMap { Unicode.Scalar(UInt32($0.0 & 0xFFFF_FFFF)) })
        rootTargets = Self.rootTargets(rootEdges.map { ($0.0, $0.1) })
    }

    /// ``rootTargets`` from the first state's edges (keyed by scalar).
    private static func rootTargets(_ edges: [(key: UInt64, target: Int32)]) -> [Int32] {
        var targets = [Int32](repeating: 0, count: Int(rootLimit))
        for (key, target) in edges where key < UInt64(rootLimit) { targets[Int(key)] = target }
        return targets
    }

    /// The first `length` scalars (all, for a shorter one) of each pattern `wanted` accepts,
    /// read back from the trie: the path from the root to the state where the pattern ends.
    func heads(length: Int, of wanted: (Int) -> Bool) -> [[Unicode.Scalar]] {
        let states = fail.count
        var parent = [Int](repeating: -1, count: states)
        var via = [Unicode.Scalar](repeating: "\0", count: states)
        for (key, target) in table.entries {
            parent[Int(target)] = Int(key >> 32)
            via[Int(target)] = Unicode.Scalar(UInt32(key & 0xFFFF_FFFF)) ?? "\0"
        }
        // States are made after their parents (checked for a cached automaton as well).
        var depth = [Int](repeating: 0, count: states)
        for state in 1..<max(1, states) where parent[state] >= 0 { depth[state] = depth[parent[state]] + 1 }
        var heads: [[Unicode.Scalar]] = []
        for state in 0..<states {
            for output in Int(outputStarts[state])..<Int(outputStarts[state + 1]) {
                let pattern = Int(outputs[output])
                // The state where the pattern ends, not one inheriting it along a failure link.
                guard Int(lengths[pattern]) == depth[state], wanted(pattern) else { continue }
                var path: [Unicode.Scalar] = []
                var node = state
                while node > 0 { path.append(via[node]); node = parent[node] }
                heads.append(Array(path.reversed().prefix(length)))
            }
        }
        return heads
    }

    /// The state a scalar leads to from `state`, if the automaton has that edge.
    @inline(__always)
    private func next(_ state: Int, _ scalar: Unicode.Scalar) -> Int32? { table[UInt64(state) << 32 | UInt64(scalar.value)] }

    /// Every occurrence of every pattern in `text`, in order of their end.
    public func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        var state = 0
        rootTargets.withUnsafeBufferPointer { root in
            /// The first state's edge for a scalar: 0 for none.
            @inline(__always) func fromRoot(_ scalar: Unicode.Scalar) -> Int {
                if scalar.value < Self.rootLimit { return Int(root[Int(scalar.value)]) }
                return firstScalars.contains(scalar) ? Int(next(0, scalar) ?? 0) : 0
            }
            for (position, scalar) in text.enumerated() {
                // Follow failure links until an edge for the scalar (each state looked up once).
                while true {
                    if state == 0 { state = fromRoot(scalar); break }
                    if let target = next(state, scalar) { state = Int(target); break }
                    state = Int(fail[state])
                }
                if state == 0 { continue } // most text starts no pattern
                let outputRange = Int(outputStarts[state])..<Int(outputStarts[state + 1])
                // Room for a line's matches at the first, not a reallocation at every doubling.
                if !outputRange.isEmpty && result.capacity == 0 { result.reserveCapacity(32) }
                for output in outputRange {
                    let pattern = Int(outputs[output])
                    let end = position + 1
                    result.append(Match(pattern: pattern, range: (end - Int(lengths[pattern]))..<end))
                }
            }
        }
        return result
    }
}

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
    /// The same outputs as matching reads them: for each state that has any, its count, then
    /// each pattern and its length side by side (an edge names where its target's run starts).
    /// One place to read per state reached, where three arrays cost a cache miss each with a
    /// large glossary.
    private var runs: [Int32] = []
    private var firstScalars = ScalarSet([])
    /// The first state's edges for scalars below ``rootLimit`` (ASCII, Hangul, Hanja and the
    /// marks between), by scalar: no target where there is none. Most of a text is read from
    /// the first state or falls back to it; an array read there is cheaper than a table probe.
    private var rootEdges: [Edge] = []
    static let rootLimit: UInt32 = 0xD7A4
    /// Every transition, keyed by state and scalar (state << 32 | scalar), for matching: one
    /// table instead of a dictionary per state.
    private var table = TransitionTable(keys: [], edges: [])

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
        var keys: [UInt64] = [], targets: [Int32] = []
        for (state, edges) in transitions.enumerated() {
            for (scalar, child) in edges {
                keys.append(UInt64(state) << 32 | UInt64(scalar))
                targets.append(child)
            }
        }
        self.outputs = outputs.flatMap { $0 }
        outputStarts = [0]
        outputStarts.reserveCapacity(outputs.count + 1)
        for list in outputs { outputStarts.append(outputStarts.last! + Int32(list.count)) }
        arrangeForMatching(keys: keys, targets: targets)
    }

    /// Builds what matching reads (``runs``, ``table``, ``rootEdges``, ``firstScalars``) from
    /// the outputs, the lengths and the transitions as (state << 32 | scalar, target) pairs.
    private mutating func arrangeForMatching(keys: [UInt64], targets: [Int32]) {
        var runStarts = [Int32](repeating: -1, count: fail.count)
        runs = []
        runs.reserveCapacity(outputs.count * 2 + fail.count / 2)
        for state in 0..<fail.count where outputStarts[state] < outputStarts[state + 1] {
            runStarts[state] = Int32(runs.count)
            runs.append(outputStarts[state + 1] - outputStarts[state])
            for output in Int(outputStarts[state])..<Int(outputStarts[state + 1]) {
                runs.append(outputs[output])
                runs.append(lengths[Int(outputs[output])])
            }
        }
        let edges = targets.map { Edge(target: $0, run: runStarts[Int($0)]) }
        table = TransitionTable(keys: keys, edges: edges)
        rootEdges = [Edge](repeating: Edge(target: 0, run: -1), count: Int(Self.rootLimit))
        var first: [Unicode.Scalar] = []
        for (key, edge) in zip(keys, edges) where key >> 32 == 0 {
            let scalar = UInt32(key & 0xFFFF_FFFF)
            if scalar < Self.rootLimit { rootEdges[Int(scalar)] = edge }
            if let scalar = Unicode.Scalar(scalar) { first.append(scalar) }
        }
        firstScalars = ScalarSet(first)
    }

    /// The number of patterns it was built for.
    var patternCount: Int { lengths.count }

    /// The automaton as arrays, for ``GlossaryCache``: pattern lengths, failure links, the
    /// outputs and where each state's start, and the transitions as (state << 32 | scalar,
    /// target) pairs.
    var parts: (lengths: [Int32], fail: [Int32], outputs: [Int32], outputStarts: [Int32], keys: [UInt64], targets: [Int32]) {
        let edges = table.entries
        return (lengths, fail, outputs, outputStarts, edges.map(\.key), edges.map(\.edge.target))
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
        arrangeForMatching(keys: keys, targets: targets)
    }

    /// The first `length` scalars (all, for a shorter one) of each pattern `wanted` accepts,
    /// read back from the trie: the path from the root to the state where the pattern ends.
    func heads(length: Int, of wanted: (Int) -> Bool) -> [[Unicode.Scalar]] {
        let states = fail.count
        var parent = [Int](repeating: -1, count: states)
        var via = [Unicode.Scalar](repeating: "\0", count: states)
        for (key, edge) in table.entries {
            let target = edge.target
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

    /// Every occurrence of every pattern in `text`, in order of their end.
    public func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        var state = 0
        rootEdges.withUnsafeBufferPointer { root in
            runs.withUnsafeBufferPointer { runs in
                /// The first state's edge for a scalar: no target for none.
                @inline(__always) func fromRoot(_ scalar: Unicode.Scalar) -> Edge {
                    if scalar.value < Self.rootLimit { return root[Int(scalar.value)] }
                    return firstScalars.contains(scalar) ? table[0, scalar] ?? Edge(target: 0, run: -1) : Edge(target: 0, run: -1)
                }
                for (position, scalar) in text.enumerated() {
                    // Follow failure links until an edge for the scalar (each state looked up once).
                    var edge: Edge
                    while true {
                        if state == 0 { edge = fromRoot(scalar); break }
                        if let found = table[state, scalar] { edge = found; break }
                        state = Int(fail[state])
                    }
                    state = Int(edge.target)
                    guard edge.run >= 0 else { continue } // most text ends no pattern
                    // Room for a line's matches at the first, not a reallocation at every doubling.
                    if result.capacity == 0 { result.reserveCapacity(32) }
                    let run = Int(edge.run), end = position + 1
                    for output in 0..<Int(runs[run]) {
                        let pattern = Int(runs[run + 1 + 2 * output]), length = Int(runs[run + 2 + 2 * output])
                        result.append(Match(pattern: pattern, range: (end - length)..<end))
                    }
                }
            }
        }
        return result
    }

    /// A transition's target, and where the target's outputs start in ``runs`` (-1: it has none).
    struct Edge: Sendable {
        var target: Int32
        var run: Int32
    }

    /// The transitions, keyed by state and scalar (state << 32 | scalar): open addressing with a
    /// multiplicative hash, as ``NumberTable``, but a slot is its key and edge only (an empty
    /// slot holds a key no transition has), sixteen bytes, so a probe reads one place.
    struct TransitionTable: Sendable {
        private struct Slot: Sendable {
            var key: UInt64
            var edge: Edge
        }

        /// Above every (state << 32 | scalar), since a scalar is below 2^21.
        private static let empty = UInt64.max
        private var slots: [Slot]
        private let shift: UInt64
        private let mask: Int

        /// A table holding `edges[i]` for `keys[i]` (keys distinct).
        init(keys: [UInt64], edges: [Edge]) {
            // At most half full: probes stay short (a fuller table or an emptier one, tried
            // with 100,000 entries, made `terms` slower).
            var capacity = 16
            while capacity < 2 * keys.count { capacity *= 2 }
            slots = Array(repeating: Slot(key: Self.empty, edge: Edge(target: 0, run: -1)), count: capacity)
            shift = UInt64(64 - capacity.trailingZeroBitCount)
            mask = capacity - 1
            for (key, edge) in zip(keys, edges) {
                var i = slot(key)
                while slots[i].key != Self.empty && slots[i].key != key { i = (i + 1) & mask }
                slots[i] = Slot(key: key, edge: edge)
            }
        }

        /// Every key and its edge, in slot order.
        var entries: [(key: UInt64, edge: Edge)] { slots.filter { $0.key != Self.empty }.map { ($0.key, $0.edge) } }

        @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

        /// The edge from `state` on `scalar`, or nil.
        @inline(__always) subscript(state: Int, scalar: Unicode.Scalar) -> Edge? {
            let key = UInt64(state) << 32 | UInt64(scalar.value)
            return slots.withUnsafeBufferPointer { slots in
                var i = slot(key)
                while true {
                    let probe = slots[i]
                    if probe.key == key { return probe.edge }
                    if probe.key == Self.empty { return nil }
                    i = (i + 1) & mask
                }
            }
        }
    }
}

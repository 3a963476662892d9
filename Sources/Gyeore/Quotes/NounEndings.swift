/// A list of nouns that a word may end with, alone or ending a compound (담화, 기자회견;
/// 회담, 전원회의), asked which one a run of scalars ends with. The nouns are kept longest first
/// with the set of scalars they end on: one look at a word's last scalar rules most words out.
struct NounEndings: Sendable {
    /// The nouns, longest first.
    let nouns: [[Unicode.Scalar]]
    /// The last scalar of each noun.
    private let ends: Set<Unicode.Scalar>

    init(_ nouns: [[Unicode.Scalar]]) {
        self.nouns = nouns.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        ends = Set(self.nouns.compactMap(\.last))
    }

    /// The length of the longest noun `scalars` ends with, or nil when it ends with none.
    func length<Scalars: BidirectionalCollection<Unicode.Scalar>>(endingWith scalars: Scalars) -> Int? {
        guard let end = scalars.last, ends.contains(end) else { return nil }
        return nouns.first { scalars.reversed().starts(with: $0.reversed()) }?.count
    }
}

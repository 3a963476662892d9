/// Clusters of quotations from scored pairs: clauses as units, cannot-links between renderings
/// of different clauses, average-link agglomeration, then clusters that hold mostly the same
/// quotations merged.
extension QuoteAligner {
    // MARK: - Clusters

    /// Clusters by average-link agglomeration, largest first: pairs are taken from the best
    /// score down, and two clusters merge only when the mean score over all their cross pairs
    /// reaches the minimum and at least half of those pairs reach it on their own. One weak link never
    /// merges two statements, and a quotation that matches one member of a cluster but not the
    /// rest stays out.
    ///
    /// A quotation's clauses (``Item/parts``) take part on their own: a quotation joins every
    /// cluster that it or one of its clauses joins, so a whole sentence stands in the clusters of
    /// each part that other reports quoted, while quotations of two different parts never meet.
    /// A quotation and its own clauses never count as two renderings.
    ///
    /// A passage that one report quotes whole and another quotes in two parts, in two
    /// quotations, stands in the cluster of each part even where the clause splitter cannot
    /// divide it (공조 강화와 구체적 의견 교환이 이뤄졌다): the report's own division is the
    /// evidence, so a part standing alone in its cluster takes the passage on one link, and a
    /// part with other renderings takes it with the mean a merge needs when the report quoted
    /// the two parts one after the other. Each part must find counterparts for less than most of
    /// the passage's content words, most of them words the other part has none for; a report's
    /// next quotation of another statement on the same subject does not qualify when its first
    /// renders the passage nearly whole.
    public func clusters(_ items: [Item], pairs: [Pair]) -> [[Int]] {
        // The quotations are taken in the order of their documents and positions, whatever order
        // they came in (align reads them file by file; `gyeore cluster` as shards wrote them):
        // several steps below break ties by a quotation's number, and the clusters must be the
        // same either way.
        let order = items.indices.sorted { x, y in
            let (a, b) = (items[x].quotation, items[y].quotation)
            return (a.document, a.start, a.end, x) < (b.document, b.start, b.end, y)
        }
        guard order.enumerated().contains(where: { $0.offset != $0.element }) else { return clustersInOrder(items, pairs: pairs) }
        var place = Array(repeating: 0, count: items.count)
        for (position, index) in order.enumerated() { place[index] = position }
        let ordered = clustersInOrder(order.map { items[$0] }, pairs: pairs.map { Pair(a: min(place[$0.a], place[$0.b]), b: max(place[$0.a], place[$0.b]), score: $0.score) })
        return ordered.map { $0.map { order[$0] }.sorted() }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }

    /// ``clusters(_:pairs:)`` of quotations already in the order of their documents and positions.
    func clustersInOrder(_ items: [Item], pairs: [Pair]) -> [[Int]] {
        // Units: the quotations, then their clauses.
        var units = items
        var owner = Array(items.indices)
        for (i, item) in items.enumerated() { for part in item.parts { units.append(part); owner.append(i) } }
        var unitPairs = pairs
        if units.count > items.count {
            let eligible = units.indices.filter { isEligible(units[$0]) }
            let index = CandidateIndex(units, eligible: eligible, postingsPerKey: options.postingsPerKey)
            var counts: [Int32: Int] = [:]
            var wholesLink: [Int: Bool] = [:]
            for pair in pairs { wholesLink[pair.a * items.count + pair.b] = true }
            // A clause links with a quotation of one clause (a report quoting just that part), or
            // with a clause of a quotation its own quotation links with as a whole. Two long
            // quotations in one language that share one clause and nothing else are two
            // statements (a recurring phrase); across languages a clause links nearly whole only
            // through its translation, so two renderings of a shared clause meet there too.
            func mayLink(_ p: Int, _ j: Int) -> Bool {
                if j < items.count { return items[j].parts.isEmpty }
                if units[p].language != units[j].language { return true }
                return wholesLink[min(owner[p], owner[j]) * items.count + max(owner[p], owner[j])] ?? false
            }
            for p in eligible where p >= items.count {
                for j in index.candidates(of: p, anchors: units[p].anchors, lookups: options.lookups, counts: &counts) where owner[j] != owner[p] && mayLink(p, j) {
                    let (a, b) = (min(p, j), max(p, j))
                    let score = self.score(units[a], units[b])
                    if score >= Self.partMinimumScore { unitPairs.append(Pair(a: a, b: b, score: score)) }
                }
            }
            unitPairs = Self.unique(unitPairs)
        }
        // Which clauses of a quotation each unit renders: two units that render different
        // clauses of one quotation render different statements, however much the rest of a
        // cluster links them.
        var firstPart: [Int] = []
        var partNumber = Array(repeating: -1, count: units.count)
        var next = items.count
        for item in items {
            firstPart.append(next)
            for k in item.parts.indices { partNumber[next + k] = k }
            next += item.parts.count
        }
        var landing: [Int: [Int: Set<Int>]] = [:] // unit -> quotation -> its clauses the unit renders
        for pair in unitPairs {
            // A unit linked with a quotation of several clauses, or with one of its clauses.
            for (u, p) in [(pair.a, pair.b), (pair.b, pair.a)] where owner[u] != owner[p] && !items[owner[p]].parts.isEmpty && landing[u]?[owner[p]] == nil {
                let quotation = owner[p]
                // A unit rendering the quotation nearly whole (as long, and linked as clauses
                // link) renders every clause of it, though it may match none of them alone: a
                // translation of both clauses scores low against either.
                if Double(units[u].conceptWords.count) >= Self.rewordingLengthRatio * Double(items[quotation].conceptWords.count),
                   score(units[min(u, quotation)], units[max(u, quotation)]) >= Self.partMinimumScore {
                    landing[u, default: [:]][quotation] = Set(items[quotation].parts.indices)
                    continue
                }
                landing[u, default: [:]][quotation] = Set(items[quotation].parts.indices.filter { k in
                    let other = firstPart[quotation] + k
                    return score(units[min(u, other)], units[max(u, other)]) >= options.minimumScore
                })
            }
        }
        func rendersAnotherClause(_ x: Int, _ y: Int) -> Bool {
            guard let of = landing[x] else { return false }
            // y is a clause of a quotation whose other clauses x renders.
            if partNumber[y] >= 0, let clauses = of[owner[y]], !clauses.isEmpty, !clauses.contains(partNumber[y]) { return true }
            guard let other = landing[y] else { return false }
            for (quotation, clauses) in of where !clauses.isEmpty {
                if let theirs = other[quotation], !theirs.isEmpty, clauses.isDisjoint(with: theirs) { return true }
            }
            return false
        }
        let groups = agglomerate(units, pairs: unitPairs, owner: owner) { x, y in rendersAnotherClause(x, y) || rendersAnotherClause(y, x) }
        // Each cluster of units as the quotations they belong to; a cluster whose quotations all
        // stand in a larger one (the whole sentences that also joined their clauses' clusters)
        // adds nothing.
        let mapped = groups.map { Array(Set($0.map { owner[$0] })).sorted() }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        var kept: [[Int]] = []
        var keptWith: [Int: [Int]] = [:] // quotation -> kept clusters holding it
        for group in mapped {
            let covered = (keptWith[group[0]] ?? []).contains { Set(kept[$0]).isSuperset(of: group) }
            guard !covered else { continue }
            for m in group { keptWith[m, default: []].append(kept.count) }
            kept.append(group)
        }
        return Self.mergingOverlaps(kept, documents: items.map(\.quotation.document))
    }

    /// Clusters that hold mostly the same quotations render one statement: the clusters of two
    /// clauses of it, which the reports quoting it whole join both, while a report quoting one
    /// clause stands in one only. Two clusters merge when they share at least
    /// ``overlapMinimumShared`` quotations and those are at least ``overlapMinimumShare`` of each
    /// cluster, and no quotation of one that the other lacks comes from a report the other's
    /// own quotations come from (two quotations of one report are two statements).
    static func mergingOverlaps(_ clusters: [[Int]], documents: [String]) -> [[Int]] {
        var result = clusters.map { Set($0) }
        var holders: [Int: [Int]] = [:] // quotation -> the clusters holding it
        for (c, members) in result.enumerated() { for m in members { holders[m, default: []].append(c) } }
        // Each cluster is weighed against the clusters it shares quotations with, found through
        // its members; a cluster that grew is weighed again.
        var pending = Array(result.indices.reversed())
        while let i = pending.popLast() {
            guard !result[i].isEmpty else { continue }
            var shared: [Int: Int] = [:]
            for m in result[i] { for c in holders[m] ?? [] where c != i { shared[c, default: 0] += 1 } }
            let candidates = shared.filter { $0.value >= Self.overlapMinimumShared }.keys.sorted()
            for j in candidates where !result[j].isEmpty {
                let count = result[i].intersection(result[j]).count
                guard count >= Self.overlapMinimumShared,
                      Double(count) >= Self.overlapMinimumShare * Double(max(result[i].count, result[j].count)) else { continue }
                let onlyI = Set(result[i].subtracting(result[j]).map { documents[$0] })
                let onlyJ = Set(result[j].subtracting(result[i]).map { documents[$0] })
                guard onlyI.isDisjoint(with: onlyJ) else { continue }
                for m in result[j] {
                    var list = holders[m] ?? []
                    list.removeAll { $0 == j }
                    if !list.contains(i) { list.append(i) }
                    holders[m] = list
                }
                result[i].formUnion(result[j])
                result[j] = []
                pending.append(i)
                break
            }
        }
        return result.filter { !$0.isEmpty }.map { $0.sorted() }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }

    /// The fewest quotations two clusters must share to merge (``mergingOverlaps(_:documents:)``).
    static let overlapMinimumShared = 3
    /// The least share of the larger cluster two clusters must share to merge. Measured in one
    /// run of `gyeore-bench align --labelled` on each set: validation recall 0.820 → 0.829 (a
    /// statement's two clause clusters sharing five of six quotations each), precision 1.000;
    /// the development set and the planted benchmark at 10,000 quotations unchanged.
    static let overlapMinimumShare = 2.0 / 3.0

    /// Average-link agglomeration of units (see ``clusters(_:pairs:)``); units of one quotation
    /// never share a cluster.
    func agglomerate(_ items: [Item], pairs: [Pair], owner: [Int], cannotLink: (Int, Int) -> Bool) -> [[Int]] {
        var clusterOf = Array(items.indices)
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: items.indices.map { ($0, [$0]) })
        var known: [Int: Double] = [:]
        func key(_ x: Int, _ y: Int) -> Int { min(x, y) * items.count + max(x, y) }
        for pair in pairs { known[key(pair.a, pair.b)] = pair.score }
        func similarity(_ x: Int, _ y: Int) -> Double {
            if let value = known[key(x, y)] { return value }
            let value = score(items[min(x, y)], items[max(x, y)])
            known[key(x, y)] = value
            return value
        }
        // Ties are taken in the order of the quotations' documents and positions, not of their
        // indices, so that the order the files were read in changes nothing.
        let position = items.map { ($0.quotation.document, $0.quotation.start, $0.quotation.end) }
        let order = items.indices.sorted { x, y in
            let (a, b) = (position[x], position[y])
            return (a.0, a.1, a.2, x) < (b.0, b.1, b.2, y)
        }
        var rank = Array(repeating: 0, count: items.count)
        for (position, unit) in order.enumerated() { rank[unit] = position }
        func tieKey(_ pair: Pair) -> (Int, Int) { (min(rank[pair.a], rank[pair.b]), max(rank[pair.a], rank[pair.b])) }
        // Each unit's document as a number: compared for every cross pair weighed.
        var documentNumbers: [String: Int] = [:]
        let document = items.map { item in documentNumbers[item.quotation.document] ?? { documentNumbers[item.quotation.document] = documentNumbers.count; return documentNumbers.count - 1 }() }
        // Two clusters weighed and not merged are not weighed again until one of them grows: the
        // other pairs linking them would give the same answer (many pairs link two large clusters
        // of near-identical text, and each weighing is |a|·|b| scores).
        var refused: [Int: (Int, Int)] = [:] // cluster pair -> their sizes when refused
        for pair in pairs.sorted(by: { ($0.score, -tieKey($0).0, -tieKey($0).1) > ($1.score, -tieKey($1).0, -tieKey($1).1) }) {
            let (first, second) = (clusterOf[pair.a], clusterOf[pair.b])
            guard first != second, let wholeA = members[first], let wholeB = members[second] else { continue }
            let clusterPair = key(first, second)
            let sizes = first < second ? (wholeA.count, wholeB.count) : (wholeB.count, wholeA.count)
            if let before = refused[clusterPair], before == sizes { continue }
            // Large clusters are weighed by their earliest members (by document and position),
            // so that one weighing costs at most weighedMembers² scores, however dense the corpus.
            func weighed(_ cluster: [Int]) -> [Int] {
                cluster.count <= Self.weighedMembers ? cluster : Array(cluster.sorted { rank[$0] < rank[$1] }.prefix(Self.weighedMembers))
            }
            let (a, b) = (weighed(wholeA), weighed(wholeB))
            // A quotation and its own clauses are one rendering: no evidence either way.
            var total = 0
            for x in a { for y in b where owner[x] != owner[y] { total += 1 } }
            var sum = 0.0, linked = 0, count = 0, blocked = false
            for x in a {
                for y in b {
                    if owner[x] == owner[y] { continue }
                    if cannotLink(x, y) { blocked = true; break }
                    count += 1
                    let v = similarity(x, y)
                    sum += v
                    if v >= options.minimumScore { linked += 1 }
                    // Stop weighing once the answer is known: more than half the pairs unlinked, or a mean
                    // out of reach even if every pair left scored 1 (the same decision, sooner).
                    let left = total - count
                    if 2 * (count - linked) > total || sum + Double(left) < options.minimumScore * Double(total) { blocked = true; break }
                    // Two quotations of one report are two statements, unless one repeats the
                    // other (a headline condensing the body).
                    if document[x] == document[y] && v < 0.9 { blocked = true; break }
                }
                if blocked { break }
            }
            guard !blocked, count > 0, sum / Double(count) >= options.minimumScore, 2 * linked >= count else {
                refused[clusterPair] = sizes
                continue
            }
            let (keep, drop) = wholeA.count >= wholeB.count ? (first, second) : (second, first)
            for m in members[drop]! { clusterOf[m] = keep }
            members[keep]! += members[drop]!
            members[drop] = nil
        }
        // A quotation also joins every other cluster it matches as a whole, by the rule a merge
        // meets with a higher mean (``secondClusterMeanScore``): a quotation rendering two
        // statements in one sentence the clause splitter cannot divide stands in the cluster of
        // each. Weighed against the clusters as agglomeration left them, so the order of the
        // units changes nothing. Clauses take no part: they link only when nearly whole already.
        var linkedClusters: [Int: Set<Int>] = [:]
        for pair in pairs where pair.score >= options.minimumScore {
            linkedClusters[pair.a, default: []].insert(clusterOf[pair.b])
            linkedClusters[pair.b, default: []].insert(clusterOf[pair.a])
        }
        var joined: [Int: [Int]] = [:] // cluster -> units joining it
        var quotationsOf: [Int: [Quotation]] = [:] // document -> its quotations (for `adjacent` below)
        for i in items.indices where owner[i] == i { quotationsOf[document[i], default: []].append(items[i].quotation) }
        // A cluster's members of one document, looked up rather than searched for (a cluster may
        // hold thousands of renderings, and it is asked once for each member a rendering links with).
        var byDocument: [Int: [Int: [Int]]] = [:] // cluster -> document -> its members there
        func clusterMembers(_ cluster: Int, of report: Int) -> [Int] {
            if byDocument[cluster] == nil {
                var grouped: [Int: [Int]] = [:]
                for m in members[cluster] ?? [] { grouped[document[m], default: []].append(m) }
                byDocument[cluster] = grouped
            }
            return byDocument[cluster]?[report] ?? []
        }
        // Whether `unit`'s own cluster holds a quotation of `part`'s report other than `part`'s
        // and apart from it in the text (`adjacent`: with no quotation of the report between
        // them), each of them a part of `unit`: the report quoted as two what `unit` renders as
        // one passage.
        func reportSplits(_ unit: Int, _ part: Int, adjacent: Bool) -> Bool {
            let passage = items[unit]
            // The passage's content words a quotation finds counterparts for (a clause in the
            // cluster stands for its quotation), as a set of their positions.
            func matched(_ x: Int) -> Set<Int> {
                let part = items[owner[x]]
                let across = part.language != passage.language
                let words = across ? passage.crossConcepts : passage.concepts
                let other = across ? part.crossConceptSet : part.conceptSet
                return Set(words.indices.filter { !words[$0].isDisjoint(with: other) })
            }
            let wordCount = Double(passage.language == items[owner[part]].language ? passage.concepts.count : passage.crossConcepts.count)
            // Each renders a part: counterparts for less than most of the passage's words, most
            // of them words the other part has none for.
            func apart(_ a: Set<Int>, _ b: Set<Int>) -> Bool {
                let own = a.subtracting(b).count
                return Double(a.count) < Self.rewordingLengthRatio * wordCount && own >= 2 && 2 * own >= a.count
            }
            let x = items[owner[part]].quotation
            let partWords = matched(part)
            for y in clusterMembers(clusterOf[unit], of: document[part]) where owner[y] != owner[part] {
                let other = items[owner[y]].quotation
                guard other.end <= x.start || x.end <= other.start else { continue }
                // Next to each other in the report: no quotation of it between the two.
                let (from, to) = (min(x.end, other.end), max(x.start, other.start))
                guard !adjacent || !(quotationsOf[document[y]] ?? []).contains(where: { $0.start >= from && $0.end <= to }) else { continue }
                let yWords = matched(y)
                if apart(partWords, yWords) && apart(yWords, partWords) { return true }
            }
            return false
        }
        for (unit, clusters) in linkedClusters where owner[unit] == unit {
            for cluster in clusters where cluster != clusterOf[unit] {
                guard let whole = members[cluster], !whole.contains(where: { owner[$0] == owner[unit] }) else { continue }
                // A quotation standing alone in its cluster is joined only by a rendering that
                // holds it nearly verbatim, in the same language: one pair is the only evidence.
                // Or, as any link allows, by a rendering whose own cluster holds another quotation
                // of the lone one's report: that report quoted in two parts what this one renders
                // in one. A cluster of several is joined with the mean a merge needs when a
                // member the rendering links with is such a part, next to the other in its
                // report (a report quoting a speech sentence by sentence holds many quotations
                // on one subject; the part it quoted next is the evidence).
                var split = false
                if whole.count == 1, items[whole[0]].language != items[unit].language || similarity(unit, whole[0]) < Self.verbatimScore {
                    split = reportSplits(unit, whole[0], adjacent: false)
                    guard split else { continue }
                }
                let weighedMembers = whole.count <= Self.weighedMembers ? whole : Array(whole.sorted { rank[$0] < rank[$1] }.prefix(Self.weighedMembers))
                if whole.count > 1 {
                    split = weighedMembers.contains { similarity(unit, $0) >= options.minimumScore && reportSplits(unit, $0, adjacent: true) }
                }
                // A fragment of most of the cluster's renderings renders a part of one statement,
                // never two: a phrase its speaker used in several sentences (주권을 침해하는 엄중한
                // 도발행위) stays in the cluster it joined first.
                if !split, 2 * weighedMembers.filter({ Self.isFragmentPair(items[unit].conceptWords.count, items[$0].conceptWords.count) && items[unit].conceptWords.count < items[$0].conceptWords.count }).count > weighedMembers.count { continue }
                var sum = 0.0, linked = 0, count = 0, blocked = false
                for x in weighedMembers {
                    if cannotLink(unit, x) || cannotLink(x, unit) { blocked = true; break }
                    count += 1
                    let v = similarity(unit, x)
                    if document[x] == document[unit] && v < 0.9 { blocked = true; break }
                    sum += v
                    if v >= options.minimumScore { linked += 1 }
                }
                if !blocked, count > 0, sum / Double(count) >= (split ? options.minimumScore : Self.secondClusterMeanScore), 2 * linked > count { joined[cluster, default: []].append(unit) }
            }
        }
        return members.map { cluster, units in (units + (joined[cluster] ?? [])).sorted() }
    }
}

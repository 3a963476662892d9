import Testing
@testable import Gyeore

/// `QuoteAligner.mergingOverlaps`: clusters holding mostly the same quotations (the clusters of
/// two clauses of one statement, which every report quoting it whole joins) become one; clusters
/// that share only the quotations holding two statements stay apart.
@Suite struct OverlappingClustersTests {
    /// Documents of quotations 0…9: one report each.
    private let documents = (0..<10).map { "report-\($0)" }

    /// Two clusters sharing five quotations, each with one of its own from a report the other
    /// lacks (a report quoting one clause, another translating the whole): one cluster.
    @Test func clustersOfTwoClausesOfOneStatementMerge() {
        let merged = QuoteAligner.mergingOverlaps([[0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 6]], documents: documents)
        #expect(merged == [[0, 1, 2, 3, 4, 5, 6]])
    }

    /// Two statements quoted together by two reports and apart by the others: the clusters share
    /// only the two joint quotations, so they stay apart.
    @Test func statementsQuotedTogetherByAFewReportsStayApart() {
        let clusters = [[0, 1, 2, 3, 4], [3, 4, 5, 6, 7]]
        #expect(QuoteAligner.mergingOverlaps(clusters, documents: documents) == clusters)
    }

    /// Three shared quotations are required, however small the clusters.
    @Test func twoSharedQuotationsAreNotEnough() {
        let clusters = [[0, 1, 2], [0, 1, 3]]
        #expect(QuoteAligner.mergingOverlaps(clusters, documents: documents) == clusters)
    }

    /// The shared quotations must be at least two thirds of the larger cluster.
    @Test func aSmallOverlapWithALargeClusterIsNotEnough() {
        let clusters = [[0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 8]]
        #expect(QuoteAligner.mergingOverlaps(clusters, documents: documents) == clusters)
        #expect(QuoteAligner.mergingOverlaps([[0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 8]], documents: documents) == [[0, 1, 2, 3, 4, 5, 8]])
    }

    /// Two different quotations of one report are two statements: the clusters they alone stand
    /// in do not merge.
    @Test func quotationsOfOneReportKeepTheirClustersApart() {
        var sameReport = documents
        sameReport[6] = sameReport[5]
        let clusters = [[0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 6]]
        #expect(QuoteAligner.mergingOverlaps(clusters, documents: sameReport) == clusters)
    }

    /// Merging goes on while clusters overlap (a merged cluster is weighed again), and the order
    /// the clusters come in changes nothing.
    @Test func mergingIsRepeatedAndIndependentOfOrder() {
        let clusters = [[0, 1, 2, 3], [0, 1, 2, 4], [0, 1, 2, 3, 4, 5]]
        let expected = [[0, 1, 2, 3, 4, 5]]
        #expect(QuoteAligner.mergingOverlaps(clusters, documents: documents) == expected)
        #expect(QuoteAligner.mergingOverlaps(clusters.reversed(), documents: documents) == expected)
    }
}

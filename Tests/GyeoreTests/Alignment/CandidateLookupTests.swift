import Testing
@testable import Gyeore

/// Which keys a quotation looks its candidates up by (``QuoteAligner/lookupKeys(keys:frequency:anchors:lookups:)``):
/// the rarest keys another quotation holds too, never keys only the quotation itself holds.
@Suite struct CandidateLookupTests {
    /// A Korean concept key (bit 43), and the same concept posted by an English rendering (bit 44).
    private func concept(_ n: UInt64) -> UInt64 { n | 1 << 43 }
    private func english(_ key: UInt64) -> UInt64 { key | 1 << 44 }

    /// A Korean rendering whose rarest concepts no English rendering holds (its own wording: 고민,
    /// 생각, 기간) still looks up the concepts an English rendering posted (patience, effort),
    /// however common those are. Before, the two renderings of one statement (0.84) were never
    /// compared: the lookup spent its places on keys that find nothing.
    @Test func conceptsNoRenderingInTheOtherLanguageHoldsDoNotTakeTheLookupsPlaces() {
        let own = (1...6).map { concept($0) }           // held by this rendering alone
        let shared = [concept(7), concept(8)]             // posted by English renderings too
        var frequency: [UInt64: Int32] = [:]
        for k in own { frequency[k] = 1 }
        for k in shared { frequency[k] = 5; frequency[english(k)] = 4 }
        let keys = QuoteAligner.lookupKeys(keys: Set(own + shared), frequency: frequency, anchors: [], lookups: 2)
        #expect(keys.contains(english(concept(7))) && keys.contains(english(concept(8))), "\(keys)")
        // Under its own language it looks up what another Korean rendering holds (frequency 5),
        // not its own words (frequency 1), and no English key nobody posted.
        #expect(keys.contains(concept(7)) && keys.contains(concept(8)))
        #expect(own.allSatisfy { !keys.contains($0) && !keys.contains(english($0)) })
    }

    /// Features keep the rule they had: the rarest held by another quotation too.
    @Test func featuresHeldByTheQuotationAloneAreNotLookedUp() {
        let features: [UInt64] = [1, 2, 3, 4]
        let frequency: [UInt64: Int32] = [1: 1, 2: 1, 3: 2, 4: 9]
        let keys = QuoteAligner.lookupKeys(keys: Set(features), frequency: frequency, anchors: [99], lookups: 1)
        #expect(keys == [3, 99])
    }
}

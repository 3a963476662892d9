import Foundation
import Gyeore
import Testing

@Suite struct QuotationTests {
    /// A quotation of text held in memory takes the whole text, in scalars, as a direct quotation
    /// on line 1; it encodes and decodes as any other.
    @Test func aQuotationOfAWholeTextIsAllOfIt() throws {
        let text = "우리는 인내심을 유지할 것이다"
        let quotation = Quotation(text: text, document: "report-1", language: .korean, speaker: "김정은", date: "2019-06-20")
        #expect(quotation.start == 0 && quotation.end == 16 && quotation.line == 1)
        #expect(quotation.text == text && quotation.normalized == text)
        #expect(quotation.kind == .direct && quotation.depth == 0 && quotation.parent == nil)
        #expect(quotation.speaker == "김정은" && quotation.speakerText == "김정은" && quotation.speakerEntry == nil)
        #expect(quotation.date == "2019-06-20" && quotation.language == .korean && quotation.occurrences.isEmpty)
        let english = Quotation(text: "We will stay patient", document: "report-2", language: .english)
        #expect(english.end == 20 && english.speaker == nil && english.date == nil)
        let decoded = try JSONDecoder().decode(Quotation.self, from: try JSONEncoder().encode(quotation))
        #expect(decoded == quotation)
    }
}

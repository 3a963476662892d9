import Testing
@testable import Gyeore

/// The packed form of an aligner's item (`gyeore features` writes it, `score` and `cluster`
/// read it): the content words' places in the text travel with it, and a place outside the
/// text is refused with a message, never read.
@Suite struct PackedItemTests {
    let aligner: QuoteAligner

    init() throws { aligner = try QuoteAligner(normalizer: try Normalizer(), glossary: nil) }

    @Test func contentWordRangesSurviveThePackedForm() throws {
        let item = aligner.item(Quotation(text: "Ｗe support Russia's position on U.S. talks.", document: "wire", language: .english))
        let text = Array(item.quotation.text.unicodeScalars)
        // Ranges into the text as written (full-width Ｗ included), not the normalized one.
        #expect(item.conceptRanges.map { String(scalars: text[$0]) } == ["support", "Russia", "position", "U.S.", "talks"])
        let read = try QuoteAligner.Item(packed: item.packed())
        #expect(read.conceptRanges == item.conceptRanges)
        #expect(read.conceptWords == item.conceptWords)
        #expect(read.packed() == item.packed())
    }

    @Test func aRangeOutsideTheTextIsRefused() {
        var item = aligner.item(Quotation(text: "Russia", document: "wire", language: .english))
        #expect(item.conceptRanges == [0..<6])
        item.conceptRanges = [2..<7]
        #expect(throws: PackedItemError.self) { try QuoteAligner.Item(packed: item.packed()) }
        item.conceptRanges = [7..<7]
        #expect(throws: PackedItemError.self) { try QuoteAligner.Item(packed: item.packed()) }
    }

    @Test func whetherTheTextNegatesSurvivesThePackedForm() throws {
        let negative = aligner.item(Quotation(text: "We will not give up nuclear weapons.", document: "wire", language: .english))
        let positive = aligner.item(Quotation(text: "We will give up nuclear weapons.", document: "wire", language: .english))
        #expect(negative.negated && !positive.negated)
        #expect(try QuoteAligner.Item(packed: negative.packed()).negated)
        #expect(try !QuoteAligner.Item(packed: positive.packed()).negated)
        // Neither is a fragment of the other, and only one negates: read back, they still part.
        let (a, b) = (try QuoteAligner.Item(packed: negative.packed()), try QuoteAligner.Item(packed: positive.packed()))
        #expect(aligner.score(a, b) == 0)
    }

    @Test func aFlagOfNegationOtherThanZeroOrOneIsRefused() throws {
        let item = aligner.item(Quotation(text: "Russia", document: "wire", language: .english))
        var bytes = item.packed()
        // The flag is the byte before the count of parts (none here), the item's last.
        #expect(bytes[bytes.count - 2] == 0 && bytes[bytes.count - 1] == 0)
        bytes[bytes.count - 2] = 2
        do {
            _ = try QuoteAligner.Item(packed: bytes)
            Issue.record("a flag of 2 was read")
        } catch {
            #expect(error.message == "2 is not a flag of negation (0 or 1)")
        }
    }

    @Test func anItemOfTheFirstFormatIsRefusedByName() throws {
        var bytes = aligner.item(Quotation(text: "Russia", document: "wire", language: .english)).packed()
        bytes[0] = 1
        do {
            _ = try QuoteAligner.Item(packed: bytes)
            Issue.record("a format-1 item was read")
        } catch {
            #expect(error.message == "an item of format 1; this gyeore reads format 4")
        }
    }
}

import Testing
@testable import Gyeore

/// Two quotations reported far apart are two statements (``QuoteAligner/daysApart(_:_:)``): the
/// days between two dates, read at every pair scored.
@Suite struct DaysApartTests {
    @Test func daysBetweenDatesAcrossMonthsLeapYearsAndCenturies() {
        #expect(QuoteAligner.daysApart("2019-06-20", "2019-06-21") == 1)
        #expect(QuoteAligner.daysApart("2019-06-21", "2019-06-20") == 1)
        #expect(QuoteAligner.daysApart("2018-04-27", "2018-04-27") == 0)
        #expect(QuoteAligner.daysApart("2020-02-28", "2020-03-01") == 2)   // 2020 is a leap year
        #expect(QuoteAligner.daysApart("2019-02-28", "2019-03-01") == 1)
        #expect(QuoteAligner.daysApart("1900-02-28", "1900-03-01") == 1)   // 1900 is not
        #expect(QuoteAligner.daysApart("2000-02-28", "2000-03-01") == 2)   // 2000 is
        #expect(QuoteAligner.daysApart("2018-06-12", "2019-02-27") == 260) // Singapore to Hanoi
        #expect(QuoteAligner.daysApart("1999-12-31", "2000-01-01") == 1)
    }

    /// Dates not written as ten characters are read the general way, with the same answers; a
    /// date that cannot be read is no evidence (0).
    @Test func otherSpellingsOfADateReadTheSameOrNotAtAll() {
        #expect(QuoteAligner.daysApart("2019-6-20", "2019-06-21") == 1)
        #expect(QuoteAligner.daysApart("2019-06-2", "2019-06-21") == 19)
        #expect(QuoteAligner.daysApart("2019/06/20", "2019-06-21") == 0)
        #expect(QuoteAligner.daysApart("2019-06-2x", "2019-06-21") == 0)
        #expect(QuoteAligner.daysApart("", "2019-06-21") == 0)
        #expect(QuoteAligner.daysApart("２０１９-06-20", "2019-06-21") == 0)
    }
}

import Testing
@testable import Gyeore

/// A JSON Lines document: its id (a string or a number), its text with newlines kept, its date;
/// a line that is not one says why in one line, with the record's id when it has one.
@Suite struct JSONLinesDocumentTests {
    @Test func aRecordGivesItsIdTextAndDate() throws {
        let document = try JSONLinesDocument(line: #"{"id":"a1","text":"첫 줄\n《조로》 협력","date":"2019-01-01","other":[1]}"#)
        #expect(document == JSONLinesDocument(id: "a1", text: "첫 줄\n《조로》 협력", date: "2019-01-01"))
        #expect(try JSONLinesDocument(line: #"{"id":7,"text":"둘째"}"#).id == "7")
        #expect(try JSONLinesDocument(line: #"{"key":"k","body":"x","published":"2019.01.02"}"#, idField: "key", textField: "body", dateField: "published")
                == JSONLinesDocument(id: "k", text: "x", date: "2019.01.02"))
    }

    @Test(arguments: [
        ("not json", JSONLinesDocument.Problem(message: "not a JSON object", id: nil)),
        ("[1,2]", JSONLinesDocument.Problem(message: "not a JSON object", id: nil)),
        (#"{"text":"x"}"#, JSONLinesDocument.Problem(message: #"no "id" field (a string or a number)"#, id: nil)),
        (#"{"id":true,"text":"x"}"#, JSONLinesDocument.Problem(message: #"no "id" field (a string or a number)"#, id: nil)),
        (#"{"id":"d","text":3}"#, JSONLinesDocument.Problem(message: #"no "text" field (a string)"#, id: "d")),
    ])
    func aLineThatIsNotADocumentSaysWhy(line: String, problem: JSONLinesDocument.Problem) {
        #expect(throws: problem) { try JSONLinesDocument(line: line) }
    }
}

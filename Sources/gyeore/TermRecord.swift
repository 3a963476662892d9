import Gyeore

/// The JSON object `terms` writes for one match.
struct TermRecord: Encodable {
    var version = RecordVersion.current
    var document: String
    var line: Int
    var start: Int
    var end: Int
    var text: String
    var entry: String
    var kind: String
    var form: String
    var matched: String
    var sk: String
    var en: String

    init(document: String, line: LineReader.Line, match: TermMatcher.Match) {
        self.document = document
        self.line = line.number
        start = line.scalarOffset + match.range.lowerBound
        end = line.scalarOffset + match.range.upperBound
        text = match.text
        entry = match.entry.id
        kind = match.entry.kind.rawValue
        form = match.kind.rawValue
        matched = match.form
        sk = match.entry.southKorean
        en = match.entry.english
    }
}

/// Writes the records of `terms`, byte for byte as `JSONLines` encodes a ``TermRecord`` (keys
/// sorted), straight from the match: no record is built.
///
/// Most fields are fixed by the form that matched: its entry's English, id, kind and South
/// Korean form, the form itself and its column. They are encoded the first time a form is
/// found, as three runs around the numbers that vary (end, line, start), and copied into every
/// later record of that form; so is the text, when it is the form as the glossary writes it, and
/// the document while it stays the same. Encoded field by field they were a quarter of `terms`'
/// work with a large glossary, which finds three times the matches of a small one.
struct TermRecordWriter {
    /// The fixed runs of one form, as offsets into ``runs``: `,"en":…,"end":` up to `first`,
    /// `,"entry":…,"line":` up to `second`, `,"matched":…,"start":` up to `third`, and
    /// `,"text":"FORM"` up to `end`.
    private struct Runs {
        var start: Int32, first: Int32, second: Int32, third: Int32, end: Int32
        /// A form not found yet.
        static let none = Runs(start: -1, first: 0, second: 0, third: 0, end: 0)
    }

    private var writer = JSONLineWriter()
    /// By form number: the form's runs, or ``Runs/none`` while it has not been found (one read
    /// per record, where an index into a second array cost a second cache miss).
    private var encoded: [Runs] = []
    private var runs: [UInt8] = []
    /// `,"version":N`, the same in every record.
    private let tail: [UInt8]
    /// The document of the last record, and `"document":"…"` for it.
    private var document = ""
    private var documentRun: [UInt8] = []

    init() {
        var scratch = JSONLineWriter(capacity: 64)
        scratch.beginObject()
        scratch.field("document", "")
        let mark = scratch.byteCount
        scratch.key("version")
        scratch.int(RecordVersion.current)
        tail = scratch.bytes(from: mark)
        documentRun = Self.documentRun("")
    }

    /// The record written last.
    var bytes: [UInt8] { writer.bytes }

    /// Encodes the record of `match`, found in `line` of `document`.
    mutating func write(document: String, line: LineReader.Line, match: TermMatcher.Match) {
        withUnsafePointer(to: match) { write(document: document, line: line, match: $0) }
    }

    /// Encodes the record of the match at `match`: read in place, since a match taken out of
    /// its array is a copy, its entry's strings retained and released per record.
    @inline(__always) mutating func write(document: String, line: LineReader.Line, match: UnsafePointer<TermMatcher.Match>) {
        let form = fixedRuns(of: match)
        if document != self.document {
            self.document = document
            documentRun = Self.documentRun(document)
        }
        writer.reset()
        writer.beginObject()
        let sameText = match.pointee.textIsForm
        let numbers = (line.scalarOffset + match.pointee.range.upperBound, line.number, line.scalarOffset + match.pointee.range.lowerBound)
        // Every part but the text (when it is not the form) in one write: the runs are copied,
        // the three numbers written between them.
        documentRun.withUnsafeBufferPointer { document in
            runs.withUnsafeBufferPointer { runs in
                let runs = runs.baseAddress!
                let length = document.count + (sameText ? Int(form.end) : Int(form.third)) - Int(form.start) + 3 * 20
                writer.raw(capacity: length, endsWithKey: false) { room in
                    var i = 0
                    func copy(_ from: UnsafePointer<UInt8>, _ count: Int) {
                        (room + i).update(from: from, count: count)
                        i += count
                    }
                    copy(document.baseAddress!, document.count)
                    copy(runs + Int(form.start), Int(form.first) - Int(form.start))
                    i += JSONLineWriter.writeDigits(numbers.0, to: room + i)
                    copy(runs + Int(form.first), Int(form.second) - Int(form.first))
                    i += JSONLineWriter.writeDigits(numbers.1, to: room + i)
                    copy(runs + Int(form.second), Int(form.third) - Int(form.second))
                    i += JSONLineWriter.writeDigits(numbers.2, to: room + i)
                    if sameText { copy(runs + Int(form.third), Int(form.end) - Int(form.third)) }
                    return i
                }
            }
        }
        if !sameText { writer.field("text", match.pointee.text) }
        tail.withUnsafeBufferPointer { writer.raw($0, endsWithKey: false) }
        writer.endObject()
    }

    /// Writes the record and a line feed to `output`. Mutating, though it changes nothing, so
    /// that a writer a closure captures is lent to the call, not copied for it (a copy per record
    /// retained and released each of the writer's buffers).
    mutating func writeLine(to output: OutputWriter) throws(OutputError) {
        try writer.writeLine(to: output)
    }

    /// The fixed runs of the form that matched.
    @inline(__always) private mutating func fixedRuns(of match: UnsafePointer<TermMatcher.Match>) -> Runs {
        let number = match.pointee.formNumber
        if number < encoded.count {
            let runs = encoded[number]
            if runs.start >= 0 { return runs }
        }
        return encodeRuns(of: match)
    }

    /// Encodes the fixed runs of a form found for the first time.
    @inline(never) private mutating func encodeRuns(of match: UnsafePointer<TermMatcher.Match>) -> Runs {
        let match = match.pointee
        let number = match.formNumber
        if number >= encoded.count { encoded.append(contentsOf: repeatElement(.none, count: number + 1 - encoded.count)) }
        // Written as a record whose numbers are 0; the runs are what lies between the numbers.
        var scratch = JSONLineWriter(capacity: 256)
        scratch.beginObject()
        scratch.field("document", "")
        var runStarts = [scratch.byteCount]
        var runEnds: [Int] = []
        func placeholder(_ scratch: inout JSONLineWriter) {
            runEnds.append(scratch.byteCount)
            scratch.int(0)
            runStarts.append(scratch.byteCount)
        }
        scratch.field("en", match.entry.english)
        scratch.key("end")
        placeholder(&scratch)
        scratch.field("entry", match.entry.id)
        scratch.field("form", match.kind.rawValue)
        scratch.field("kind", match.entry.kind.rawValue)
        scratch.key("line")
        placeholder(&scratch)
        scratch.field("matched", match.form)
        scratch.field("sk", match.entry.southKorean)
        scratch.key("start")
        placeholder(&scratch)
        scratch.field("text", match.form)
        runEnds.append(scratch.byteCount)
        let record = scratch.bytes
        var offsets = [runs.count]
        for (start, end) in zip(runStarts, runEnds) {
            runs += record[start..<end]
            offsets.append(runs.count)
        }
        let form = Runs(start: Int32(offsets[0]), first: Int32(offsets[1]), second: Int32(offsets[2]), third: Int32(offsets[3]), end: Int32(offsets[4]))
        encoded[number] = form
        return form
    }

    /// `"document":"…"`, the first field of every record of `document`.
    private static func documentRun(_ document: String) -> [UInt8] {
        var scratch = JSONLineWriter(capacity: 64)
        scratch.beginObject()
        scratch.field("document", document)
        return scratch.bytes(from: 1)
    }
}

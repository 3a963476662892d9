import Foundation
import Testing
@testable import Gyeore
import GyeoreTestSupport

@Suite struct LineReaderTests {
    private func write(_ bytes: [UInt8], name: String = "input.txt") throws -> String {
        let url = try Fixtures.scratchFolder().appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    private func readAll(_ path: String, limit: Int = LineReader.defaultMaximumLineBytes) throws -> [LineReader.Line] {
        let reader = try LineReader(path: path, maximumLineBytes: limit)
        var lines: [LineReader.Line] = []
        while let line = try reader.next() { lines.append(line) }
        return lines
    }

    @Test func readsLinesWithOffsetsAndTerminators() throws {
        let path = try write(Array("첫 줄\r\n둘째\n\n끝".utf8))
        let lines = try readAll(path)
        #expect(lines.map(\.text) == ["첫 줄", "둘째", "", "끝"])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map(\.terminatorLength) == [2, 1, 1, 0])
        #expect(lines.map(\.byteOffset) == [0, 9, 16, 17])
        #expect(lines.map(\.scalarOffset) == [0, 5, 8, 9])
    }

    @Test func scalarOffsetsLocateEveryLineOfEverySeed() throws {
        for url in Fixtures.seedURLs {
            let text = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
            for line in try readAll(url.path) {
                let scalars = Array(line.text.unicodeScalars)
                #expect(Array(text[line.scalarOffset..<line.scalarOffset + scalars.count]) == scalars)
            }
        }
    }

    /// The lines of a text in memory, split on its bytes, are those a split on its scalars
    /// gives (the earlier implementation, restated here): texts of line feeds, carriage returns,
    /// empty lines and Hangul, native and bridged from Foundation (held as UTF-16).
    @Test func linesOfATextAreThoseOfItsScalars() {
        func byScalars(_ text: String) -> [LineReader.Line] {
            var lines: [LineReader.Line] = []
            var scalarOffset = 0, byteOffset = 0
            let pieces = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                let isLast = index == pieces.count - 1
                if isLast && piece.isEmpty && index > 0 { break }
                var body = String(String.UnicodeScalarView(piece))
                var terminator = isLast ? 0 : 1
                if !isLast && body.unicodeScalars.last == "\r" { body.unicodeScalars.removeLast(); terminator = 2 }
                lines.append(LineReader.Line(number: index + 1, byteOffset: byteOffset, scalarOffset: scalarOffset, text: body, terminatorLength: terminator))
                scalarOffset += body.unicodeScalars.count + terminator
                byteOffset += body.utf8.count + terminator
            }
            return lines
        }
        func same(_ a: [LineReader.Line], _ b: [LineReader.Line]) -> Bool {
            a.map { "\($0.number) \($0.byteOffset) \($0.scalarOffset) \($0.terminatorLength) \($0.text)" }
                == b.map { "\($0.number) \($0.byteOffset) \($0.scalarOffset) \($0.terminatorLength) \($0.text)" }
        }
        var texts = ["", "\n", "\r", "\r\n", "a", "a\n", "a\r\n", "\n\n", "가나\r\n“다”\n\nend", "끝\r", "😀\n\u{0}\n"]
        let pieces = ["\n", "\r", "\r\n", "가", "a", " ", "“", "😀", "\u{85}", "\u{2028}"]
        var random = SplitMix64(seed: 23)
        for _ in 0..<2000 { texts.append((0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()) }
        for text in texts {
            #expect(same(LineReader.Line.lines(of: text), byScalars(text)), "\(Array(text.unicodeScalars))")
            let bridged = NSString(string: text) as String
            #expect(same(LineReader.Line.lines(of: bridged), byScalars(text)))
        }
    }

    @Test func emptyFileHasNoLines() throws {
        #expect(try readAll(write([])).isEmpty)
    }

    @Test func invalidUTF8IsReportedWithLineAndByteOffset() throws {
        // "가나\n다" then a lone continuation byte, then more text.
        let path = try write(Array("가나\n다".utf8) + [0x80] + Array("라".utf8))
        #expect(throws: InputError(file: path, line: 2, reason: .invalidUTF8(byteOffset: 10))) { try readAll(path) }
    }

    @Test(arguments: [
        ([0xC0, 0xAF], 0),              // overlong "/"
        ([0xED, 0xA0, 0x80], 0),        // a UTF-16 surrogate
        ([0x41, 0xF4, 0x90, 0x80, 0x80], 1), // past U+10FFFF
        ([0x41, 0x42, 0xE2, 0x82], 2),  // truncated at the end
    ] as [([UInt8], Int)])
    func invalidSequences(bytes: [UInt8], offset: Int) throws {
        let path = try write(bytes)
        #expect(throws: InputError(file: path, line: 1, reason: .invalidUTF8(byteOffset: offset))) { try readAll(path) }
    }

    @Test func binaryDataIsRejectedAtTheFirstNUL() throws {
        let path = try write(Array("text\n".utf8) + [0x89, 0x50, 0x00, 0x01])
        #expect(throws: InputError(file: path, line: 2, reason: .binary(byteOffset: 7))) { try readAll(path) }
    }

    @Test func overlongLinesStopAtTheLimit() throws {
        let path = try write(Array("short\n".utf8) + [UInt8](repeating: 0x61, count: 5000))
        #expect(throws: InputError(file: path, line: 2, reason: .lineTooLong(limit: 1000))) { try readAll(path, limit: 1000) }
    }

    @Test func linesLongerThanTheReadBufferArrivePiecedTogether() throws {
        let long = String(repeating: "가", count: 1_000_000) // 3 MB, three read chunks
        let lines = try readAll(write(Array("\(long)\n끝".utf8)))
        #expect(lines.map(\.text) == [long, "끝"])
        #expect(lines[1].byteOffset == 3_000_001)
    }

    @Test func missingFilesAndFoldersCannotBeOpened() throws {
        let folder = try Fixtures.scratchFolder().path
        #expect(throws: InputError(file: folder, reason: .isDirectory)) { try readAll(folder) }
        let missing = folder + "/none.txt"
        #expect(throws: InputError(file: missing, reason: .cannotOpen("No such file or directory"))) { try readAll(missing) }
    }

    @Test func errorsReadAsFileLineMessage() {
        let error = InputError(file: "a.txt", line: 3, reason: .invalidUTF8(byteOffset: 17))
        #expect(error.description == "a.txt:3: error: invalid UTF-8 at byte offset 17 (the input must be UTF-8 text)")
        #expect(InputError(file: "-", reason: .isDirectory).description == "<stdin>: error: is a directory, not a text file")
    }
}

/// Where set-up data is looked for: each folder once, so that a message listing them does not
/// name one twice (run from the package root, `./deps` is the package's `deps`).
@Suite struct DependencyLocatorTests {
    @Test func eachCandidateFolderIsNamedOnce() {
        let candidates = DependencyLocator.candidates("nkhandic", folder: nil, environment: [:])
        #expect(!candidates.isEmpty)
        #expect(Set(candidates).count == candidates.count, "\(candidates)")
        #expect(DependencyLocator.candidates("nkhandic", folder: "/x", environment: [:]) == ["/x/nkhandic"])
        #expect(DependencyLocator.candidates("nkhandic", folder: nil, environment: ["GYEORE_DICTIONARIES": "/d"]) == ["/d/nkhandic"])
    }
}

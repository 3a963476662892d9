import CMeCab
import Foundation
import Synchronization

/// A MeCab tagger over one compiled dictionary (NK-HanDic or HanDic).
///
/// MeCab taggers are not thread-safe; calls are serialised with a mutex.
public final class MeCabTagger: @unchecked Sendable {
    /// One morpheme of an analysis.
    public struct Morpheme: Sendable, Equatable {
        /// Byte range of the surface in the analysed UTF-8 text.
        public var bytes: Range<Int>
        /// The surface as written (conjoining jamo for the HanDic dictionaries).
        public var surface: String
        /// The dictionary's feature string (CSV).
        public var feature: String
        /// Whether MeCab did not find the word in its dictionary.
        public var isUnknown: Bool
        /// The Sejong part-of-speech tag (HanDic's field 10: NNG, EF, VX, …).
        public var tag: String
        /// Whether the dictionary marks the morpheme as North Korean (field 11 `&북한어`).
        public var isNorthKorean: Bool
        /// Whether the dictionary gives Hanja (field 7): a Sino-Korean morpheme.
        public var hasHanja: Bool = false
        /// Whether field 8 points to the normative spelling ("→ 왜곡." of 외곡).
        public var pointsToNorm: Bool = false

        /// The feature fields (CSV, quotes removed), split when asked for.
        public var features: [String] { MeCabTagger.fields(feature) }

        /// Whether feature field `index` is `value` (as ``features`` gives it, quotes removed),
        /// read off the feature string up to that field without splitting it: rules test a field
        /// at every morpheme boundary.
        public func feature(_ index: Int, is value: String) -> Bool {
            var csv = feature
            return csv.withUTF8 { bytes in
                var field = 0, start = 0, quoted = false
                for i in 0...bytes.count {
                    let byte: UInt8 = i < bytes.count ? bytes[i] : 0x2C
                    if byte == 0x22 && i < bytes.count { quoted.toggle() }
                    guard byte == 0x2C && (!quoted || i == bytes.count) else { continue }
                    if field == index {
                        var (a, b) = (start, i)
                        if b - a >= 2 && bytes[a] == 0x22 && bytes[b - 1] == 0x22 { a += 1; b -= 1 }
                        return value.utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[a..<b]))
                    }
                    field += 1
                    start = i + 1
                }
                return value.isEmpty
            }
        }

        /// The dictionary form (feature field 5) without its homograph number: 따르다 of 따르다01.
        public var dictionaryForm: String { Self.withoutHomographNumber(self[5]) }

        /// A headword without the homograph number the dictionary appends to it (설레이다002).
        static func withoutHomographNumber(_ headword: String) -> String { String(headword.reversed().drop(while: \.isNumber).reversed()) }

        /// A feature field, or "" past the end.
        public subscript(_ index: Int) -> String {
            if index == 10 { return tag }
            let all = features
            return index < all.count ? all[index] : ""
        }
    }

    private let handle: OpaquePointer
    /// Serialises calls; holds what each feature string of the dictionary reads as, by the
    /// string's address. MeCab points a node's feature into its dictionaries, which stay mapped
    /// while the tagger lives, so one address is always one feature: each is copied into a
    /// `String` and parsed once, not at every morpheme (a particle recurs in every sentence).
    private let lock = Mutex(BoundedMemo<Int, ReadFeature>(limit: readFeaturesLimit))

    /// A feature string read once: the string, its tag, its `&북한어` marker and whether it gives Hanja.
    struct ReadFeature: Sendable {
        var feature: String
        var tag: String
        var isNorthKorean: Bool
        var hasHanja: Bool
        var pointsToNorm: Bool = false
    }

    /// How many feature strings a tagger keeps read at most (a dictionary has a few hundred
    /// thousand; a corpus meets far fewer).
    static let readFeaturesLimit = 200_000
    /// The dictionary folder.
    public let dictionary: String

    /// Opens a tagger over the dictionary in `folder` (holding sys.dic, matrix.bin, …).
    public init(dictionary folder: String) throws(OrthographyError) {
        // -r /dev/null: never read a system mecabrc; everything comes from the dictionary folder.
        // An argv array, not one option string, so that paths may hold spaces.
        let arguments = ["mecab", "-r", "/dev/null", "-d", folder]
        var pointers = arguments.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        guard let tagger = mecab_new(Int32(pointers.count), &pointers) else {
            let reason = String(cString: mecab_strerror(nil))
            throw .analyzerFailed("MeCab could not open the dictionary in \(folder): \(reason)")
        }
        handle = tagger
        dictionary = folder
    }

    deinit { mecab_destroy(handle) }

    /// Analyses UTF-8 text.
    public func analyse(_ utf8: [UInt8]) -> [Morpheme] {
        // MeCab's tokenizer reads a few bytes past the length it is given (AddressSanitizer found
        // it under the fuzzer): it gets a NUL-padded copy, and the true length.
        let padded = utf8 + [0, 0, 0, 0, 0, 0, 0, 0]
        let length = utf8.count
        return lock.withLock { features in
            padded.withUnsafeBufferPointer { buffer -> [Morpheme] in
                guard let base = buffer.baseAddress, length > 0 else { return [] }
                let start = UnsafeRawPointer(base)
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text -> [Morpheme] in
                    var result: [Morpheme] = []
                    var node = mecab_sparse_tonode2(handle, text, length)
                    while let current = node {
                        let value = current.pointee
                        if value.stat != MECAB_BOS_NODE && value.stat != MECAB_EOS_NODE, let surface = value.surface {
                            let offset = start.distance(to: UnsafeRawPointer(surface))
                            let length = Int(value.length)
                            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(surface).assumingMemoryBound(to: UInt8.self), count: length)
                            let read: ReadFeature
                            if let pointer = value.feature {
                                let key = Int(bitPattern: UnsafeRawPointer(pointer))
                                if let known = features[key] {
                                    read = known
                                } else {
                                    let (tag, northern, hanja, norm) = Self.tagAndMarker(UnsafeRawPointer(pointer))
                                    read = ReadFeature(feature: String(cString: pointer), tag: tag, isNorthKorean: northern, hasHanja: hanja, pointsToNorm: norm)
                                    features.keep(read, for: key)
                                }
                            } else {
                                read = ReadFeature(feature: "", tag: "", isNorthKorean: false, hasHanja: false)
                            }
                            result.append(Morpheme(bytes: offset..<offset + length,
                                                   surface: String(decoding: bytes, as: UTF8.self),
                                                   feature: read.feature, isUnknown: value.stat == MECAB_UNK_NODE,
                                                   tag: read.tag, isNorthKorean: read.isNorthKorean, hasHanja: read.hasHanja,
                                                   pointsToNorm: read.pointsToNorm))
                        }
                        node = UnsafePointer(value.next)
                    }
                    return result
                }
            }
        }
    }

    /// The number of morphemes MeCab finds, without building them: the cost of the analysis
    /// alone, for benchmarks.
    public func countMorphemes(_ utf8: [UInt8]) -> Int {
        let padded = utf8 + [0, 0, 0, 0, 0, 0, 0, 0]   // see analyse(_:)
        let length = utf8.count
        return lock.withLock { _ in
            padded.withUnsafeBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress, length > 0 else { return 0 }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text -> Int in
                    var count = 0
                    var node = mecab_sparse_tonode2(handle, text, length)
                    while let current = node { count += 1; node = UnsafePointer(current.pointee.next) }
                    return count
                }
            }
        }
    }

    /// Fields 10 (the tag), 11 (`&북한어`), whether field 7 holds Hanja and whether field 8 points
    /// to the normative spelling (starts with →, quoted or not), without splitting the rest.
    static func tagAndMarker(_ csv: UnsafeRawPointer) -> (tag: String, northern: Bool, hanja: Bool, norm: Bool) {
        let bytes = csv.assumingMemoryBound(to: UInt8.self)
        var field = 0, i = 0, start = 0
        var quoted = false
        var tag = ""
        var hanja = false
        var norm = false
        while true {
            let byte = bytes[i]
            if byte == 0x22 { quoted.toggle() }
            // CJK ideographs U+3400-U+9FFF are 3-byte UTF-8 sequences led by E3 (part) to E9.
            if field == 7 && byte >= 0xE3 && byte <= 0xE9 && i + 1 < Int.max { hanja = hanja || (byte > 0xE3 || bytes[i + 1] >= 0x90) }
            // → is E2 86 92.
            if field == 8 && i == start + (bytes[start] == 0x22 ? 1 : 0) && byte == 0xE2 && bytes[i + 1] == 0x86 && bytes[i + 2] == 0x92 { norm = true }
            if (byte == 0x2C && !quoted) || byte == 0 {
                if field == 10 { tag = String(decoding: UnsafeBufferPointer(start: bytes + start, count: i - start), as: UTF8.self) }
                if field == 11 {
                    let marker: [UInt8] = Array("&북한어".utf8)
                    return (tag, i - start == marker.count && (0..<marker.count).allSatisfy { bytes[start + $0] == marker[$0] }, hanja, norm)
                }
                if byte == 0 { return (tag, false, hanja, norm) }
                field += 1
                start = i + 1
            }
            i += 1
        }
    }

    /// Splits a NUL-terminated CSV feature string, byte by byte; quoted fields may hold commas.
    static func fields(_ csv: UnsafeRawPointer) -> [String] {
        let bytes = csv.assumingMemoryBound(to: UInt8.self)
        var fields: [String] = []
        fields.reserveCapacity(13)
        var fieldStart = 0, i = 0
        var quoted = false
        func field(_ from: Int, _ to: Int) -> String {
            var a = from, b = to
            if b - a >= 2 && bytes[a] == 0x22 && bytes[b - 1] == 0x22 { a += 1; b -= 1 }
            return String(decoding: UnsafeBufferPointer(start: bytes + a, count: b - a), as: UTF8.self)
        }
        while bytes[i] != 0 {
            if bytes[i] == 0x22 { quoted.toggle() }
            else if bytes[i] == 0x2C && !quoted { fields.append(field(fieldStart, i)); fieldStart = i + 1 }
            i += 1
        }
        fields.append(field(fieldStart, i))
        return fields
    }

    /// Splits a CSV feature string (for tests).
    static func fields(_ csv: String) -> [String] {
        var copy = csv
        return copy.withUTF8 { buffer in
            var bytes = Array(buffer)
            bytes.append(0)
            return bytes.withUnsafeBytes { fields($0.baseAddress!) }
        }
    }
}

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
        /// The dictionary's feature fields (CSV, quotes removed).
        public var features: [String]
        /// Whether MeCab did not find the word in its dictionary.
        public var isUnknown: Bool

        /// A feature field, or "" past the end.
        public subscript(_ index: Int) -> String { index < features.count ? features[index] : "" }
    }

    private let handle: OpaquePointer
    private let lock = Mutex(())
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
        lock.withLock { _ in
            utf8.withUnsafeBufferPointer { buffer -> [Morpheme] in
                guard let base = buffer.baseAddress, !buffer.isEmpty else { return [] }
                let start = UnsafeRawPointer(base)
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text -> [Morpheme] in
                    var result: [Morpheme] = []
                    var node = mecab_sparse_tonode2(handle, text, buffer.count)
                    while let current = node {
                        let value = current.pointee
                        if value.stat != MECAB_BOS_NODE && value.stat != MECAB_EOS_NODE, let surface = value.surface {
                            let offset = start.distance(to: UnsafeRawPointer(surface))
                            let length = Int(value.length)
                            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(surface).assumingMemoryBound(to: UInt8.self), count: length)
                            result.append(Morpheme(bytes: offset..<offset + length,
                                                   surface: String(decoding: bytes, as: UTF8.self),
                                                   features: Self.fields(value.feature.map { String(cString: $0) } ?? ""),
                                                   isUnknown: value.stat == MECAB_UNK_NODE))
                        }
                        node = UnsafePointer(value.next)
                    }
                    return result
                }
            }
        }
    }

    /// Splits a CSV feature string; quoted fields may hold commas.
    static func fields(_ csv: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        for character in csv {
            if character == "\"" { quoted.toggle() }
            else if character == "," && !quoted { fields.append(field); field = "" }
            else { field.append(character) }
        }
        fields.append(field)
        return fields
    }
}

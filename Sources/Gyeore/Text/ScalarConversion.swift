/// Fast conversions between `String` and arrays of Unicode scalars, for library users: the
/// initializers on `Array` and `String` below are the package's own (`package`), so that they
/// do not leak into every module that imports Gyeore.
public enum ScalarText {
    /// The scalars of a string, decoded in one pass over its UTF-8.
    /// - Complexity: O(n) in the string's UTF-8 length.
    public static func scalars(of string: String) -> [Unicode.Scalar] { [Unicode.Scalar](scalarsOf: string) }

    /// A string of the given scalars, encoded in one pass.
    /// - Complexity: O(n) in the number of scalars.
    public static func string(_ scalars: [Unicode.Scalar]) -> String { String(scalars: scalars) }

    /// A string of the given scalars, encoded in one pass.
    /// - Complexity: O(n) in the number of scalars.
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(scalars: scalars) }
}

/// The standard library's `Array(string.unicodeScalars)` and `String.UnicodeScalarView.append`
/// are general but slow (the latter ran at 25 MB/s in the benchmark); Swift strings are
/// valid UTF-8, so both directions can be a single tight loop over bytes.
extension Array where Element == Unicode.Scalar {
    /// The scalars of a string.
    /// - Complexity: O(n) in the string's UTF-8 length.
    package init(scalarsOf string: String) {
        var string = string
        self = string.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0, n = 0
                let length = bytes.count
                while i < length {
                    let b = UInt32(bytes[i])
                    var value: UInt32
                    if b < 0x80 {
                        value = b; i += 1
                    } else if b < 0xE0 {
                        value = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        value = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        value = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F); i += 4
                    }
                    buffer[n] = Unicode.Scalar(_unchecked: value)
                    n += 1
                }
                count = n
            }
        }
    }
}

extension String {
    /// A string of the given scalars.
    /// - Complexity: O(n) in the number of scalars.
    package init(scalars: [Unicode.Scalar]) {
        self = scalars.withUnsafeBufferPointer { String(scalarBuffer: $0) }
    }

    /// A string of the given scalars.
    /// - Complexity: O(n) in the number of scalars.
    package init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { String(scalarBuffer: $0) }
    }

    private init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | v >> 6); buffer[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | v >> 12); buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | v >> 18); buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }
}

extension Unicode.Scalar {
    /// A scalar from a value known to be valid (decoded from valid UTF-8).
    @inline(__always)
    init(_unchecked value: UInt32) {
        self = Unicode.Scalar(value).unsafelyUnwrapped
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace` (White_Space) without the property table look-up: the property
    /// is stable, and these are all its scalars (U+0009–000D, U+0020, U+0085, U+00A0, U+1680,
    /// U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000).
    @inline(__always)
    var isWhiteSpace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return v == 0x1680 || (0x2000...0x200A).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000
    }
}

extension Unicode.Scalar {
    /// A space separator (Zs) or the tab: `CharacterSet.whitespaces` but for U+200B, which
    /// Foundation on Linux counts too. ASCII and Hangul syllables are answered without the
    /// property table.
    @inline(__always)
    package var isBlank: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        if (0xAC00...0xD7A3).contains(value) { return false }
        return properties.generalCategory == .spaceSeparator
    }
}

extension StringProtocol {
    /// Whether the text holds nothing but blanks (``Unicode/Scalar/isBlank``) and zero-width
    /// spaces: exactly `trimmingCharacters(in: .whitespaces).isEmpty`, without making the
    /// trimmed string (through NSString, a copy of the whole line: for a JSON Lines record, of
    /// its whole document).
    package var isBlank: Bool { unicodeScalars.allSatisfy { $0.isBlank || $0 == "\u{200B}" } }
}

import Foundation

/// A string hashed and compared by its UTF-8 bytes. Swift hashes and compares `String` by
/// canonical equivalence, which for Chinese text means checking every scalar for normalization:
/// most of the cost of interning 100,000 tickets' places and people. Equal bytes always mean
/// equal strings; the converse holds only for `isPlain` text, so a table keyed by bytes is either
/// a cache in front of a `String`-keyed one or holds plain text alone.
struct UTF8Key: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    // Through the UTF-8 view's storage rather than `withUTF8` on a copy: the copies' retains
    // and releases cost more than hashing or comparing the few bytes of a name. (Every native
    // string has that storage; a copy made native is the fallback.)
    func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.string.utf8.count == b.string.utf8.count && a.withBytes { p in
            b.withBytes { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var native = string
        return native.withUTF8(body)
    }

    /// Whether the text is made only of characters that are in normalization form C whatever
    /// stands beside them (quick check Yes, combining class 0, no canonical decomposition): ASCII,
    /// CJK ideographs, CJK and general punctuation, and full-width forms. Two such strings are equal
    /// exactly when their bytes are. (Not every such string is alone in its class: the Kelvin sign
    /// equals "K", and a compatibility ideograph its unified one; those others are not plain.)
    var isPlain: Bool {
        var s = string
        return s.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    i += 1
                    continue
                }
                // Valid UTF-8 (a String): a lead byte of E0–EF has two continuation bytes after it.
                guard b0 >= 0xE2, b0 <= 0xEF, i + 2 < n else { return false }
                let scalar = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                guard Self.plainRanges.contains(where: { $0.contains(scalar) }) else { return false }
                i += 3
            }
            return true
        }
    }

    /// General punctuation (dashes, quotes, ellipsis), CJK symbols and punctuation before the
    /// combining tone marks at U+302A, CJK ideographs (extension A and unified), and the
    /// full-width ASCII forms.
    private static let plainRanges: [ClosedRange<UInt32>] = [0x2010...0x2027, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E]
}

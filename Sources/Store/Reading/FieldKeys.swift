import Foundation

/// Key names as bytes, to match a key without making a string of it. Held in one block that
/// lives as long as the program (each record type has one static table), so matching touches no
/// array and no reference count.
/// Sendable by hand: the block is written once, in `init`, and only read afterwards.
final class FieldKeys: @unchecked Sendable {
    private let bytes: UnsafeMutablePointer<UInt8>
    /// `offsets[i]..<offsets[i + 1]` are key `i`'s bytes.
    private let offsets: UnsafeMutablePointer<Int>
    private let count: Int
    /// Each key as it stands in the store's files, `KEY":` (the opening quote already read), in
    /// two little-endian words with a mask of its bytes in each, for keys of up to 14 bytes.
    private let patterns: UnsafeMutablePointer<Pattern>

    private struct Pattern {
        var words: (UInt64, UInt64) = (0, 0)
        var masks: (UInt64, UInt64) = (0, 0)
        /// The key's length; 0 when the key is too long for two words.
        var length = 0
    }

    /// The cases' raw values, in `allCases` order. Raw values, not the cases' names: a case's
    /// name as a string is found by reflection, which took 3 ms of a 10,000-ticket start.
    convenience init<E: CaseIterable & RawRepresentable<String>>(rawValuesOf _: E.Type) {
        self.init(names: E.allCases.map(\.rawValue))
    }

    init(names: [String]) {
        precondition(names.count <= 64, "JSONReader.object tracks at most 64 keys")
        let utf8 = names.map { Array($0.utf8) }
        count = names.count
        bytes = .allocate(capacity: max(1, utf8.reduce(0) { $0 + $1.count }))
        offsets = .allocate(capacity: count + 1)
        var offset = 0
        for (i, name) in utf8.enumerated() {
            offsets[i] = offset
            (bytes + offset).initialize(from: name, count: name.count)
            offset += name.count
        }
        offsets[count] = offset
        patterns = .allocate(capacity: max(1, count))
        for (i, name) in utf8.enumerated() {
            let text = name + Array("\":".utf8)
            var pattern = Pattern()
            if text.count <= 16 {
                let padded = text + Array(repeating: 0, count: 16 - text.count)
                let mask = (0..<16).map { $0 < text.count ? UInt8(0xFF) : 0 }
                func word(_ bytes: [UInt8], _ at: Int) -> UInt64 {
                    (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * $1) }
                }
                pattern = Pattern(words: (word(padded, 0), word(padded, 8)), masks: (word(mask, 0), word(mask, 8)), length: name.count)
            }
            (patterns + i).initialize(to: pattern)
        }
    }

    deinit {
        bytes.deallocate()
        offsets.deallocate()
        patterns.deallocate()
    }

    /// The length of key `index` when `bytes` start with it and then `":`, with at least 16
    /// bytes there to read; nil otherwise (`index` may be past the last key). The hinted key is
    /// nearly always the one there: two words compared are the whole match of most keys.
    @inline(__always)
    func lengthBeforeColon(of index: Int, at bytes: UnsafePointer<UInt8>, before available: Int) -> Int? {
        guard index < count, available >= 16 else { return nil }
        let pattern = patterns[index]
        guard pattern.length > 0 else { return nil }
        let raw = UnsafeRawPointer(bytes)
        let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        guard first & pattern.masks.0 == pattern.words.0, second & pattern.masks.1 == pattern.words.1 else { return nil }
        return pattern.length
    }

    /// The index of `key`, looking from `hint` on first, then from the start.
    func index(of key: UnsafeBufferPointer<UInt8>, from hint: Int) -> Int? {
        guard let keyBytes = key.baseAddress else { return nil }
        var index = hint < count ? hint : 0
        for _ in 0..<count {
            let start = offsets[index]
            if offsets[index + 1] - start == key.count, memcmp(bytes + start, keyBytes, key.count) == 0 { return index }
            index = index + 1 == count ? 0 : index + 1
        }
        return nil
    }
}

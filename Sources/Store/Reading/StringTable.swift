import Domain
import Foundation

/// Strings already made while reading one shard, found again by their bytes. Data sets repeat
/// the same notes, titles, details and names thousands of times; one shared copy saves each
/// repeat's allocation and its memory. Kept are the strings too long to be stored inline (over 15
/// bytes) and those that are not ASCII, whose check costs more than finding them here (place
/// names: 1% of the instructions of opening 100,000 tickets); the table stops taking new ones
/// when half full.
final class StringTable {
    static let inlineLimit = 15

    private let capacity = 1 << 14
    /// 0 for an empty slot; stored hashes have their low bit set.
    private let hashes: UnsafeMutablePointer<UInt64>
    private let strings: UnsafeMutablePointer<String>
    private var used = 0

    init() {
        hashes = .allocate(capacity: capacity)
        hashes.initialize(repeating: 0, count: capacity)
        strings = .allocate(capacity: capacity)
    }

    deinit {
        for slot in 0..<capacity where hashes[slot] != 0 { (strings + slot).deinitialize(count: 1) }
        hashes.deallocate()
        strings.deallocate()
    }

    /// The string for `bytes`, made by `make` (which validates them) unless already made.
    func string(for bytes: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        guard let start = bytes.baseAddress else { return make(bytes) }
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash >> 1) & (capacity - 1)
        while hashes[slot] != 0 {
            if hashes[slot] == hash {
                var candidate = strings[slot]
                let same = candidate.withUTF8 { $0.count == bytes.count && memcmp($0.baseAddress!, start, bytes.count) == 0 }
                if same { return candidate }
            }
            slot = (slot + 1) & (capacity - 1)
        }
        guard let made = make(bytes) else { return nil }
        if used < capacity / 2 {
            hashes[slot] = hash
            (strings + slot).initialize(to: made)
            used += 1
        }
        return made
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = ByteHash()
        hash.add(UnsafeRawBufferPointer(bytes))
        return hash.value
    }
}

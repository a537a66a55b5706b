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

    /// The cases' own names, as synthesized `CodingKeys` name them.
    convenience init<F: JSONFields>(_: F.Type) {
        self.init(names: F.allCases.map { "\($0)" })
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
    }

    deinit {
        bytes.deallocate()
        offsets.deallocate()
    }

    /// The length of key `index` when `bytes` start with it and hold at least one byte more;
    /// nil otherwise (`index` may be past the last key). The hinted key is nearly always the one
    /// there, and this spares finding the key's end before comparing.
    func length(of index: Int, at bytes: UnsafePointer<UInt8>, before available: Int) -> Int? {
        guard index < count else { return nil }
        let start = offsets[index], length = offsets[index + 1] - start
        guard length < available else { return nil }
        for i in 0..<length where self.bytes[start + i] != bytes[i] { return nil }
        return length
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

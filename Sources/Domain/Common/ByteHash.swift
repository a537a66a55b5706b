/// A fast hash of bytes for in-memory tables over the user's own data (no flooding to fear):
/// eight bytes at a time, multiplied and folded, then the last few one by one. Several pieces can
/// be added in turn, each with its length, so four names hash as one key. The finished value has
/// its low bit set, so no hash is 0 (a table's mark for an empty slot).
public struct ByteHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ raw: UnsafeRawBufferPointer) {
        var hash = state ^ UInt64(raw.count)
        var i = 0
        while i + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            i += 8
        }
        while i < raw.count {
            hash = (hash ^ UInt64(raw[i])) &* 0x100_0000_01b3
            i += 1
        }
        state = hash
    }

    public var value: UInt64 { (state ^ state >> 32) | 1 }
}

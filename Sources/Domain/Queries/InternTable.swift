/// Distinct strings numbered in the order first seen, so a column of 100,000 tickets holds small
/// integers and a filter or sort compares numbers. Most columns (places, workers, titles) repeat a
/// few hundred values.
struct InternTable: Sendable {
    private(set) var values: [String] = []
    /// The numbers by bytes, while every value seen is plain (`UTF8Key.isPlain`): hashing bytes
    /// skips the normalization checks that hashing a `String` makes for each Chinese character.
    private var byBytes: [UTF8Key: Int32] = [:]
    /// The numbers by string (canonical equivalence), from the first value that is not plain on.
    private var byString: [String: Int32]?

    /// The value's number, adding it when new.
    mutating func intern(_ value: String) -> Int32 {
        if byString == nil {
            let key = UTF8Key(value)
            // Bytes equal to a stored value's are that value, plain too: only a new value is checked.
            if let id = byBytes[key] { return id }
            if key.isPlain {
                byBytes[key] = Int32(values.count)
                values.append(value)
                return Int32(values.count - 1)
            }
            byString = Dictionary(values.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
            byBytes = [:]
        }
        if let id = byString![value] { return id }
        let id = Int32(values.count)
        values.append(value)
        byString![value] = id
        return id
    }

    /// The number of a value already seen, or nil.
    func id(of value: String) -> Int32? {
        if let byString { return byString[value] }
        let key = UTF8Key(value)
        if let id = byBytes[key] { return id }
        // Only plain values are stored, and a value that is not plain may still equal one of them.
        return key.isPlain ? nil : values.firstIndex(of: value).map(Int32.init)
    }

    /// Each value's place in UTF-8 byte order (which is code point order), indexed by number.
    func ranks() -> [UInt64] {
        let order = values.indices.sorted { values[$0].utf8.lexicographicallyPrecedes(values[$1].utf8) }
        var ranks = [UInt64](repeating: 0, count: values.count)
        for (rank, id) in order.enumerated() { ranks[id] = UInt64(rank) }
        return ranks
    }
}

/// Distinct strings numbered in the order first seen, so a column of 100,000 tickets holds small
/// integers and a filter or sort compares numbers. Most columns (places, workers, titles) repeat a
/// few hundred values.
struct InternTable: Sendable {
    private(set) var values: [String] = []
    private var ids: [String: Int32] = [:]

    /// The value's number, adding it when new.
    mutating func intern(_ value: String) -> Int32 {
        if let id = ids[value] { return id }
        let id = Int32(values.count)
        values.append(value)
        ids[value] = id
        return id
    }

    /// The number of a value already seen, or nil.
    func id(of value: String) -> Int32? { ids[value] }

    /// Each value's place in UTF-8 byte order (which is code point order), indexed by number.
    func ranks() -> [UInt64] {
        let order = values.indices.sorted { values[$0].utf8.lexicographicallyPrecedes(values[$1].utf8) }
        var ranks = [UInt64](repeating: 0, count: values.count)
        for (rank, id) in order.enumerated() { ranks[id] = UInt64(rank) }
        return ranks
    }
}

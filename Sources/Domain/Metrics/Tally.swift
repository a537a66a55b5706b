/// A count per key, largest first (ties by key order), ready for a bar chart.
public struct Tally<Key: Hashable & Sendable>: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var key: Key
        public var count: Int
    }

    public private(set) var rows: [Row]

    public init(_ counts: [Key: Int], keyOrder: (Key, Key) -> Bool) {
        rows = counts.map { Row(key: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : keyOrder($0.key, $1.key) }
    }

    public subscript(key: Key) -> Int { rows.first { $0.key == key }?.count ?? 0 }

    public var total: Int { rows.reduce(0) { $0 + $1.count } }
}

/// How a `JSONWriter` lays out what it wrote, and the key orders it has already worked out: a
/// type encodes its keys in one of a few sequences (optional fields present or not, one per kind
/// of event), so objects seldom need sorting.
final class JSONStyle {
    let pretty: Bool
    private var orders: [ObjectIdentifier: [(keys: [String], order: [Int])]] = [:]
    /// Key sequences remembered per type; a type with more starts again.
    private let variants = 64

    init(pretty: Bool) {
        self.pretty = pretty
    }

    /// Member indices by key in UTF-8 byte order, the last of a repeated key only (it replaced
    /// the earlier ones, as in JSONEncoder).
    func order(of members: [JSONFrame.Member], keyType: ObjectIdentifier?) -> [Int] {
        if let keyType, let known = orders[keyType]?.first(where: { variant in
            variant.keys.count == members.count && zip(variant.keys, members).allSatisfy { $0 == $1.key }
        }) {
            return known.order
        }
        let keys = members.map(\.key)
        let order = Self.sorted(keys)
        if let keyType {
            if orders[keyType, default: []].count >= variants { orders[keyType] = [] }
            orders[keyType, default: []].append((keys, order))
        }
        return order
    }

    private static func sorted(_ keys: [String]) -> [Int] {
        var order = Array(keys.indices)
        if zip(keys, keys.dropFirst()).allSatisfy({ $0.utf8.lexicographicallyPrecedes($1.utf8) }) { return order }
        order.sort { a, b in keys[a] == keys[b] ? a < b : keys[a].utf8.lexicographicallyPrecedes(keys[b].utf8) }
        return order.enumerated().compactMap { position, index in
            position + 1 < order.count && keys[order[position + 1]] == keys[index] ? nil : index
        }
    }
}

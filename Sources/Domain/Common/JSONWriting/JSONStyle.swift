/// How a `JSONWriter` lays out what it wrote, what it keeps from one value to the next: the key
/// orders it has worked out (a type encodes its keys in one of a few sequences, optional fields
/// present or not, one per kind of event, so objects seldom need sorting) and the frames of
/// values already written, reused with their buffers.
final class JSONStyle {
    let pretty: Bool
    private var orders: [ObjectIdentifier: [(keys: [String], order: [Int])]] = [:]
    /// Key sequences remembered per type; a type with more starts again.
    private let variants = 64
    private var spare: [JSONFrame] = []

    /// A frame for a new object, array or value, a spare one when there is one.
    func frame(_ kind: JSONFrame.Kind, depth: Int) -> JSONFrame {
        guard let frame = spare.popLast() else { return JSONFrame(kind, depth: depth) }
        frame.reset(kind, depth: depth)
        return frame
    }

    /// Takes back a written value's frame and every frame inside it.
    func recycle(_ frame: JSONFrame) {
        for member in frame.members {
            if let nested = member.nested { recycle(nested) }
        }
        spare.append(frame)
    }

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

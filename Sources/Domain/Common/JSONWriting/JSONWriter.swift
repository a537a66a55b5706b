import Foundation

/// An `Encoder` that writes the bytes `JSONEncoder` gives with DomainJSON's settings (keys sorted
/// by UTF-8 bytes, slashes unescaped, dates as `Timestamp`, optionally pretty), straight into
/// byte buffers. JSONEncoder first builds a tree of boxed values and dictionaries and then
/// serializes it; over 100,000 tickets that is most of the time of `--json`, an Open311 export
/// and a compaction. A test holds the two to the same bytes.
final class JSONWriter: Encoder {
    let style: JSONStyle
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Where the value now being encoded goes, and at what depth.
    private var target: JSONFrame
    private var depth: Int
    /// The container the value asked for, which becomes its member's when `encode(to:)` returns.
    private var created: JSONFrame?
    /// For `superEncoder`: no call returns to write the value, so its containers are `target` itself.
    private let deferred: Bool

    init(style: JSONStyle, target: JSONFrame, depth: Int, codingPath: [any CodingKey] = [], deferred: Bool = false) {
        self.style = style
        self.target = target
        self.depth = depth
        self.codingPath = codingPath
        self.deferred = deferred
    }

    /// Adds `value`'s encoding to `out`, laid out by `style`.
    static func append<T: Encodable>(_ value: T, to out: inout [UInt8], style: JSONStyle) throws {
        let root = style.frame(.value, depth: 0)
        let writer = JSONWriter(style: style, target: root, depth: 0)
        root.add(key: "", nested: try writer.write(value, into: root, depth: 0))
        root.write(into: &out, style)
        style.recycle(root)
    }

    /// Appends a scalar `value`'s encoding to `frame.bytes`, or returns the object or array it
    /// is, for a member at `depth`.
    func write<T: Encodable>(_ value: T, into frame: JSONFrame, depth: Int) throws -> JSONFrame? {
        if T.self == String.self {
            JSONBytes.string(value as! String, into: &frame.bytes)
            return nil
        }
        if T.self == Int.self {
            JSONBytes.integer(value as! Int, into: &frame.bytes)
            return nil
        }
        if T.self == Date.self {
            frame.bytes.append(0x22)
            Timestamp.append(value as! Date, to: &frame.bytes)
            frame.bytes.append(0x22)
            return nil
        }
        let saved = (target, self.depth, created)
        defer { (target, self.depth, created) = saved }
        (target, self.depth, created) = (frame, depth, nil)
        let before = frame.bytes.count
        try value.encode(to: self)
        if let created { return created }
        // Nothing encoded: an empty object, as in JSONEncoder.
        return frame.bytes.count == before ? style.frame(.object, depth: depth) : nil
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedWriter<Key>(writer: self, frame: frame(.object)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedWriter(writer: self, frame: frame(.array))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleWriter(writer: self, frame: target, depth: depth)
    }

    /// The value's container: the same one when asked again, as JSONEncoder allows.
    private func frame(_ kind: JSONFrame.Kind) -> JSONFrame {
        if deferred {
            target.kind = kind
            return target
        }
        if let created, created.kind == kind { return created }
        let frame = style.frame(kind, depth: depth)
        created = frame
        return frame
    }

    /// Takes the object or array a single value container was given as the value's own.
    func adopt(_ nested: JSONFrame) {
        if deferred {
            target.add(key: "", nested: nested)
        } else {
            created = nested
        }
    }

    /// Runs `body` with `key` on the coding path, as the value of that key is encoded.
    func at<R>(_ key: any CodingKey, _ body: () throws -> R) rethrows -> R {
        codingPath.append(key)
        defer { codingPath.removeLast() }
        return try body()
    }

    func invalid(_ value: Any, _ key: (any CodingKey)?) -> EncodingError {
        .invalidValue(value, .init(codingPath: codingPath + (key.map { [$0] } ?? []),
                                   debugDescription: "Unable to encode \(value) directly in JSON."))
    }
}

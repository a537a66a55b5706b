/// The keyed container of `JSONWriter`: each member's bytes go into the object's frame.
struct JSONKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONWriter
    let frame: JSONFrame

    init(writer: JSONWriter, frame: JSONFrame) {
        self.writer = writer
        self.frame = frame
        frame.keyType = ObjectIdentifier(Key.self)
    }

    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        frame.bytes.append(contentsOf: JSONBytes.null)
        frame.add(key: key.stringValue)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        JSONBytes.bool(value, into: &frame.bytes)
        frame.add(key: key.stringValue)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        JSONBytes.string(value, into: &frame.bytes)
        frame.add(key: key.stringValue)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        JSONBytes.integer(value, into: &frame.bytes)
        frame.add(key: key.stringValue)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        guard JSONBytes.number(value, into: &frame.bytes) else { throw writer.invalid(value, key) }
        frame.add(key: key.stringValue)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        guard JSONBytes.number(value, into: &frame.bytes) else { throw writer.invalid(value, key) }
        frame.add(key: key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let nested = try writer.at(key) { try writer.write(value, into: frame, depth: frame.depth + 1) }
        frame.add(key: key.stringValue, nested: nested)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                         forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(JSONKeyedWriter<NestedKey>(writer: writer, frame: frame.addNested(key: key.stringValue, .object, style: writer.style)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONUnkeyedWriter(writer: writer, frame: frame.addNested(key: key.stringValue, .array, style: writer.style))
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(key: "super")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(key: key.stringValue)
    }

    private func superEncoder(key: String) -> any Encoder {
        JSONWriter(style: writer.style, target: frame.addNested(key: key, .value, style: writer.style), depth: frame.depth + 1,
                   codingPath: writer.codingPath, deferred: true)
    }
}

/// The unkeyed container of `JSONWriter`: elements go into the array's frame in order.
struct JSONUnkeyedWriter: UnkeyedEncodingContainer {
    let writer: JSONWriter
    let frame: JSONFrame

    var codingPath: [any CodingKey] { writer.codingPath }
    var count: Int { frame.members.count }

    mutating func encodeNil() throws {
        frame.bytes.append(contentsOf: JSONBytes.null)
        frame.add(key: "")
    }

    mutating func encode(_ value: Bool) throws {
        JSONBytes.bool(value, into: &frame.bytes)
        frame.add(key: "")
    }

    mutating func encode(_ value: String) throws {
        JSONBytes.string(value, into: &frame.bytes)
        frame.add(key: "")
    }

    mutating func encode(_ value: Int) throws {
        JSONBytes.integer(value, into: &frame.bytes)
        frame.add(key: "")
    }

    mutating func encode(_ value: Double) throws {
        guard JSONBytes.number(value, into: &frame.bytes) else { throw writer.invalid(value, nil) }
        frame.add(key: "")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let nested = try writer.at(JSONIndexKey(count)) { try writer.write(value, into: frame, depth: frame.depth + 1) }
        frame.add(key: "", nested: nested)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(JSONKeyedWriter<NestedKey>(writer: writer, frame: frame.addNested(key: "", .object, style: writer.style)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedWriter(writer: writer, frame: frame.addNested(key: "", .array, style: writer.style))
    }

    mutating func superEncoder() -> any Encoder {
        JSONWriter(style: writer.style, target: frame.addNested(key: "", .value, style: writer.style), depth: frame.depth + 1,
                   codingPath: writer.codingPath, deferred: true)
    }
}

/// An array index on a coding path.
struct JSONIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// The single-value container of `JSONWriter`: the value's bytes go straight into the frame of
/// the member being written (a raw-valued enum writes its string where its key is).
struct JSONSingleWriter: SingleValueEncodingContainer {
    let writer: JSONWriter
    let frame: JSONFrame
    let depth: Int

    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil() throws { frame.bytes.append(contentsOf: JSONBytes.null) }

    mutating func encode(_ value: Bool) throws { JSONBytes.bool(value, into: &frame.bytes) }

    mutating func encode(_ value: String) throws { JSONBytes.string(value, into: &frame.bytes) }

    mutating func encode(_ value: Int) throws { JSONBytes.integer(value, into: &frame.bytes) }

    mutating func encode(_ value: Double) throws {
        guard JSONBytes.number(value, into: &frame.bytes) else { throw writer.invalid(value, nil) }
    }

    mutating func encode(_ value: Float) throws {
        guard JSONBytes.number(value, into: &frame.bytes) else { throw writer.invalid(value, nil) }
    }

    // The other integer types, here and not by default: their `encode(to:)` comes back to this
    // container, and the generic `encode` below would send them round again.
    mutating func encode(_ value: Int8) throws { frame.bytes.append(contentsOf: value.description.utf8) }
    mutating func encode(_ value: Int16) throws { frame.bytes.append(contentsOf: value.description.utf8) }
    mutating func encode(_ value: Int32) throws { frame.bytes.append(contentsOf: value.description.utf8) }
    mutating func encode(_ value: Int64) throws { frame.bytes.append(contentsOf: value.description.utf8) }
    mutating func encode(_ value: UInt) throws { frame.bytes.append(contentsOf: value.description.utf8) }
    mutating func encode(_ value: UInt8) throws { frame.bytes.append(contentsOf: value.description.utf8) }
    mutating func encode(_ value: UInt16) throws { frame.bytes.append(contentsOf: value.description.utf8) }
    mutating func encode(_ value: UInt32) throws { frame.bytes.append(contentsOf: value.description.utf8) }
    mutating func encode(_ value: UInt64) throws { frame.bytes.append(contentsOf: value.description.utf8) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        // An object or array in a single value is the container of the value being encoded.
        if let nested = try writer.write(value, into: frame, depth: depth) { writer.adopt(nested) }
    }
}

import Domain
import Foundation

/// The `fields` object of a journal line, its values kept as bytes (within the line being read)
/// until the operation reads them by name and type. Which were read is tracked, so a field the
/// operation does not take sends the line to `JSONDecoder`.
struct OperationFields {
    enum Field: String, JSONFields {
        case card, category, comment, community, deadline, delta, description, district, grid, kind, level, month
        // `Operation`'s names for the three reporter fields are in snake case.
        case note, of, post, reason, reportedAt = "reported_at", reporterName = "reporter_name", reporterPhone = "reporter_phone"
        case score, street, text, title, to, urgent
        static let keys = FieldKeys(rawValuesOf: Self.self)
    }

    private var values: [Field: UnsafeBufferPointer<UInt8>] = [:]
    private var read: Set<Field> = []

    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable) {
        var values: [Field: UnsafeBufferPointer<UInt8>] = [:]
        try reader.object(Field.self) { reader, field throws(JSONReader.Unreadable) in
            values[field] = try reader.scalarBytes()
        }
        self.values = values
    }

    /// Every field given was read by the operation.
    var allRead: Bool { read.count == values.count }

    /// The value read by `read`, which must take all of its bytes; nil when absent or `null`.
    mutating func optional<T>(_ field: Field, _ body: (inout JSONReader) throws(JSONReader.Unreadable) -> T) throws(JSONReader.Unreadable) -> T? {
        guard let bytes = values[field] else { return nil }
        read.insert(field)
        var reader = JSONReader(bytes)
        let value = try reader.optional(body)
        guard reader.atEnd() else { throw JSONReader.Unreadable() }
        return value
    }

    mutating func required<T>(_ field: Field, _ body: (inout JSONReader) throws(JSONReader.Unreadable) -> T) throws(JSONReader.Unreadable) -> T {
        guard values[field] != nil, let value = try optional(field, body) else { throw JSONReader.Unreadable() }
        return value
    }

    mutating func string(_ field: Field) throws(JSONReader.Unreadable) -> String {
        try required(field) { reader throws(JSONReader.Unreadable) in try reader.string() }
    }

    mutating func value<T: JSONEnumeration>(_ field: Field, _: T.Type) throws(JSONReader.Unreadable) -> T {
        try required(field) { reader throws(JSONReader.Unreadable) in try reader.value(T.self) }
    }

    mutating func month(_ field: Field) throws(JSONReader.Unreadable) -> Month {
        try required(field) { reader throws(JSONReader.Unreadable) in try reader.month() }
    }
}

import Foundation

/// Writes values as DomainJSON's `JSONEncoder` would (`JSONWriter`), one after another into one
/// buffer, remembering the key orders it has worked out from one value to the next: for the
/// records of a snapshot shard or of a command's output.
public final class JSONValueWriter {
    private let style: JSONStyle

    public init(pretty: Bool = false) {
        style = JSONStyle(pretty: pretty)
    }

    public func append<T: Encodable>(_ value: T, to out: inout [UInt8]) throws {
        try JSONWriter.append(value, to: &out, style: style)
    }

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        var out: [UInt8] = []
        try append(value, to: &out)
        return Data(out)
    }
}

import Foundation

/// A value that writes its JSON itself (`JSONOutput`), the bytes its `Encodable` conformance
/// gives through DomainJSON: for the records written by the hundred thousand.
public protocol JSONWritable {
    func write(to out: inout JSONOutput)
}

extension JSONWritable {
    /// The value's JSON, as `DomainJSON.encode` gives it.
    public func json(pretty: Bool = false) -> [UInt8] {
        var out = JSONOutput(pretty: pretty)
        write(to: &out)
        return out.bytes
    }
}

extension String: JSONWritable {
    public func write(to out: inout JSONOutput) { JSONBytes.string(self, into: &out.bytes) }
}

extension Int: JSONWritable {
    public func write(to out: inout JSONOutput) { JSONBytes.integer(self, into: &out.bytes) }
}

extension Bool: JSONWritable {
    public func write(to out: inout JSONOutput) { JSONBytes.bool(self, into: &out.bytes) }
}

/// JSON cannot hold NaN or the infinities, and no record here can (they come from JSON or from
/// checked entry): were one there, it is written as null rather than as invalid JSON.
extension Double: JSONWritable {
    public func write(to out: inout JSONOutput) {
        if !JSONBytes.number(self, into: &out.bytes) { out.null() }
    }
}

extension Date: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.bytes.append(0x22)
        Timestamp.append(self, to: &out.bytes)
        out.bytes.append(0x22)
    }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    public func write(to out: inout JSONOutput) {
        if let self { self.write(to: &out) } else { out.null() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func write(to out: inout JSONOutput) { out.array(self) }
}

extension JSONWritable where Self: RawRepresentable, RawValue == String {
    public func write(to out: inout JSONOutput) { rawValue.write(to: &out) }
}

import Foundation

/// JSON written straight into bytes by a type that knows its own fields (`JSONWritable`), in
/// JSONEncoder's layout with DomainJSON's settings, compact or pretty. The writer gives keys in
/// sorted order itself, so nothing is buffered or reordered: over 100,000 tickets this is several
/// times faster than any `Encoder`, whose containers cost a call and a box per field. The tests
/// hold every writer to JSONEncoder's bytes.
public struct JSONOutput {
    public var bytes: [UInt8]
    public let pretty: Bool
    private var depth: Int
    /// Whether the container being written has no member yet.
    private var empty = true

    public init(pretty: Bool) {
        self.init(pretty: pretty, depth: 0)
    }

    private init(pretty: Bool, depth: Int) {
        self.pretty = pretty
        self.depth = depth
        bytes = []
    }

    /// An array of `count` elements, `element(i)` each, written in pieces of `piece` on all
    /// cores: the pieces, one after another, are the array (over 100,000 records one writer
    /// would take seconds). `element` runs on several threads at once and must only read.
    public static func array<T: JSONWritable>(count: Int, pretty: Bool, piece: Int = 2_048,
                                              _ element: (Int) -> T) -> [[UInt8]] {
        guard count > 0 else { return [[T]().json(pretty: pretty)] }
        return [[UInt8]](pieces: count, of: piece) { range in
            // A piece is the array's inside at depth 1, as if its earlier elements were written.
            var out = JSONOutput(pretty: pretty, depth: 1)
            if range.lowerBound == 0 { out.bytes.append(0x5B) } else { out.empty = false }
            for i in range {
                out.separate()
                element(i).write(to: &out)
            }
            if range.upperBound == count {
                if pretty { out.newline(0) }
                out.bytes.append(0x5D)
            }
            return out.bytes
        }
    }

    /// An object whose members `body` writes with `key` or `field`, keys in UTF-8 byte order.
    public mutating func object(_ body: (inout JSONOutput) throws -> Void) rethrows {
        try container(0x7B, 0x7D, body)
    }

    /// An array of `elements`, each written by `element`.
    public mutating func array<S: Sequence>(_ elements: S, _ element: (inout JSONOutput, S.Element) throws -> Void) rethrows {
        try container(0x5B, 0x5D) { out in
            for value in elements {
                out.separate()
                try element(&out, value)
            }
        }
    }

    /// An array of values that write themselves.
    public mutating func array<S: Sequence>(_ elements: S) where S.Element: JSONWritable {
        array(elements) { out, value in value.write(to: &out) }
    }

    /// Starts a member of the object being written: the separator, the indent and the key.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        if pretty { bytes.append(contentsOf: [0x20, 0x3A, 0x20]) } else { bytes.append(0x3A) }
    }

    /// A member, `null` when the value is nil (as `encode` writes an optional).
    public mutating func field<V: JSONWritable>(_ name: StaticString, _ value: V) {
        key(name)
        value.write(to: &self)
    }

    /// A member only when the value is there (as synthesized `Codable` writes an optional).
    public mutating func fieldIfPresent<V: JSONWritable>(_ name: StaticString, _ value: V?) {
        guard let value else { return }
        field(name, value)
    }

    public mutating func null() {
        bytes.append(contentsOf: JSONBytes.null)
    }

    private mutating func separate() {
        if !empty { bytes.append(0x2C) }
        empty = false
        if pretty { newline(depth) }
    }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONOutput) throws -> Void) rethrows {
        let outer = empty
        bytes.append(open)
        depth += 1
        empty = true
        try body(&self)
        depth -= 1
        // JSONEncoder's pretty empty container is its brackets around an empty line.
        if pretty { if empty { bytes.append(0x0A) }; newline(depth) }
        bytes.append(close)
        empty = outer
    }

    private mutating func newline(_ depth: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }
}

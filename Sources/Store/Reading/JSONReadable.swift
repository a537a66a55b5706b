import Foundation

/// A type the fast path reads (see `JSONReader`): the same values as its `init(from:)`, or
/// `Unreadable` where it is not sure.
protocol JSONReadable {
    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable)
}

extension JSONReadable {
    /// The one value `bytes` hold (whitespace around it); nil where the fast path steps aside.
    init?(readingAll bytes: Data) {
        let read: Self? = bytes.withUnsafeBytes { raw in
            var reader = JSONReader(raw.bindMemory(to: UInt8.self))
            guard let value = try? Self(reading: &reader), reader.atEnd() else { return nil }
            return value
        }
        guard let read else { return nil }
        self = read
    }
}

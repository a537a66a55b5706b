/// A type the fast path reads (see `JSONReader`): the same values as its `init(from:)`, or
/// `Unreadable` where it is not sure.
protocol JSONReadable {
    init(reading reader: inout JSONReader) throws(JSONReader.Unreadable)
}

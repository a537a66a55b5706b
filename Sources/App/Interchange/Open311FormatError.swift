/// A file that is not a GeoReport v2 request list at all; nothing is imported from it.
public struct Open311FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

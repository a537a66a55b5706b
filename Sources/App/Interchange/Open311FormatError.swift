import Domain

/// A file that is not a GeoReport v2 request list at all; nothing is imported from it.
public struct Open311FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: Label

    public init(zh: String, en: String) {
        message = Label(zh: zh, en: en)
    }

    public var description: String { message.en }
}

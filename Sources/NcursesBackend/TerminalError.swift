/// Why the full-screen terminal could not be opened, as one line the caller prints before exiting 2.
public struct TerminalError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

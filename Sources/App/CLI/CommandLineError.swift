/// A mistake on the command line; printed as one line and answered with exit code 2.
public struct CommandLineError: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "zugong: \(message) (see zugong --help)" }
}

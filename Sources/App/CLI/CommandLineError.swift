import Domain

/// A mistake on the command line; printed as one line, in the user's language, and answered with
/// exit code 2. `description` is the English line (logs, tests); `text(_:)` the chosen one.
public struct CommandLineError: Error, Equatable, CustomStringConvertible {
    public var message: Label

    public init(zh: String, en: String) {
        message = Label(zh: zh, en: en)
    }

    public init(_ message: Label) {
        self.message = message
    }

    public var description: String { text(.en) }

    public func text(_ language: Language) -> String {
        language == .zh ? "zugong:\(message.zh)(参见 zugong --help)" : "zugong: \(message.en) (see zugong --help)"
    }
}

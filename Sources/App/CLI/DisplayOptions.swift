import Domain
import TermUI

/// Language and theme, from the command line or the environment.
public struct DisplayOptions: Equatable, Sendable {
    public var language: Language
    public var theme: Theme.Name

    public init(language: Language, theme: Theme.Name) {
        self.language = language
        self.theme = theme
    }

    /// `--lang` wins; otherwise the locale the user set (LC_ALL, then LC_MESSAGES, then LANG):
    /// Chinese when it starts with `zh`, English otherwise.
    public static func resolve(_ arguments: ParsedArguments, environment: [String: String]) throws(CommandLineError) -> DisplayOptions {
        let language: Language
        if let text = arguments.options["--lang"] {
            guard let chosen = Language(rawValue: text) else { throw CommandLineError("--lang takes zh or en, not '\(text)'") }
            language = chosen
        } else {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
            language = locale.hasPrefix("zh") ? .zh : .en
        }
        let theme: Theme.Name
        if let text = arguments.options["--theme"] {
            guard let chosen = Theme.Name(rawValue: text) else {
                throw CommandLineError("--theme takes \(Theme.Name.allCases.map(\.rawValue).joined(separator: " or ")), not '\(text)'")
            }
            theme = chosen
        } else {
            theme = .default
        }
        return DisplayOptions(language: language, theme: theme)
    }
}

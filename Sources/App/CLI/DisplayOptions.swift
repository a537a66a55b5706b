import Foundation
import Domain
import Panels
import TermUI

/// How to show things, from the command line, the settings file and the environment, in that
/// order: language, theme, the display time zone, the page to open on, and the user's keys.
public struct DisplayOptions: Equatable, Sendable {
    public var language: Language
    public var theme: Theme.Name
    public var timeZone: TimeZone
    public var startPage: Tab
    public var keyMap: KeyMap
    public var warningRule: WarningRule
    /// Set by `zugong kiosk`: run as a kiosk with this plan.
    public var kiosk: KioskPlan?
    /// The settings file's kiosk plan and theme, for `zugong kiosk` to start from.
    public var kioskDefaults = KioskPlan()
    public var kioskTheme: Theme.Name?
    /// Seconds on the clock.
    public var clockSeconds = false

    public init(language: Language, theme: Theme.Name, timeZone: TimeZone = Format.cityTimeZone, startPage: Tab = .overview,
                keyMap: KeyMap = .standard, warningRule: WarningRule = .standard) {
        self.language = language
        self.theme = theme
        self.timeZone = timeZone
        self.startPage = startPage
        self.keyMap = keyMap
        self.warningRule = warningRule
    }

    /// `--lang` wins; then the settings file; otherwise the locale the user set (LC_ALL, then
    /// LC_MESSAGES, then LANG): Chinese when it starts with `zh`, English otherwise.
    public static func language(_ arguments: ParsedArguments, environment: [String: String], settings: Settings = .none) throws(CommandLineError) -> Language {
        if let text = arguments.options["--lang"] {
            guard let chosen = Language(rawValue: text) else { throw CommandLineError(zh: "--lang 取 zh 或 en,而非“\(text)”", en: "--lang takes zh or en, not '\(text)'") }
            return chosen
        }
        if let chosen = settings.language { return chosen }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("zh") ? .zh : .en
    }

    public static func resolve(_ arguments: ParsedArguments, environment: [String: String]) throws(CommandLineError) -> DisplayOptions {
        let settings = try Settings.location(option: arguments.options["--settings"], environment: environment)
            .map { place throws(CommandLineError) in try SettingsFile.load(path: place.path, named: place.named) } ?? .none
        let language = try self.language(arguments, environment: environment, settings: settings)
        let theme: Theme.Name
        if let text = arguments.options["--theme"] {
            guard let chosen = Theme.Name(rawValue: text) else {
                throw CommandLineError(zh: "--theme 取 \(Theme.Name.allCases.map(\.rawValue).joined(separator: " 或 ")),而非“\(text)”",
                                       en: "--theme takes \(Theme.Name.allCases.map(\.rawValue).joined(separator: " or ")), not '\(text)'")
            }
            theme = chosen
        } else {
            theme = settings.theme ?? .default
        }
        var options = DisplayOptions(language: language, theme: theme, timeZone: settings.timeZone ?? Format.cityTimeZone,
                                     startPage: settings.startPage ?? .overview, keyMap: settings.keys,
                                     warningRule: settings.warningRule ?? .standard)
        options.kioskDefaults = settings.kiosk ?? KioskPlan()
        options.kioskTheme = settings.kioskTheme
        options.clockSeconds = settings.clockSeconds ?? false
        return options
    }
}

import Foundation
import Domain
import Panels
import TermUI

/// The user's settings file: language, theme, the display time zone, the page to open on, key
/// overrides by binding id, and the report cards' warning rule. Every field is optional; the command line wins over it.
public struct Settings: Equatable, Sendable {
    public var language: Language?
    public var theme: Theme.Name?
    public var timeZone: TimeZone?
    public var startPage: Tab?
    public var keys: KeyMap
    /// When a unit's report card puts it in warning.
    public var warningRule: WarningRule?
    /// The glyph file for big titles.
    public var unifont: String?
    /// How `zugong kiosk` runs when its options do not say.
    public var kiosk: KioskPlan?
    /// The kiosk's theme, which may differ from the dashboard's (a projector's).
    public var kioskTheme: Theme.Name?
    /// Seconds on the status bar's clock (off by default: an idle dashboard then wakes once a minute).
    public var clockSeconds: Bool?

    public init(language: Language? = nil, theme: Theme.Name? = nil, timeZone: TimeZone? = nil, startPage: Tab? = nil,
                keys: KeyMap = .standard, warningRule: WarningRule? = nil, unifont: String? = nil, kiosk: KioskPlan? = nil,
                kioskTheme: Theme.Name? = nil) {
        self.language = language
        self.theme = theme
        self.timeZone = timeZone
        self.startPage = startPage
        self.keys = keys
        self.warningRule = warningRule
        self.unifont = unifont
        self.kiosk = kiosk
        self.kioskTheme = kioskTheme
    }

    public static let none = Settings()

    /// `--settings FILE`, else `$XDG_CONFIG_HOME/zugong/settings.json`, else
    /// `$HOME/.config/zugong/settings.json`; whether it was named (a named file must exist). Nil
    /// when the environment names no home at all.
    public static func location(option: String?, environment: [String: String]) -> (path: String, named: Bool)? {
        if let option { return (option, true) }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return (config + "/zugong/settings.json", false) }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home + "/.config/zugong/settings.json", false)
    }
}

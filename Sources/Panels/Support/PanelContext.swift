import Foundation
import Domain
import TermUI

/// What every panel needs besides its own model: how to draw, in which language, and when "now" is.
public struct PanelContext: Sendable {
    public var theme: Theme
    public var language: Language
    public var now: Date
    public var rules: LifecycleRules
    /// The zone dates and the clock are shown in.
    public var timeZone: TimeZone
    /// Grid workers' names by id, so tables show who rather than `W-00460`.
    public var workerNames: [String: String]
    /// Glyphs for big titles and the words of big numbers (GNU Unifont); nil for ordinary text.
    public var titleFont: BitmapFont?
    /// Whether panels name the keys that act on them ("m next measure"): not in a kiosk, whose
    /// keys are locked.
    public var keyHints = true

    public init(theme: Theme, language: Language, now: Date, rules: LifecycleRules = .standard, timeZone: TimeZone = Format.cityTimeZone,
                workerNames: [String: String] = [:], titleFont: BitmapFont? = nil) {
        self.theme = theme
        self.language = language
        self.now = now
        self.rules = rules
        self.timeZone = timeZone
        self.workerNames = workerNames
        self.titleFont = titleFont
    }

    /// A moment as the user reads it: "2018-09-01 14:05" in the display zone.
    public func dateTime(_ date: Date) -> String { Format.dateTime(date, timeZone) }

    /// A panel's hint at a key, or nil where keys do nothing (a kiosk).
    public func keyHint(_ zh: String, _ en: String) -> String? { keyHints ? text(zh, en) : nil }

    /// Picks the text for the interface language.
    public func text(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public func text(_ label: Label) -> String { label.text(language) }

    /// A figure the way the language says it: 70万 / 700,000, 1.9万亿 / 1.9 trillion.
    public func number(_ value: Double) -> String { NumberText.format(value, language) }

    /// A reported figure with the article's own qualifier: 约 1.9万亿 / about 1.9 trillion,
    /// 1,350余 / over 1,350.
    public func figure(_ figure: ReportedFigure) -> String { qualified(figure.value, figure.qualifier) }

    /// A number with a qualifier, the way the language puts it.
    public func qualified(_ number: Double, _ qualifier: FigureQualifier?) -> String {
        let value = self.number(number)
        switch qualifier {
        case .about?: return text("约 " + value, "about " + value)
        case .over?: return text(value + "余", "over " + value)
        case nil: return value
        }
    }
}

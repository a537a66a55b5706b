import Foundation
import Domain
import TermUI

/// What every panel needs besides its own model: how to draw, in which language, and when "now" is.
public struct PanelContext: Sendable {
    public var theme: Theme
    public var language: Language
    public var now: Date
    public var rules: LifecycleRules

    public init(theme: Theme, language: Language, now: Date, rules: LifecycleRules = .standard) {
        self.theme = theme
        self.language = language
        self.now = now
        self.rules = rules
    }

    /// Picks the text for the interface language.
    public func text(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public func text(_ label: Label) -> String { label.text(language) }

    /// A figure the way the language says it: 70万 / 700,000, 1.9万亿 / 1.9 trillion.
    public func number(_ value: Double) -> String { NumberText.format(value, language) }
}

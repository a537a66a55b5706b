/// What the terminal can show, decided once at start-up.
public struct TerminalCapabilities: Equatable, Sendable {
    public var colorTier: ColorTier
    public var symbols: Symbols
    /// What was learned about the terminal (terminfo, locale, measurement); nil for a terminal
    /// that was not inspected (in memory, headless).
    public var facts: TerminalFacts?

    public init(colorTier: ColorTier, symbols: Symbols = .unicode, facts: TerminalFacts? = nil) {
        self.colorTier = colorTier
        self.symbols = symbols
        self.facts = facts
    }

    /// What had to be given up, for the status bar; nil when nothing was.
    public var compromise: Compromise? {
        guard let facts else { return nil }
        if !facts.utf8 { return .noUTF8 }
        if facts.measurement?.ambiguousWide == true { return .ambiguousWide }
        return nil
    }

    public enum Compromise: Equatable, Sendable {
        /// No UTF-8 locale: ASCII only.
        case noUTF8
        /// The terminal draws ambiguous characters two columns wide: ASCII lines and stand-ins.
        case ambiguousWide
    }
}

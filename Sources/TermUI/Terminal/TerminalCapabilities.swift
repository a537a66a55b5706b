/// What the terminal can show, decided once at start-up.
public struct TerminalCapabilities: Equatable, Sendable {
    public var colorTier: ColorTier
    public var symbols: Symbols
    /// A one-line remark for the status bar when something had to be given up (e.g. no UTF-8 locale).
    public var notice: String?

    public init(colorTier: ColorTier, symbols: Symbols = .unicode, notice: String? = nil) {
        self.colorTier = colorTier
        self.symbols = symbols
        self.notice = notice
    }
}

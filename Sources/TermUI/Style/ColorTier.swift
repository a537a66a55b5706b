/// How many colours the terminal can show; themes and backends step down through these tiers.
public enum ColorTier: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    case monochrome = 0
    case ansi8 = 8
    case ansi16 = 16
    case xterm256 = 256

    public static func < (a: ColorTier, b: ColorTier) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .monochrome: return "mono"
        case .ansi8: return "8"
        case .ansi16: return "16"
        case .xterm256: return "256"
        }
    }

    /// The tier for a terminal reporting `colors`, after the user's wishes: `NO_COLOR` (set and
    /// non-empty, see no-color.org) or a monochrome theme turn colour off whatever the terminal can do.
    public static func select(colors: Int, hasColors: Bool, environment: [String: String], forceMonochrome: Bool) -> ColorTier {
        if forceMonochrome { return .monochrome }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        guard hasColors else { return .monochrome }
        if colors >= 256 { return .xterm256 }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .monochrome
    }
}

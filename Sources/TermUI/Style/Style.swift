/// Text attributes that do not depend on colour, so they survive on a monochrome terminal.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Modifiers(rawValue: 1 << 0)
    public static let dim = Modifiers(rawValue: 1 << 1)
    public static let underline = Modifiers(rawValue: 1 << 2)
    public static let reverse = Modifiers(rawValue: 1 << 3)
    public static let italic = Modifiers(rawValue: 1 << 4)
}

/// Foreground, background and modifiers of one cell.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var modifiers: Modifiers

    public init(foreground: Color = .default, background: Color = .default, modifiers: Modifiers = []) {
        self.foreground = foreground
        self.background = background
        self.modifiers = modifiers
    }

    public static let plain = Style()

    public func adding(_ more: Modifiers) -> Style {
        var s = self
        s.modifiers.formUnion(more)
        return s
    }

    /// This style drawn on top of `base`: default colours show the base's colours and the
    /// modifiers add up, so a plain span inside a dialog keeps the dialog's background.
    public func inheriting(from base: Style) -> Style {
        Style(foreground: foreground == .default ? base.foreground : foreground,
              background: background == .default ? base.background : background,
              modifiers: modifiers.union(base.modifiers))
    }

    /// The same style with its colours stepped down to `tier`.
    public func downgraded(to tier: ColorTier) -> Style {
        Style(foreground: foreground.downgraded(to: tier), background: background.downgraded(to: tier), modifiers: modifiers)
    }
}

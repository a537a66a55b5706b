/// Named styles for every role on screen, plus the symbol set. Panels and widgets ask the theme
/// for a role ("selected", "danger"), never for a colour, so monochrome and ASCII fall out for free.
public struct Theme: Sendable {
    public enum Name: String, CaseIterable, Sendable {
        case `default`
        case mono
        /// For a projector: high contrast, heavy lines, wide margins.
        case projector
    }

    public var tier: ColorTier
    public var symbols: Symbols

    public var base: Style
    public var border: Style
    public var borderFocused: Style
    public var title: Style
    public var header: Style
    public var selected: Style
    public var tabActive: Style
    public var tabInactive: Style
    public var statusBar: Style
    public var keyName: Style
    public var keyLabel: Style
    public var muted: Style
    public var accent: Style
    public var ok: Style
    public var warn: Style
    public var danger: Style
    public var highlight: Style
    public var input: Style
    public var dialog: Style
    public var reported: Style
    public var synthetic: Style
    /// Columns kept clear at the page's left and right (half as many rows in a kiosk).
    public var margin = 0

    /// The theme for a terminal of `tier` using `symbols`. Monochrome relies on bold, underline and
    /// reverse video alone; colour tiers declare 256-palette colours that the backend steps down.
    public static func make(tier: ColorTier, symbols: Symbols = .unicode, name: Name = .default) -> Theme {
        if name == .projector { return projector(tier: tier, symbols: symbols) }
        if tier == .monochrome {
            return Theme(
                tier: tier, symbols: symbols,
                base: .plain, border: .plain, borderFocused: Style(modifiers: .bold), title: Style(modifiers: .bold),
                header: Style(modifiers: [.bold, .underline]), selected: Style(modifiers: .reverse),
                tabActive: Style(modifiers: [.reverse, .bold]), tabInactive: .plain,
                statusBar: Style(modifiers: .reverse), keyName: Style(modifiers: .bold), keyLabel: .plain,
                muted: Style(modifiers: .dim), accent: Style(modifiers: .bold), ok: .plain,
                warn: Style(modifiers: .bold), danger: Style(modifiers: [.bold, .underline]),
                highlight: Style(modifiers: [.bold, .underline]), input: Style(modifiers: .underline),
                dialog: .plain, reported: Style(modifiers: .bold), synthetic: Style(modifiers: .dim))
        }
        return Theme(
            tier: tier, symbols: symbols,
            base: .plain,
            border: Style(foreground: .indexed(244)),
            borderFocused: Style(foreground: .indexed(45)),
            title: Style(foreground: .indexed(220), modifiers: .bold),
            header: Style(foreground: .indexed(117), modifiers: .bold),
            selected: Style(foreground: .indexed(231), background: .indexed(24), modifiers: .bold),
            tabActive: Style(foreground: .indexed(16), background: .indexed(214), modifiers: .bold),
            tabInactive: Style(foreground: .indexed(250)),
            statusBar: Style(foreground: .indexed(231), background: .indexed(238)),
            keyName: Style(foreground: .indexed(16), background: .indexed(75), modifiers: .bold),
            keyLabel: Style(foreground: .indexed(252)),
            muted: Style(foreground: .indexed(244)),
            accent: Style(foreground: .indexed(45), modifiers: .bold),
            ok: Style(foreground: .indexed(78)),
            warn: Style(foreground: .indexed(214), modifiers: .bold),
            danger: Style(foreground: .indexed(196), modifiers: .bold),
            highlight: Style(foreground: .indexed(16), background: .indexed(228)),
            input: Style(foreground: .indexed(231), background: .indexed(236), modifiers: .underline),
            dialog: Style(foreground: .indexed(252), background: .indexed(235)),
            reported: Style(foreground: .indexed(220), modifiers: .bold),
            synthetic: Style(foreground: .indexed(246), modifiers: .italic))
    }

    /// A washed-out projector loses dim text, thin lines, dark blues and the screen's edges: white
    /// and saturated colours on black, nothing dim, heavy box lines, and a margin. In 16 colours
    /// the backend steps each colour to its nearest bright one; in monochrome everything that
    /// matters is bold.
    static func projector(tier: ColorTier, symbols: Symbols) -> Theme {
        let lines = symbols.isASCII ? symbols : .heavy
        var theme: Theme
        if tier == .monochrome {
            let bold = Style(modifiers: .bold)
            theme = Theme(
                tier: tier, symbols: lines,
                base: .plain, border: bold, borderFocused: bold, title: bold, header: Style(modifiers: [.bold, .underline]),
                selected: Style(modifiers: [.reverse, .bold]), tabActive: Style(modifiers: [.reverse, .bold]), tabInactive: bold,
                statusBar: Style(modifiers: .reverse), keyName: Style(modifiers: [.reverse, .bold]), keyLabel: bold,
                muted: .plain, accent: bold, ok: bold, warn: Style(modifiers: [.bold, .underline]),
                danger: Style(modifiers: [.bold, .reverse]), highlight: Style(modifiers: [.bold, .reverse]),
                input: Style(modifiers: .underline), dialog: .plain, reported: bold, synthetic: Style(modifiers: .underline))
        } else {
            let black = Color.indexed(16), white = Color.indexed(231)
            theme = Theme(
                tier: tier, symbols: lines,
                base: Style(foreground: white, background: black),
                border: Style(foreground: .indexed(51), modifiers: .bold),
                borderFocused: Style(foreground: .indexed(226), modifiers: .bold),
                title: Style(foreground: .indexed(226), modifiers: .bold),
                header: Style(foreground: .indexed(51), modifiers: [.bold, .underline]),
                selected: Style(foreground: black, background: .indexed(226), modifiers: .bold),
                tabActive: Style(foreground: black, background: .indexed(226), modifiers: .bold),
                tabInactive: Style(foreground: white, modifiers: .bold),
                statusBar: Style(foreground: black, background: white, modifiers: .bold),
                keyName: Style(foreground: black, background: .indexed(51), modifiers: .bold),
                keyLabel: Style(foreground: white, modifiers: .bold),
                muted: Style(foreground: .indexed(252)),
                accent: Style(foreground: .indexed(51), modifiers: .bold),
                ok: Style(foreground: .indexed(46), modifiers: .bold),
                warn: Style(foreground: .indexed(226), modifiers: .bold),
                danger: Style(foreground: .indexed(196), modifiers: .bold),
                highlight: Style(foreground: black, background: .indexed(51), modifiers: .bold),
                input: Style(foreground: white, background: black, modifiers: .underline),
                dialog: Style(foreground: white, background: black),
                reported: Style(foreground: .indexed(226), modifiers: .bold),
                synthetic: Style(foreground: .indexed(252), modifiers: .underline))
        }
        theme.margin = 3
        return theme
    }
}

/// The key map as a dialog: each section a heading, then its keys and what they do in two
/// aligned columns. Scrolls with `scroll` when taller than the screen.
public struct HelpOverlay: Widget {
    public var title: String
    public var sections: [(title: String, items: [KeyHint])]
    public var scroll: Int

    public init(title: String, sections: [(title: String, items: [KeyHint])], scroll: Int = 0) {
        self.title = title
        self.sections = sections
        self.scroll = scroll
    }

    /// The largest useful `scroll` in `area` (styles do not change sizes, so any theme will do).
    public func maxScroll(in area: Rect) -> Int { dialog(theme: .make(tier: .monochrome)).maxScroll(in: area) }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        dialog(theme: theme).render(area, into: &buffer, theme: theme)
    }

    private func dialog(theme: Theme) -> Dialog {
        let keyWidth = sections.flatMap(\.items).map { DisplayWidth.of($0.key) }.max() ?? 0
        var lines: [Line] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { lines.append(Line("")) }
            lines.append(Line(section.title, style: theme.title))
            for item in section.items {
                lines.append(Line([Span("  " + DisplayWidth.pad(item.key, to: keyWidth) + "  ", style: theme.accent), Span(item.label)]))
            }
        }
        return Dialog(title: title, lines: lines, scroll: scroll)
    }
}

/// One row of styled text. As a widget it draws on the first row of its area, cut with the
/// theme's ellipsis when too long.
public struct Line: Equatable, Sendable, Widget {
    public var spans: [Span]
    public var alignment: Alignment

    public init(_ spans: [Span], alignment: Alignment = .left) {
        self.spans = spans
        self.alignment = alignment
    }

    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left) {
        self.init([Span(text, style: style)], alignment: alignment)
    }

    /// Columns the whole line takes on screen.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// The text without styles.
    public var text: String { spans.map(\.text).joined() }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        render(area, into: &buffer, theme: theme, base: theme.base)
    }

    /// Draws on `base`: span styles inherit its colours where they leave them at default.
    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme, base: Style) {
        buffer.fill(area, style: base)
        guard !area.isEmpty else { return }
        let total = width
        let ellipsis = theme.symbols.ellipsis
        if total <= area.width {
            let x: Int
            switch alignment {
            case .left: x = area.x
            case .center: x = area.x + (area.width - total) / 2
            case .right: x = area.maxX - total
            }
            var column = x
            for span in spans {
                column += buffer.write(span.text, x: column, y: area.y, width: area.maxX - column, style: span.style.inheriting(from: base))
            }
            return
        }
        // Too long: fill up to the room left for the ellipsis, never splitting a wide character.
        let room = area.width - DisplayWidth.of(ellipsis)
        guard room >= 0 else { return }
        var column = area.x
        var lastStyle = spans.first?.style.inheriting(from: base) ?? base
        outer: for span in spans {
            let style = span.style.inheriting(from: base)
            for ch in span.text {
                let w = DisplayWidth.of(ch)
                if column - area.x + w > room { break outer }
                column += buffer.put(ch, x: column, y: area.y, style: style)
                lastStyle = style
            }
        }
        buffer.write(ellipsis, x: column, y: area.y, width: area.maxX - column, style: lastStyle)
    }
}

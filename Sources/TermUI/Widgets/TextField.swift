/// A one-line input: an optional label, then the text in the `input` style, scrolled sideways so
/// the cursor stays visible. The caller places the terminal cursor at `cursorPosition(in:)`.
public struct TextField: Widget {
    public var state: TextFieldState
    public var label: String?
    public var focused: Bool
    public var placeholder: String

    public init(state: TextFieldState, label: String? = nil, focused: Bool = true, placeholder: String = "") {
        self.state = state
        self.label = label
        self.focused = focused
        self.placeholder = placeholder
    }

    /// The screen cell of the cursor (wide characters before it count two columns), nil when
    /// the field is not focused or has no room.
    public func cursorPosition(in area: Rect) -> (x: Int, y: Int)? {
        guard focused else { return nil }
        let field = fieldArea(in: area)
        guard !field.isEmpty else { return nil }
        let view = visible(width: field.width)
        return (x: field.x + view.cursorColumn, y: field.y)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        let field = fieldArea(in: area)
        if let label, field.x > area.x {
            buffer.write(DisplayWidth.truncate(label, to: field.x - area.x - 1, ellipsis: theme.symbols.ellipsis),
                         x: area.x, y: area.y, width: field.x - area.x - 1, style: theme.title)
        }
        guard !field.isEmpty else { return }
        buffer.fill(field, style: theme.input)
        if state.text.isEmpty {
            buffer.write(placeholder, x: field.x, y: field.y, width: field.width, style: theme.muted.inheriting(from: theme.input))
            return
        }
        buffer.write(visible(width: field.width).text, x: field.x, y: field.y, width: field.width, style: theme.input)
    }

    /// The first row of the area after the label and one space; the label takes at most half.
    private func fieldArea(in area: Rect) -> Rect {
        let row = area.row(0)
        guard let label, !label.isEmpty else { return row }
        let labelWidth = min(DisplayWidth.of(label), row.width / 2)
        return labelWidth > 0 ? row.inset(left: labelWidth + 1) : row
    }

    /// The slice of text on screen and the cursor's column in it: the slice starts at the first
    /// grapheme that keeps the cursor (and one cell for it) inside `width` columns.
    private func visible(width: Int) -> (text: String, cursorColumn: Int) {
        let chars = state.text.map { Sanitizer.visible($0) }
        let cursor = min(max(0, state.cursor), chars.count)
        let widths = chars.map { DisplayWidth.of($0) }
        let cursorCell = cursor < chars.count ? max(1, widths[cursor]) : 1
        var start = 0
        var before = widths[..<cursor].reduce(0, +)
        while start < cursor && before + cursorCell > width {
            before -= widths[start]
            start += 1
        }
        return (String(chars[start...]), before)
    }
}

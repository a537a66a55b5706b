import Domain
import TermUI

/// The line above a filtered table: the search being typed, or the active filters in words with
/// how to clear them, or a hint of the filter keys; "N of M" at the right.
public struct FilterLine {
    public var count: String
    public var search: TextFieldState?
    public var placeholder: String
    /// The active filters in words; empty for none.
    public var parts: [String]
    /// What the line says when nothing is filtered.
    public var hint: String

    public init(count: String, search: TextFieldState?, placeholder: String, parts: [String], hint: String) {
        self.count = count
        self.search = search
        self.placeholder = placeholder
        self.parts = parts
        self.hint = hint
    }

    private func left(_ line: Rect) -> Rect { line.inset(right: min(line.width, DisplayWidth.of(count) + 1)) }

    /// Where the terminal cursor goes while the search is typed.
    public func cursor(in line: Rect) -> (x: Int, y: Int)? {
        guard let search else { return nil }
        return TextField(state: search, label: "/").cursorPosition(in: left(line))
    }

    public func render(_ line: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        buffer.fill(line, style: theme.base)
        guard !line.isEmpty else { return }
        Line(count, style: theme.accent, alignment: .right).render(line, into: &buffer, theme: theme)
        if let search {
            TextField(state: search, label: "/", placeholder: placeholder).render(left(line), into: &buffer, theme: theme)
            return
        }
        let text = parts.isEmpty
            ? Line(hint, style: theme.muted)
            : Line([Span(context.text("筛选:", "Filters: "), style: theme.title), Span(parts.joined(separator: " · "), style: theme.warn),
                    Span(context.text("  (c 清除)", "  (c clears)"), style: theme.muted)])
        text.render(left(line), into: &buffer, theme: theme)
    }
}

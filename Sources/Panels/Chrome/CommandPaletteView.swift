import Domain
import TermUI

/// The command palette as a dialog: the query line, then one row per matching command with its
/// keys, greyed with the reason when it cannot run now, the chosen one highlighted.
public struct CommandPaletteView {
    public struct Row: Equatable, Sendable {
        public var keys: String
        public var label: String
        public var group: String
        public var disabled: String?

        public init(keys: String, label: String, group: String, disabled: String?) {
            self.keys = keys
            self.label = label
            self.group = group
            self.disabled = disabled
        }
    }

    public var query: TextFieldState
    public var rows: [Row]
    public var selected: Int

    public init(query: TextFieldState, rows: [Row], selected: Int) {
        self.query = query
        self.rows = rows
        self.selected = selected
    }

    private func frame(in area: Rect) -> (box: Rect, input: Rect, list: Rect) {
        let box = Dialog.frame(in: area, width: min(max(40, area.width - 8), 100), height: min(area.height, max(rows.count, 1) + 3))
        let inner = box.inset(top: 1, left: 1, bottom: 1, right: 1)
        return (box, inner.row(0), inner.inset(top: min(inner.height, 1)))
    }

    public func cursor(in area: Rect) -> (x: Int, y: Int)? {
        TextField(state: query, label: ">").cursorPosition(in: frame(in: area).input)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let (box, input, list) = frame(in: area)
        guard !box.isEmpty else { return }
        let count = rows.isEmpty ? "0" : "\(selected + 1)/\(rows.count)"
        Block(title: context.text("命令", "Commands"), titleRight: count, focused: true, style: theme.dialog).render(box, into: &buffer, theme: theme)
        TextField(state: query, label: ">", placeholder: context.text("输入以查找,中英文皆可", "type to find (English or Chinese)"))
            .render(input, into: &buffer, theme: theme)
        guard !list.isEmpty else { return }
        if rows.isEmpty {
            Line(context.text("没有匹配的命令", "No command matches"), style: theme.muted).render(list.row(0), into: &buffer, theme: theme, base: theme.dialog)
            return
        }
        let keyWidth = min(12, rows.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let first = min(max(0, selected - list.height + 1), max(0, rows.count - list.height))
        for (i, row) in rows.enumerated().dropFirst(first).prefix(list.height) {
            let chosen = i == selected
            var spans = [Span(DisplayWidth.pad(row.keys, to: keyWidth, ellipsis: theme.symbols.ellipsis) + "  ",
                              style: row.disabled == nil ? theme.accent : theme.muted),
                         Span(row.label, style: row.disabled == nil ? .plain : theme.muted)]
            spans.append(Span("  " + (row.disabled.map { "(" + $0 + ")" } ?? row.group), style: theme.muted))
            let line = Line(spans)
            line.render(list.row(i - first), into: &buffer, theme: theme, base: chosen ? theme.selected : theme.dialog)
        }
    }
}

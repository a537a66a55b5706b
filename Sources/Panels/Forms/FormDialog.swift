import Domain
import TermUI

/// A form as a dialog: lines about what it acts on (given by the page, e.g. the ticket's current
/// state, which follows other operators' changes live), one row per field, the keys, and why the
/// last save was refused.
public struct FormDialog {
    public var form: FormModel
    public var header: [Line]

    public init(form: FormModel, header: [Line]) {
        self.form = form
        self.header = header
    }

    /// The keys of a form, for its own hint row and for the key bar while it is open.
    public static func keys(_ context: PanelContext) -> [KeyHint] {
        [KeyHint(key: "Enter", label: context.text("保存", "save")), KeyHint(key: "↑↓/Tab", label: context.text("换栏", "field")),
         KeyHint(key: "←→", label: context.text("选择", "choose")), KeyHint(key: "Esc", label: context.text("取消", "cancel"))]
    }

    /// "* required" under the title, for a form on no record that has required fields.
    public static func requiredNote(_ form: FormModel, context: PanelContext) -> [Line] {
        form.fields.contains(where: \.required) ? [Line(context.text("* 为必填项", "* required"), style: context.theme.muted)] : []
    }

    /// A warning that the record changed since the form opened, when it did.
    public static func changedLine(_ form: FormModel, revision: Int, by actor: String?, context: PanelContext) -> Line? {
        guard let opened = form.revision, opened != revision else { return nil }
        let who = actor ?? context.text("他人", "someone")
        return Line(context.text("! 打开后已被 \(who) 修改,以上为最新状态", "! changed by \(who) since this form opened; above is the new state"),
                    style: context.theme.danger)
    }

    /// The box and the rows inside it.
    private func frame(in area: Rect) -> (box: Rect, content: Rect) {
        let rows = header.count + form.fields.count + 3
        // Wide enough for a worker picker's place path and count on a wide screen.
        let box = Dialog.frame(in: area, width: min(max(40, area.width - 8), 96), height: rows + 2)
        return (box, box.inset(top: 1, left: 2, bottom: 1, right: 2))
    }

    private var labelWidth: Int {
        form.fields.map { max(DisplayWidth.of($0.label.zh), DisplayWidth.of($0.label.en)) }.max().map { $0 + 2 } ?? 0
    }

    /// The fields shown: all of them when they fit, else a window around the focused one (the
    /// filter menu has eleven, more than a 60×16 screen holds).
    private func shownFields(content: Rect) -> Range<Int> {
        let room = max(1, content.height - header.count - 3)
        guard form.fields.count > room else { return form.fields.indices }
        let first = min(max(0, form.focus - room / 2), form.fields.count - room)
        return first..<(first + room)
    }

    private func fieldRow(_ index: Int, content: Rect) -> Rect {
        content.row(header.count + 1 + index - shownFields(content: content).lowerBound)
    }

    /// The terminal cursor, in the focused text field.
    public func cursor(in area: Rect) -> (x: Int, y: Int)? {
        guard let field = form.focusedField, case .text(let state) = field.kind else { return nil }
        let row = fieldRow(form.focus, content: frame(in: area).content).inset(left: labelWidth)
        return TextField(state: state).cursorPosition(in: row)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let (box, content) = frame(in: area)
        guard !box.isEmpty else { return }
        let shown = shownFields(content: content)
        let position: String? = shown.count < form.fields.count ? "\(shown.lowerBound + 1)–\(shown.upperBound)/\(form.fields.count)" : nil
        Block(title: context.text(form.title), titleRight: position, focused: true, style: theme.dialog)
            .render(box, into: &buffer, theme: theme)
        for (i, line) in header.enumerated() {
            line.render(content.row(i), into: &buffer, theme: theme, base: theme.dialog)
        }
        for i in shown {
            let field = form.fields[i]
            let row = fieldRow(i, content: content)
            let focused = i == form.focus
            let mark = field.required ? "*" : " "
            Line(DisplayWidth.pad(context.text(field.label) + mark, to: labelWidth), style: focused ? theme.accent : theme.title)
                .render(row, into: &buffer, theme: theme, base: theme.dialog)
            let input = row.inset(left: min(row.width, labelWidth))
            switch field.kind {
            case .text(let state):
                TextField(state: state, focused: focused).render(input, into: &buffer, theme: theme)
            case .choice(let choices, let selected):
                let name = choices.indices.contains(selected) ? context.text(choices[selected].label) : "—"
                let count = choices.count > 1 ? "  \(selected + 1)/\(choices.count)" : ""
                // A long choice (a worker's place path) is cut, never the count beside it.
                let room = max(1, input.width - DisplayWidth.of(count) - 4)
                let text = "< " + DisplayWidth.truncate(name, to: room, ellipsis: theme.symbols.ellipsis) + " >" + count
                Line(text, style: focused ? theme.selected : theme.input).render(input, into: &buffer, theme: theme, base: theme.dialog)
            }
        }
        let hint = Self.keys(context).map { $0.key + " " + $0.label }.joined(separator: " · ")
        let hintRow = content.row(header.count + 1 + shown.count + 1)
        if let error = form.error {
            Line(error, style: theme.danger).render(hintRow, into: &buffer, theme: theme, base: theme.dialog)
        } else {
            Line(hint, style: theme.muted).render(hintRow, into: &buffer, theme: theme, base: theme.dialog)
        }
    }
}

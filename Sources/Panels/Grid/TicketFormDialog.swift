import Domain
import TermUI

/// A form as a dialog over the queue or the detail: the ticket it acts on and its current state
/// (which follows other operators' changes live), one row per field, the keys, and why the last
/// save was refused.
public struct TicketFormDialog {
    public var form: TicketForm
    /// The ticket as it is now, which may be newer than the revision the form was opened on.
    public var ticket: Ticket?

    public init(form: TicketForm, ticket: Ticket?) {
        self.form = form
        self.ticket = ticket
    }

    /// The keys of a form, for its own hint row and for the key bar while it is open.
    public static func keys(_ context: PanelContext) -> [KeyHint] {
        [KeyHint(key: "Enter", label: context.text("保存", "save")), KeyHint(key: "↑↓/Tab", label: context.text("换栏", "field")),
         KeyHint(key: "←→", label: context.text("选择", "choose")), KeyHint(key: "Esc", label: context.text("取消", "cancel"))]
    }

    /// The box and the rows inside it.
    private func frame(in area: Rect) -> (box: Rect, content: Rect) {
        let rows = headerLines(PanelContext(theme: .make(tier: .monochrome), language: .en, now: .distantPast)).count + form.fields.count + 3
        // Wide enough for a worker picker's place path and count on a wide screen.
        let box = Dialog.frame(in: area, width: min(max(40, area.width - 8), 96), height: rows + 2)
        return (box, box.inset(top: 1, left: 2, bottom: 1, right: 2))
    }

    private var labelWidth: Int {
        form.fields.map { max(DisplayWidth.of($0.label.zh), DisplayWidth.of($0.label.en)) }.max().map { $0 + 2 } ?? 0
    }

    /// The fields shown: all of them when they fit, else a window around the focused one (the
    /// filter menu has eleven, more than a 60×16 screen holds).
    private func shownFields(content: Rect, context: PanelContext) -> Range<Int> {
        let room = max(1, content.height - headerLines(context).count - 3)
        guard form.fields.count > room else { return form.fields.indices }
        let first = min(max(0, form.focus - room / 2), form.fields.count - room)
        return first..<(first + room)
    }

    private func fieldRow(_ index: Int, content: Rect, context: PanelContext) -> Rect {
        content.row(headerLines(context).count + 1 + index - shownFields(content: content, context: context).lowerBound)
    }

    /// The terminal cursor, in the focused text field.
    public func cursor(in area: Rect, context: PanelContext) -> (x: Int, y: Int)? {
        guard let field = form.focusedField, case .text(let state) = field.kind else { return nil }
        let row = fieldRow(form.focus, content: frame(in: area).content, context: context).inset(left: labelWidth)
        return TextField(state: state).cursorPosition(in: row)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let (box, content) = frame(in: area)
        guard !box.isEmpty else { return }
        let shown = shownFields(content: content, context: context)
        let position: String? = shown.count < form.fields.count ? "\(shown.lowerBound + 1)–\(shown.upperBound)/\(form.fields.count)" : nil
        Block(title: context.text(form.purpose.title), titleRight: position, focused: true, style: theme.dialog)
            .render(box, into: &buffer, theme: theme)
        let header = headerLines(context)
        for (i, line) in header.enumerated() {
            line.render(content.row(i), into: &buffer, theme: theme, base: theme.dialog)
        }
        for i in shown {
            let field = form.fields[i]
            let row = fieldRow(i, content: content, context: context)
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
                let text = "< " + name + " >" + (choices.count > 1 ? "  \(selected + 1)/\(choices.count)" : "")
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

    /// The ticket's id, title and state, and a warning when it changed since the form opened.
    private func headerLines(_ context: PanelContext) -> [Line] {
        let theme = context.theme
        guard let ticket else {
            return form.purpose == .filter ? [] : [Line(context.text("* 为必填项", "* required"), style: theme.muted)]
        }
        var lines = [
            Line(ticket.id + "  " + Sanitizer.clean(ticket.title), style: theme.title),
            Line(context.text(ticket.status.label) + " · " + context.text(ticket.level.label) + context.text("级", " level")
                 + " · " + (ticket.assignee ?? "—") + (ticket.claimedBy.map { " · " + $0 } ?? "")),
        ]
        if let revision = form.revision, ticket.revision != revision {
            let who = ticket.updatedBy ?? context.text("他人", "someone")
            lines.append(Line(context.text("! 打开后已被 \(who) 修改,以上为最新状态", "! changed by \(who) since this form opened; above is the new state"),
                              style: theme.danger))
        }
        return lines
    }
}

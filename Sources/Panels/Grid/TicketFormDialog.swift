import Domain
import TermUI

/// A form on a ticket: the generic dialog under the ticket's id, title and current state (which
/// follows other operators' changes live), with a warning when it changed since the form opened.
public struct TicketFormDialog {
    public var form: FormModel
    /// The ticket as it is now, which may be newer than the revision the form was opened on.
    public var ticket: Ticket?

    public init(form: FormModel, ticket: Ticket?) {
        self.form = form
        self.ticket = ticket
    }

    public func dialog(_ context: PanelContext) -> FormDialog {
        FormDialog(form: form, header: header(context))
    }

    public func cursor(in area: Rect, context: PanelContext) -> (x: Int, y: Int)? {
        dialog(context).cursor(in: area)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        dialog(context).render(area, into: &buffer, context: context)
    }

    /// The lines above the fields.
    public func header(_ context: PanelContext) -> [Line] {
        let theme = context.theme
        guard let ticket else { return FormDialog.requiredNote(form, context: context) }
        var lines = [
            Line(ticket.id + "  " + Sanitizer.clean(ticket.title), style: theme.title),
            Line(context.text(ticket.status.label) + " · " + context.text(ticket.level.label) + context.text("级", " level")
                 + " · " + (ticket.assignee ?? "—") + (ticket.claimedBy.map { " · " + $0 } ?? "")),
        ]
        if let changed = FormDialog.changedLine(form, revision: ticket.revision, by: ticket.updatedBy, context: context) { lines.append(changed) }
        return lines
    }
}

import Domain
import TermUI

/// The lines above a form on a ticket: its id, title and current state (which follows other
/// operators' changes live), with a warning when it changed since the form opened.
public enum TicketFormHeader {
    public static func lines(_ form: FormModel, ticket: Ticket?, context: PanelContext) -> [Line] {
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

import Domain
import Panels
import TermUI

extension GridPage {
    /// An operation on a ticket, already allowed by `disabledReason`: a form, or for those that
    /// ask nothing (claim, start) the change itself.
    func begin(_ id: String, on ticket: Ticket?, _ env: PageEnvironment) -> [PageEffect] {
        guard let spec = OperationSpec.named(id) else { return [] }
        // Taking over another operator's claim is asked first: the form says whose it is, Enter takes it.
        let takesOver = id == Self.claimSpec && ticket.map { ($0.claimedBy ?? env.session.actor) != env.session.actor } == true
        if spec.needsRecord, spec.asksNothing, let ticket, !takesOver {
            return [.submit(Change(recordID: ticket.id, expectedRevision: ticket.revision, operation: spec.standInOperation))]
        }
        var prefill: [String: String] = [:]
        if let ticket {
            prefill["category"] = ticket.category?.rawValue
            prefill["level"] = ticket.level.rawValue
            // A new ticket starts at the selected one's place, which also shows the "区 / 街 / 社区 / 网格" form.
            if !spec.needsRecord { prefill["location"] = ticket.location.path(to: .grid) }
        }
        let form = OperationForm.make(spec, recordID: ticket?.id, revision: ticket?.revision, prefill: prefill) { field in
            guard let ticket else { return [] }
            switch field.kind {
            case .worker: return TicketPickers.workers(for: ticket, in: env.dataset)
            case .ticket: return TicketPickers.duplicates(for: ticket, in: env.dataset)
            default: return []
            }
        }
        return [.openForm(form)]
    }

    public mutating func formSubmitted(_ form: FormModel, _ env: PageEnvironment) -> [PageEffect] {
        guard form.id != GridFilterMenu.formID else {
            filter = GridFilterMenu.filter(from: form, actor: env.session.actor)
            filterQueue(env)
            return [.closeForm]
        }
        return OperationForm.submitted(form, language: env.context.language)
    }

    public func formEdited(_ form: inout FormModel, field: String, _ env: PageEnvironment) {
        if form.id == GridFilterMenu.formID { GridFilterMenu.narrowPlaces(&form, below: field, dataset: env.dataset) }
    }

    static let claimSpec = "ticket.claim"

    public func formHeader(_ form: FormModel, _ env: PageEnvironment) -> [Line] {
        let ticket = form.recordID.flatMap(env.dataset.ticket)
        var lines = TicketFormHeader.lines(form, ticket: ticket, context: env.context)
        if form.id == Self.claimSpec, let claimer = ticket?.claimedBy, claimer != env.session.actor {
            lines.append(Line(env.text("! \(claimer) 已认领此工单:Enter 接手(经过中记下原认领人),Esc 保留",
                                       "! \(claimer) has claimed this ticket: Enter takes it over (the history names them), Esc leaves it"),
                              style: env.context.theme.warn))
        }
        return lines
    }

    /// The store's answer: on success the status line says what happened, and a new ticket gets
    /// the cursor; a refusal's reason goes to the status line (the shell keeps the form open).
    public mutating func submitted(_ outcome: SubmitOutcome, _ env: PageEnvironment) -> [PageEffect] {
        switch outcome {
        case .applied(let applied, let dataset):
            guard let ticket = dataset.ticket(applied.recordID) else { return [] }
            if applied.event.op == "create", let index = dataset.ticketIndex(ticket.id), let row = table.order.firstIndex(of: index) {
                _ = table.apply(.select(row: row), visibleRows: visibleRows(env))
            }
            return [.message(ticket.id + " " + env.context.text(dataset.summary(of: applied.event)) + " → " + env.context.text(ticket.status.label))]
        case .refused(_, let reason):
            return [.message(reason.text(env.context.language))]
        }
    }
}

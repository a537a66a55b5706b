import Foundation
import Domain
import Panels
import TermUI

/// The grid tab's part of the controller: the queue's filters and search, the detail, and the
/// ticket commands. Returns nil for actions it leaves to `AppReducer` (moving, sorting, the clock).
enum GridReducer {
    static func reduce(_ state: inout AppState, _ action: Action) -> [Effect]? {
        if state.grid.form != nil { return reduceForm(&state, action) }
        if state.grid.search != nil, let effects = reduceSearch(&state, action) { return effects }
        if state.grid.detail != nil { return reduceDetail(&state, action) }
        return reduceQueue(&state, action)
    }

    private static func reduceQueue(_ state: inout AppState, _ action: Action) -> [Effect]? {
        switch action {
        case .openDetail:
            guard let ticket = state.selectedTicket else { return [] }
            state.grid.detail = TicketDetailState(ticketID: ticket.id)
        case .closeOverlay, .clearFilters:
            guard state.grid.filter != .all else { return [] }
            state.grid.filter = .all
            state.filterGrid()
            state.message = state.context.text("已清除筛选", "Filters cleared")
        case .startSearch:
            state.grid.search = TextFieldState(text: state.grid.filter.text)
        case .toggleOverdue:
            state.grid.filter.overdueOnly.toggle()
            state.filterGrid()
        case .toggleMine:
            state.grid.filter.claimedBy = state.grid.filter.claimedBy == nil ? state.session.actor : nil
            state.filterGrid()
        case .toggleUnassigned:
            state.grid.filter.unassignedOnly.toggle()
            state.filterGrid()
        case .openFilterMenu:
            state.grid.form = GridForms.filterMenu(state)
        case .ticket(let command):
            return begin(command, on: state.selectedTicket, &state)
        default:
            return nil
        }
        return []
    }

    private static func reduceDetail(_ state: inout AppState, _ action: Action) -> [Effect]? {
        guard var detail = state.grid.detail, let ticket = state.dataset.ticket(detail.ticketID) else {
            state.grid.detail = nil
            return nil
        }
        let area = state.layout.body
        let page = max(1, area.height - 3)
        func scroll(to target: Int) {
            let view = TicketDetailView(ticket: ticket, dataset: state.dataset, scroll: 0, revealPhone: detail.revealPhone)
            detail.scroll = min(max(0, target), view.maxScroll(in: area, context: state.context))
        }
        switch action {
        case .closeOverlay:
            state.grid.detail = nil
            return []
        case .moveSelection(let delta), .scroll(let delta): scroll(to: detail.scroll + delta)
        case .pageDown: scroll(to: detail.scroll + page)
        case .pageUp: scroll(to: detail.scroll - page)
        case .jumpToTop: scroll(to: 0)
        case .jumpToBottom: scroll(to: Int.max / 2)
        case .revealPhone:
            if let refusal = state.session.ticketRefusal {
                state.message = refusal
                return []
            }
            detail.revealPhone.toggle()
        case .ticket(let command):
            return begin(command, on: ticket, &state)
        case .click, .nextSortColumn, .reverseSort:
            return []
        default:
            return nil
        }
        state.grid.detail = detail
        return []
    }

    /// Keys while the search is typed: the queue follows each keystroke; Enter keeps the text,
    /// Esc drops it; the arrows still move the cursor in the queue.
    private static func reduceSearch(_ state: inout AppState, _ action: Action) -> [Effect]? {
        guard case .input(let key) = action, var field = state.grid.search else { return nil }
        switch key {
        case .enter:
            state.grid.search = nil
        case .escape:
            state.grid.search = nil
            state.grid.filter.text = ""
            state.filterGrid()
        case .up: return AppReducer.reduce(&state, .moveSelection(-1))
        case .down: return AppReducer.reduce(&state, .moveSelection(1))
        case .pageUp: return AppReducer.reduce(&state, .pageUp)
        case .pageDown: return AppReducer.reduce(&state, .pageDown)
        default:
            guard field.handle(key) else { return [] }
            state.grid.search = field
            if state.grid.filter.text != field.text {
                state.grid.filter.text = field.text
                state.filterGrid()
            }
        }
        return []
    }

    private static func reduceForm(_ state: inout AppState, _ action: Action) -> [Effect]? {
        guard var form = state.grid.form else { return nil }
        switch action {
        case .input(let key):
            switch key {
            case .escape:
                state.grid.form = nil
                return []
            case .enter:
                return submit(form, &state)
            case .tab, .down:
                form.moveFocus(1)
            case .backTab, .up:
                form.moveFocus(-1)
            default:
                guard form.focus < form.fields.count, form.fields[form.focus].handle(key) else { return [] }
                if form.purpose == .filter { GridForms.narrowPlaces(&form, below: form.fields[form.focus].name, dataset: state.dataset) }
            }
            form.error = nil
            state.grid.form = form
            return []
        case .closeOverlay:
            state.grid.form = nil
            return []
        case .click, .scroll, .moveSelection, .pageUp, .pageDown, .jumpToTop, .jumpToBottom, .nextSortColumn, .reverseSort,
             .openDetail, .revealPhone, .startSearch, .toggleOverdue, .toggleMine, .toggleUnassigned, .clearFilters,
             .openFilterMenu, .ticket, .selectTab, .nextTab, .previousTab:
            return []
        default:
            return nil
        }
    }

    /// A command on a ticket: refused at once when the user may not change tickets or the ticket's
    /// state does not allow it; otherwise a form, or for claim and start the change itself.
    private static func begin(_ command: TicketCommand, on ticket: Ticket?, _ state: inout AppState) -> [Effect] {
        if let refusal = state.session.ticketRefusal {
            state.message = refusal
            return []
        }
        if command.needsTicket {
            guard let ticket else {
                state.message = state.context.text("没有选中的工单", "No ticket selected")
                return []
            }
            if let refusal = GridForms.precheck(command, ticket: ticket, actor: state.session.actor, at: state.now) {
                state.message = refusal.message(state.language)
                return []
            }
            guard command.needsForm else {
                let operation: Domain.Operation = command == .claim ? .claim : .start
                return [.submit(Change(recordID: ticket.id, expectedRevision: ticket.revision, operation: operation))]
            }
        }
        state.grid.form = GridForms.form(command, ticket: ticket, state: state)
        return []
    }

    private static func submit(_ form: TicketForm, _ state: inout AppState) -> [Effect] {
        guard case .ticket(let command) = form.purpose else {
            state.grid.filter = GridForms.filter(from: form, actor: state.session.actor)
            state.grid.form = nil
            state.filterGrid()
            return []
        }
        let operation = GridForms.operation(command, form: form)
        return [.submit(Change(recordID: form.ticketID ?? "", expectedRevision: form.revision, operation: operation))]
    }

    /// The store's answer: on success the form closes and the status line says what happened; on
    /// refusal the form stays open with the reason, on the ticket's current revision, so the
    /// operator sees the new state and may save again knowingly.
    static func submitted(_ outcome: SubmitOutcome, _ state: inout AppState) {
        switch outcome {
        case .applied(let applied, let dataset):
            state.replaceDataset(dataset, changed: [applied.recordID])
            state.grid.form = nil
            guard let ticket = dataset.ticket(applied.recordID) else { return }
            if applied.event.op == "create", let index = dataset.ticketIndex(ticket.id),
               let row = state.orders[.grid]?.firstIndex(of: index) {
                var view = state.tables[.grid] ?? TableViewState()
                view.select(row, rowCount: state.rowCount(.grid), visibleRows: state.visibleRows(.grid))
                state.tables[.grid] = view
            }
            let context = state.context
            state.message = ticket.id + " " + context.text(dataset.summary(of: applied.event)) + " → " + context.text(ticket.status.label)
        case .refused(let recordID, let reason):
            let text = reason.text(state.language)
            state.message = text
            guard var form = state.grid.form else { return }
            form.error = text
            if form.revision != nil { form.revision = state.dataset.revision(of: recordID) ?? form.revision }
            state.grid.form = form
        }
    }
}

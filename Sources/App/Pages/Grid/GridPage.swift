import Foundation
import Domain
import Panels
import TermUI

/// The Red Engine grid: the ticket queue with its filters and search, one ticket's detail, and
/// the ticket operations. The sort order is kept here and recomputed only when the data or the
/// sort changes; a filter change only filters.
public struct GridPage: SearchingPage {
    public static let tab = Tab.grid
    public static func wrap(_ command: GridCommand) -> PageCommand { .grid(command) }
    public static func unwrap(_ command: PageCommand) -> GridCommand? {
        if case .grid(let command) = command { command } else { nil }
    }

    public var filter = TicketFilter()
    /// The search text while `/` has the keyboard.
    public var search: TextFieldState?
    public var detail: TicketDetailState?
    /// Tickets another process changed, and until when they stand out.
    public var highlights = Highlights()
    public var table = TableCursor(columnCount: TicketColumns.all.count, sortColumn: TicketColumns.defaultSortColumn)
    /// Every ticket in the sort order; the queue is this, filtered.
    public private(set) var sorted: [Int] = []
    /// The queue's open tickets by age, category and place, while the charts are shown.
    public private(set) var backlog: Backlog?

    init(_ env: PageEnvironment) {
        sortQueue(env)
    }

    /// The ticket under the queue's cursor.
    public func selectedTicket(_ dataset: Dataset) -> Ticket? { table.selectedRecord.map { dataset.tickets[$0] } }

    public var mode: String { detail == nil ? PageMode.queue : PageMode.detail }
    public static func scrolled(_ lines: Int) -> GridCommand? { .table(.move(lines)) }

    // MARK: Updates

    public mutating func update(_ command: GridCommand, _ env: PageEnvironment) -> [PageEffect] {
        if let reason = disabledReason(command, env) { return [.message(reason)] }
        if detail != nil { return updateDetail(command, env) }
        switch command {
        case .table(let table): moveCursor(table, env)
        case .openDetail:
            guard let ticket = selectedTicket(env.dataset) else { return [] }
            detail = TicketDetailState(ticketID: ticket.id)
        case .back, .clearFilters:
            guard filter != .all else { return [] }
            filter = .all
            filterQueue(env)
            return [.message(env.text("已清除筛选", "Filters cleared"))]
        case .startSearch:
            search = TextFieldState(text: filter.text)
        case .toggleOverdue:
            filter.overdueOnly.toggle()
            filterQueue(env)
        case .toggleMine:
            filter.claimedBy = filter.claimedBy == nil ? env.session.actor : nil
            filterQueue(env)
        case .toggleUnassigned:
            filter.unassignedOnly.toggle()
            filterQueue(env)
        case .openFilterMenu:
            return [.openForm(GridFilterMenu.form(filter, dataset: env.dataset))]
        case .toggleBacklog:
            toggleBacklog(env)
        case .operation(let id):
            return begin(id, on: selectedTicket(env.dataset), env)
        case .revealPhone:
            break
        }
        return []
    }

    /// In the detail the movement keys scroll it; the ticket's operations act on it.
    private mutating func updateDetail(_ command: GridCommand, _ env: PageEnvironment) -> [PageEffect] {
        guard var open = detail, let ticket = env.dataset.ticket(open.ticketID) else {
            detail = nil
            return []
        }
        switch command {
        case .back:
            detail = nil
            return []
        case .table(let table):
            let most = TicketDetailView(ticket: ticket, dataset: env.dataset, scroll: 0, revealPhone: open.revealPhone)
                .maxScroll(in: env.body, context: env.context)
            guard let scroll = table.scroll(from: open.scroll, page: max(1, env.body.height - 3), most: most) else { return [] }
            open.scroll = scroll
        case .revealPhone: open.revealPhone.toggle()
        case .operation(let id): return begin(id, on: ticket, env)
        case .openDetail, .startSearch, .toggleOverdue, .toggleMine, .toggleUnassigned, .clearFilters, .openFilterMenu, .toggleBacklog:
            return []
        }
        detail = open
        return []
    }

    var searchText: String {
        get { filter.text }
        set { filter.text = newValue }
    }

    mutating func refilter(_ env: PageEnvironment) { filterQueue(env) }

    mutating func moveCursor(_ command: TableCommand, _ env: PageEnvironment) {
        if table.apply(command, visibleRows: visibleRows(env)) { sortQueue(env) }
    }

    public mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment) {
        if change.byOthers, let ids = change.ids {
            highlights.mark(ids.filter { env.dataset.ticketIndex($0) != nil }, now: env.now)
        }
        sortQueue(env)
    }

    public mutating func tick(_ env: PageEnvironment, recounted: Bool) {
        highlights.expire(at: env.now)
        if recounted && filter.overdueOnly { filterQueue(env) } else if recounted { countBacklog(env) }
    }

    /// Shows or hides the backlog charts.
    mutating func toggleBacklog(_ env: PageEnvironment) {
        backlog = backlog == nil ? Backlog(tickets: [], indices: [], now: env.now) : nil
        countBacklog(env)
        table.clamp(visibleRows: visibleRows(env))
    }

    /// The backlog of the queue as it stands, while shown.
    private mutating func countBacklog(_ env: PageEnvironment) {
        guard backlog != nil else { return }
        backlog = Backlog(tickets: env.dataset.tickets, indices: table.order, now: env.now)
    }

    public mutating func resized(_ env: PageEnvironment) { table.clamp(visibleRows: visibleRows(env)) }

    // MARK: The queue's order

    func visibleRows(_ env: PageEnvironment) -> Int { Table.visibleRowCount(in: GridPanel.tableArea(in: env.body, backlog: backlog != nil)) }

    /// Sorts every ticket by the sort column, then filters. Only data and sort changes come here.
    mutating func sortQueue(_ env: PageEnvironment) {
        let (key, reversed) = TicketColumns.sortKey(column: table.view.sortColumn)
        sorted = env.world.ticketIndex.sorted(Array(env.dataset.tickets.indices), by: key, ascending: table.view.ascending != reversed)
        filterQueue(env)
    }

    /// The queue: the sorted tickets that pass the filter, in one pass over the sort order. The
    /// cursor stays on the same ticket when it is still in the queue.
    mutating func filterQueue(_ env: PageEnvironment) {
        if filter == .all {
            table.setOrder(sorted, visibleRows: visibleRows(env))
        } else {
            let keep = env.world.ticketIndex.matches(filter, now: env.now)
            table.setOrder(sorted.filter { keep[$0] }, visibleRows: visibleRows(env))
        }
        countBacklog(env)
    }

    // MARK: Drawing

    func panel(_ env: PageEnvironment) -> GridPanel {
        GridPanel(tickets: env.dataset.tickets, order: table.order, table: table.view, metrics: env.world.gridMetrics,
                  filter: filter, search: search, highlighted: highlights.current(at: env.now), backlog: backlog)
    }

    /// The queue, or the open ticket's detail.
    public func render(_ frame: inout Frame<GridCommand>, _ env: PageEnvironment) {
        // Only the queue names workers: the other pages' contexts stay without the table.
        var context = env.context
        context.workerNames = env.world.workerNames
        if let detail, let ticket = env.dataset.ticket(detail.ticketID) {
            TicketDetailView(ticket: ticket, dataset: env.dataset, scroll: detail.scroll, revealPhone: detail.revealPhone)
                .render(env.body, into: &frame.buffer, context: context)
            return
        }
        let panel = panel(env)
        let hits = panel.render(env.body, into: &frame.buffer, context: context)
        frame.tableRegions(hits, sort: { .table(.sortBy(column: $0)) }, select: { .table(.select(row: $0)) })
        frame.cursor = panel.searchCursor(in: env.body, context: context)
    }

}

extension GridPage {
    public func changesEachSecond(_ env: PageEnvironment) -> Bool { highlights.isActive(at: env.now) }
}

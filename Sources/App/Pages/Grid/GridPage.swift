import Foundation
import Domain
import Panels
import TermUI

/// The Red Engine grid: the ticket queue with its filters and search, one ticket's detail, and
/// the ticket operations. The sort order is kept here and recomputed only when the data or the
/// sort changes; a filter change only filters.
public struct GridPage: Page {
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
    public var highlights: [String: Date] = [:]
    public var table = TableCursor(columnCount: TicketColumns.all.count, sortColumn: TicketColumns.defaultSortColumn)
    /// Every ticket in the sort order; the queue is this, filtered.
    public private(set) var sorted: [Int] = []

    /// How long a row changed by someone else stays highlighted.
    public static let highlightSeconds: TimeInterval = 3

    init(_ env: PageEnvironment) {
        sortQueue(env)
    }

    /// The ticket under the queue's cursor.
    public func selectedTicket(_ dataset: Dataset) -> Ticket? { table.selectedRecord.map { dataset.tickets[$0] } }

    /// Ids highlighted at `now`.
    public func highlighted(at now: Date) -> Set<String> {
        Set(highlights.lazy.filter { $0.value > now }.map(\.key))
    }

    public var takesText: Bool { search != nil }
    public var mode: String { detail == nil ? PageMode.queue : PageMode.detail }
    public static func scrolled(_ lines: Int) -> GridCommand? { .table(.move(lines)) }

    // MARK: Updates

    public mutating func update(_ command: GridCommand, _ env: PageEnvironment) -> [PageEffect] {
        if let reason = disabledReason(command, env) { return [.message(reason)] }
        if detail != nil { return updateDetail(command, env) }
        switch command {
        case .table(let table): move(table, env)
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
        let area = env.body
        let page = max(1, area.height - 3)
        func scroll(to target: Int) {
            let view = TicketDetailView(ticket: ticket, dataset: env.dataset, scroll: 0, revealPhone: open.revealPhone)
            open.scroll = min(max(0, target), view.maxScroll(in: area, context: env.context))
        }
        switch command {
        case .back:
            detail = nil
            return []
        case .table(.move(let delta)): scroll(to: open.scroll + delta)
        case .table(.pageDown): scroll(to: open.scroll + page)
        case .table(.pageUp): scroll(to: open.scroll - page)
        case .table(.top): scroll(to: 0)
        case .table(.bottom): scroll(to: Int.max / 2)
        case .revealPhone: open.revealPhone.toggle()
        case .operation(let id): return begin(id, on: ticket, env)
        case .table, .openDetail, .startSearch, .toggleOverdue, .toggleMine, .toggleUnassigned, .clearFilters, .openFilterMenu:
            return []
        }
        detail = open
        return []
    }

    private mutating func move(_ command: TableCommand, _ env: PageEnvironment) {
        if table.apply(command, visibleRows: visibleRows(env)) { sortQueue(env) }
    }

    public mutating func input(_ key: Key, _ env: PageEnvironment) -> [PageEffect] {
        switch SearchKeys.handle(key, &search) {
        case .kept, .ignored: break
        case .cleared:
            filter.text = ""
            filterQueue(env)
        case .move(let command): move(command, env)
        case .edited(let text):
            guard filter.text != text else { break }
            filter.text = text
            filterQueue(env)
        }
        return []
    }

    public mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment) {
        if change.byOthers, let ids = change.ids {
            let until = env.now.addingTimeInterval(Self.highlightSeconds)
            for id in ids where env.dataset.ticketIndex(id) != nil { highlights[id] = until }
        }
        sortQueue(env)
    }

    public mutating func tick(_ env: PageEnvironment, recounted: Bool) {
        highlights = highlights.filter { $0.value > env.now }
        if recounted && filter.overdueOnly { filterQueue(env) }
    }

    public mutating func resized(_ env: PageEnvironment) { table.clamp(visibleRows: visibleRows(env)) }

    // MARK: The queue's order

    func visibleRows(_ env: PageEnvironment) -> Int { Table.visibleRowCount(in: GridPanel.tableArea(in: env.body)) }

    /// Sorts every ticket by the sort column, then filters. Only data and sort changes come here.
    mutating func sortQueue(_ env: PageEnvironment) {
        let (key, reversed) = TicketColumns.sortKey(column: table.view.sortColumn)
        sorted = env.world.ticketIndex.sorted(Array(env.dataset.tickets.indices), by: key, ascending: table.view.ascending != reversed)
        filterQueue(env)
    }

    /// The queue: the sorted tickets that pass the filter, in one pass over the sort order. The
    /// cursor stays on the same ticket when it is still in the queue.
    mutating func filterQueue(_ env: PageEnvironment) {
        guard filter != .all else {
            table.setOrder(sorted, visibleRows: visibleRows(env))
            return
        }
        let keep = env.world.ticketIndex.matches(filter, now: env.now)
        table.setOrder(sorted.filter { keep[$0] }, visibleRows: visibleRows(env))
    }

    // MARK: Drawing

    func panel(_ env: PageEnvironment) -> GridPanel {
        GridPanel(tickets: env.dataset.tickets, order: table.order, table: table.view, metrics: env.world.gridMetrics,
                  filter: filter, search: search, highlighted: highlighted(at: env.now))
    }

    /// The queue, or the open ticket's detail.
    public func render(_ frame: inout Frame<GridCommand>, _ env: PageEnvironment) {
        let context = env.context
        if let detail, let ticket = env.dataset.ticket(detail.ticketID) {
            TicketDetailView(ticket: ticket, dataset: env.dataset, scroll: detail.scroll, revealPhone: detail.revealPhone)
                .render(env.body, into: &frame.buffer, context: context)
            return
        }
        let panel = panel(env)
        panel.render(env.body, into: &frame.buffer, context: context)
        frame.tableRegions(panel.table(context: context), in: GridPanel.tableArea(in: env.body),
                           sort: { .table(.sortBy(column: $0)) }, select: { .table(.select(row: $0)) })
        frame.cursor = panel.searchCursor(in: env.body, context: context)
    }

    public func textKeys(_ env: PageEnvironment) -> [KeyHint] { SearchKeys.hints(env) }
}

import Foundation
import Domain
import Panels
import TermUI

extension AppState {
    /// The ticket under the queue's cursor.
    public var selectedTicket: Ticket? { selectedTicketIndex.map { dataset.tickets[$0] } }

    /// What the keyboard is on, for the key map and the key bar.
    public var keyContext: KeyContext {
        guard tab == .grid else { return .browse }
        return grid.detail == nil ? .queue : .detail
    }

    /// Whether keys go to a text input rather than through the key map.
    public var takesText: Bool { tab == .grid && helpScroll == nil && grid.takesText }

    /// Sorts every ticket by the grid's sort column, then filters. Only data and sort changes come
    /// here; a filter change only filters.
    mutating func sortGrid() {
        let view = tables[.grid] ?? TableViewState()
        let (key, reversed) = TicketColumns.sortKey(column: view.sortColumn)
        grid.sorted = grid.index.sorted(Array(dataset.tickets.indices), by: key, ascending: view.ascending != reversed)
        filterGrid()
    }

    /// The queue: the sorted tickets that pass the filter, in one pass over the sort order.
    mutating func filterGrid() {
        guard grid.filter != .all else {
            setGridOrder(grid.sorted)
            return
        }
        let keep = grid.index.matches(grid.filter, now: now)
        setGridOrder(grid.sorted.filter { keep[$0] })
    }

    /// Brings the clock-driven parts up to date: what is overdue changes with time alone.
    mutating func refreshGridClock() {
        grid.highlights = grid.highlights.filter { $0.value > now }
        guard now.timeIntervalSince(grid.metrics.computedAt) >= GridState.clockRefreshSeconds else { return }
        recount()
        if grid.filter.overdueOnly { filterGrid() }
    }

    /// Refreshes the index for the changed tickets, appending created ones in order; anything it
    /// cannot account for (fewer tickets, an unnamed new one) rebuilds it.
    mutating func updateTicketIndex(changed: Set<String>?, previousCount: Int) {
        let tickets = dataset.tickets
        guard let changed, tickets.count >= previousCount else {
            grid.index = TicketIndex(tickets)
            return
        }
        let indices = changed.compactMap { dataset.ticketIndex($0) }.sorted()
        guard indices.filter({ $0 >= previousCount }).count == tickets.count - previousCount else {
            grid.index = TicketIndex(tickets)
            return
        }
        for i in indices { grid.index.update(tickets[i], at: i) }
    }
}

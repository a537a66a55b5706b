import Foundation
import Domain
import Panels
import TermUI

/// Everything the screen shows, in one value. Only `AppReducer` changes it.
public struct AppState {
    public var tab: Tab = .overview
    public var size: TerminalSize
    public var language: Language
    public var theme: Theme
    public var now: Date
    public var session: SessionInfo
    public private(set) var dataset: Dataset
    public var tables: [Tab: TableViewState]
    /// Each table's rows in display order (indices into the dataset), recomputed only when the data
    /// or the sort changes, never per frame.
    public private(set) var orders: [Tab: [Int]] = [:]
    /// The help overlay's scroll position while it is open.
    public var helpScroll: Int?
    /// The latest one-line message for the status bar (an error, a refusal, a confirmation).
    public var message: String?
    /// The grid tab's filters, detail, forms and derived data.
    public var grid: GridState
    /// The overview's counts, kept with the grid's metrics they partly come from.
    public private(set) var headlines: Headlines

    public init(dataset: Dataset, size: TerminalSize, language: Language, theme: Theme, now: Date, session: SessionInfo) {
        self.dataset = dataset
        self.size = size
        self.language = language
        self.theme = theme
        self.now = now
        self.session = session
        self.grid = GridState(tickets: dataset.tickets, now: now)
        self.headlines = Headlines(cadres: dataset.cadres, metrics: grid.metrics)
        self.tables = [
            .overview: TableViewState(),
            .cadres: TableViewState(),
            .grid: TableViewState(sortColumn: TicketColumns.defaultSortColumn),
            .talent: TableViewState(),
        ]
        for tab in Tab.allCases { reorder(tab) }
    }

    public var context: PanelContext { PanelContext(theme: theme, language: language, now: now) }

    public var layout: ScreenLayout { ScreenLayout(size: size) }

    /// Runs `write` while the state holds no reference to the data set, then takes `fresh()`. The
    /// store changes its arrays in place only when nothing else shares them: a shared array of
    /// 100,000 tickets would be copied whole (about 40 ms) on every save.
    mutating func lendingDataset<T>(during write: () -> T, then fresh: () -> Dataset) -> T {
        dataset = Dataset(referenceDate: dataset.referenceDate)
        let result = write()
        dataset = fresh()
        return result
    }

    /// Replaces the data (another operator's change, a reload, a change of ours) and re-sorts every
    /// table. `changed` names the records that differ, so the ticket index is updated for those
    /// alone; nil rebuilds it.
    public mutating func replaceDataset(_ new: Dataset, changed: Set<String>? = nil) {
        let old = grid.index.count
        dataset = new
        updateTicketIndex(changed: changed, previousCount: old)
        recount()
        // Operators change tickets all day; the other tables keep their order unless their records changed.
        let ticketsOnly = changed.map { $0.allSatisfy { new.ticketIndex($0) != nil } } ?? false
        for tab in Tab.allCases where !ticketsOnly || tab == .grid { reorder(tab) }
    }

    /// The metrics strip and the overview's counts, from the data and the clock.
    mutating func recount() {
        grid.metrics = GridMetrics(tickets: dataset.tickets, now: now)
        headlines = Headlines(cadres: dataset.cadres, metrics: grid.metrics)
    }

    /// Sorts one tab's table again and keeps its cursor inside the rows (on the same ticket, for the grid).
    public mutating func reorder(_ tab: Tab) {
        if tab == .grid { return sortGrid() }
        let state = tables[tab] ?? TableViewState()
        let context = self.context
        switch tab {
        case .overview: orders[tab] = RecordTable.sortedOrder(dataset.figures, columns: OverviewPanel.figureColumns, state: state, context: context)
        case .cadres: orders[tab] = RecordTable.sortedOrder(dataset.cadres, columns: CadreColumns.all, state: state, context: context)
        case .grid: break
        case .talent: orders[tab] = RecordTable.sortedOrder(dataset.talent, columns: TalentColumns.all, state: state, context: context)
        }
        var clamped = state
        clamped.select(state.selected, rowCount: rowCount(tab), visibleRows: visibleRows(tab))
        tables[tab] = clamped
    }

    public func rowCount(_ tab: Tab) -> Int { orders[tab]?.count ?? 0 }

    /// Sets the grid's rows: the sorted tickets that pass the filter. The cursor stays on the same
    /// ticket when it is still in the queue.
    mutating func setGridOrder(_ order: [Int]) {
        let selectedTicket = selectedTicketIndex
        orders[.grid] = order
        var view = tables[.grid] ?? TableViewState()
        let row = selectedTicket.flatMap { order.firstIndex(of: $0) } ?? view.selected
        view.select(row, rowCount: order.count, visibleRows: visibleRows(.grid))
        tables[.grid] = view
    }

    /// The dataset index of the ticket under the grid's cursor.
    var selectedTicketIndex: Int? {
        guard let order = orders[.grid], let view = tables[.grid], order.indices.contains(view.selected) else { return nil }
        return order[view.selected]
    }

    public func columnCount(_ tab: Tab) -> Int {
        switch tab {
        case .overview: OverviewPanel.figureColumns.count
        case .cadres: CadreColumns.all.count
        case .grid: TicketColumns.all.count
        case .talent: TalentColumns.all.count
        }
    }

    /// The rectangle of the current tab's table inside the border (header row included).
    public func tableArea(_ tab: Tab) -> Rect {
        let body = layout.body
        switch tab {
        case .overview: return OverviewPanel.tableArea(in: body)
        case .cadres: return CadresPanel.tableArea(in: body)
        case .grid: return GridPanel.tableArea(in: body)
        case .talent: return TalentPanel.tableArea(in: body)
        }
    }

    public func visibleRows(_ tab: Tab) -> Int { Table.visibleRowCount(in: tableArea(tab)) }
}

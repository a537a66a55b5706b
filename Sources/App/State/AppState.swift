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

    public init(dataset: Dataset, size: TerminalSize, language: Language, theme: Theme, now: Date, session: SessionInfo) {
        self.dataset = dataset
        self.size = size
        self.language = language
        self.theme = theme
        self.now = now
        self.session = session
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

    /// Replaces the data (another operator's change, a reload) and re-sorts every table.
    public mutating func replaceDataset(_ new: Dataset) {
        dataset = new
        for tab in Tab.allCases { reorder(tab) }
    }

    /// Sorts one tab's table again and keeps its cursor inside the rows.
    public mutating func reorder(_ tab: Tab) {
        let state = tables[tab] ?? TableViewState()
        let context = self.context
        switch tab {
        case .overview: orders[tab] = RecordTable.sortedOrder(dataset.figures, columns: OverviewPanel.figureColumns, state: state, context: context)
        case .cadres: orders[tab] = RecordTable.sortedOrder(dataset.cadres, columns: CadreColumns.all, state: state, context: context)
        case .grid: orders[tab] = RecordTable.sortedOrder(dataset.tickets, columns: TicketColumns.all, state: state, context: context)
        case .talent: orders[tab] = RecordTable.sortedOrder(dataset.talent, columns: TalentColumns.all, state: state, context: context)
        }
        var clamped = state
        clamped.select(state.selected, rowCount: rowCount(tab), visibleRows: visibleRows(tab))
        tables[tab] = clamped
    }

    public func rowCount(_ tab: Tab) -> Int { orders[tab]?.count ?? 0 }

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

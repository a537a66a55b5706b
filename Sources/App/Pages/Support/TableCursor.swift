import Domain
import Panels
import TermUI

/// A table's rows in display order (indices into the records), its cursor and its sort, and what
/// the table commands do to them. The order is recomputed only when the data or the sort changes,
/// never per frame.
public struct TableCursor: Equatable, Sendable {
    public var view: TableViewState
    public private(set) var order: [Int] = []
    public let columnCount: Int

    public init(columnCount: Int, sortColumn: Int = 0) {
        self.columnCount = columnCount
        view = TableViewState(sortColumn: sortColumn)
    }

    public var rowCount: Int { order.count }

    /// The record index under the cursor.
    public var selectedRecord: Int? { order.indices.contains(view.selected) ? order[view.selected] : nil }

    /// Sets the rows, keeping the cursor on the same record when it is still there.
    public mutating func setOrder(_ new: [Int], visibleRows: Int) {
        let record = selectedRecord
        order = new
        let row = record.flatMap { new.firstIndex(of: $0) } ?? view.selected
        view.select(row, rowCount: new.count, visibleRows: visibleRows)
    }

    /// Applies a command. Returns true when the sort changed and the rows must be ordered again.
    public mutating func apply(_ command: TableCommand, visibleRows: Int) -> Bool {
        let page = max(1, visibleRows - 1)
        switch command {
        case .move(let delta): view.move(by: delta, rowCount: rowCount, visibleRows: visibleRows)
        case .pageDown: view.move(by: page, rowCount: rowCount, visibleRows: visibleRows)
        case .pageUp: view.move(by: -page, rowCount: rowCount, visibleRows: visibleRows)
        case .top: view.select(0, rowCount: rowCount, visibleRows: visibleRows)
        case .bottom: view.select(rowCount - 1, rowCount: rowCount, visibleRows: visibleRows)
        case .select(let row): view.select(row, rowCount: rowCount, visibleRows: visibleRows)
        case .nextSortColumn:
            guard columnCount > 0 else { return false }
            view.sortColumn = (view.sortColumn + 1) % columnCount
            view.ascending = true
            return true
        case .reverseSort:
            view.ascending.toggle()
            return true
        case .sortBy(let column):
            guard (0..<columnCount).contains(column) else { return false }
            view.sort(by: column)
            return true
        }
        return false
    }

    /// Keeps the cursor visible after the screen changed size.
    public mutating func clamp(visibleRows: Int) {
        view.move(by: 0, rowCount: rowCount, visibleRows: visibleRows)
    }
}

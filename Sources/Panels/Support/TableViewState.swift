import TermUI

/// Where a table's cursor and scroll position are, and what it is sorted by. Kept by the app
/// between frames; panels only read it.
public struct TableViewState: Equatable, Sendable {
    public var selected: Int
    public var offset: Int
    public var sortColumn: Int
    public var ascending: Bool

    public init(selected: Int = 0, offset: Int = 0, sortColumn: Int = 0, ascending: Bool = true) {
        self.selected = selected
        self.offset = offset
        self.sortColumn = sortColumn
        self.ascending = ascending
    }

    /// Moves the cursor by `delta` rows, clamped to the table, scrolling to keep it visible.
    public mutating func move(by delta: Int, rowCount: Int, visibleRows: Int) {
        select(selected + delta, rowCount: rowCount, visibleRows: visibleRows)
    }

    public mutating func select(_ row: Int, rowCount: Int, visibleRows: Int) {
        selected = rowCount == 0 ? 0 : min(max(0, row), rowCount - 1)
        offset = Table.offset(keeping: selected, offset: offset, visibleRows: visibleRows, rowCount: rowCount)
    }

    /// Sorts by `column`; choosing the current sort column again flips the direction.
    public mutating func sort(by column: Int) {
        if column == sortColumn { ascending.toggle() } else { sortColumn = column; ascending = true }
    }
}

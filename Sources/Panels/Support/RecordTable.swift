import Domain
import TermUI

/// A bordered table of records in a given order. Only the rows on screen are read, so drawing
/// costs the same for a hundred rows or a hundred thousand.
public struct RecordTable<Row> {
    public var title: String
    public var rows: [Row]
    public var order: [Int]
    public var columns: [ColumnSpec<Row>]
    public var state: TableViewState
    public var focused: Bool
    public var rowStyle: (Row, PanelContext) -> Style?
    /// What an empty table says (no row passes the filters); nil says nothing.
    public var emptyMessage: String?
    /// Rows to make stand out (another user just changed them).
    public var highlight: (Row) -> Bool

    public init(title: String, rows: [Row], order: [Int], columns: [ColumnSpec<Row>], state: TableViewState,
                focused: Bool = true, rowStyle: @escaping (Row, PanelContext) -> Style? = { _, _ in nil },
                emptyMessage: String? = nil, highlight: @escaping (Row) -> Bool = { _ in false }) {
        self.title = title
        self.rows = rows
        self.order = order
        self.columns = columns
        self.state = state
        self.focused = focused
        self.rowStyle = rowStyle
        self.emptyMessage = emptyMessage
        self.highlight = highlight
    }

    /// The order of `rows` sorted by one column; ties keep the records' own order.
    public static func sortedOrder(_ rows: [Row], columns: [ColumnSpec<Row>], state: TableViewState, context: PanelContext) -> [Int] {
        guard columns.indices.contains(state.sortColumn) else { return Array(rows.indices) }
        let keyOf = columns[state.sortColumn].sortKey
        let keys = rows.indices.map { keyOf(rows[$0], context) }
        // Numbers compare as Doubles and texts as UTF-8 bytes, each key made once per row.
        let ascending = state.ascending
        return rows.indices.sorted { a, b in
            if keys[a] == keys[b] { return a < b }
            return ascending ? keys[a] < keys[b] : keys[b] < keys[a]
        }
    }

    /// The area the table itself gets inside the border (for scrolling and clicks).
    public static func tableArea(in area: Rect) -> Rect { Block().inner(area) }

    public func table(context: PanelContext) -> Table {
        Table(
            columns: columns.map { TableColumn(title: context.text($0.title), minWidth: $0.minWidth, maxWidth: $0.maxWidth, alignRight: $0.alignRight, weight: $0.weight, priority: $0.priority) },
            rowCount: order.count, selected: order.isEmpty ? nil : state.selected, offset: state.offset,
            sort: (column: state.sortColumn, ascending: state.ascending), emptyMessage: emptyMessage, scrollHint: false,
            rowStyle: { row in highlight(rows[order[row]]) ? context.theme.highlight : nil }
        ) { row, column in
            let record = rows[order[row]]
            let spec = columns[column]
            var style = spec.style(record, context) ?? rowStyle(record, context)
            if highlight(record) { style = style?.inheriting(from: context.theme.highlight) ?? context.theme.highlight }
            return TableCell(spec.text(record, context), style: style)
        }
    }

    /// Draws the table in its box; returns where its headers and rows landed.
    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) -> Table.HitAreas {
        let block = Block(title: title, titleRight: "\(order.isEmpty ? 0 : state.selected + 1)/\(order.count)", focused: focused)
        block.render(area, into: &buffer, theme: context.theme)
        return table(context: context).draw(block.inner(area), into: &buffer, theme: context.theme)
    }
}

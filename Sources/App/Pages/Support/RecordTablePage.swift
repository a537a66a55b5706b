import Domain
import Panels
import TermUI

/// A page whose body is one table of records to browse (the overview's figures, the cadre pool,
/// the talent indicators): the table commands, sorting, and keeping the order when other
/// records change.
protocol RecordTablePage: Page where Command == TableCommand {
    associatedtype Row
    var table: TableCursor { get set }
    static var columns: [ColumnSpec<Row>] { get }
    static func rows(_ dataset: Dataset) -> [Row]
    /// Where the table's rows go inside the body (for paging and clicks).
    static func tableArea(in body: Rect) -> Rect
    /// Whether any of the changed records is one of this page's rows.
    static func concerns(_ changed: Set<String>, _ dataset: Dataset) -> Bool
}

extension RecordTablePage {
    public static var catalogue: [Binding<TableCommand>] { TableCommand.bindings() }
    public var mode: String { PageMode.browse }
    public static func scrolled(_ lines: Int) -> TableCommand? { .move(lines) }

    public mutating func update(_ command: TableCommand, _ env: PageEnvironment) -> [PageEffect] {
        if table.apply(command, visibleRows: visibleRows(env)) { reorder(env) }
        return []
    }

    public mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment) {
        // Operators change tickets all day; a table keeps its order unless its records changed.
        guard change.ids.map({ Self.concerns($0, env.dataset) }) ?? true else { return }
        reorder(env)
    }

    public mutating func resized(_ env: PageEnvironment) { table.clamp(visibleRows: visibleRows(env)) }

    mutating func reorder(_ env: PageEnvironment) {
        let order = RecordTable.sortedOrder(Self.rows(env.dataset), columns: Self.columns, state: table.view, context: env.context)
        table.setOrder(order, visibleRows: visibleRows(env))
    }

    func visibleRows(_ env: PageEnvironment) -> Int { Table.visibleRowCount(in: Self.tableArea(in: env.body)) }

    /// The table as drawn, with its header and row regions.
    func tableRegions(_ frame: inout Frame<TableCommand>, _ env: PageEnvironment) {
        let table = RecordTable(title: "", rows: Self.rows(env.dataset), order: self.table.order, columns: Self.columns, state: self.table.view)
            .table(context: env.context)
        frame.tableRegions(table, in: Self.tableArea(in: env.body), sort: { .sortBy(column: $0) }, select: { .select(row: $0) })
    }
}

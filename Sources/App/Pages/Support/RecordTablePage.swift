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

    /// Regions for the table's headers and rows, where the panel drew them.
    func tableRegions(_ hits: Table.HitAreas, _ frame: inout Frame<TableCommand>) {
        frame.tableRegions(hits, sort: { .sortBy(column: $0) }, select: { .select(row: $0) })
    }
}

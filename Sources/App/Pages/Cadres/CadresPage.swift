import Domain
import Panels
import TermUI

/// The lion-type cadre pool.
public struct CadresPage: RecordTablePage {
    public static let tab = Tab.cadres
    public static func wrap(_ command: TableCommand) -> PageCommand { .cadres(command) }
    public static func unwrap(_ command: PageCommand) -> TableCommand? {
        if case .cadres(let command) = command { command } else { nil }
    }

    public var table: TableCursor
    static let columns = CadreColumns.all
    static func rows(_ dataset: Dataset) -> [Cadre] { dataset.cadres }
    static func tableArea(in body: Rect) -> Rect { CadresPanel.tableArea(in: body) }
    static func concerns(_ changed: Set<String>, _ dataset: Dataset) -> Bool {
        changed.contains { dataset.ref($0).map { if case .cadre = $0 { true } else { false } } ?? true }
    }

    init(_ env: PageEnvironment) {
        table = TableCursor(columnCount: Self.columns.count)
        reorder(env)
    }

    public func render(_ frame: inout Frame<TableCommand>, _ env: PageEnvironment) {
        CadresPanel(cadres: env.dataset.cadres, order: table.order, table: table.view).render(env.body, into: &frame.buffer, context: env.context)
        tableRegions(&frame, env)
    }
}

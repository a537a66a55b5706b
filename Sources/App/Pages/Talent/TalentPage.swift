import Domain
import Panels
import TermUI

/// Talent retention: the indicators, and the selected one's trend and progress.
public struct TalentPage: RecordTablePage {
    public static let tab = Tab.talent
    public static func wrap(_ command: TableCommand) -> PageCommand { .talent(command) }
    public static func unwrap(_ command: PageCommand) -> TableCommand? {
        if case .talent(let command) = command { command } else { nil }
    }

    public var table: TableCursor
    static let columns = TalentColumns.all
    static func rows(_ dataset: Dataset) -> [TalentIndicator] { dataset.talent }
    static func tableArea(in body: Rect) -> Rect { TalentPanel.tableArea(in: body) }
    static func concerns(_ changed: Set<String>, _ dataset: Dataset) -> Bool { false }

    init(_ env: PageEnvironment) {
        table = TableCursor(columnCount: Self.columns.count)
        reorder(env)
    }

    public func render(_ frame: inout Frame<TableCommand>, _ env: PageEnvironment) {
        let hits = TalentPanel(indicators: env.dataset.talent, order: table.order, table: table.view).render(env.body, into: &frame.buffer, context: env.context)
        tableRegions(hits, &frame)
    }
}

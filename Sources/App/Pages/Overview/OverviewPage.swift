import Domain
import Panels
import TermUI

/// The front page: the headline counts and the article's reported figures.
public struct OverviewPage: RecordTablePage {
    public static let tab = Tab.overview
    public static func wrap(_ command: TableCommand) -> PageCommand { .overview(command) }
    public static func unwrap(_ command: PageCommand) -> TableCommand? {
        if case .overview(let command) = command { command } else { nil }
    }

    public var table: TableCursor
    static let columns = OverviewPanel.figureColumns
    static func rows(_ dataset: Dataset) -> [ReportedFigure] { dataset.figures }
    static func tableArea(in body: Rect) -> Rect { OverviewPanel.tableArea(in: body) }
    static func concerns(_ changed: Set<String>, _ dataset: Dataset) -> Bool { false }

    init(_ env: PageEnvironment) {
        table = TableCursor(columnCount: Self.columns.count)
        reorder(env)
    }

    public func render(_ frame: inout Frame<TableCommand>, _ env: PageEnvironment) {
        let hits = OverviewPanel(figures: env.dataset.figures, order: table.order, table: table.view, headlines: env.world.headlines)
            .render(env.body, into: &frame.buffer, context: env.context)
        tableRegions(hits, &frame)
    }
}

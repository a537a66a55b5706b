import Domain
import Panels
import TermUI

/// The front page: the command centre (headline tiles, the district map, the report card's best
/// and worst, alerts, the latest changes), or, toggled, the article's reported figures as a table.
public struct OverviewPage: Page {
    public static let tab = Tab.overview
    public static func wrap(_ command: OverviewCommand) -> PageCommand { .overview(command) }
    public static func unwrap(_ command: PageCommand) -> OverviewCommand? {
        if case .overview(let command) = command { command } else { nil }
    }

    public private(set) var showsFigures = false
    public private(set) var metric = MapMetric.open
    public var table = TableCursor(columnCount: FigureColumns.all.count)

    init(_ env: PageEnvironment) { reorder(env) }

    /// The command centre has nothing to browse; the figures table is a table.
    public var mode: String { showsFigures ? PageMode.browse : PageMode.board }
    public static func scrolled(_ lines: Int) -> OverviewCommand? { .table(.move(lines)) }

    public mutating func update(_ command: OverviewCommand, _ env: PageEnvironment) -> [PageEffect] {
        switch command {
        case .table(let move):
            guard showsFigures else { return [] }
            if table.apply(move, visibleRows: visibleRows(env)) { reorder(env) }
        case .toggleView:
            showsFigures.toggle()
        case .nextMapMetric:
            metric = metric.next
            return [.message(env.text("地图:", "Map: ") + env.context.text(metric.label))]
        }
        return []
    }

    public mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment) {
        // The figures come with the data set; operations never change them.
        guard change.ids == nil else { return }
        reorder(env)
    }

    public mutating func resized(_ env: PageEnvironment) { table.clamp(visibleRows: visibleRows(env)) }

    private mutating func reorder(_ env: PageEnvironment) {
        table.setOrder(RecordTable.sortedOrder(env.dataset.figures, columns: FigureColumns.all, state: table.view, context: env.context),
                       visibleRows: visibleRows(env))
    }

    private func visibleRows(_ env: PageEnvironment) -> Int { Table.visibleRowCount(in: RecordTable<ReportedFigure>.tableArea(in: env.body)) }

    public func render(_ frame: inout Frame<OverviewCommand>, _ env: PageEnvironment) {
        guard showsFigures else {
            let world = env.world
            OverviewPanel(dataset: world.dataset, headlines: world.headlines, districts: world.districtMetrics, summary: world.unitSummary,
                          feed: world.activity, metric: metric)
                .render(env.body, into: &frame.buffer, context: env.context)
            return
        }
        let hits = RecordTable(title: env.text("公开报道的数据", "Reported figures"), rows: env.dataset.figures, order: table.order,
                               columns: FigureColumns.all, state: table.view)
            .render(env.body, into: &frame.buffer, context: env.context)
        frame.tableRegions(hits, sort: { .table(.sortBy(column: $0)) }, select: { .table(.select(row: $0)) })
    }

    // MARK: Bindings

    public static let catalogue: [Binding<OverviewCommand>] = {
        let both: Set = [PageMode.board, PageMode.browse]
        return TableCommand.bindings(sortModes: [PageMode.browse]).map { binding in
            var binding = binding.map(OverviewCommand.table)
            binding.modes = [PageMode.browse]
            return binding
        } + [
            Binding("overview.map", [.char("m")], .nextMapMetric, Label(zh: "地图换指标:在办、超期、按时率、排名", en: "Map measure: open, overdue, on time, rank"),
                    group: .overview, bar: .modes([PageMode.board]), barLabel: Label(zh: "地图指标", en: "Map"), modes: [PageMode.board]),
            Binding("overview.figures", [.char("t")], .toggleView, Label(zh: "切换:总览 / 公开报道数据表", en: "Switch: command centre / reported figures"),
                    group: .overview, bar: .modes(both), barLabel: Label(zh: "数据表", en: "Figures"), modes: both),
        ]
    }()
}

import Domain
import TermUI

/// Talent retention (资智聚汉) as a table of every indicator, and below it the selected one's
/// trend as a line chart with its progress to goal. The table takes the rows it needs; the chart
/// the rest.
public struct TalentPanel {
    public var indicators: [TalentIndicator]
    public var order: [Int]
    public var table: TableViewState

    public init(indicators: [TalentIndicator], order: [Int], table: TableViewState) {
        self.indicators = indicators
        self.order = order
        self.table = table
    }

    private static func split(_ area: Rect, rows: Int) -> [Rect] {
        let chart = max(6, area.height - (rows + 3))
        return Layout.split(area, .vertical, [.proportional(1), .fixed(area.height >= 14 ? chart : 0)])
    }

    /// Where the table's rows go inside the panel's area (for paging and clicks).
    public static func tableArea(in area: Rect, rows: Int) -> Rect { RecordTable<TalentIndicator>.tableArea(in: split(area, rows: rows)[0]) }

    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) -> Table.HitAreas {
        let parts = Self.split(area, rows: indicators.count)
        let hits = RecordTable(title: context.text("资智聚汉 · 四大工程", "Talent retention · four projects"), rows: indicators,
                    order: order, columns: TalentColumns.all, state: table)
            .render(parts[0], into: &buffer, context: context)
        guard order.indices.contains(table.selected) else { return hits }
        renderDetail(indicators[order[table.selected]], parts[1], into: &buffer, context: context)
        return hits
    }

    /// The selected indicator: its monthly series as a line chart and the gauge toward its goal.
    private func renderDetail(_ indicator: TalentIndicator, _ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        guard !area.isEmpty else { return }
        let theme = context.theme
        let block = Block(title: context.text(indicator.label) + " · " + TalentProjectPanel.valueText(indicator, context),
                          titleRight: TalentProjectPanel.dateText(indicator, context) + " · " + context.text(indicator.source.label))
        block.render(area, into: &buffer, theme: theme)
        let inner = block.inner(area).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let rows = Layout.split(inner, .vertical, [.fixed(indicator.goal == nil ? 0 : 1), .proportional(1)])
        if let progress = indicator.progress, let label = TalentProjectPanel.goalText(indicator, context) {
            Gauge(ratio: progress, label: label, style: theme.ok).render(rows[0], into: &buffer, theme: theme)
        }
        LineChart(series: [LineChart.Series(name: TalentProjectPanel.trendName(indicator, context), values: indicator.series.map(\.value), style: theme.accent)],
                  xLabels: indicator.series.map(\.month.description), unit: context.text(indicator.unit), format: { context.number($0) })
            .render(rows[1], into: &buffer, theme: theme)
    }
}

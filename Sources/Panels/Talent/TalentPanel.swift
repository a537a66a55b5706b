import Domain
import TermUI

/// Talent retention (资智聚汉): the indicators, and for the selected one its trend and progress to goal.
public struct TalentPanel {
    public var indicators: [TalentIndicator]
    public var order: [Int]
    public var table: TableViewState

    public init(indicators: [TalentIndicator], order: [Int], table: TableViewState) {
        self.indicators = indicators
        self.order = order
        self.table = table
    }

    private static func split(_ area: Rect) -> [Rect] { Layout.split(area, .vertical, [.proportional(1), .fixed(6)]) }

    /// Where the table's rows go inside the panel's area (for paging and clicks).
    public static func tableArea(in area: Rect) -> Rect { RecordTable<TalentIndicator>.tableArea(in: split(area)[0]) }

    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) -> Table.HitAreas {
        let parts = Self.split(area)
        let hits = RecordTable(title: context.text("资智聚汉 · 四大工程", "Talent retention · four projects"), rows: indicators,
                    order: order, columns: TalentColumns.all, state: table)
            .render(parts[0], into: &buffer, context: context)
        guard order.indices.contains(table.selected) else { return hits }
        renderDetail(indicators[order[table.selected]], parts[1], into: &buffer, context: context)
        return hits
    }

    /// The selected indicator: its monthly series as a sparkline and the gauge toward its goal.
    private func renderDetail(_ indicator: TalentIndicator, _ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let block = Block(title: context.text(indicator.label) + " · " + context.text(indicator.source.label))
        block.render(area, into: &buffer, theme: theme)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let rows = Layout.split(inner, .vertical, [.fixed(1), .fixed(1), .fixed(1), .proportional(1)])
        let series = indicator.series.map(\.value)
        let range = indicator.series.first.map { "\($0.month)…\(indicator.asOf)" } ?? indicator.asOf.description
        buffer.write(context.text("月度走势 ", "Monthly trend ") + range + "  (" + context.text("模拟序列", "synthetic series") + ")",
                     x: rows[0].x, y: rows[0].y, width: rows[0].width, style: theme.muted)
        Sparkline(values: series, style: theme.accent).render(rows[1], into: &buffer, theme: theme)
        if let progress = indicator.progress, let goal = indicator.goal {
            let label = context.number(indicator.value) + " / " + context.number(goal) + " " + context.text(indicator.unit)
            Gauge(ratio: progress, label: label, style: theme.ok).render(rows[2], into: &buffer, theme: theme)
        } else {
            buffer.write(context.text("无目标值", "no goal set"), x: rows[2].x, y: rows[2].y, width: rows[2].width, style: theme.muted)
        }
    }
}

import Domain
import TermUI

/// Two rows above the queue: each metric's name, then its value and a sparkline of its last
/// days. Shares without any resolved ticket read "—", not 0%.
public struct MetricsStrip {
    public var metrics: GridMetrics

    public init(metrics: GridMetrics) {
        self.metrics = metrics
    }

    public static let height = 2

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        buffer.fill(area, style: theme.base)
        guard area.height >= 2, area.width > 0 else { return }
        let m = metrics
        let days = context.text("\(GridMetrics.periodDays)天", " \(GridMetrics.periodDays)d")
        let cells: [(Label, String, [Double], Style)] = [
            (Label(zh: "在办", en: "Open"), "\(m.open)", m.openTrend, theme.accent),
            (Label(zh: "超期", en: "Overdue"), "\(m.overdue)", m.overdueTrend, theme.danger),
            (Label(zh: "格内", en: "In grid"), Self.percent(m.withinGrid), m.withinGridTrend, theme.ok),
            (Label(zh: "社区内", en: "In comm."), Self.percent(m.withinCommunity), m.withinCommunityTrend, theme.ok),
            (Label(zh: "按时率", en: "On time"), Self.percent(m.onTime), m.onTimeTrend, theme.ok),
            (Label(zh: "满意度", en: "Satisf."), m.satisfaction.value.map { Format.fixed($0, decimals: 1) } ?? "—",
             m.satisfactionTrend, theme.warn),
        ]
        let boxes = Layout.split(area, .horizontal, cells.map { _ in .proportional(1) })
        for (index, ((label, value, trend, style), box)) in zip(cells, boxes).enumerated() {
            let inner = box.inset(right: 1)
            // The first two are counts now; the rest cover the last period, which the label says.
            let name = context.text(label) + (index >= 2 ? days : "")
            Line(name, style: theme.muted).render(inner.row(0), into: &buffer, theme: theme)
            let valueRow = inner.row(1)
            let written = buffer.write(value, x: valueRow.x, y: valueRow.y, width: valueRow.width, style: style.inheriting(from: theme.base))
            let spark = valueRow.inset(left: min(valueRow.width, written + 1))
            Sparkline(values: trend, style: theme.muted).render(spark, into: &buffer, theme: theme)
        }
    }

    static func percent(_ ratio: Ratio) -> String {
        ratio.value.map { Format.fixed($0 * 100, decimals: 0) + "%" } ?? "—"
    }
}

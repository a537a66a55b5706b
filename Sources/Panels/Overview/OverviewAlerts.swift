import Domain
import TermUI

/// What needs attention now: overdue requests by the level they wait at, units in warning on
/// the latest report card, and cadres warned that month.
public struct OverviewAlerts {
    public var districts: DistrictMetrics
    public var summary: UnitSummary

    public init(districts: DistrictMetrics, summary: UnitSummary) {
        self.districts = districts
        self.summary = summary
    }

    func lines(_ context: PanelContext) -> [Line] {
        let theme = context.theme
        let overdue = districts.overdueByLevel.values.reduce(0, +)
        let byLevel = TicketLevel.allCases.map { context.text($0.label) + " " + context.number(Double(districts.overdueByLevel[$0] ?? 0)) }
            .joined(separator: " · ")
        let month = summary.month.map(\.description) ?? "—"
        let names = summary.warnings.map { context.text($0.name) }.joined(separator: context.text("、", ", "))
        return [
            Line([Span(context.text("超期 ", "Overdue ") + context.number(Double(overdue)), style: overdue > 0 ? theme.danger : theme.ok),
                  Span("  " + byLevel, style: theme.base)]),
            Line([Span(context.text("预警单位 ", "Units warned ") + "\(summary.warnings.count)", style: summary.warnings.isEmpty ? theme.ok : theme.warn),
                  Span(" (\(month))" + (names.isEmpty ? "" : "  " + names), style: theme.base)]),
            Line([Span(context.text("被预警干部 ", "Cadres warned ") + "\(summary.cadresWarned)", style: summary.cadresWarned == 0 ? theme.ok : theme.warn),
                  Span(" (\(month))", style: theme.base)]),
        ]
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let block = Block(title: context.text("提醒", "Alerts"))
        block.render(area, into: &buffer, theme: context.theme)
        Paragraph(lines: lines(context), wrap: false).render(block.inner(area), into: &buffer, theme: context.theme)
    }
}

import Domain
import TermUI

/// The open tickets of the queue (as filtered) as charts: by age in columns, by category, and by
/// district with the busiest communities named with their district (names repeat across districts).
public struct BacklogPanel {
    public var backlog: Backlog

    public init(backlog: Backlog) {
        self.backlog = backlog
    }

    /// The pane's width beside a queue `width` columns wide; nil when it goes below the queue instead.
    public static func sideWidth(for width: Int) -> Int? { width >= 100 ? max(34, width * 2 / 5) : nil }

    /// "武昌·长江社区": a community with its district, short.
    public static func place(_ key: CommunityKey, _ context: PanelContext) -> String {
        let district = TicketLocation.shortName(ofDistrict: key.district, context.language)
        return district.isEmpty ? key.community : district + "·" + key.community
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let block = Block(title: context.text("积压 · 未办结 ", "Backlog · open ") + context.number(Double(backlog.open)),
                          footer: context.keyHint("b 关闭", "b hide"))
        block.render(area, into: &buffer, theme: theme)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let tall = inner.height >= 18
        let parts = Layout.split(inner, .vertical, tall ? [.fixed(7), .proportional(2), .proportional(3)]
                                 : [.fixed(inner.height >= 12 ? 6 : 1), .proportional(1), .fixed(0)])
        let ages = BacklogAge.allCases.map { (label: context.text($0.label), value: Double(backlog.byAge[$0] ?? 0)) }
        if parts[0].height >= 6 {
            section(context.text("按时长", "By age"), parts[0], into: &buffer, context: context) {
                BarChart(bars: ages, orientation: .vertical, valueFormatter: { context.number($0) }, style: theme.warn)
            }
        } else if !parts[0].isEmpty {
            // Too short for columns: the ages on one line.
            let line = ages.map { $0.label + " " + context.number($0.value) }.joined(separator: " · ")
            Line([Span(context.text("按时长 ", "By age "), style: theme.header), Span(line)]).render(parts[0].row(0), into: &buffer, theme: theme)
        }
        let categories = backlog.byCategory.rows.map { (label: $0.key.map { context.text($0.label) } ?? context.text("未分类", "Unclassified"), value: Double($0.count)) }
        let districts = backlog.byDistrict.rows.map { (label: $0.key.isEmpty ? "—" : $0.key, value: Double($0.count)) }
        let communities = backlog.byCommunity.rows.map { (label: Self.place($0.key, context), value: Double($0.count)) }
        if tall {
            section(context.text("按类别", "By category"), parts[1], into: &buffer, context: context) {
                BarChart(bars: categories, valueFormatter: { context.number($0) }, style: theme.accent)
            }
            let halves = Layout.split(parts[2], .horizontal, [.proportional(2), .proportional(3)])
            section(context.text("按区", "By district"), halves[0], into: &buffer, context: context) {
                BarChart(bars: districts, valueFormatter: { context.number($0) }, style: theme.accent)
            }
            section(context.text("最多的社区", "Busiest communities"), halves[1].inset(left: 1), into: &buffer, context: context) {
                BarChart(bars: communities, valueFormatter: { context.number($0) }, style: theme.accent)
            }
        } else {
            let halves = Layout.split(parts[1], .horizontal, [.proportional(1), .proportional(1)])
            section(context.text("按类别", "By category"), halves[0], into: &buffer, context: context) {
                BarChart(bars: categories, valueFormatter: { context.number($0) }, style: theme.accent)
            }
            section(context.text("最多的社区", "Busiest communities"), halves[1].inset(left: 1), into: &buffer, context: context) {
                BarChart(bars: communities, valueFormatter: { context.number($0) }, style: theme.accent)
            }
        }
    }

    private func section(_ title: String, _ area: Rect, into buffer: inout Buffer, context: PanelContext, chart: () -> BarChart) {
        guard !area.isEmpty else { return }
        Line(title, style: context.theme.header).render(area.row(0), into: &buffer, theme: context.theme)
        chart().render(area.inset(top: 1), into: &buffer, theme: context.theme)
    }
}

import Domain
import TermUI

/// One of the four talent projects as a dashboard panel: the headline figure in big numbers with
/// the article's qualifier, progress toward its goal where there is one, the monthly trend (a
/// synthetic series ending at the reported value, and labelled so), and the project's other
/// figures, each with its date.
public struct TalentProjectPanel {
    public var project: TalentProject
    public var indicators: [TalentIndicator]
    public var focused: Bool
    /// The big-number size the panels share, so the four read alike.
    public var font: BigFont?

    public init(project: TalentProject, indicators: [TalentIndicator], focused: Bool, font: BigFont?) {
        self.project = project
        self.indicators = indicators.filter { $0.project == project }
        self.focused = focused
        self.font = font
    }

    /// "约 1.9万亿元", "about 1.9 trillion yuan": the value with its qualifier and unit.
    public static func valueText(_ indicator: TalentIndicator, _ context: PanelContext) -> String {
        context.qualified(indicator.value, indicator.qualifier) + context.text("", " ") + context.text(indicator.unit)
    }

    /// "截至 2018-10" with the start of a cumulative count: "2017 年以来 · 截至 2018-11".
    public static func dateText(_ indicator: TalentIndicator, _ context: PanelContext) -> String {
        let asOf = context.text("截至 ", "as of ") + indicator.asOf.description
        guard let since = indicator.since else { return asOf }
        return context.text("\(since) 年以来 · ", "since \(since) · ") + asOf
    }

    /// "70万 / 目标 100万 · 70%": the value against its goal, nil without one.
    public static func goalText(_ indicator: TalentIndicator, _ context: PanelContext) -> String? {
        guard let goal = indicator.goal, goal > 0 else { return nil }
        return context.number(indicator.value) + " / " + context.text("目标 ", "goal ") + context.number(goal)
            + " · " + Format.fixed(indicator.value / goal * 100, decimals: 0) + "%"
    }

    /// The trend's name, saying when the series is synthetic.
    public static func trendName(_ indicator: TalentIndicator, _ context: PanelContext) -> String {
        let synthetic = indicator.series.contains { $0.source == .synthetic }
        return context.text("月度走势", "monthly") + (synthetic ? context.text("(模拟,末点为报道值)", " (synthetic, ends at the reported value)") : "")
    }

    /// The rows the headline takes in a panel of `height` inner rows: its font and the caption.
    public static func headlineRows(height: Int) -> Int { height >= 22 ? 8 : height >= 14 ? 6 : 4 }

    /// The headline texts of every project, for choosing the font they share.
    public static func headlineTexts(_ indicators: [TalentIndicator], _ context: PanelContext) -> [String] {
        TalentProject.allCases.compactMap { $0.headline(in: indicators).map { valueText($0, context) } }
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let headline = project.headline(in: indicators)
        let sources = Source.present(count: indicators.count) { indicators[$0].source }.map { context.text($0.label) }.joined(separator: " + ")
        let block = Block(title: context.text(project.label), titleRight: sources, focused: focused,
                          footer: focused ? context.keyHint("Enter 原文摘录", "Enter source excerpts") : nil)
        block.render(area, into: &buffer, theme: theme)
        let inner = block.inner(area).inset(left: 1, right: 1)
        guard !inner.isEmpty, let headline else { return }
        let others = indicators.filter { $0.id != headline.id }
        var headRows = min(inner.height, Self.headlineRows(height: inner.height))
        let gaugeRows = headline.goal != nil && inner.height > headRows ? 1 : 0
        let free = inner.height - headRows - gaugeRows
        // The trend needs five rows beside at least two lines of the other figures; without them,
        // figures only, and the rows they leave centre the headline.
        var otherRows = free - 5 >= min(2, others.count) ? min(others.count, free - 5) : free
        let chartRows = free - otherRows
        if chartRows == 0, otherRows > others.count {
            headRows += otherRows - others.count
            otherRows = others.count
        }
        let parts = Layout.split(inner, .vertical, [.fixed(headRows), .fixed(gaugeRows), .fixed(chartRows), .fixed(otherRows)])
        BigNumber(text: Self.valueText(headline, context), caption: context.text(headline.label) + " · " + Self.dateText(headline, context),
                  style: headline.source == .reported ? theme.reported : theme.synthetic, maxRows: font?.rows ?? 3, words: context.titleFont)
            .render(parts[0], into: &buffer, theme: theme)
        if gaugeRows > 0, let goal = headline.goal, let label = Self.goalText(headline, context) {
            // The scale runs a quarter past the goal so the goal's mark shows and passing it can too.
            Gauge(ratio: headline.value / (goal * 1.25), label: label, goal: 0.8, style: theme.ok).render(parts[1], into: &buffer, theme: theme)
        }
        if chartRows > 0 { renderTrend(headline, parts[2], into: &buffer, context: context) }
        renderOthers(others, parts[3], into: &buffer, context: context)
    }

    private func renderTrend(_ indicator: TalentIndicator, _ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let chart = LineChart(series: [LineChart.Series(name: Self.trendName(indicator, context), values: indicator.series.map(\.value), style: theme.accent)],
                              xLabels: indicator.series.map(\.month.description), unit: context.text(indicator.unit),
                              goal: indicator.goal.map { LineChart.Goal(value: $0, label: context.text("目标 ", "goal ") + context.number($0)) },
                              format: { context.number($0) })
        chart.render(area.inset(top: 1), into: &buffer, theme: theme)
    }

    private func renderOthers(_ others: [TalentIndicator], _ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        for (row, indicator) in others.prefix(area.height).enumerated() {
            let line = area.row(row)
            let value = Self.valueText(indicator, context)
            let date = indicator.asOf.description
            let right = DisplayWidth.of(value) + 2 + DisplayWidth.of(date)
            let style = indicator.source == .reported ? theme.reported : theme.synthetic
            buffer.writePadded(context.text(indicator.label), x: line.x, y: line.y, width: max(0, line.width - right - 1), style: theme.base,
                               ellipsis: theme.symbols.ellipsis)
            buffer.write(value, x: line.maxX - right, y: line.y, style: style)
            buffer.write(date, x: line.maxX - DisplayWidth.of(date), y: line.y, style: theme.muted)
        }
    }
}

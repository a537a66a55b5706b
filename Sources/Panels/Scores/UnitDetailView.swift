import Domain
import TermUI

/// One assessment unit: each card's monthly trend with its latest score and rank, its warnings,
/// and the lion-type cadres who work there.
public struct UnitDetailView {
    public var unit: AssessmentUnit
    public var units: [AssessmentUnit]
    public var cadres: [Cadre]
    public var month: Month
    public var scroll: Int

    public init(unit: AssessmentUnit, units: [AssessmentUnit], cadres: [Cadre], month: Month, scroll: Int) {
        self.unit = unit
        self.units = units
        self.cadres = cadres
        self.month = month
        self.scroll = scroll
    }

    /// The cadres of a unit: a district's pool, or those whose unit is (or lies in) it.
    public static func cadres(of unit: AssessmentUnit, in all: [Cadre]) -> [Cadre] {
        all.filter { $0.district == unit.name.zh || $0.unit.hasPrefix(unit.name.zh) }
    }

    /// The overall card's line chart on top (on screens with room for it), the text below.
    private func split(_ inner: Rect) -> (chart: Rect, text: Rect) {
        let chart = inner.height >= 24 ? 9 : 0
        let parts = Layout.split(inner, .vertical, [.fixed(chart), .proportional(1)])
        return (parts[0], parts[1])
    }

    private var months: [Month] { Array(unit.months.filter { $0 <= month }.suffix(12)) }

    public func maxScroll(in area: Rect, context: PanelContext) -> Int {
        let text = split(Block(title: "").inner(area)).text
        return Paragraph(lines: lines(context, width: text.width)).maxScroll(width: text.width, height: text.height)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let block = Block(title: unit.id + " · " + context.text(unit.name), titleRight: context.text(unit.kind.label), focused: true,
                          footer: context.text("Esc 返回 · j/k 滚动", "Esc back · j/k scroll"))
        block.render(area, into: &buffer, theme: context.theme)
        let parts = split(block.inner(area))
        if !parts.chart.isEmpty, !months.isEmpty {
            let overall = LineChart.Series(name: context.text(ReportCard.overall.label) + context.text("得分", " score"),
                                           values: months.map { unit.score(month: $0, card: .overall)?.score ?? .nan })
            LineChart(series: [overall], xLabels: months.map(\.description), unit: context.text("分", "points"),
                      format: { Format.fixed($0, decimals: 0) })
                .render(parts.chart.inset(bottom: 1), into: &buffer, theme: context.theme)
        }
        Paragraph(lines: lines(context, width: parts.text.width), scroll: scroll).render(parts.text, into: &buffer, theme: context.theme)
    }

    func lines(_ context: PanelContext, width: Int) -> [Line] {
        let theme = context.theme
        let months = self.months
        var out = [Line(context.text("近 \(months.count) 个月走势(至 \(month))", "The last \(months.count) months (to \(month))"), style: theme.header)]
        let labelWidth = ReportCard.allCases.map { DisplayWidth.of(context.text($0.label)) }.max() ?? 0
        let sparkWidth = max(0, min(months.count, width - labelWidth - 16))
        for card in ReportCard.allCases {
            let series = months.map { unit.score(month: $0, card: card)?.score ?? .nan }
            let rank = UnitRank.ranking(units, month: month, card: card, kind: unit.kind).first { $0.unitID == unit.id }
            let latest = unit.score(month: month, card: card)?.score
            out.append(Line([Span(DisplayWidth.pad(context.text(card.label), to: labelWidth) + " ", style: theme.title),
                             Span(Self.spark(series.suffix(sparkWidth), theme.symbols), style: theme.accent),
                             Span("  " + ScoreColumns.cell(latest, rank: rank?.rank, context))]))
        }
        let warnings = UnitWarning.all(units, month: month).filter { $0.unitID == unit.id }
        out.append(Line(""))
        out.append(Line(context.text("预警", "Warnings"), style: theme.header))
        if warnings.isEmpty { out.append(Line(context.text("本月无预警", "none this month"), style: theme.muted)) }
        for warning in warnings {
            out.append(Line(context.text("下一步:", "next: ") + context.text(warning.step.label) + " · "
                            + warning.reasons.map { context.text($0) }.joined(separator: context.text(";", "; ")), style: theme.danger))
        }
        let people = Self.cadres(of: unit, in: cadres)
        out.append(Line(""))
        out.append(Line(context.text("狮子型干部 \(people.count) 人", "Lion-type cadres: \(people.count)"), style: theme.header))
        for cadre in people {
            out.append(Line([Span(cadre.id + " " + DisplayWidth.pad(cadre.name, to: 8) + " ", style: theme.accent),
                             Span(DisplayWidth.pad(context.text(cadre.stage.label), to: 10) + " "),
                             Span(cadre.post ?? cadre.unit, style: theme.muted)]))
        }
        return out
    }

    /// One cell per month, scaled between the series' lowest and highest; a gap for a missing month.
    static func spark<S: Collection>(_ values: S, _ symbols: Symbols) -> String where S.Element == Double {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), !symbols.sparks.isEmpty else { return String(repeating: " ", count: values.count) }
        return values.map { value in
            guard value.isFinite else { return " " }
            let share = high > low ? (value - low) / (high - low) : 0.5
            return symbols.sparks[Int((share * Double(symbols.sparks.count - 1)).rounded())]
        }.joined()
    }
}

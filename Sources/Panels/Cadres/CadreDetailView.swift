import Domain
import TermUI

/// One cadre's record in place of the pool table: who and where, the five criteria as labelled
/// bars, the monthly plus/minus points by month with each reason and the running total, the
/// warnings, accountability and fault-tolerance records, and every history event with who and
/// when. Scrolls when taller than the screen.
public struct CadreDetailView {
    public var cadre: Cadre
    public var dataset: Dataset
    public var scroll: Int

    public init(cadre: Cadre, dataset: Dataset, scroll: Int) {
        self.cadre = cadre
        self.dataset = dataset
        self.scroll = scroll
    }

    /// The largest useful scroll in `area`.
    public func maxScroll(in area: Rect, context: PanelContext) -> Int {
        let inner = Block(title: "").inner(area)
        return Paragraph(lines: lines(context, width: inner.width)).maxScroll(width: inner.width, height: inner.height)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let title = cadre.id + " · " + Sanitizer.clean(cadre.name)
        let footer = context.text("Esc 返回 · j/k 滚动", "Esc back · j/k scroll")
        let block = Block(title: title, titleRight: context.text(cadre.stage.label), focused: true, footer: footer)
        block.render(area, into: &buffer, theme: context.theme)
        let inner = block.inner(area)
        Paragraph(lines: lines(context, width: inner.width), scroll: scroll).render(inner, into: &buffer, theme: context.theme)
    }

    /// The record as plain text lines, for `cadre show`.
    public func text(_ context: PanelContext, width: Int) -> [String] {
        [cadre.id + " · " + cadre.name + " · " + context.text(cadre.stage.label)] + lines(context, width: width).map(\.text)
    }

    func lines(_ context: PanelContext, width: Int) -> [Line] {
        let theme = context.theme
        let c = cadre
        var out: [Line] = []
        func field(_ label: Label, _ spans: [Span]) {
            out.append(Line([Span(DisplayWidth.pad(context.text(label), to: 11), style: theme.title)] + spans))
        }
        func section(_ label: Label) {
            out.append(Line(""))
            out.append(Line(context.text(label), style: theme.header))
        }
        func notes(_ title: Label, _ notes: [DatedNote]) {
            section(title)
            if notes.isEmpty { out.append(Line(context.text("无", "none"), style: theme.muted)) }
            for note in notes {
                out.append(Line([Span(context.dateTime(note.at) + "  " + DisplayWidth.pad(note.actor ?? "—", to: 10) + " ", style: theme.muted),
                                 Span(note.kind.map { context.text($0.label) + context.text(":", ": ") } ?? "", style: theme.warn),
                                 Span(note.text)]))
            }
        }

        var who = context.text(c.gender.label) + " · " + context.text("\(c.birthYear) 年生", "born \(c.birthYear)")
        if let appointed = c.appointedAt { who += context.text(" · 任用时 \(c.age(at: appointed)) 岁", " · \(c.age(at: appointed)) when appointed") }
        field(Label(zh: "基本情况", en: "Person"), [Span(who)])
        field(Label(zh: "单位", en: "Unit"), [Span(c.unit)])
        field(Label(zh: "岗位", en: "Post"), [Span(c.post ?? "—")])
        var pool = context.text(c.pool.label) + context.text("人选库", " pool") + (c.district.map { " · " + $0 } ?? "")
        if c.firstBatch { pool += context.text(" · 首批 108 人之一", " · one of the first 108") }
        field(Label(zh: "人选库", en: "Pool"), [Span(pool)])
        field(Label(zh: "发现时间", en: "Discovered"), [Span(context.dateTime(c.discoveredAt))])
        if let appointed = c.appointedAt { field(Label(zh: "任用时间", en: "Appointed"), [Span(context.dateTime(appointed))]) }
        if let reason = c.exitReason { field(Label(zh: "调整原因", en: "Why"), [Span(reason, style: theme.warn)]) }
        field(Label(zh: "来源", en: "Source"), [Span(context.text(c.source.label), style: c.source == .reported ? theme.reported : theme.synthetic)])

        section(Label(zh: "五项标准", en: "The five criteria"))
        let labelWidth = Criterion.allCases.map { DisplayWidth.of(context.text($0.label)) }.max() ?? 0
        let barWidth = max(4, min(40, width - labelWidth - 8))
        for criterion in Criterion.allCases {
            let value = c.scores[criterion]
            out.append(Line([Span(DisplayWidth.pad(context.text(criterion.label), to: labelWidth) + " ", style: theme.title),
                             Span(Self.bar(value / CriteriaScores.range.upperBound, width: barWidth, symbols: theme.symbols), style: theme.accent),
                             Span(" " + Format.fixed(value, decimals: 1))]))
        }
        out.append(Line(context.text("均分 ", "mean ") + Format.fixed(c.scores.mean, decimals: 1), style: theme.muted))

        section(Label(zh: "月度加减分", en: "Monthly plus/minus points"))
        if c.monthlyPoints.isEmpty { out.append(Line(context.text("尚无记录", "none yet"), style: theme.muted)) }
        out += pointsLines(context, width: width)

        notes(Label(zh: "预警", en: "Warnings"), c.warnings)
        notes(Label(zh: "问责", en: "Accountability"), c.accountability)
        notes(Label(zh: "容错纠错", en: "Fault tolerance"), c.faultTolerance)

        section(Label(zh: "记录", en: "History"))
        for event in c.history {
            out.append(Line([Span(context.dateTime(event.at) + "  ", style: theme.muted),
                             Span(DisplayWidth.pad(event.actor, to: 10) + " ", style: theme.accent),
                             Span(context.text(dataset.summary(of: event)))]))
        }
        return out
    }

    /// A bar per month (plus to the right of the axis, minus to the left), its sum and the running
    /// total, then the month's reasons.
    private func pointsLines(_ context: PanelContext, width: Int) -> [Line] {
        let theme = context.theme
        let months = Array(Set(cadre.monthlyPoints.map(\.month))).sorted()
        let sums = months.map { cadre.points(in: $0) }
        let largest = max(1, sums.map(abs).max() ?? 1)
        let half = max(2, min(12, (width - 24) / 2))
        var running = 0
        var out: [Line] = []
        for (month, sum) in zip(months, sums) {
            running += sum
            let length = Int((Double(abs(sum)) / Double(largest) * Double(half)).rounded(.up))
            let negative = sum < 0 ? String(repeating: " ", count: half - length) + String(repeating: theme.symbols.eighths[7], count: length) : String(repeating: " ", count: half)
            let positive = sum > 0 ? String(repeating: theme.symbols.eighths[7], count: length) : ""
            let signed = (sum > 0 ? "+" : "") + "\(sum)"
            out.append(Line([Span(month.description + " ", style: theme.title), Span(negative, style: theme.danger),
                             Span(theme.symbols.vertical), Span(DisplayWidth.pad(positive, to: half), style: theme.ok),
                             Span(" " + DisplayWidth.pad(signed, to: 4, alignRight: true)),
                             Span(context.text("  累计 ", "  total ") + "\(running)", style: theme.muted)]))
            for entry in cadre.monthlyPoints where entry.month == month {
                out.append(Line([Span("        " + DisplayWidth.pad((entry.delta > 0 ? "+" : "") + "\(entry.delta)", to: 4, alignRight: true) + "  ",
                                      style: entry.delta < 0 ? theme.danger : theme.ok),
                                 Span(entry.reason), Span(entry.actor.map { "  · " + $0 } ?? "", style: theme.muted)]))
            }
        }
        return out
    }

    /// A left-to-right bar of `share` (0…1) of `width` cells, in eighths.
    static func bar(_ share: Double, width: Int, symbols: Symbols) -> String {
        let eighths = Int((min(max(share, 0), 1) * Double(width * 8)).rounded())
        let partial = eighths % 8
        var text = String(repeating: symbols.eighths[7], count: eighths / 8)
        if partial > 0 { text += symbols.eighths[partial - 1] }
        return DisplayWidth.pad(text, to: width)
    }
}

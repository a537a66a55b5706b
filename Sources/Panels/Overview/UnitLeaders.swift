import Domain
import TermUI

/// The best and worst districts on the latest overall report card, with their scores, their
/// move since last month and their warning.
public struct UnitLeaders {
    public var summary: UnitSummary

    public init(summary: UnitSummary) {
        self.summary = summary
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let month = summary.month.map(\.description) ?? "—"
        let sources = summary.sources.map { context.text($0.label) }.joined(separator: "+")
        let block = Block(title: context.text("区综合成绩单 ", "Districts, overall ") + month, titleRight: sources)
        block.render(area, into: &buffer, theme: theme)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let ranked = (summary.districts?.rows ?? []).filter { $0.overallRank != nil }
        guard !ranked.isEmpty else {
            Line(context.text("还没有成绩", "No scores yet"), style: theme.muted).render(inner.row(0), into: &buffer, theme: theme)
            return
        }
        // Top and bottom share the rows; a gap line between them when both are cut.
        let half = (inner.height - 1) / 2
        let top = Array(ranked.prefix(max(1, inner.height >= ranked.count ? ranked.count : half + (inner.height - 1) % 2)))
        let bottom = inner.height >= ranked.count ? [] : Array(ranked.suffix(max(0, half)))
        var y = inner.y
        for row in top {
            line(row, context).render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer, theme: theme)
            y += 1
        }
        if !bottom.isEmpty {
            Line(theme.symbols.ellipsis, style: theme.muted, alignment: .center).render(Rect(x: inner.x, y: y, width: inner.width, height: 1),
                                                                                        into: &buffer, theme: theme)
            y += 1
            for row in bottom where y < inner.maxY {
                line(row, context).render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer, theme: theme)
                y += 1
            }
        }
    }

    private func line(_ row: ScoreBoard.Row, _ context: PanelContext) -> Line {
        let theme = context.theme
        let rank = row.overallRank.map { String(format: "%2d", $0) } ?? " —"
        let score = row.scores.first.flatMap { $0 }.map { Format.fixed($0, decimals: 1) } ?? "—"
        let move: String
        switch row.rankChange {
        case let change? where change > 0: move = (theme.symbols.isASCII ? "^" : "▲") + "\(change)"
        case let change? where change < 0: move = (theme.symbols.isASCII ? "v" : "▼") + "\(-change)"
        default: move = ""
        }
        var spans = [Span(rank + " ", style: theme.muted), Span(DisplayWidth.pad(context.text(row.name), to: 12) + " "),
                     Span(DisplayWidth.pad(score, to: 5, alignRight: true) + " ", style: theme.accent), Span(DisplayWidth.pad(move, to: 4))]
        if let warning = row.warning { spans.append(Span(context.text("预警:", "warned: ") + context.text(warning.step.label), style: theme.danger)) }
        return Line(spans)
    }
}

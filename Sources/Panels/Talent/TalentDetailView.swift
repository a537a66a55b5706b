import Domain
import TermUI

/// One talent project's figures in full, for checking them against the article: each value with
/// its qualifier, unit, dates and source, its goal, how its monthly series was made, and the
/// article's own words.
public struct TalentDetailView {
    public var project: TalentProject
    public var indicators: [TalentIndicator]
    public var scroll: Int

    public init(project: TalentProject, indicators: [TalentIndicator], scroll: Int) {
        self.project = project
        self.indicators = indicators.filter { $0.project == project }
        self.scroll = scroll
    }

    private static func block(_ project: TalentProject, _ context: PanelContext) -> Block {
        Block(title: context.text(project.label) + context.text(" · 数据与原文", " · figures and sources"), focused: true,
              footer: context.text("Esc 返回 · j/k 滚动", "Esc back · j/k scroll"))
    }

    public func maxScroll(in area: Rect, context: PanelContext) -> Int {
        let inner = Self.block(project, context).inner(area)
        return Paragraph(lines: lines(context)).maxScroll(width: inner.width, height: inner.height)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let block = Self.block(project, context)
        block.render(area, into: &buffer, theme: context.theme)
        Paragraph(lines: lines(context), scroll: scroll).render(block.inner(area), into: &buffer, theme: context.theme)
    }

    func lines(_ context: PanelContext) -> [Line] {
        let theme = context.theme
        var out: [Line] = []
        for indicator in indicators {
            let sourceStyle = indicator.source == .reported ? theme.reported : theme.synthetic
            out.append(Line([Span(theme.symbols.bullet + " " + context.text(indicator.label) + "  ", style: theme.title),
                             Span(TalentProjectPanel.valueText(indicator, context), style: sourceStyle),
                             Span("  " + TalentProjectPanel.dateText(indicator, context) + "  " + context.text(indicator.source.label), style: theme.muted)]))
            if let goal = indicator.goal, let progress = indicator.progress {
                out.append(Line("  " + context.text("目标 ", "Goal ") + context.number(goal) + context.text("", " ") + context.text(indicator.unit)
                                + context.text(" · 完成 ", " · reached ") + Format.fixed(progress * 100, decimals: 0) + "%"))
            }
            if let first = indicator.series.first, let last = indicator.series.last {
                let synthetic = indicator.series.contains { $0.source == .synthetic }
                out.append(Line("  " + context.text("月度序列 ", "Monthly series ") + "\(first.month)…\(last.month)"
                                + (synthetic ? context.text(":模拟序列,末点为报道值", ": a synthetic series ending at the reported value") : ""),
                                style: theme.muted))
            }
            if let excerpt = indicator.excerpt {
                out.append(Line("  " + context.text("原文:", "The article (Chinese): ") + "“" + excerpt + "”"))
            }
            out.append(Line(""))
        }
        return out
    }
}

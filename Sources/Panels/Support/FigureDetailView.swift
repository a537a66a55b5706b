import Domain
import TermUI

/// Reported figures in full, for checking them against the article: each value with its
/// qualifier, unit, date and source, and the article's own words.
public struct FigureDetailView {
    public var title: String
    public var figures: [ReportedFigure]
    public var scroll: Int

    public init(title: String, figures: [ReportedFigure], scroll: Int) {
        self.title = title
        self.figures = figures
        self.scroll = scroll
    }

    private func block(_ context: PanelContext) -> Block {
        Block(title: title, focused: true, footer: context.text("Esc 返回 · j/k 滚动", "Esc back · j/k scroll"))
    }

    public func maxScroll(in area: Rect, context: PanelContext) -> Int {
        let inner = block(context).inner(area)
        return Paragraph(lines: lines(context)).maxScroll(width: inner.width, height: inner.height)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let block = block(context)
        block.render(area, into: &buffer, theme: context.theme)
        Paragraph(lines: lines(context), scroll: scroll).render(block.inner(area), into: &buffer, theme: context.theme)
    }

    func lines(_ context: PanelContext) -> [Line] {
        let theme = context.theme
        var out: [Line] = []
        for figure in figures {
            let date = (figure.since.map { context.text("\($0) 年以来 · ", "since \($0) · ") } ?? "") + context.text("截至 ", "as of ") + figure.asOf
            out.append(Line([Span(theme.symbols.bullet + " " + context.text(figure.label) + "  ", style: theme.title),
                             Span(context.figure(figure) + context.text("", " ") + context.text(figure.unit),
                                  style: figure.source == .reported ? theme.reported : theme.synthetic),
                             Span("  " + date + "  " + context.text(figure.source.label), style: theme.muted)]))
            if let excerpt = figure.excerpt { out.append(Line("  " + context.text("原文:", "The article (Chinese): ") + "“" + excerpt + "”")) }
            out.append(Line(""))
        }
        return out
    }
}

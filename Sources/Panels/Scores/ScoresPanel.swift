import Domain
import TermUI

/// The four report cards (四张成绩单): the month and kind chosen, the units × cards matrix with
/// heat marks, ranks and movement, the warnings of the month with their reasons and next step,
/// and the reported commendations.
public struct ScoresPanel {
    public var board: ScoreBoard
    public var order: [Int]
    public var table: TableViewState
    public var warnings: [UnitWarning]
    public var rule: WarningRule
    public var figures: [ReportedFigure]
    /// Where the scores come from (synthetic, entered).
    public var sources: [Source]

    public init(board: ScoreBoard, order: [Int], table: TableViewState, warnings: [UnitWarning], rule: WarningRule = .standard,
                figures: [ReportedFigure] = [], sources: [Source] = [.synthetic]) {
        self.board = board
        self.order = order
        self.table = table
        self.warnings = warnings
        self.rule = rule
        self.figures = figures
        self.sources = sources
    }

    /// The month line, the matrix, and (when there is room) the warnings box.
    public static func areas(in area: Rect) -> (month: Rect, matrix: Rect, warnings: Rect) {
        let warnings = area.height >= 24 ? min(10, area.height / 3) : area.height >= 18 ? 5 : 0
        let parts = Layout.split(area, .vertical, [.fixed(area.height >= 4 ? 1 : 0), .proportional(1), .fixed(warnings)])
        return (parts[0], parts[1], parts[2])
    }

    public static func tableArea(in area: Rect) -> Rect { Block().inner(areas(in: area).matrix) }

    /// Draws the page; returns where the matrix's headers and rows landed.
    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) -> Table.HitAreas {
        let theme = context.theme
        let parts = Self.areas(in: area)
        let kinds = UnitKind.allCases.map { kind in kind == board.kind ? "[" + context.text(kind.label) + "]" : context.text(kind.label) }
        Line([Span("< " + board.month.description + " >", style: theme.title),
              Span(context.text("  ← → 换月  t 换类别:", "  ← → month  t kind: "), style: theme.muted),
              Span(kinds.joined(separator: " "), style: theme.accent)]).render(parts.month, into: &buffer, theme: theme)
        let source = sources.map { context.text($0.label) }.joined(separator: " + ")
        let title = context.text("四张成绩单 · ", "Four report cards · ") + context.text(board.kind.label) + (source.isEmpty ? "" : " (\(source))")
        let block = Block(title: title, titleRight: "\(order.isEmpty ? 0 : table.selected + 1)/\(order.count)", focused: true,
                          footer: ScoreGrade.legend(context.language) + context.text(" · 单项后为同类名次", " · then the rank among its kind"))
        block.render(parts.matrix, into: &buffer, theme: theme)
        let hits = self.table(context: context).draw(block.inner(parts.matrix), into: &buffer, theme: theme)
        renderWarnings(parts.warnings, into: &buffer, context: context)
        return hits
    }

    public func table(context: PanelContext) -> Table {
        RecordTable(title: "", rows: board.rows, order: order, columns: ScoreColumns.all, state: table).table(context: context)
    }

    private func renderWarnings(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        guard !area.isEmpty else { return }
        let theme = context.theme
        let commended = [("cadres.advanced_individuals", Label(zh: "先进个人", en: "advanced individuals")),
                         ("cadres.excellent_civil_servants", Label(zh: "优秀公务员", en: "excellent civil servants"))]
            .compactMap { id, label in figures.first { $0.id == id }.map { context.text(label) + " " + context.figure($0) } }
        let footer = commended.isEmpty ? nil : context.text("四年表彰 ", "commended in four years: ") + commended.joined(separator: " · ")
            + context.text("(公开报道)", " (reported)")
        let title = context.text("预警 ", "Warnings ") + board.month.description + " · \(warnings.count)"
        let block = Block(title: title, footer: footer)
        block.render(area, into: &buffer, theme: theme)
        // The rule takes two lines at 80 columns: shown when the box has room beside the warnings.
        let inner = block.inner(area)
        var lines = inner.height >= 6 || warnings.isEmpty ? [Line(context.text("规则:", "Rule: ") + context.text(rule.description), style: theme.muted)] : []
        if warnings.isEmpty { lines.append(Line(context.text("本月无单位预警", "No unit is in warning this month"), style: theme.ok)) }
        for warning in warnings {
            let months = context.text("连续 \(warning.monthsRunning) 个月", "\(warning.monthsRunning) month" + (warning.monthsRunning == 1 ? "" : "s"))
            lines.append(Line([Span(context.text(warning.name) + "  ", style: theme.title),
                               Span(context.text("下一步:", "next: ") + context.text(warning.step.label) + " · " + months + "  ", style: theme.danger),
                               Span(warning.reasons.map { context.text($0) }.joined(separator: context.text(";", "; ")))]))
        }
        Paragraph(lines: lines).render(inner, into: &buffer, theme: theme)
    }
}

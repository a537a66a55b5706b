import Domain
import TermUI

/// The front page: four headline counts from the records, and the article's reported figures.
public struct OverviewPanel {
    public var figures: [ReportedFigure]
    public var order: [Int]
    public var table: TableViewState
    public var headlines: Headlines

    public init(figures: [ReportedFigure], order: [Int], table: TableViewState, headlines: Headlines) {
        self.figures = figures
        self.order = order
        self.table = table
        self.headlines = headlines
    }

    public static let figureColumns: [ColumnSpec<ReportedFigure>] = [
        ColumnSpec(Label(zh: "领域", en: "Area"), min: 4, max: 10, text: { f, c in c.text(f.area.label) }),
        ColumnSpec(Label(zh: "数据", en: "Figure"), min: 10, max: 60, weight: 1, text: { f, c in c.text(f.label) }),
        ColumnSpec(Label(zh: "数值", en: "Value"), min: 6, max: 12, alignRight: true,
                   text: { f, c in c.figure(f) }, sortKey: { f, _ in .number(f.value) }),
        ColumnSpec(Label(zh: "单位", en: "Unit"), min: 2, max: 10, text: { f, c in c.text(f.unit) }),
        ColumnSpec(Label(zh: "时间", en: "As of"), min: 7, max: 10, text: { f, _ in f.asOf }),
        ColumnSpec(Label(zh: "来源", en: "Source"), min: 4, max: 10, text: { f, c in c.text(f.source.label) },
                   style: { f, c in f.source == .reported ? c.theme.reported : c.theme.synthetic }),
    ]

    private static func split(_ area: Rect) -> [Rect] {
        Layout.split(area, .vertical, [.fixed(area.height >= 20 ? 6 : 4), .proportional(1)])
    }

    /// Where the figures table's rows go inside the panel's area (for paging and clicks).
    public static func tableArea(in area: Rect) -> Rect { RecordTable<ReportedFigure>.tableArea(in: split(area)[1]) }

    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) -> Table.HitAreas {
        let parts = Self.split(area)
        renderHeadlines(parts[0], into: &buffer, context: context)
        return RecordTable(title: context.text("公开报道的数据", "Reported figures"), rows: figures, order: order,
                    columns: Self.figureColumns, state: table)
            .render(parts[1], into: &buffer, context: context)
    }

    private func renderHeadlines(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let boxes: [(Label, Int, Style)] = [
            (Label(zh: "人选库", en: "Cadre pool"), headlines.pool, context.theme.accent),
            (Label(zh: "已选拔使用", en: "Appointed"), headlines.appointed, context.theme.accent),
            (Label(zh: "未办结诉求", en: "Open requests"), headlines.open, context.theme.warn),
            (Label(zh: "超期诉求", en: "Overdue"), headlines.overdue, context.theme.danger),
        ]
        let areas = Layout.split(area, .horizontal, boxes.map { _ in .proportional(1) })
        for ((label, value, style), box) in zip(boxes, areas) {
            // The source goes in the bottom border: beside the title it squeezes both in a quarter of 80 columns.
            let block = Block(title: context.text(label), footer: context.text(Source.synthetic.label))
            block.render(box, into: &buffer, theme: context.theme)
            BigNumber(text: context.number(Double(value)), caption: nil, style: style)
                .render(block.inner(box), into: &buffer, theme: context.theme)
        }
    }
}

import Domain
import TermUI

/// The lion-type (狮子型) cadre pool: the funnel (the article's reported figures beside the pool's
/// own stages), the line of active filters (or the search being typed) with "N of M", and the
/// pool table with the five criteria as bars.
public struct CadresPanel {
    public var cadres: [Cadre]
    public var order: [Int]
    public var table: TableViewState
    public var funnel: PoolFunnel
    public var sources: [Source]
    public var figures: [ReportedFigure]
    public var filter: CadreFilter
    /// The search text while it is being typed after `/`.
    public var search: TextFieldState?
    /// Rows another user just changed.
    public var highlighted: Set<String>

    public init(cadres: [Cadre], order: [Int], table: TableViewState, funnel: PoolFunnel, sources: [Source] = [.synthetic],
                figures: [ReportedFigure] = [], filter: CadreFilter = .all, search: TextFieldState? = nil, highlighted: Set<String> = []) {
        self.cadres = cadres
        self.order = order
        self.table = table
        self.funnel = funnel
        self.sources = sources
        self.figures = figures
        self.filter = filter
        self.search = search
        self.highlighted = highlighted
    }

    /// The funnel (a bar per stage on tall screens, two lines on others, none on the smallest),
    /// the filter line and the table's box.
    public static func areas(in area: Rect) -> (funnel: Rect, filter: Rect, table: Rect) {
        let funnel = area.height >= 34 ? CadreStage.allCases.count + 2 : area.height >= 18 ? 4 : 0
        let line = area.height >= 4 ? 1 : 0
        let parts = Layout.split(area, .vertical, [.fixed(funnel), .fixed(line), .proportional(1)])
        return (parts[0], parts[1], parts[2])
    }

    /// Where the table's rows go inside the panel's area (for paging and clicks).
    public static func tableArea(in area: Rect) -> Rect { Block().inner(areas(in: area).table) }

    /// Where the terminal cursor goes while the search is typed.
    public func searchCursor(in area: Rect, context: PanelContext) -> (x: Int, y: Int)? {
        filterLine(context).cursor(in: Self.areas(in: area).filter)
    }

    /// Draws the panel; returns where the table's headers and rows landed.
    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) -> Table.HitAreas {
        let parts = Self.areas(in: area)
        renderFunnel(parts.funnel, into: &buffer, context: context)
        filterLine(context).render(parts.filter, into: &buffer, context: context)
        let source = sources.map { context.text($0.label) }.joined(separator: " + ")
        let title = context.text("狮子型干部人选库", "Lion-type cadre pool") + (source.isEmpty ? "" : " (" + source + ")")
        let footer = context.text("五项条形:忠诚 思想 善谋 担当 实绩,50–100 分", "bars: loyal, open, planning, responsibility, results, 50–100")
        let block = Block(title: title, titleRight: "\(order.isEmpty ? 0 : table.selected + 1)/\(order.count)", focused: true, footer: footer)
        block.render(parts.table, into: &buffer, theme: context.theme)
        return self.table(context: context).draw(block.inner(parts.table), into: &buffer, theme: context.theme)
    }

    /// The pool table as drawn; only the visible rows' cells are ever made.
    public func table(context: PanelContext) -> Table {
        let empty = context.text("没有符合筛选条件的干部(c 清除筛选)", "No cadre matches the filters (c clears them)")
        return RecordTable(title: "", rows: cadres, order: order, columns: CadreColumns.all, state: table,
                           emptyMessage: cadres.isEmpty ? nil : empty, highlight: { highlighted.contains($0.id) })
            .table(context: context)
    }

    // MARK: The funnel

    private func figure(_ id: String) -> ReportedFigure? { figures.first { $0.id == id } }

    /// The article's figures in one line: city 309 → 151 appointed, districts 1,108, the first batch.
    func reportedLine(_ context: PanelContext) -> String {
        var parts: [String] = []
        if let identified = figure("cadres.city_candidates") {
            var text = context.text("市级人选 ", "city candidates ") + context.figure(identified)
            if let appointed = figure("cadres.city_appointed") {
                text += context.text(" → 任用到攻坚岗位 ", " → appointed to hard posts ") + context.figure(appointed)
            }
            parts.append(text + " (\(identified.asOf))")
        }
        if let district = figure("cadres.district_candidates") {
            parts.append(context.text("区级人选 ", "district candidates ") + context.figure(district) + " (\(district.asOf))")
        }
        if let batch = figure("cadres.first_batch") {
            var text = context.text("首批 ", "first batch ") + context.figure(batch) + context.text(" 人 \(batch.asOf) 到任", " took office \(batch.asOf)")
            if let low = figure("cadres.first_batch_min_age"), let high = figure("cadres.first_batch_max_age") {
                text += context.text(",\(context.number(low.value))–\(context.number(high.value)) 岁", ", aged \(context.number(low.value))–\(context.number(high.value))")
            }
            parts.append(text)
        }
        return parts.joined(separator: context.text(";", "; "))
    }

    /// The pool's own stages in one line: discovered 799 → under review 303 → … .
    func stagesLine(_ context: PanelContext) -> String {
        let flow: [CadreStage] = [.discovered, .underReview, .appointed, .inPost]
        let ends: [CadreStage] = [.promoted, .kept, .adjustedDown, .out]
        let counts = { (stages: [CadreStage]) in stages.map { context.text($0.label) + " " + context.number(Double(funnel.count($0))) } }
        return counts(flow).joined(separator: " → ") + " → " + counts(ends).joined(separator: " · ")
    }

    private func renderFunnel(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        guard !area.isEmpty else { return }
        let theme = context.theme
        let source = sources.map { context.text($0.label) }.joined(separator: " + ")
        guard area.height > 4 else {
            let block = Block(title: context.text("狮子型干部人选库 · 选拔流程", "Lion-type cadre pool · selection"))
            block.render(area, into: &buffer, theme: theme)
            let inner = block.inner(area)
            Line([Span(context.text("报道 ", "reported ") + reportedLine(context), style: theme.reported)]).render(inner.row(0), into: &buffer, theme: theme)
            Line([Span(context.text("库内 ", "pool ") + (source.isEmpty ? "" : "(\(source)) "), style: theme.synthetic),
                  Span(stagesLine(context))]).render(inner.row(1), into: &buffer, theme: theme)
            return
        }
        let halves = Layout.split(area, .horizontal, [.proportional(2), .proportional(3)])
        let reported = Block(title: context.text("公开报道", "Reported"), footer: context.text(Source.reported.label))
        reported.render(halves[0], into: &buffer, theme: theme)
        let inner = reported.inner(halves[0])
        // The article's own funnel: city candidates found, then appointed to hard posts.
        let stages = [("cadres.city_candidates", Label(zh: "市级人选", en: "City candidates")),
                      ("cadres.city_appointed", Label(zh: "任用到攻坚岗位", en: "Appointed to hard posts"))]
            .compactMap { id, label in figure(id).map { Funnel.Stage(label: context.text(label), value: $0.value) } }
        let funnelRows = stages.count == 2 && inner.height >= 6 ? 2 : 0
        let parts = Layout.split(inner, .vertical, [.fixed(funnelRows), .proportional(1)])
        Funnel(stages: stages, valueFormatter: { context.number($0) }, style: theme.reported).render(parts[0], into: &buffer, theme: theme)
        Paragraph(lines: reportedLine(context).components(separatedBy: context.text(";", "; ")).map { Line($0, style: theme.reported) })
            .render(parts[1], into: &buffer, theme: theme)
        let title = context.text("人选库各阶段 · 曾任用 ", "Pool by stage · ever appointed ") + context.number(Double(funnel.appointed()))
        let pool = Block(title: title, footer: source)
        pool.render(halves[1], into: &buffer, theme: theme)
        BarChart(bars: CadreStage.allCases.map { (context.text($0.label), Double(funnel.count($0))) }, style: theme.accent)
            .render(pool.inner(halves[1]), into: &buffer, theme: theme)
    }

    // MARK: The filter line

    private func filterLine(_ context: PanelContext) -> FilterLine {
        FilterLine(count: context.text("\(order.count) 人 / 共 \(cadres.count)", "\(order.count) of \(cadres.count)"), search: search,
                   placeholder: context.text("搜索姓名、编号、单位、岗位", "search name, id, unit, post"),
                   parts: CadreFilterSummary.parts(filter, context: context),
                   hint: context.text("全部干部 · / 搜索  f 筛选  w 有预警  b 首批", "All cadres · / search  f filter  w warned  b first batch"))
    }
}

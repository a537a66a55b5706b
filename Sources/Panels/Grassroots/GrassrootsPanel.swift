import Domain
import TermUI

/// Party building at the grassroots (基层党建): the "1314" model of the Red Engine project, party
/// coverage of the "two new" organizations (non-public enterprises and social organizations) as
/// gauges, the instructor network, and the parks, clusters and enterprises reached — every
/// figure the article's, with its date.
public struct GrassrootsPanel {
    public var figures: [ReportedFigure]

    public init(figures: [ReportedFigure]) {
        self.figures = figures.filter { $0.area == .grassroots }
    }

    private func figure(_ id: String) -> ReportedFigure? { figures.first { $0.id == "grassroots." + id } }

    /// The model's four parts as the article words them.
    static let model: [(key: String, text: Label)] = [
        ("1", Label(zh: "建强一个基层党组织:社区大党委,区域内各类党组织共建、共治、共享",
                    en: "One strong community party committee, built, run and shared by every party organization in the area")),
        ("3", Label(zh: "党组织领导自治、法治、德治“三治”并举",
                    en: "Three kinds of governance led by the party: self-government, rule of law, rule of virtue")),
        ("1", Label(zh: "构建全面、精准、精细的社区服务体系",
                    en: "One complete, precise and careful system of community services")),
        ("4", Label(zh: "“四全”:工作力量全进入、群众需求全收集、分类分级全解决、服务过程全评价(见 3 红色引擎)",
                    en: "Four “alls”: all workers in, all requests collected, all resolved by class and level, all service rated (see 3 Grid)")),
    ]

    public struct Areas: Equatable {
        public var model: Rect
        public var coverage: Rect
        public var instructors: Rect
        public var reach: Rect
    }

    public static func areas(in area: Rect) -> Areas {
        let modelRows = area.height >= 16 ? 6 : 0
        let rows = Layout.split(area, .vertical, [.fixed(modelRows), .proportional(3), .proportional(2)])
        let middle = Layout.split(rows[1], .horizontal, [.proportional(1), .proportional(1)])
        return Areas(model: rows[0], coverage: middle[0], instructors: middle[1], reach: rows[2])
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        guard !figures.isEmpty else {
            CenteredMessage([(context.text("数据中没有基层党建的报道数据", "The data has no grassroots figures"), theme.muted)]).render(area, into: &buffer, theme: theme)
            return
        }
        let areas = Self.areas(in: area)
        renderModel(areas.model, into: &buffer, context: context)
        renderCoverage(areas.coverage, into: &buffer, context: context)
        renderInstructors(areas.instructors, into: &buffer, context: context)
        renderReach(areas.reach, into: &buffer, context: context)
    }

    private func dated(_ title: String, _ list: [ReportedFigure?], _ context: PanelContext) -> Block {
        let dates = Array(Set(list.compactMap { $0?.asOf })).sorted().joined(separator: ", ")
        return Block(title: title, titleRight: context.text(Source.reported.label) + (dates.isEmpty ? "" : " " + dates))
    }

    private func renderModel(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        guard !area.isEmpty else { return }
        let theme = context.theme
        let block = Block(title: context.text("红色引擎工程 · “1314”模式", "The Red Engine project · the “1314” model"),
                          titleRight: context.text(Source.reported.label), footer: context.keyHint("Enter 原文摘录", "Enter source excerpts"))
        block.render(area, into: &buffer, theme: theme)
        let lines = Self.model.map { Line([Span(" " + $0.key + " ", style: theme.tabActive), Span(" " + context.text($0.text))]) }
        Paragraph(lines: lines, wrap: false).render(block.inner(area), into: &buffer, theme: theme)
    }

    private func renderCoverage(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let gauges = [(figure("coverage_nonpublic"), Label(zh: "非公企业", en: "Non-public enterprises")),
                      (figure("coverage_social"), Label(zh: "社会组织", en: "Social organizations"))]
        let block = dated(context.text("“两新”党组织覆盖率", "“Two new” party coverage"), gauges.map(\.0), context)
        block.render(area, into: &buffer, theme: theme)
        let inner = block.inner(area).inset(left: 1, right: 1)
        let shown = gauges.compactMap { item in item.0.map { ($0, item.1) } }
        guard !inner.isEmpty, !shown.isEmpty else { return }
        let labelWidth = shown.map { DisplayWidth.of(context.text($0.1)) }.max() ?? 0
        // Each gauge a band of the height: one row on small screens, thicker on large ones.
        let bands = Layout.split(inner, .vertical, shown.map { _ in .proportional(1) })
        for ((figure, label), band) in zip(shown, bands) {
            // Thick enough to read across a room on a big screen, a row on a small one.
            let thickness = max(1, min(9, band.height - 2))
            let bar = Rect(x: band.x + labelWidth + 1, y: band.y + (band.height - thickness) / 2, width: max(0, band.width - labelWidth - 1), height: thickness)
            buffer.write(context.text(label), x: band.x, y: bar.y + thickness / 2, style: theme.base)
            Gauge(ratio: figure.value / 100, label: context.figure(figure) + "%", style: theme.ok).render(bar, into: &buffer, theme: theme)
        }
    }

    private func renderInstructors(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let parts = [(figure("instructors"), Label(zh: "党建指导员", en: "instructors")),
                     (figure("instructor_teams"), Label(zh: "党建指导团", en: "instructor teams")),
                     (figure("guided_clusters"), Label(zh: "联系指导集聚区", en: "clusters guided")),
                     (figure("key_organizations"), Label(zh: "重点“两新”组织", en: "key “two new” organizations"))]
        let block = dated(context.text("党建指导员队伍", "Party-building instructors"), parts.map(\.0), context)
        block.render(area, into: &buffer, theme: theme)
        let inner = block.inner(area).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let bars = parts.compactMap { item in item.0.map { (label: context.text(item.1), value: $0.value) } }
        // On a tall panel the instructors' number leads in big digits above the bars.
        var chart = inner
        if inner.height >= 12, let lead = parts[0].0 {
            let rows = Layout.split(inner, .vertical, [.fixed(min(8, inner.height / 2)), .proportional(1)])
            BigNumber(text: context.figure(lead) + context.text(lead.unit.zh, ""), caption: context.text(parts[0].1), style: theme.reported,
                      words: context.titleFont)
                .render(rows[0], into: &buffer, theme: theme)
            chart = rows[1]
        }
        BarChart(bars: bars, valueFormatter: { context.number($0) }, style: theme.accent).render(chart, into: &buffer, theme: theme)
    }

    private func renderReach(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let theme = context.theme
        let tiles = [(figure("parks_buildings_markets"), Label(zh: "“四服务一提升”园区楼宇商圈", en: "Parks, buildings, markets")),
                     (figure("demonstration_clusters"), Label(zh: "示范创建集聚区", en: "Demonstration clusters")),
                     (figure("soe_charters"), Label(zh: "党建入章程的市属国企", en: "City SOEs, party in charter")),
                     (figure("industry_committees"), Label(zh: "行业党委", en: "Industry party committees"))]
            .compactMap { item in item.0.map { ($0, item.1) } }
        guard !tiles.isEmpty else { return }
        let boxes = Layout.split(area, .horizontal, tiles.map { _ in .proportional(1) })
        let values = tiles.map { context.figure($0.0) + context.text($0.0.unit) }
        let inner = boxes.map { Block().inner($0) }
        let font = BigNumber.font(fitting: values, width: inner.map(\.width).min() ?? 0, height: inner.first?.height ?? 0, captioned: false,
                                  ascii: theme.symbols.isASCII, words: context.titleFont)
        for ((figure, label), (box, value)) in zip(tiles, zip(boxes, values)) {
            let block = Block(title: context.text(label), footer: context.text(Source.reported.label) + " " + figure.asOf)
            block.render(box, into: &buffer, theme: theme)
            let tile = block.inner(box)
            // With room below the number, the article's own words for it.
            let words = tile.height >= (font?.rows ?? 1) + 4 ? figure.excerpt : nil
            let parts = Layout.split(tile, .vertical, [.proportional(1), .fixed(words == nil ? 0 : min(4, tile.height / 3))])
            BigNumber(text: value, caption: nil, style: theme.reported, maxRows: font?.rows ?? 0, words: context.titleFont)
                .render(parts[0], into: &buffer, theme: theme)
            if let words {
                Paragraph(lines: [Line("“" + words + "”", style: theme.muted, alignment: .center)]).render(parts[1].inset(left: 1, right: 1), into: &buffer, theme: theme)
            }
        }
    }
}

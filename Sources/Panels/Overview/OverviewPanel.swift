import Domain
import TermUI

/// The front page as a command centre: headline tiles across the top; below, the district map,
/// the latest report card's best and worst districts, alerts, and the feed of changes. Three
/// columns on wide screens, two below 160 columns.
public struct OverviewPanel {
    public var dataset: Dataset
    public var headlines: Headlines
    public var districts: DistrictMetrics
    public var summary: UnitSummary
    public var feed: ActivityFeed
    public var metric: MapMetric

    public init(dataset: Dataset, headlines: Headlines, districts: DistrictMetrics, summary: UnitSummary, feed: ActivityFeed, metric: MapMetric) {
        self.dataset = dataset
        self.headlines = headlines
        self.districts = districts
        self.summary = summary
        self.feed = feed
        self.metric = metric
    }

    /// Where each element goes in the body.
    public struct Areas: Equatable {
        public var tiles: Rect
        public var map: Rect
        public var leaders: Rect
        public var alerts: Rect
        public var feed: Rect
    }

    public static func areas(in area: Rect) -> Areas {
        let rows = Layout.split(area, .vertical, [.fixed(HeadlineTiles.height(for: area.height)), .proportional(1)])
        let alertRows = 5
        if area.width >= 160 {
            let columns = Layout.split(rows[1], .horizontal, [.proportional(4), .proportional(3), .proportional(3)])
            let middle = Layout.split(columns[1], .vertical, [.proportional(1), .fixed(alertRows)])
            return Areas(tiles: rows[0], map: columns[0], leaders: middle[0], alerts: middle[1], feed: columns[2])
        }
        let columns = Layout.split(rows[1], .horizontal, [.proportional(1), .proportional(1)])
        let leaderRows = min(15, max(5, (columns[1].height - alertRows) / 2))
        let right = Layout.split(columns[1], .vertical, [.fixed(alertRows), .fixed(leaderRows), .proportional(1)])
        return Areas(tiles: rows[0], map: columns[0], leaders: right[1], alerts: right[0], feed: right[2])
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let areas = Self.areas(in: area)
        HeadlineTiles(headlines: headlines, dataset: dataset, context: context).render(areas.tiles, into: &buffer, context: context)
        renderMap(areas.map, into: &buffer, context: context)
        UnitLeaders(summary: summary).render(areas.leaders, into: &buffer, context: context)
        OverviewAlerts(districts: districts, summary: summary).render(areas.alerts, into: &buffer, context: context)
        ActivityFeedView(feed: feed).render(areas.feed, into: &buffer, context: context)
    }

    private func renderMap(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let sources = metric == .rank ? summary.sources : headlines.ticketSources
        let block = Block(title: context.text("武汉 · ", "Wuhan · ") + context.text(metric.label),
                          titleRight: sources.map { context.text($0.label) }.joined(separator: "+"),
                          footer: context.keyHint("m 换指标", "m next measure"))
        block.render(area, into: &buffer, theme: context.theme)
        WuhanMap.tiles(metric: metric, districts: districts, units: summary, context: context)
            .render(block.inner(area), into: &buffer, theme: context.theme)
    }
}

import Domain
import TermUI

/// The Red Engine grid: the metrics strip, the line of active filters (or the search being
/// typed) with "N of M", and the ticket queue, most urgent deadline first by default.
public struct GridPanel {
    public var tickets: [Ticket]
    public var order: [Int]
    public var table: TableViewState
    public var metrics: GridMetrics?
    public var filter: TicketFilter
    /// The search text while it is being typed after `/`.
    public var search: TextFieldState?
    /// Rows another operator just changed.
    public var highlighted: Set<String>
    /// The queue's backlog as charts, when shown.
    public var backlog: Backlog?

    public init(tickets: [Ticket], order: [Int], table: TableViewState, metrics: GridMetrics? = nil,
                filter: TicketFilter = .all, search: TextFieldState? = nil, highlighted: Set<String> = [], backlog: Backlog? = nil) {
        self.tickets = tickets
        self.order = order
        self.table = table
        self.metrics = metrics
        self.filter = filter
        self.search = search
        self.highlighted = highlighted
        self.backlog = backlog
    }

    /// The strip (when there is room for it), the filter line, the queue's box and, with the
    /// backlog shown, its pane: beside the queue on wide screens, below it on others.
    public static func areas(in area: Rect, backlog: Bool = false) -> (strip: Rect, filter: Rect, queue: Rect, backlog: Rect) {
        let strip = area.height >= 12 ? MetricsStrip.height : 0
        let line = area.height >= 4 ? 1 : 0
        let parts = Layout.split(area, .vertical, [.fixed(strip), .fixed(line), .proportional(1)])
        guard backlog else { return (parts[0], parts[1], parts[2], .zero) }
        if let side = BacklogPanel.sideWidth(for: parts[2].width) {
            let columns = Layout.split(parts[2], .horizontal, [.proportional(1), .fixed(side)])
            return (parts[0], parts[1], columns[0], columns[1])
        }
        let rows = Layout.split(parts[2], .vertical, [.proportional(1), .proportional(1)])
        return (parts[0], parts[1], rows[0], rows[1])
    }

    /// Where the table's rows go inside the panel's area (for paging and clicks).
    public static func tableArea(in area: Rect, backlog: Bool = false) -> Rect { Block().inner(areas(in: area, backlog: backlog).queue) }

    /// Where the terminal cursor goes while the search is typed.
    public func searchCursor(in area: Rect, context: PanelContext) -> (x: Int, y: Int)? {
        filterLine(context).cursor(in: Self.areas(in: area).filter)
    }

    /// Draws the panel; returns where the queue's headers and rows landed.
    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) -> Table.HitAreas {
        let parts = Self.areas(in: area, backlog: backlog != nil)
        if let backlog { BacklogPanel(backlog: backlog).render(parts.backlog, into: &buffer, context: context) }
        if let metrics, !parts.strip.isEmpty {
            MetricsStrip(metrics: metrics).render(parts.strip, into: &buffer, context: context)
        }
        filterLine(context).render(parts.filter, into: &buffer, context: context)
        let sources = (metrics?.sources ?? GridMetrics.sources(of: tickets)).map { context.text($0.label) }
        let title = context.text("红色引擎 · 群众诉求", "Red Engine · residents' requests") + (sources.isEmpty ? "" : " (" + sources.joined(separator: " + ") + ")")
        let block = Block(title: title, titleRight: "\(order.isEmpty ? 0 : table.selected + 1)/\(order.count)", focused: true)
        block.render(parts.queue, into: &buffer, theme: context.theme)
        return self.table(context: context).draw(block.inner(parts.queue), into: &buffer, theme: context.theme)
    }

    /// The queue as drawn; only the visible rows' cells are ever made.
    public func table(context: PanelContext) -> Table {
        let empty = context.text("没有符合筛选条件的工单(c 清除筛选)", "No ticket matches the filters (c clears them)")
        return RecordTable(title: "", rows: tickets, order: order, columns: TicketColumns.all, state: table,
                           emptyMessage: tickets.isEmpty ? nil : empty, highlight: { highlighted.contains($0.id) })
            .table(context: context)
    }

    private func filterLine(_ context: PanelContext) -> FilterLine {
        FilterLine(count: context.text("\(order.count) 条 / 共 \(tickets.count)", "\(order.count) of \(tickets.count)"), search: search,
                   placeholder: context.text("搜索标题、描述、备注", "search title, description, notes"),
                   parts: FilterSummary.parts(filter, context: context),
                   hint: context.text("全部工单 · / 搜索  f 筛选  o 超期  m 我的  u 未派单", "All tickets · / search  f filter  o overdue  m mine  u unassigned"))
    }
}

import Domain
import TermUI

/// The Red Engine grid: residents' requests in a queue, most urgent deadline first.
public struct GridPanel {
    public var tickets: [Ticket]
    public var order: [Int]
    public var table: TableViewState

    public init(tickets: [Ticket], order: [Int], table: TableViewState) {
        self.tickets = tickets
        self.order = order
        self.table = table
    }

    /// Where the table's rows go inside the panel's area (for paging and clicks).
    public static func tableArea(in area: Rect) -> Rect { RecordTable<Ticket>.tableArea(in: area) }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let title = context.text("红色引擎 · 群众诉求", "Red Engine · residents' requests") + " (" + context.text(Source.synthetic.label) + ")"
        RecordTable(title: title, rows: tickets, order: order, columns: TicketColumns.all, state: table)
            .render(area, into: &buffer, context: context)
    }
}

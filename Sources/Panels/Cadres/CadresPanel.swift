import Domain
import TermUI

/// The lion-type (狮子型) cadre pool: every candidate with stage, scores and points.
public struct CadresPanel {
    public var cadres: [Cadre]
    public var order: [Int]
    public var table: TableViewState

    public init(cadres: [Cadre], order: [Int], table: TableViewState) {
        self.cadres = cadres
        self.order = order
        self.table = table
    }

    /// Where the table's rows go inside the panel's area (for paging and clicks).
    public static func tableArea(in area: Rect) -> Rect { RecordTable<Cadre>.tableArea(in: area) }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let title = context.text("狮子型干部人选库", "Lion-type cadre pool") + " (" + context.text(Source.synthetic.label) + ")"
        RecordTable(title: title, rows: cadres, order: order, columns: CadreColumns.all, state: table)
            .render(area, into: &buffer, context: context)
    }
}

import Domain
import TermUI

/// One column of a record table: its title, width limits, how a row reads in it and sorts by it.
public struct ColumnSpec<Row>: Sendable {
    public var title: Label
    public var minWidth: Int
    public var maxWidth: Int
    public var alignRight: Bool
    public var weight: Int
    /// Which columns stay when not all fit: the lowest goes first.
    public var priority: Int
    public var text: @Sendable (Row, PanelContext) -> String
    public var style: @Sendable (Row, PanelContext) -> Style?
    public var sortKey: @Sendable (Row, PanelContext) -> SortKey

    public init(_ title: Label, min: Int = 2, max: Int = 40, alignRight: Bool = false, weight: Int = 0, priority: Int = 0,
                text: @escaping @Sendable (Row, PanelContext) -> String,
                style: @escaping @Sendable (Row, PanelContext) -> Style? = { _, _ in nil },
                sortKey: (@Sendable (Row, PanelContext) -> SortKey)? = nil) {
        self.title = title
        self.minWidth = min
        self.maxWidth = max
        self.alignRight = alignRight
        self.weight = weight
        self.priority = priority
        self.text = text
        self.style = style
        self.sortKey = sortKey ?? { row, context in .text(text(row, context)) }
    }
}

/// How a table column is sized and aligned. Widths come from the header and the visible cells,
/// clamped to `minWidth…maxWidth`; columns with `weight > 0` share the spare width. When not
/// all fit, the lowest `priority` goes first (the rightmost among equals).
public struct TableColumn: Equatable, Sendable {
    public var title: String
    public var minWidth: Int
    public var maxWidth: Int
    public var alignRight: Bool
    public var weight: Int
    public var priority: Int

    public init(title: String, minWidth: Int = 1, maxWidth: Int = Int.max, alignRight: Bool = false, weight: Int = 0, priority: Int = 0) {
        self.title = title
        self.minWidth = max(0, minWidth)
        self.maxWidth = max(self.minWidth, maxWidth)
        self.alignRight = alignRight
        self.weight = max(0, weight)
        self.priority = priority
    }
}

/// What the grid page does: its table, the queue's filters and search, the detail, and the
/// ticket operations (by operation spec id).
public enum GridCommand: Equatable, Sendable {
    case table(TableCommand)
    case openDetail
    /// Esc: back from the detail to the queue, else clear the filters.
    case back
    case revealPhone
    case startSearch
    case toggleOverdue
    case toggleMine
    case toggleUnassigned
    case clearFilters
    case openFilterMenu
    /// Shows or hides the backlog charts beside the queue.
    case toggleBacklog
    /// Starts an operation on the selected (or open) ticket: a form, or the change at once.
    case operation(String)
}

/// What the cadre page does: its table, the pool's filters and search, a cadre's record, and the
/// cadre operations (by operation spec id).
public enum CadreCommand: Equatable, Sendable {
    case table(TableCommand)
    case openDetail
    /// Esc: back from the record to the table, else clear the filters.
    case back
    case startSearch
    case toggleWarned
    case toggleFirstBatch
    case clearFilters
    case openFilterMenu
    /// Starts an operation on the selected (or open) cadre: a form, or the change at once.
    case operation(String)
}

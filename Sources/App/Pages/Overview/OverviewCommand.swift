/// What the overview does: the command centre's map measure, and the reported-figures table.
public enum OverviewCommand: Equatable, Sendable {
    /// The figures table's cursor and sort (the command centre has no cursor).
    case table(TableCommand)
    case toggleView
    case nextMapMetric
}

/// What the report-card page does: its table, the month and the kind of unit shown, a unit's
/// detail, and entering a score.
public enum ScoresCommand: Equatable, Sendable {
    case table(TableCommand)
    case previousMonth
    case nextMonth
    case nextKind
    case openDetail
    case back
    /// Enter a score for the selected (or open) unit.
    case enterScore
}

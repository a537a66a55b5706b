/// What the talent page does: the four project panels or the indicator table, and a project's
/// figures with the article's words.
public enum TalentCommand: Equatable, Sendable {
    /// Moves the selected panel in the dashboard, the cursor in the table, the scroll in the detail.
    case table(TableCommand)
    case toggleView
    case selectProject(Int)
    case openDetail
    case back
}

/// What the grassroots page does: open the article's words for its figures, scroll them, close.
public enum GrassrootsCommand: Equatable, Sendable {
    case openDetail
    case back
    /// Scrolls the open detail.
    case scroll(TableCommand)
}

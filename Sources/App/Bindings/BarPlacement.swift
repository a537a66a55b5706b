/// Where a binding shows in the key bar: nowhere (help and palette only), always, or in some of
/// the page modes (quit hides in the ticket detail, whose bar is full of actions).
public enum BarPlacement: Equatable, Sendable {
    case never
    case always
    case modes(Set<String>)
}

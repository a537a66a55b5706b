/// Where a line of text sits when it is narrower than its row.
public enum Alignment: Sendable {
    case left
    case center
    case right
}

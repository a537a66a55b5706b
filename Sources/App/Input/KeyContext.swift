/// Where the keyboard is, which decides what a key does and which hints the key bar shows. While
/// a text input (the search, a form) has the keyboard, keys go to it and the key map is not asked.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    /// The overview, cadre and talent tabs.
    case browse
    /// The grid tab's ticket queue.
    case queue
    /// One ticket's detail on the grid tab.
    case detail

    public static let all = Set(allCases)
    public static let grid: Set<KeyContext> = [.queue, .detail]
}

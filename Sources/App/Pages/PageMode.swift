/// The modes pages are in, by name, which bindings and the key bar refer to.
public enum PageMode {
    /// A page that shows a table to browse.
    public static let browse = "browse"
    /// The grid's ticket queue.
    public static let queue = "queue"
    /// One record's detail in place of the table.
    public static let detail = "detail"
    /// A dashboard of panels (the talent projects), one of them selected.
    public static let board = "board"
}

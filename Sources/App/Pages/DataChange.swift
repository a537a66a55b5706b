/// Which records changed and whether another process changed them (so a page can make them
/// stand out) or this app saved them.
public struct DataChange: Equatable, Sendable {
    /// The changed records' ids; nil when everything may have changed (a reload).
    public var ids: Set<String>?
    public var byOthers: Bool

    public init(ids: Set<String>?, byOthers: Bool) {
        self.ids = ids
        self.byOthers = byOthers
    }
}

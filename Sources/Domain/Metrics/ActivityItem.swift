/// One change in the overview's feed: the record it touched and the history event it left.
public struct ActivityItem: Sendable, Equatable {
    public var ref: RecordRef
    public var recordID: String
    /// The ticket's title, the cadre's name, the unit's name.
    public var title: Label
    public var event: HistoryEvent

    public init(ref: RecordRef, recordID: String, title: Label, event: HistoryEvent) {
        self.ref = ref
        self.recordID = recordID
        self.title = title
        self.event = event
    }
}

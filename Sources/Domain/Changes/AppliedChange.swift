import Foundation

/// What `Dataset.apply` did: the record's id (assigned for `create`) and its new revision.
public struct AppliedChange: Sendable, Equatable {
    public var recordID: String
    public var revision: Int
    public var event: HistoryEvent

    public init(recordID: String, revision: Int, event: HistoryEvent) {
        self.recordID = recordID
        self.revision = revision
        self.event = event
    }
}

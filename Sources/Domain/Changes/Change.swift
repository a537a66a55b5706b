/// One requested change to one record, as the journal stores it.
public struct Change: Codable, Sendable, Equatable {
    /// The record to change. For `create`, empty to take the next ticket id, or the id to give the
    /// new ticket (the Store journals the assigned id so replay gives the same one).
    public var recordID: String
    /// The revision the caller based the change on; nil applies to whatever is current.
    public var expectedRevision: Int?
    public var operation: Operation

    public init(recordID: String, expectedRevision: Int? = nil, operation: Operation) {
        self.recordID = recordID
        self.expectedRevision = expectedRevision
        self.operation = operation
    }
}

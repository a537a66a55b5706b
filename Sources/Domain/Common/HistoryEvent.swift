import Foundation

/// One applied change as it appears in a record's history (the journal holds the full change).
public struct HistoryEvent: Codable, Sendable, Equatable {
    /// The journal sequence number of the change.
    public var seq: Int
    public var actor: String
    public var at: Date
    /// The operation's wire name, e.g. `escalate`.
    public var op: String
    public var summary: Label

    public init(seq: Int, actor: String, at: Date, op: String, summary: Label) {
        self.seq = seq
        self.actor = actor
        self.at = at
        self.op = op
        self.summary = summary
    }
}

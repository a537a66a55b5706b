import Foundation

/// One applied change as it appears in a record's history; the journal holds the full change.
/// Only what the record does not already show is kept (`detail`), in the operation's own
/// vocabulary, so histories stay small; `summary` renders it in both languages.
public struct HistoryEvent: Codable, Sendable, Equatable {
    /// The journal sequence number of the change; 0 for events that came with the seed.
    public var seq: Int
    public var actor: String
    public var at: Date
    /// The operation's wire name, e.g. `escalate`, or `discover` for a cadre entering the pool.
    public var op: String
    /// Per op: classify "category level", assign the worker id, claim the previous claimer,
    /// escalate "new-level reason", rate "score [comment]", add_points "YYYY-MM delta reason",
    /// set_report_card "YYYY-MM card score", close_duplicate the original's id; otherwise the
    /// reason, note, text or post given; nil when there is nothing to add.
    public var detail: String?

    /// A cadre entering the pool; seed histories only (there is no create operation for cadres).
    public static let discoverOp = "discover"

    public init(seq: Int, actor: String, at: Date, op: String, detail: String?) {
        self.seq = seq
        self.actor = actor
        self.at = at
        self.op = op
        self.detail = detail
    }
}

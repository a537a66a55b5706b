import Domain
import Foundation

/// One line of `journal.jsonl`: the change (`record`, `rev`, `op`, `fields`, the Domain encoding
/// flattened into the line) in an envelope saying when, by whom and in which order. Example:
/// `{"actor":"alice","at":"2018-11-20T08:00:00Z","fields":{"text":"已联系"},"op":"note","record":"T-000123","rev":4,"seq":17}`
public struct JournalEntry: Codable, Sendable, Equatable {
    /// Position in the store's total order: 1, 2, 3, … assigned under the lock, never reused.
    public var seq: Int
    public var at: Date
    /// The Unix account the change is recorded for.
    public var actor: String
    /// The account that really made it when root acted for `actor`.
    public var via: String?
    public var change: Change

    public init(seq: Int, at: Date, actor: String, via: String?, change: Change) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.via = via
        self.change = change
    }

    private enum CodingKeys: String, CodingKey {
        case seq, at, actor, via, record, rev
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seq = try container.decode(Int.self, forKey: .seq)
        at = try container.decode(Date.self, forKey: .at)
        actor = try container.decode(String.self, forKey: .actor)
        via = try container.decodeIfPresent(String.self, forKey: .via)
        // `op` and `fields` sit beside the envelope keys; Operation reads them from the same object.
        change = Change(recordID: try container.decode(String.self, forKey: .record),
                        expectedRevision: try container.decodeIfPresent(Int.self, forKey: .rev),
                        operation: try Domain.Operation(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seq, forKey: .seq)
        try container.encode(at, forKey: .at)
        try container.encode(actor, forKey: .actor)
        try container.encodeIfPresent(via, forKey: .via)
        try container.encode(change.recordID, forKey: .record)
        try container.encodeIfPresent(change.expectedRevision, forKey: .rev)
        try change.operation.encode(to: encoder)
    }
}

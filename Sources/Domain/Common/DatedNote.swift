import Foundation

/// A dated line of text written by someone: a ticket note, a cadre's warning, an accountability or
/// fault-tolerance record.
public struct DatedNote: Codable, Sendable, Equatable {
    public var at: Date
    public var actor: String?
    public var text: String
    /// For an accountability record: which step of the ladder it was.
    public var kind: AccountabilityStep?

    public init(at: Date, actor: String? = nil, text: String, kind: AccountabilityStep? = nil) {
        self.at = at
        self.actor = actor
        self.text = text
        self.kind = kind
    }
}

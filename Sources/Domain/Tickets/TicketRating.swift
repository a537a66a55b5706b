import Foundation

/// A resident's rating of a resolution. Every rating is kept, also the low ones that reopened the
/// ticket, so satisfaction is not flattered.
public struct TicketRating: Codable, Sendable, Equatable {
    public var score: Int
    public var comment: String?
    public var at: Date

    public init(score: Int, comment: String? = nil, at: Date) {
        self.score = score
        self.comment = comment
        self.at = at
    }
}

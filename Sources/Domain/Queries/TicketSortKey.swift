/// A column the ticket table can be sorted by.
public enum TicketSortKey: String, Sendable, CaseIterable {
    case id
    case title
    case category
    case level
    case status
    case urgent
    case district
    case street
    case community
    case grid
    case assignee
    case claimedBy = "claimed_by"
    /// Who is on it: the claimer, else the assignee (what the queue's handler column shows).
    case handler
    case createdAt = "created_at"
    case deadline
    /// Time left for open tickets; tickets without a running clock sort last.
    case timeLeft = "time_left"
    case updatedAt = "updated_at"
    case reopenCount = "reopen_count"
    case rating
}

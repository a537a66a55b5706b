import Foundation

/// A resident's request collected by a grid worker ("群众需求全收集").
public struct Ticket: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var revision: Int
    public var updatedBy: String?
    public var updatedAt: Date?
    public var source: Source

    public var title: String
    public var description: String
    /// Nil until the ticket is classified.
    public var category: TicketCategory?
    public var level: TicketLevel
    public var urgent: Bool
    public var location: TicketLocation
    public var reporterName: String
    public var reporterPhone: String

    public var status: TicketStatus
    public var closeReason: CloseReason?
    /// A `GridWorker` id.
    public var assignee: String?
    /// Who said "I am on it" (a user name, not a worker id).
    public var claimedBy: String?

    public var createdAt: Date
    /// When the current level's clock started: creation, the last escalation or the last reopening.
    public var levelStartedAt: Date
    public var deadline: Date
    public var resolvedAt: Date?
    public var resolutionNote: String?
    public var closedAt: Date?
    public var ratings: [TicketRating]
    public var reopenCount: Int
    public var notes: [DatedNote]
    public var history: History

    // Inlinable, so the store's reader builds each ticket in place: called across the module,
    // the initializer built it in a temporary and copied it out, retaining every field once more.
    @inlinable
    public init(
        id: String, revision: Int = 1, updatedBy: String? = nil, updatedAt: Date? = nil,
        source: Source, title: String, description: String, category: TicketCategory? = nil,
        level: TicketLevel = .grid, urgent: Bool = false, location: TicketLocation,
        reporterName: String, reporterPhone: String, status: TicketStatus = .reported,
        closeReason: CloseReason? = nil, assignee: String? = nil, claimedBy: String? = nil,
        createdAt: Date, levelStartedAt: Date? = nil, deadline: Date, resolvedAt: Date? = nil,
        resolutionNote: String? = nil, closedAt: Date? = nil, ratings: [TicketRating] = [],
        reopenCount: Int = 0, notes: [DatedNote] = [], history: History = []
    ) {
        self.id = id
        self.revision = revision
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
        self.source = source
        self.title = title
        self.description = description
        self.category = category
        self.level = level
        self.urgent = urgent
        self.location = location
        self.reporterName = reporterName
        self.reporterPhone = reporterPhone
        self.status = status
        self.closeReason = closeReason
        self.assignee = assignee
        self.claimedBy = claimedBy
        self.createdAt = createdAt
        self.levelStartedAt = levelStartedAt ?? createdAt
        self.deadline = deadline
        self.resolvedAt = resolvedAt
        self.resolutionNote = resolutionNote
        self.closedAt = closedAt
        self.ratings = ratings
        self.reopenCount = reopenCount
        self.notes = notes
        self.history = history
    }

    /// The latest rating, if any.
    public var rating: TicketRating? { ratings.last }

    public var isOpen: Bool { status.isOpen }

    public func isOverdue(now: Date) -> Bool { isOpen && now > deadline }

    /// Seconds until the deadline (negative once overdue); nil when the ticket is not open.
    public func timeLeft(now: Date) -> TimeInterval? {
        isOpen ? deadline.timeIntervalSince(now) : nil
    }

    /// Share of the level's allowed time already used (1 = deadline reached); nil when not open.
    public func fractionUsed(now: Date) -> Double? {
        guard isOpen else { return nil }
        let allowed = deadline.timeIntervalSince(levelStartedAt)
        guard allowed > 0 else { return 1 }
        return now.timeIntervalSince(levelStartedAt) / allowed
    }

    /// Green / amber / red for the deadline column.
    public func deadlineState(now: Date, rules: LifecycleRules) -> DeadlineState {
        guard let used = fractionUsed(now: now) else { return .notOpen }
        if now > deadline { return .overdue }
        return used >= rules.warningFraction ? .nearing : .onTrack
    }

    /// Resolved no later than the deadline of the level it was resolved at.
    public var resolvedOnTime: Bool? {
        resolvedAt.map { $0 <= deadline }
    }
}

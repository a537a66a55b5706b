import Foundation
import Domain
import Panels

/// A ticket as `--json` prints it: every key always present (null when empty), ids rather than
/// labels, dates in ISO 8601 UTC. Encoded with `DomainJSON`, so keys come sorted. `detailed` adds
/// the history, notes and every rating (`ticket show`).
public struct TicketRecord: Encodable, Sendable {
    public var ticket: Ticket
    public var assigneeName: String?
    public var deadlineState: DeadlineState
    public var detailed: Bool
    public var revealPhone: Bool
    /// Each history event's one-line summary, in the chosen language (only when `detailed`).
    public var summaries: [String]

    public init(_ ticket: Ticket, in dataset: Dataset, now: Date, language: Language, detailed: Bool, revealPhone: Bool) {
        self.ticket = ticket
        assigneeName = ticket.assignee.flatMap { dataset.worker($0)?.name }
        deadlineState = ticket.deadlineState(now: now, rules: .standard)
        self.detailed = detailed
        self.revealPhone = revealPhone
        summaries = detailed ? ticket.history.map { dataset.summary(of: $0).text(language) } : []
    }

    private enum Key: String, CodingKey {
        case id, title, description, status, level, category, urgent, location, assignee, assigneeName, claimedBy
        case createdAt, deadline, deadlineState, overdue, revision, updatedAt, updatedBy, source, rating
        case resolutionNote, closeReason, reopenCount, reporter, history, notes, ratings
        case name, phone, seq, actor, at, op, detail, summary
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(ticket.id, forKey: .id)
        try c.encode(ticket.title, forKey: .title)
        try c.encode(ticket.description, forKey: .description)
        try c.encode(ticket.status.rawValue, forKey: .status)
        try c.encode(ticket.level.rawValue, forKey: .level)
        try c.encode(ticket.category?.rawValue, forKey: .category)
        try c.encode(ticket.urgent, forKey: .urgent)
        try c.encode(ticket.location, forKey: .location)
        try c.encode(ticket.assignee, forKey: .assignee)
        try c.encode(assigneeName, forKey: .assigneeName)
        try c.encode(ticket.claimedBy, forKey: .claimedBy)
        try c.encode(ticket.createdAt, forKey: .createdAt)
        try c.encode(ticket.deadline, forKey: .deadline)
        try c.encode(deadlineState.rawValue, forKey: .deadlineState)
        try c.encode(deadlineState == .overdue, forKey: .overdue)
        try c.encode(ticket.revision, forKey: .revision)
        try c.encode(ticket.updatedAt, forKey: .updatedAt)
        try c.encode(ticket.updatedBy, forKey: .updatedBy)
        try c.encode(ticket.source.rawValue, forKey: .source)
        try c.encode(ticket.rating, forKey: .rating)
        try c.encode(ticket.resolutionNote, forKey: .resolutionNote)
        try c.encode(ticket.closeReason, forKey: .closeReason)
        try c.encode(ticket.reopenCount, forKey: .reopenCount)
        var reporter = c.nestedContainer(keyedBy: Key.self, forKey: .reporter)
        try reporter.encode(ticket.reporterName, forKey: .name)
        try reporter.encode(revealPhone ? ticket.reporterPhone : PhoneMask.masked(ticket.reporterPhone), forKey: .phone)
        guard detailed else { return }
        var history = c.nestedUnkeyedContainer(forKey: .history)
        for (event, summary) in zip(ticket.history, summaries) {
            var e = history.nestedContainer(keyedBy: Key.self)
            try e.encode(event.seq, forKey: .seq)
            try e.encode(event.actor, forKey: .actor)
            try e.encode(event.at, forKey: .at)
            try e.encode(event.op, forKey: .op)
            try e.encode(event.detail, forKey: .detail)
            try e.encode(summary, forKey: .summary)
        }
        try c.encode(ticket.notes, forKey: .notes)
        try c.encode(ticket.ratings, forKey: .ratings)
    }
}

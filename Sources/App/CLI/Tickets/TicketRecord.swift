import Foundation
import Domain
import Panels
import Store

/// A ticket as `--json` prints it: every key always present (null when empty), ids rather than
/// labels, dates in ISO 8601 UTC, keys sorted as DomainJSON sorts them. `detailed` adds the
/// history, notes and every rating (`ticket show`).
public struct TicketRecord: JSONWritable, Sendable {
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

    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.field("assignee", ticket.assignee)
            out.field("assigneeName", assigneeName)
            out.field("category", ticket.category)
            out.field("claimedBy", ticket.claimedBy)
            out.field("closeReason", ticket.closeReason)
            out.field("createdAt", ticket.createdAt)
            out.field("deadline", ticket.deadline)
            out.field("deadlineState", deadlineState.rawValue)
            out.field("description", ticket.description)
            if detailed {
                out.key("history")
                out.array(zip(ticket.history, summaries)) { out, item in
                    let (event, summary) = item
                    out.object { out in
                        out.field("actor", event.actor)
                        out.field("at", event.at)
                        out.field("detail", event.detail)
                        out.field("op", event.op)
                        out.field("seq", event.seq)
                        out.field("summary", summary)
                    }
                }
            }
            out.field("id", ticket.id)
            out.field("level", ticket.level)
            out.field("location", ticket.location)
            if detailed { out.field("notes", ticket.notes) }
            out.field("overdue", deadlineState == .overdue)
            out.field("rating", ticket.rating)
            if detailed { out.field("ratings", ticket.ratings) }
            out.field("reopenCount", ticket.reopenCount)
            out.key("reporter")
            out.object { out in
                out.field("name", ticket.reporterName)
                out.field("phone", revealPhone ? ticket.reporterPhone : PhoneMask.masked(ticket.reporterPhone))
            }
            out.field("resolutionNote", ticket.resolutionNote)
            out.field("revision", ticket.revision)
            out.field("source", ticket.source)
            out.field("status", ticket.status)
            out.field("title", ticket.title)
            out.field("updatedAt", ticket.updatedAt)
            out.field("updatedBy", ticket.updatedBy)
            out.field("urgent", ticket.urgent)
        }
    }
}

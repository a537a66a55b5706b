import Domain
import Foundation

/// A ticket as its synthesized `Encodable` writes it: keys sorted, nil fields left out.
extension Ticket: JSONWritable {
    public func write(to out: inout JSONOutput) {
        out.object { out in
            out.fieldIfPresent("assignee", assignee)
            out.fieldIfPresent("category", category)
            out.fieldIfPresent("claimedBy", claimedBy)
            out.fieldIfPresent("closeReason", closeReason)
            out.fieldIfPresent("closedAt", closedAt)
            out.field("createdAt", createdAt)
            out.field("deadline", deadline)
            out.field("description", description)
            out.field("history", history)
            out.field("id", id)
            out.field("level", level)
            out.field("levelStartedAt", levelStartedAt)
            out.field("location", location)
            out.field("notes", notes)
            out.field("ratings", ratings)
            out.field("reopenCount", reopenCount)
            out.field("reporterName", reporterName)
            out.field("reporterPhone", reporterPhone)
            out.fieldIfPresent("resolutionNote", resolutionNote)
            out.fieldIfPresent("resolvedAt", resolvedAt)
            out.field("revision", revision)
            out.field("source", source)
            out.field("status", status)
            out.field("title", title)
            out.fieldIfPresent("updatedAt", updatedAt)
            out.fieldIfPresent("updatedBy", updatedBy)
            out.field("urgent", urgent)
        }
    }
}

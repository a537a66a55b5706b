import Foundation
import Domain
import TermUI

/// `tickets list --csv`: a header row, then one record per ticket (`CSVText`). Ids, not labels, as
/// in `--json`.
public enum TicketCSV {
    public static let header = ["id", "title", "status", "level", "category", "urgent", "district", "street",
                                "community", "grid", "assignee", "claimedBy", "createdAt", "deadline",
                                "deadlineState", "revision", "rating"]

    /// One string per record, each ending in CR (the output adds the LF); the rows of a long
    /// list are made on all cores.
    public static func lines(_ tickets: [Ticket], now: Date) -> [String] {
        [CSVText.row(header)] + tickets.concurrentMap { row($0, now: now) }
    }

    private static func row(_ t: Ticket, now: Date) -> String {
        CSVText.row([t.id, t.title, t.status.rawValue, t.level.rawValue, t.category?.rawValue ?? "", t.urgent ? "true" : "false",
                     t.location.district, t.location.street, t.location.community, t.location.grid,
                     t.assignee ?? "", t.claimedBy ?? "", Timestamp.format(t.createdAt), Timestamp.format(t.deadline),
                     t.deadlineState(now: now, rules: .standard).rawValue, String(t.revision),
                     t.rating.map { String($0.score) } ?? ""])
    }
}

import Foundation
import Domain
import TermUI

/// `tickets list --csv`: a header row, then one record per ticket (`CSVText`). Ids, not labels, as
/// in `--json`.
public enum TicketCSV {
    public static let header = ["id", "title", "status", "level", "category", "urgent", "district", "street",
                                "community", "grid", "assignee", "claimedBy", "createdAt", "deadline",
                                "deadlineState", "revision", "rating"]

    /// The header and the rows of `tickets[order[i]]`, as UTF-8 pieces for `CommandOutput.outPieces`
    /// (which adds the last LF): each record ends in CR LF. The rows of a long list are made in
    /// pieces on all cores, and written a piece at a time rather than a line at a time.
    public static func pieces(_ tickets: [Ticket], order: [Int], now: Date, piece: Int = 4_096) -> [[UInt8]] {
        let rows = [[UInt8]](pieces: order.count, of: piece) { range in
            var out: [UInt8] = []
            for i in range {
                out.append(0x0A)
                out.append(contentsOf: row(tickets[order[i]], now: now).utf8)
            }
            return out
        }
        return [Array(CSVText.row(header).utf8)] + rows
    }

    private static func row(_ t: Ticket, now: Date) -> String {
        CSVText.row([t.id, t.title, t.status.rawValue, t.level.rawValue, t.category?.rawValue ?? "", t.urgent ? "true" : "false",
                     t.location.district, t.location.street, t.location.community, t.location.grid,
                     t.assignee ?? "", t.claimedBy ?? "", Timestamp.format(t.createdAt), Timestamp.format(t.deadline),
                     t.deadlineState(now: now, rules: .standard).rawValue, String(t.revision),
                     t.rating.map { String($0.score) } ?? ""])
    }
}

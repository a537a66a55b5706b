import Foundation
import Domain
import TermUI

/// `tickets list --csv`: RFC 4180 — a header row, CRLF line ends, fields holding a comma, a
/// quote or a line break quoted with inner quotes doubled. Ids, not labels, as in `--json`.
/// Control characters other than line breaks become visible stand-ins.
public enum TicketCSV {
    public static let header = ["id", "title", "status", "level", "category", "urgent", "district", "street",
                                "community", "grid", "assignee", "claimedBy", "createdAt", "deadline",
                                "deadlineState", "revision", "rating"]

    /// One string per record, each ending in CR (the output adds the LF).
    public static func lines(_ tickets: [Ticket], now: Date) -> [String] {
        [row(header)] + tickets.map { t in
            row([t.id, t.title, t.status.rawValue, t.level.rawValue, t.category?.rawValue ?? "", t.urgent ? "true" : "false",
                 t.location.district, t.location.street, t.location.community, t.location.grid,
                 t.assignee ?? "", t.claimedBy ?? "", Timestamp.format(t.createdAt), Timestamp.format(t.deadline),
                 t.deadlineState(now: now, rules: .standard).rawValue, String(t.revision),
                 t.rating.map { String($0.score) } ?? ""])
        }
    }

    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r"
    }

    public static func field(_ raw: String) -> String {
        let text = Sanitizer.clean(raw.replacingOccurrences(of: "\r\n", with: "\n"), keepNewlines: true)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: "\r\n") + "\""
    }
}

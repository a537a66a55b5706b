import Foundation
import Domain
import Panels
import TermUI

/// The plain-text queue of `tickets list`: the screen's columns, aligned by display width (a
/// Chinese character takes two columns), the title last and uncut. Control characters from the
/// data are shown as visible stand-ins.
public enum TicketTable {
    public static func lines(_ tickets: [Ticket], in dataset: Dataset, now: Date, language: Language) -> [String] {
        func text(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        let header = [text("编号", "ID"), text("时长", "AGE"), text("剩余", "LEFT"), text("级别", "LEVEL"),
                      text("类别", "CATEGORY"), text("区·社区/网格", "PLACE"), text("状态", "STATUS"),
                      text("处理人", "ASSIGNEE"), text("标题", "TITLE")]
        let rows = tickets.map { t in
            [t.id,
             Format.duration(now.timeIntervalSince(t.createdAt), language),
             timeLeft(t, now: now, language: language),
             t.level.label.text(language),
             t.category?.label.text(language) ?? "—",
             TicketColumns.place(t.location, language),
             t.status.label.text(language),
             t.claimedBy ?? t.assignee.map { dataset.worker($0)?.name ?? $0 } ?? "—",
             t.title]
        }
        return PlainTable.lines(header: header, rows: rows, limits: [12, 6, 12, 10, 14, 24, 12, 12], rightAligned: [1])
    }

    /// "  5h soon", " -2d late", "  3d ok", or "—" when no clock runs: the time right-aligned so
    /// the words line up down the column.
    public static func timeLeft(_ ticket: Ticket, now: Date, language: Language) -> String {
        guard let left = ticket.timeLeft(now: now) else { return "—" }
        return DisplayWidth.pad(Format.duration(left, language), to: 5, alignRight: true) + " " + ticket.deadlineState(now: now, rules: .standard).label.text(language)
    }
}

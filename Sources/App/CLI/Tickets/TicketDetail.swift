import Foundation
import Domain
import Panels
import TermUI

/// `ticket show` as text: the fields, the full description, notes, ratings and the timeline of
/// every journal event (seq, when, who, what). Control characters become visible stand-ins.
public enum TicketDetail {
    public static func lines(_ t: Ticket, in dataset: Dataset, now: Date, language: Language, revealPhone: Bool) -> [String] {
        func text(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        func field(_ name: String, _ value: String) -> String {
            DisplayWidth.pad(name, to: 10) + " " + value
        }
        var lines = ["\(t.id)  \(t.title)"]
        // The ids (`in_progress`, `classify`) are for scripts in English; `--json` has them in both.
        lines.append(field(text("状态", "status"), t.status.label.text(language) + text("", " (\(t.status.rawValue))") + "  "
                           + text("版本", "revision") + " \(t.revision)"
                           + (t.reopenCount > 0 ? text("  重开 \(t.reopenCount) 次", "  reopened \(t.reopenCount)×") : "")))
        lines.append(field(text("级别", "level"), t.level.label.text(language) + (t.urgent ? text("  紧急", "  urgent") : "")))
        lines.append(field(text("类别", "category"), t.category?.label.text(language) ?? "—"))
        lines.append(field(text("位置", "location"), t.location.path(to: .grid, language)))
        let phone = t.reporterPhone.isEmpty ? "" : "  " + (revealPhone ? t.reporterPhone : PhoneMask.masked(t.reporterPhone))
        lines.append(field(text("报告人", "reporter"), (t.reporterName.isEmpty ? "—" : t.reporterName) + phone))
        lines.append(field(text("派给", "assignee"), t.assignee.map { id in dataset.worker(id).map { "\($0.name) (\(id))" } ?? id } ?? "—"))
        lines.append(field(text("认领", "claimed by"), t.claimedBy ?? "—"))
        lines.append(field(text("上报时间", "created"), Format.dateTime(t.createdAt)))
        let left = TicketTable.timeLeft(t, now: now, language: language)
        lines.append(field(text("期限", "deadline"), Format.dateTime(t.deadline) + (left == "—" ? "" : "  (\(left))")))
        if let note = t.resolutionNote { lines.append(field(text("办结说明", "resolution"), note)) }
        for rating in t.ratings {
            lines.append(field(text("评价", "rating"), "\(rating.score)/5" + (rating.comment.map { "  \($0)" } ?? "")
                               + "  " + Format.dateTime(rating.at)))
        }
        if !t.description.isEmpty {
            lines.append(text("描述:", "description:"))
            lines += t.description.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        if !t.notes.isEmpty {
            lines.append(text("备注:", "notes:"))
            lines += t.notes.map { "  \(Format.dateTime($0.at))  \($0.actor ?? "—")  \($0.text)" }
        }
        lines.append(text("经过:", "history:"))
        lines += t.history.map { event in
            "  " + DisplayWidth.pad(String(event.seq), to: 6, alignRight: true) + "  " + Format.dateTime(event.at) + "  "
                + DisplayWidth.pad(event.actor, to: 10) + "  " + (language == .zh ? "" : DisplayWidth.pad(event.op, to: 15) + "  ")
                + dataset.summary(of: event).text(language)
        }
        return lines.map { Sanitizer.clean($0) }
    }
}

import Domain
import TermUI

/// The columns of the ticket queue. The deadline column says the state in words as well as colour,
/// so it reads the same on a monochrome screen.
public enum TicketColumns {
    public static func deadlineWord(_ state: DeadlineState, _ context: PanelContext) -> String { context.text(state.label) }

    public static func deadlineStyle(_ state: DeadlineState, _ theme: Theme) -> Style? {
        switch state {
        case .onTrack: theme.ok
        case .nearing: theme.warn
        case .overdue: theme.danger
        case .notOpen: nil
        }
    }

    /// What the queue shows; the order comes from `sortKey(column:)` through `TicketIndex`.
    public static let all: [ColumnSpec<Ticket>] = [
        ColumnSpec(Label(zh: "编号", en: "ID"), min: 8, max: 8, text: { t, _ in t.id }),
        ColumnSpec(Label(zh: "时长", en: "Age"), min: 4, max: 5, alignRight: true,
                   text: { t, c in Format.duration(max(0, c.now.timeIntervalSince(t.createdAt))) }),
        ColumnSpec(Label(zh: "剩余", en: "Left"), min: 9, max: 11,
                   text: { t, c in
                       guard let left = t.timeLeft(now: c.now) else { return "—" }
                       // Right-aligned so the words line up under each other.
                       let time = Format.duration(left)
                       return String(repeating: " ", count: max(0, 4 - time.count)) + time + " " + deadlineWord(t.deadlineState(now: c.now, rules: c.rules), c)
                   },
                   style: { t, c in deadlineStyle(t.deadlineState(now: c.now, rules: c.rules), c.theme) }),
        ColumnSpec(Label(zh: "级别", en: "Level"), min: 4, max: 9, text: { t, c in c.text(t.level.label) }),
        ColumnSpec(Label(zh: "类别", en: "Category"), min: 8, max: 10, text: { t, c in t.category.map { c.text($0.label) } ?? "—" }),
        ColumnSpec(Label(zh: "社区/网格", en: "Community/grid"), min: 8, max: 22,
                   text: { t, _ in t.location.community + "/" + t.location.grid }),
        ColumnSpec(Label(zh: "状态", en: "Status"), min: 6, max: 11, text: { t, c in c.text(t.status.label) }),
        ColumnSpec(Label(zh: "处理人", en: "Assignee"), min: 6, max: 10, text: { t, _ in t.claimedBy ?? t.assignee ?? "—" }),
        ColumnSpec(Label(zh: "标题", en: "Title"), min: 12, max: 80, weight: 1, text: { t, _ in t.title }),
    ]

    /// The default sort: the most urgent deadline first.
    public static let defaultSortColumn = 2

    /// What each column sorts by in `TicketIndex`, which sorts 100,000 tickets by precomputed keys.
    /// Age sorts by creation time reversed, so "ascending" means youngest first as it reads.
    public static func sortKey(column: Int) -> (key: TicketSortKey, reversed: Bool) {
        switch column {
        case 0: (.id, false)
        case 1: (.createdAt, true)
        case 2: (.timeLeft, false)
        case 3: (.level, false)
        case 4: (.category, false)
        case 5: (.grid, false)
        case 6: (.status, false)
        case 7: (.handler, false)
        default: (.title, false)
        }
    }
}

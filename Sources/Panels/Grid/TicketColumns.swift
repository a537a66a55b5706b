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

    /// What the queue shows; the order comes from `sortKey(column:)` through `TicketIndex`. When
    /// the width runs short the age goes first, then the category and the level; the id, the
    /// deadline and the title stay.
    public static let all: [ColumnSpec<Ticket>] = [
        // An urgent ticket's id ends in "!" and stands out, in words as well as colour.
        ColumnSpec(Label(zh: "编号", en: "ID"), min: 9, max: 9, priority: 9, text: { t, _ in t.id + (t.urgent ? "!" : "") },
                   style: { t, c in t.urgent ? c.theme.danger : nil }),
        ColumnSpec(Label(zh: "时长", en: "Age"), min: 4, max: 5, alignRight: true, priority: 1,
                   text: { t, c in Format.duration(max(0, c.now.timeIntervalSince(t.createdAt)), c.language) }),
        ColumnSpec(Label(zh: "剩余", en: "Left"), min: 9, max: 11, priority: 8,
                   text: { t, c in
                       guard let left = t.timeLeft(now: c.now) else { return "—" }
                       // Right-aligned so the words line up under each other.
                       let time = Format.duration(left, c.language)
                       return DisplayWidth.pad(time, to: c.language == .zh ? 5 : 4, alignRight: true) + " " + deadlineWord(t.deadlineState(now: c.now, rules: c.rules), c)
                   },
                   style: { t, c in deadlineStyle(t.deadlineState(now: c.now, rules: c.rules), c.theme) }),
        ColumnSpec(Label(zh: "级别", en: "Level"), min: 4, max: 9, priority: 3, text: { t, c in c.text(t.level.label) }),
        ColumnSpec(Label(zh: "类别", en: "Category"), min: 8, max: 10, priority: 2, text: { t, c in t.category.map { c.text($0.label) } ?? "—" }),
        // With the district: community names repeat across districts (长江社区 is in three).
        ColumnSpec(Label(zh: "区·社区/网格", en: "Place"), min: 8, max: 28, priority: 4,
                   text: { t, c in place(t.location, c.language) }),
        ColumnSpec(Label(zh: "状态", en: "Status"), min: 6, max: 11, priority: 6, text: { t, c in c.text(t.status.label) }),
        ColumnSpec(Label(zh: "处理人", en: "Assignee"), min: 6, max: 12, priority: 5, text: { t, c in handler(t, c) }),
        ColumnSpec(Label(zh: "标题", en: "Title"), min: 12, max: 80, weight: 1, priority: 7, text: { t, _ in t.title }),
    ]

    /// "武昌·长江社区/3网格": the district without its 区, the community, the grid.
    public static func place(_ location: TicketLocation, _ language: Language) -> String {
        let district = TicketLocation.shortName(ofDistrict: location.district, language)
        return (district.isEmpty ? "" : district + "·") + location.community + "/" + location.grid
    }

    /// Who handles the ticket: the operator who claimed it, else the assigned worker by name.
    public static func handler(_ ticket: Ticket, _ context: PanelContext) -> String {
        if let claimed = ticket.claimedBy { return claimed }
        guard let assignee = ticket.assignee else { return "—" }
        return context.workerNames[assignee] ?? assignee
    }

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

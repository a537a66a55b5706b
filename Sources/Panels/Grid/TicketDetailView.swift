import Domain
import TermUI

/// One ticket in full, in place of the queue: status and deadline, location path, reporter (phone
/// masked unless revealed), the full text wrapped, resolution, ratings, notes, and every history
/// event with who and when. Scrolls when taller than the screen.
public struct TicketDetailView {
    public var ticket: Ticket
    public var dataset: Dataset
    public var scroll: Int
    public var revealPhone: Bool

    public init(ticket: Ticket, dataset: Dataset, scroll: Int, revealPhone: Bool) {
        self.ticket = ticket
        self.dataset = dataset
        self.scroll = scroll
        self.revealPhone = revealPhone
    }

    /// The largest useful scroll in `area`.
    public func maxScroll(in area: Rect, context: PanelContext) -> Int {
        let inner = Block(title: "").inner(area)
        return Paragraph(lines: lines(context, width: area.width)).maxScroll(width: inner.width, height: inner.height)
    }

    func block(_ context: PanelContext) -> Block {
        let title = ticket.id + " · " + Sanitizer.clean(ticket.title)
        let footer = context.text("Esc 返回 · j/k 滚动", "Esc back · j/k scroll")
        return Block(title: title, titleRight: context.text(ticket.status.label), focused: true, footer: footer)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PanelContext) {
        let block = block(context)
        block.render(area, into: &buffer, theme: context.theme)
        Paragraph(lines: lines(context, width: area.width), scroll: scroll).render(block.inner(area), into: &buffer, theme: context.theme)
    }

    /// The detail's lines in a view `width` columns wide: the title first, whole, when the
    /// top border had to cut it.
    func lines(_ context: PanelContext, width: Int) -> [Line] {
        let theme = context.theme
        let t = ticket
        var out: [Line] = []
        func field(_ label: Label, _ spans: [Span]) {
            out.append(Line([Span(DisplayWidth.pad(context.text(label), to: 10), style: theme.title)] + spans))
        }
        func section(_ label: Label) {
            out.append(Line(""))
            out.append(Line(context.text(label), style: theme.header))
        }
        // A dated line of the notes or the history, the two sections' texts in one column; a
        // text of several lines goes on in that column rather than at the left edge.
        func entry(_ time: String, actor: String, _ text: String) {
            let when = time + "  "
            let who = DisplayWidth.pad(actor, to: 10) + " "
            let parts = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            out.append(Line([Span(when, style: theme.muted), Span(who, style: theme.accent), Span(String(parts.first ?? ""))]))
            let indent = String(repeating: " ", count: DisplayWidth.of(when + who))
            for part in parts.dropFirst() { out.append(Line([Span(indent), Span(String(part))])) }
        }

        var status = context.text(t.status.label) + " · " + context.text(t.level.label) + context.text("级", " level")
        if let category = t.category { status += " · " + context.text(category.label) }
        if t.urgent { status += " · " + context.text("紧急", "urgent") }
        if t.reopenCount > 0 { status += " · " + context.text("重开 \(t.reopenCount) 次", "reopened \(t.reopenCount)×") }
        if !block(context).showsWholeTitle(width: width) {
            field(Label(zh: "标题", en: "Title"), [Span(Sanitizer.clean(t.title), style: theme.title)])
        }
        field(Label(zh: "状态", en: "Status"), [Span(status)])
        field(Label(zh: "位置", en: "Location"), [Span(t.location.path(to: .grid, context.language))])
        let phone = revealPhone ? t.reporterPhone : PhoneMask.masked(t.reporterPhone)
        var reporter = [Span(t.reporterName.isEmpty ? "—" : t.reporterName), Span("  " + (phone.isEmpty ? "—" : phone))]
        if !revealPhone && !t.reporterPhone.isEmpty {
            reporter.append(Span(context.text("  (p 显示号码)", "  (p shows the number)"), style: theme.muted))
        }
        field(Label(zh: "报告人", en: "Reporter"), reporter)
        let age = Format.spokenDuration(max(0, context.now.timeIntervalSince(t.createdAt)), context.language)
        field(Label(zh: "上报时间", en: "Reported"), [Span(context.dateTime(t.createdAt) + "  (" + age + context.text("前", " ago") + ")")])
        var deadline = [Span(context.dateTime(t.deadline))]
        let state = t.deadlineState(now: context.now, rules: context.rules)
        if let left = t.timeLeft(now: context.now) {
            // "Overdue" already says the state; otherwise the word says whether it is near.
            let span = Format.spokenDuration(left, context.language)
            let text = left < 0
                ? context.text("  超期 \(span)", "  \(span) overdue")
                : context.text("  剩余 \(span)", "  \(span) left") + " · " + TicketColumns.deadlineWord(state, context)
            deadline.append(Span(text, style: TicketColumns.deadlineStyle(state, theme) ?? .plain))
        }
        field(Label(zh: "办理时限", en: "Deadline"), deadline)
        let assignee = t.assignee.map { id in dataset.worker(id).map { "\($0.name) (\(id))" } ?? id } ?? "—"
        var handler = [Span(assignee)]
        if let claimer = t.claimedBy { handler.append(Span(context.text("  · \(claimer) 已认领", "  · claimed by \(claimer)"), style: theme.accent)) }
        field(Label(zh: "处理人", en: "Assignee"), handler)

        section(Label(zh: "诉求内容", en: "Description"))
        out.append(Line(t.description.isEmpty ? "—" : t.description))
        if let note = t.resolutionNote {
            section(Label(zh: "办理结果", en: "Resolution"))
            out.append(Line(note))
        }
        if let reason = t.closeReason {
            let text: String = switch reason {
            case .rated(let score): context.text("评价 \(score) 分后关闭", "closed after a rating of \(score)")
            case .duplicate(let of): context.text("作为 \(of) 的重复件关闭", "closed as a duplicate of \(of)")
            case .invalid(let why): context.text("作为无效件关闭:", "closed as invalid: ") + why
            case .atSource(let note): context.text("已在来源系统关闭", "closed at its source") + (note.isEmpty ? "" : context.text(":", ": ") + note)
            }
            field(Label(zh: "关闭", en: "Closed"), [Span(text)])
        }
        section(Label(zh: "居民评价", en: "Rating"))
        if t.ratings.isEmpty { out.append(Line(context.text("尚未评价", "not rated yet"), style: theme.muted)) }
        for rating in t.ratings {
            out.append(Line([Span("\(rating.score)/5", style: rating.score >= context.rules.satisfiedScore ? theme.ok : theme.danger),
                             Span("  " + context.dateTime(rating.at) + (rating.comment.map { "  " + $0 } ?? ""))]))
        }
        if !t.notes.isEmpty {
            section(Label(zh: "备注", en: "Notes"))
            for note in t.notes { entry(context.dateTime(note.at), actor: note.actor ?? "—", note.text) }
        }
        section(Label(zh: "处理记录", en: "History"))
        for event in t.history { entry(context.dateTime(event.at), actor: event.actor, context.text(dataset.summary(of: event))) }
        return out
    }
}

import Domain
import Panels
import TermUI

extension GridPage {
    /// The keys of each ticket operation, by spec id, and the key bar's short label where the
    /// operation shows there.
    private static let operationKeys: [(id: String, key: Key, bar: BarPlacement, barLabel: Label?)] = [
        ("ticket.create", .char("n"), .never, nil),
        ("ticket.classify", .char("C"), .never, nil),
        ("ticket.assign", .char("a"), .modes([PageMode.detail]), nil),
        ("ticket.claim", .char("i"), .never, nil),
        ("ticket.start", .char("w"), .never, nil),
        ("ticket.escalate", .char("e"), .always, Label(zh: "升级", en: "Escalate")),
        ("ticket.resolve", .char("r"), .always, Label(zh: "办结", en: "Resolve")),
        ("ticket.rate", .char("R"), .modes([PageMode.detail]), Label(zh: "评价", en: "Rate")),
        ("ticket.reopen", .char("O"), .never, nil),
        ("ticket.close_duplicate", .char("d"), .never, nil),
        ("ticket.close_invalid", .char("x"), .never, nil),
        ("ticket.note", .char("t"), .modes([PageMode.detail]), Label(zh: "备注", en: "Note")),
    ]

    public static let catalogue: [Binding<GridCommand>] = {
        let queue: Set = [PageMode.queue]
        let bindings: [Binding<GridCommand>] = [
            Binding("grid.back", [.escape], .back, Label(zh: "关闭弹窗;返回队列;清除筛选", en: "Close; back to the queue; clear filters"),
                    group: .general, bar: .modes([PageMode.detail]), barLabel: Label(zh: "返回", en: "Back")),
        ] + TableCommand.bindings(sortModes: queue, sortInBar: false).map { $0.map(GridCommand.table) } + [
            Binding("grid.open", [.enter], .openDetail, Label(zh: "打开工单详情", en: "Open the ticket's detail"), group: .queue,
                    bar: .always, barLabel: Label(zh: "详情", en: "Open"), modes: queue),
            Binding("grid.search", [.char("/")], .startSearch,
                    Label(zh: "搜索标题、描述、备注(Enter 保留,Esc 清除)", en: "Search title, description, notes (Enter keeps, Esc clears)"),
                    group: .queue, bar: .always, barLabel: Label(zh: "搜索", en: "Search"), modes: queue),
            Binding("grid.filter", [.char("f")], .openFilterMenu, Label(zh: "筛选:状态、级别、类别、位置", en: "Filter by status, level, category, place"),
                    group: .queue, bar: .always, barLabel: Label(zh: "筛选", en: "Filter"), modes: queue),
            Binding("grid.overdue", [.char("o")], .toggleOverdue, Label(zh: "只看超期", en: "Overdue only"), group: .queue,
                    bar: .always, barLabel: Label(zh: "超期", en: "Overdue"), modes: queue),
            Binding("grid.mine", [.char("m")], .toggleMine, Label(zh: "只看我认领的", en: "Claimed by me only"), group: .queue, modes: queue),
            Binding("grid.unassigned", [.char("u")], .toggleUnassigned, Label(zh: "只看未派单", en: "Unassigned only"), group: .queue, modes: queue),
            Binding("grid.backlog", [.char("b")], .toggleBacklog, Label(zh: "积压图表:按时长、类别、区与社区", en: "Backlog charts: by age, category, district, community"),
                    group: .queue, bar: .always, barLabel: Label(zh: "图表", en: "Charts"), modes: queue),
            Binding("grid.clear", [.char("c")], .clearFilters, Label(zh: "清除全部筛选", en: "Clear all filters"), group: .queue, modes: queue),
            Binding("grid.phone", [.char("p")], .revealPhone, Label(zh: "显示报告人电话(操作员)", en: "Show the reporter's phone (operators)"),
                    group: .queue, bar: .always, barLabel: Label(zh: "电话", en: "Phone"), modes: [PageMode.detail]),
        ]
        let operations = operationKeys.compactMap { entry -> Binding<GridCommand>? in
            guard let spec = OperationSpec.named(entry.id) else { return nil }
            return Binding("grid." + spec.id, [entry.key], .operation(spec.id), spec.help, group: .ticket, bar: entry.bar, barLabel: entry.barLabel)
        }
        return bindings + operations
    }()

    /// Why a command cannot run now: the user's role, no ticket to act on, or the ticket's state
    /// (the domain's own rules, dry-run on the ticket alone). The update refuses with the same words.
    public func disabledReason(_ command: GridCommand, _ env: PageEnvironment) -> String? {
        switch command {
        case .revealPhone:
            return env.session.ticketRefusal.map(env.context.text)
        case .operation(let id):
            guard let spec = OperationSpec.named(id) else { return nil }
            if let refusal = env.session.refusal(for: spec.target) { return env.context.text(refusal) }
            guard spec.needsRecord else { return nil }
            guard let ticket = actingOn(env) else { return env.text("没有选中的工单", "No ticket selected") }
            return env.dataset.precheck(spec, recordID: ticket.id, actor: env.session.actor, at: env.now)?.message(env.context.language)
        default:
            return nil
        }
    }

    /// The ticket operations act on: the open one, else the one under the cursor.
    func actingOn(_ env: PageEnvironment) -> Ticket? {
        if let detail { return env.dataset.ticket(detail.ticketID) }
        return selectedTicket(env.dataset)
    }
}

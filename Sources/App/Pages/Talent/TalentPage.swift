import Domain
import Panels
import TermUI

/// Talent retention (资智聚汉): the four projects as panels — headline figure, goal, trend and
/// the other figures — or, toggled, every indicator in a sortable table; Enter shows a project's
/// figures with the article's own words.
public struct TalentPage: Page {
    public static let tab = Tab.talent
    public static func wrap(_ command: TalentCommand) -> PageCommand { .talent(command) }
    public static func unwrap(_ command: PageCommand) -> TalentCommand? {
        if case .talent(let command) = command { command } else { nil }
    }

    public private(set) var showsTable = false
    /// The selected project's index in `TalentProject.allCases`.
    public private(set) var selected = 0
    public var table = TableCursor(columnCount: TalentColumns.all.count)
    public private(set) var detail: (project: TalentProject, scroll: Int)?

    init(_ env: PageEnvironment) { reorder(env) }

    public var mode: String { detail != nil ? PageMode.detail : showsTable ? PageMode.browse : PageMode.board }
    public static func scrolled(_ lines: Int) -> TalentCommand? { .table(.move(lines)) }

    /// The project the detail would open: the selected panel's, or the selected row's.
    func selectedProject(_ env: PageEnvironment) -> TalentProject? {
        guard showsTable else { return TalentProject.allCases[selected] }
        guard let row = table.selectedRecord, env.dataset.talent.indices.contains(row) else { return nil }
        return env.dataset.talent[row].project
    }

    public mutating func update(_ command: TalentCommand, _ env: PageEnvironment) -> [PageEffect] {
        switch command {
        case .table(let move) where detail != nil:
            guard let open = detail else { return [] }
            let most = TalentDetailView(project: open.project, indicators: env.dataset.talent, scroll: 0).maxScroll(in: env.body, context: env.context)
            if let scroll = move.scroll(from: open.scroll, page: max(1, env.body.height - 3), most: most) { detail = (open.project, scroll) }
        case .table(let move) where showsTable:
            if table.apply(move, visibleRows: visibleRows(env)) { reorder(env) }
        case .table(let move):
            let last = TalentProject.allCases.count - 1
            switch move {
            case .move(let delta): selected = min(last, max(0, selected + delta))
            case .top, .pageUp: selected = 0
            case .bottom, .pageDown: selected = last
            case .select(let row): selected = min(last, max(0, row))
            case .nextSortColumn, .reverseSort, .sortBy: break
            }
        case .toggleView:
            showsTable.toggle()
        case .selectProject(let index):
            selected = min(TalentProject.allCases.count - 1, max(0, index))
        case .openDetail:
            guard let project = selectedProject(env) else { return [] }
            detail = (project, 0)
        case .back:
            detail = nil
        }
        return []
    }

    public mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment) {
        // Operations change tickets, cadres and scores; the indicators change only with a new data set.
        guard change.ids == nil else { return }
        reorder(env)
    }

    public mutating func resized(_ env: PageEnvironment) { table.clamp(visibleRows: visibleRows(env)) }

    private mutating func reorder(_ env: PageEnvironment) {
        table.setOrder(RecordTable.sortedOrder(env.dataset.talent, columns: TalentColumns.all, state: table.view, context: env.context),
                       visibleRows: visibleRows(env))
    }

    private func visibleRows(_ env: PageEnvironment) -> Int { Table.visibleRowCount(in: TalentPanel.tableArea(in: env.body, rows: env.dataset.talent.count)) }

    public func render(_ frame: inout Frame<TalentCommand>, _ env: PageEnvironment) {
        if let detail {
            TalentDetailView(project: detail.project, indicators: env.dataset.talent, scroll: detail.scroll)
                .render(env.body, into: &frame.buffer, context: env.context)
        } else if showsTable {
            let hits = TalentPanel(indicators: env.dataset.talent, order: table.order, table: table.view)
                .render(env.body, into: &frame.buffer, context: env.context)
            frame.tableRegions(hits, sort: { .table(.sortBy(column: $0)) }, select: { .table(.select(row: $0)) })
        } else {
            let areas = TalentBoard(indicators: env.dataset.talent, selected: selected).render(env.body, into: &frame.buffer, context: env.context)
            for (index, area) in areas.enumerated() { frame.region(area, .selectProject(index)) }
        }
    }

    // MARK: Bindings

    public static let catalogue: [Binding<TalentCommand>] = {
        let board: Set = [PageMode.board]
        return [
            Binding("talent.back", [.escape], .back, Label(zh: "返回", en: "Back"), group: .talent, bar: .modes([PageMode.detail]),
                    modes: [PageMode.detail]),
            Binding("talent.next", [.right, .char("l")], .table(.move(1)), Label(zh: "下一个工程", en: "Next project"), group: .talent, modes: board),
            Binding("talent.previous", [.left, .char("h")], .table(.move(-1)), Label(zh: "上一个工程", en: "Previous project"), group: .talent, modes: board),
        ] + TableCommand.bindings(sortModes: [PageMode.browse]).map { $0.map(TalentCommand.table) } + [
            Binding("talent.view", [.char("t")], .toggleView, Label(zh: "切换:四大工程面板 / 指标表", en: "Switch: project panels / indicator table"),
                    group: .talent, bar: .modes([PageMode.board, PageMode.browse]), barLabel: Label(zh: "面板/表格", en: "Panels/table"),
                    modes: [PageMode.board, PageMode.browse]),
            Binding("talent.open", [.enter], .openDetail, Label(zh: "数据与原文摘录", en: "Figures and the article's words"), group: .talent,
                    bar: .modes([PageMode.board, PageMode.browse]), barLabel: Label(zh: "原文", en: "Sources"), modes: [PageMode.board, PageMode.browse]),
        ]
    }()
}

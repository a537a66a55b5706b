import Foundation
import Domain
import Panels
import TermUI

/// The four report cards: a month picker, the units × cards matrix of one kind (districts,
/// development zones, departments — ranked separately), the month's warnings by the rule, a unit's
/// trend and cadres, and entering a score (supervisors).
public struct ScoresPage: Page {
    public static let tab = Tab.scores
    public static func wrap(_ command: ScoresCommand) -> PageCommand { .scores(command) }
    public static func unwrap(_ command: PageCommand) -> ScoresCommand? {
        if case .scores(let command) = command { command } else { nil }
    }

    public private(set) var month: Month
    public private(set) var kind = UnitKind.district
    public private(set) var board: ScoreBoard
    /// The month's warnings, every kind.
    public private(set) var warnings: [UnitWarning] = []
    /// Where the scores come from, for the matrix's title.
    public private(set) var sources: [Source] = []
    public var table = TableCursor(columnCount: ScoreColumns.all.count)
    /// The unit whose detail is open, and how far it is scrolled.
    public var detail: (unitID: String, scroll: Int)?

    init(_ env: PageEnvironment) {
        month = ScoreBoard.months(env.dataset.units).last ?? Month(containing: env.now)
        board = ScoreBoard(units: [], month: month, kind: kind, warnings: [])
        rebuild(env)
    }

    public var mode: String { detail == nil ? PageMode.browse : PageMode.detail }
    public static func scrolled(_ lines: Int) -> ScoresCommand? { .table(.move(lines)) }

    func selectedUnit(_ env: PageEnvironment) -> AssessmentUnit? {
        if let detail { return env.dataset.units.first { $0.id == detail.unitID } }
        guard let row = table.selectedRecord, board.rows.indices.contains(row) else { return nil }
        return env.dataset.units.first { $0.id == board.rows[row].unitID }
    }

    public mutating func update(_ command: ScoresCommand, _ env: PageEnvironment) -> [PageEffect] {
        if let reason = disabledReason(command, env) { return [.message(reason)] }
        let months = ScoreBoard.months(env.dataset.units)
        switch command {
        case .table(let command) where detail != nil:
            scrollDetail(command, env)
        case .table(let command):
            if table.apply(command, visibleRows: visibleRows(env)) { reorder(env) }
        case .previousMonth:
            guard let first = months.first, month > first else { return [.message(env.text("已是最早的月份", "This is the first month"))] }
            month = month.adding(months: -1)
            rebuild(env)
        case .nextMonth:
            guard let last = months.last, month < last else { return [.message(env.text("已是最近的月份", "This is the latest month"))] }
            month = month.adding(months: 1)
            rebuild(env)
        case .nextKind:
            let kinds = UnitKind.allCases
            kind = kinds[((kinds.firstIndex(of: kind) ?? 0) + 1) % kinds.count]
            table.view.select(0, rowCount: 0, visibleRows: 1)
            // The month's warnings cover every kind: only the board changes.
            board = ScoreBoard(units: env.dataset.units, month: month, kind: kind, warnings: warnings)
            reorder(env)
        case .openDetail:
            guard let unit = selectedUnit(env) else { return [] }
            detail = (unit.id, 0)
        case .back:
            detail = nil
        case .enterScore:
            guard let unit = selectedUnit(env), let spec = OperationSpec.named("unit.set_report_card") else { return [] }
            let prefill = ["month": month.description, "card": ReportCard.overall.rawValue,
                           "score": unit.score(month: month, card: .overall).map { NumberText.format($0.score, .en) } ?? ""]
            return [.openForm(OperationForm.make(spec, recordID: unit.id, revision: unit.revision, prefill: prefill))]
        }
        return []
    }

    private mutating func scrollDetail(_ command: TableCommand, _ env: PageEnvironment) {
        guard let open = detail, let unit = selectedUnit(env) else { return }
        let view = UnitDetailView(unit: unit, units: env.dataset.units, cadres: env.dataset.cadres, month: month, scroll: 0)
        let most = view.maxScroll(in: env.body, context: env.context)
        guard let scroll = command.scroll(from: open.scroll, page: max(1, env.body.height - 3), most: most) else { return }
        detail = (open.unitID, scroll)
    }

    public mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment) {
        guard change.ids.map({ $0.contains { id in env.dataset.units.contains { $0.id == id } } }) ?? true else { return }
        rebuild(env)
    }

    public mutating func resized(_ env: PageEnvironment) { table.clamp(visibleRows: visibleRows(env)) }

    /// The board and warnings for the month and kind, then the table's order.
    mutating func rebuild(_ env: PageEnvironment) {
        warnings = UnitWarning.all(env.dataset.units, month: month, rule: env.warningRule)
        board = ScoreBoard(units: env.dataset.units, month: month, kind: kind, warnings: warnings)
        sources = ScoreBoard.sources(env.dataset.units)
        reorder(env)
    }

    private mutating func reorder(_ env: PageEnvironment) {
        table.setOrder(RecordTable.sortedOrder(board.rows, columns: ScoreColumns.all, state: table.view, context: env.context),
                       visibleRows: visibleRows(env))
    }

    func visibleRows(_ env: PageEnvironment) -> Int { Table.visibleRowCount(in: ScoresPanel.tableArea(in: env.body)) }

    public func render(_ frame: inout Frame<ScoresCommand>, _ env: PageEnvironment) {
        if let detail, let unit = env.dataset.units.first(where: { $0.id == detail.unitID }) {
            UnitDetailView(unit: unit, units: env.dataset.units, cadres: env.dataset.cadres, month: month, scroll: detail.scroll)
                .render(env.body, into: &frame.buffer, context: env.context)
            return
        }
        let panel = ScoresPanel(board: board, order: table.order, table: table.view, warnings: warnings, rule: env.warningRule,
                                figures: env.dataset.figures, sources: sources)
        let hits = panel.render(env.body, into: &frame.buffer, context: env.context)
        frame.tableRegions(hits, sort: { .table(.sortBy(column: $0)) }, select: { .table(.select(row: $0)) })
    }

    // MARK: Bindings

    public static let catalogue: [Binding<ScoresCommand>] = {
        let browse: Set = [PageMode.browse]
        return [
            Binding("scores.back", [.escape], .back, Label(zh: "返回成绩单", en: "Back to the report cards"), group: .scores,
                    bar: .modes([PageMode.detail]), barLabel: Label(zh: "返回", en: "Back"), modes: [PageMode.detail]),
        ] + TableCommand.bindings(sortModes: browse).map { $0.map(ScoresCommand.table) } + [
            Binding("scores.previous_month", [.left, .char("[")], .previousMonth, Label(zh: "上个月", en: "Previous month"), group: .scores,
                    bar: .always, barLabel: Label(zh: "上月", en: "Month"), modes: browse),
            Binding("scores.next_month", [.right, .char("]")], .nextMonth, Label(zh: "下个月", en: "Next month"), group: .scores, modes: browse),
            Binding("scores.kind", [.char("t")], .nextKind, Label(zh: "换类别:区、功能区、市直部门", en: "Next kind: districts, zones, departments"),
                    group: .scores, bar: .always, barLabel: Label(zh: "类别", en: "Kind"), modes: browse),
            Binding("scores.open", [.enter], .openDetail, Label(zh: "单位详情:走势与干部", en: "The unit: trends and cadres"), group: .scores,
                    bar: .always, barLabel: Label(zh: "详情", en: "Open"), modes: browse),
            Binding("scores.enter", [.char("e")], .enterScore, Label(zh: "录入成绩(主管)", en: "Enter a score (supervisors)"), group: .scores,
                    bar: .always, barLabel: Label(zh: "录入", en: "Enter score")),
        ]
    }()

    public func disabledReason(_ command: ScoresCommand, _ env: PageEnvironment) -> String? {
        guard command == .enterScore else { return nil }
        return env.session.refusal(for: .unit).map(env.context.text) ?? (selectedUnit(env) == nil ? env.text("没有选中的单位", "No unit selected") : nil)
    }

    // MARK: Forms

    public mutating func formSubmitted(_ form: FormModel, _ env: PageEnvironment) -> [PageEffect] {
        OperationForm.submitted(form, language: env.context.language)
    }

    public func formHeader(_ form: FormModel, _ env: PageEnvironment) -> [Line] {
        guard let unit = env.dataset.units.first(where: { $0.id == form.recordID }) else { return FormDialog.requiredNote(form, context: env.context) }
        var lines = [Line(unit.id + "  " + env.context.text(unit.name), style: env.context.theme.title),
                     Line(env.context.text(unit.kind.label) + " · " + env.text("分数 0–100", "score 0–100"))]
        if let changed = FormDialog.changedLine(form, revision: unit.revision, by: unit.updatedBy, context: env.context) { lines.append(changed) }
        return lines
    }

    public mutating func submitted(_ outcome: SubmitOutcome, _ env: PageEnvironment) -> [PageEffect] {
        switch outcome {
        case .applied(let applied, let dataset):
            let unit = dataset.units.first { $0.id == applied.recordID }
            let rank = board.rows.firstIndex { $0.unitID == applied.recordID }.flatMap { board.rows[$0].overallRank }
            return [.message((unit.map { env.context.text($0.name) } ?? applied.recordID) + " " + env.context.text(dataset.summary(of: applied.event))
                             + (rank.map { env.text(" · 综合第 \($0) 名", " · overall rank \($0)") } ?? ""))]
        case .refused(_, let reason):
            return [.message(reason.text(env.context.language))]
        }
    }
}

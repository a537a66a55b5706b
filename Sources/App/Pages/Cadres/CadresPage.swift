import Foundation
import Domain
import Panels
import TermUI

/// The lion-type cadre pool: the funnel, the pool table with filters that combine and a search,
/// one cadre's record, and every step of the cadre life cycle (supervisors only).
public struct CadresPage: SearchingPage {
    public static let tab = Tab.cadres
    public static func wrap(_ command: CadreCommand) -> PageCommand { .cadres(command) }
    public static func unwrap(_ command: PageCommand) -> CadreCommand? {
        if case .cadres(let command) = command { command } else { nil }
    }

    public var filter = CadreFilter()
    /// The search text while `/` has the keyboard.
    public var search: TextFieldState?
    public var detail: CadreDetailState?
    /// Cadres another process changed, and until when they stand out.
    public var highlights = Highlights()
    public var table = TableCursor(columnCount: CadreColumns.all.count)
    /// Every cadre in the sort order; the table is this, filtered.
    public private(set) var sorted: [Int] = []

    init(_ env: PageEnvironment) {
        sortPool(env)
    }

    /// The cadre under the table's cursor.
    public func selectedCadre(_ dataset: Dataset) -> Cadre? { table.selectedRecord.map { dataset.cadres[$0] } }

    /// The cadre operations act on: the open one, else the one under the cursor.
    func actingOn(_ env: PageEnvironment) -> Cadre? {
        if let detail { return env.dataset.cadre(detail.cadreID) }
        return selectedCadre(env.dataset)
    }

    public var mode: String { detail == nil ? PageMode.browse : PageMode.detail }
    public static func scrolled(_ lines: Int) -> CadreCommand? { .table(.move(lines)) }

    // MARK: Updates

    public mutating func update(_ command: CadreCommand, _ env: PageEnvironment) -> [PageEffect] {
        if let reason = disabledReason(command, env) { return [.message(reason)] }
        if detail != nil { return updateDetail(command, env) }
        switch command {
        case .table(let table): moveCursor(table, env)
        case .openDetail:
            guard let cadre = selectedCadre(env.dataset) else { return [] }
            detail = CadreDetailState(cadreID: cadre.id)
        case .back, .clearFilters:
            guard filter != .all else { return [] }
            filter = .all
            filterPool(env)
            return [.message(env.text("已清除筛选", "Filters cleared"))]
        case .startSearch:
            search = TextFieldState(text: filter.text)
        case .toggleWarned:
            filter.warnedOnly.toggle()
            filterPool(env)
        case .toggleFirstBatch:
            filter.firstBatchOnly.toggle()
            filterPool(env)
        case .openFilterMenu:
            return [.openForm(CadreFilterMenu.form(filter, dataset: env.dataset))]
        case .operation(let id):
            return begin(id, on: selectedCadre(env.dataset), env)
        }
        return []
    }

    /// In the record the movement keys scroll it; the operations act on it.
    private mutating func updateDetail(_ command: CadreCommand, _ env: PageEnvironment) -> [PageEffect] {
        guard var open = detail, let cadre = env.dataset.cadre(open.cadreID) else {
            detail = nil
            return []
        }
        switch command {
        case .back:
            detail = nil
            return []
        case .table(let table):
            let most = CadreDetailView(cadre: cadre, dataset: env.dataset, scroll: 0).maxScroll(in: env.body, context: env.context)
            guard let scroll = table.scroll(from: open.scroll, page: max(1, env.body.height - 3), most: most) else { return [] }
            open.scroll = scroll
        case .operation(let id): return begin(id, on: cadre, env)
        case .openDetail, .startSearch, .toggleWarned, .toggleFirstBatch, .clearFilters, .openFilterMenu:
            return []
        }
        detail = open
        return []
    }

    var searchText: String {
        get { filter.text }
        set { filter.text = newValue }
    }

    mutating func refilter(_ env: PageEnvironment) { filterPool(env) }

    mutating func moveCursor(_ command: TableCommand, _ env: PageEnvironment) {
        if table.apply(command, visibleRows: visibleRows(env)) { sortPool(env) }
    }

    public mutating func dataChanged(_ change: DataChange, _ env: PageEnvironment) {
        let cadreIDs = change.ids.map { $0.filter { env.dataset.cadreIndex($0) != nil } }
        if change.byOthers, let cadreIDs {
            highlights.mark(cadreIDs, now: env.now)
        }
        // Operators change tickets all day; the pool keeps its order unless cadres changed.
        guard cadreIDs.map({ !$0.isEmpty }) ?? true else { return }
        sortPool(env)
    }

    public mutating func tick(_ env: PageEnvironment, recounted: Bool) {
        highlights.expire(at: env.now)
    }

    public mutating func resized(_ env: PageEnvironment) { table.clamp(visibleRows: visibleRows(env)) }

    // MARK: The pool's order

    func visibleRows(_ env: PageEnvironment) -> Int { Table.visibleRowCount(in: CadresPanel.tableArea(in: env.body)) }

    mutating func sortPool(_ env: PageEnvironment) {
        sorted = RecordTable.sortedOrder(env.dataset.cadres, columns: CadreColumns.all, state: table.view, context: env.context)
        filterPool(env)
    }

    mutating func filterPool(_ env: PageEnvironment) {
        table.setOrder(filter.apply(env.dataset.cadres, order: sorted, search: env.world.cadreSearch), visibleRows: visibleRows(env))
    }

    // MARK: Drawing

    func panel(_ env: PageEnvironment) -> CadresPanel {
        CadresPanel(cadres: env.dataset.cadres, order: table.order, table: table.view, funnel: env.world.poolFunnel,
                    sources: env.world.cadreSources, figures: env.dataset.figures, filter: filter, search: search,
                    highlighted: highlights.current(at: env.now))
    }

    public func render(_ frame: inout Frame<CadreCommand>, _ env: PageEnvironment) {
        let context = env.context
        if let detail, let cadre = env.dataset.cadre(detail.cadreID) {
            CadreDetailView(cadre: cadre, dataset: env.dataset, scroll: detail.scroll).render(env.body, into: &frame.buffer, context: context)
            return
        }
        let panel = panel(env)
        let hits = panel.render(env.body, into: &frame.buffer, context: context)
        frame.tableRegions(hits, sort: { .table(.sortBy(column: $0)) }, select: { .table(.select(row: $0)) })
        frame.cursor = panel.searchCursor(in: env.body, context: context)
    }

}

extension CadresPage {
    public func changesEachSecond(_ env: PageEnvironment) -> Bool { highlights.isActive(at: env.now) }
}

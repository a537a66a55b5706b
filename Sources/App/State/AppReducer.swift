import Foundation
import Panels
import TermUI

/// The controller: given a state and an action, the next state and the effects to run.
/// No I/O happens here, so every key script can be tested without a terminal.
public enum AppReducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        // The status line's message lasts until the user's next key or click.
        if action.isUserInput { state.message = nil }
        if state.helpScroll != nil, let effects = reduceHelp(&state, action) { return effects }
        if state.tab == .grid, let effects = GridReducer.reduce(&state, action) { return effects }
        let tab = state.tab
        switch action {
        case .quit:
            return [.quit]
        case .selectTab(let new):
            state.tab = new
        case .nextTab:
            state.tab = Tab(rawValue: tab.rawValue % Tab.allCases.count + 1) ?? .overview
        case .previousTab:
            state.tab = Tab(rawValue: (tab.rawValue + Tab.allCases.count - 2) % Tab.allCases.count + 1) ?? .overview
        case .toggleHelp:
            state.helpScroll = 0
        case .closeOverlay:
            break
        case .repaint:
            return [.repaintAll]
        case .moveSelection(let delta):
            moveSelection(&state, tab) { $0.move(by: delta, rowCount: $1, visibleRows: $2) }
        case .pageDown:
            moveSelection(&state, tab) { $0.move(by: max(1, $2 - 1), rowCount: $1, visibleRows: $2) }
        case .pageUp:
            moveSelection(&state, tab) { $0.move(by: -max(1, $2 - 1), rowCount: $1, visibleRows: $2) }
        case .jumpToTop:
            moveSelection(&state, tab) { $0.select(0, rowCount: $1, visibleRows: $2) }
        case .jumpToBottom:
            moveSelection(&state, tab) { $0.select($1 - 1, rowCount: $1, visibleRows: $2) }
        case .nextSortColumn:
            var view = state.tables[tab] ?? TableViewState()
            view.sortColumn = (view.sortColumn + 1) % state.columnCount(tab)
            view.ascending = true
            state.tables[tab] = view
            state.reorder(tab)
        case .reverseSort:
            state.tables[tab]?.ascending.toggle()
            state.reorder(tab)
        case .click(let x, let y):
            return click(&state, x: x, y: y)
        case .scroll(let delta):
            moveSelection(&state, tab) { $0.move(by: delta, rowCount: $1, visibleRows: $2) }
        case .resize(let size):
            state.size = size
            for t in Tab.allCases { moveSelection(&state, t) { $0.move(by: 0, rowCount: $1, visibleRows: $2) } }
            return [.repaintAll]
        case .tick(let now):
            state.now = now
            state.refreshGridClock()
        case .dataChanged(let dataset, let changed):
            state.replaceDataset(dataset, changed: changed)
            let until = state.now.addingTimeInterval(GridState.highlightSeconds)
            for id in changed where dataset.ticketIndex(id) != nil { state.grid.highlights[id] = until }
        case .showMessage(let text):
            state.message = text
        case .submitted(let outcome):
            GridReducer.submitted(outcome, &state)
        case .openDetail, .revealPhone, .startSearch, .toggleOverdue, .toggleMine, .toggleUnassigned, .clearFilters,
             .openFilterMenu, .ticket, .input:
            break
        }
        return []
    }

    /// While help is open it has the keys: they scroll or close it, and nothing reaches the panel
    /// beneath. Resizes, repaints and the clock still go through.
    private static func reduceHelp(_ state: inout AppState, _ action: Action) -> [Effect]? {
        switch action {
        case .toggleHelp, .closeOverlay, .click, .quit:
            state.helpScroll = nil
        case .moveSelection(let delta), .scroll(let delta):
            state.helpScroll = max(0, (state.helpScroll ?? 0) + delta)
        case .pageDown, .pageUp, .jumpToTop, .jumpToBottom, .nextSortColumn, .reverseSort, .selectTab, .nextTab, .previousTab,
             .openDetail, .revealPhone, .startSearch, .toggleOverdue, .toggleMine, .toggleUnassigned, .clearFilters,
             .openFilterMenu, .ticket, .input:
            break
        case .repaint, .resize, .tick, .dataChanged, .showMessage, .submitted:
            return nil
        }
        return []
    }

    private static func moveSelection(_ state: inout AppState, _ tab: Tab, _ change: (inout TableViewState, Int, Int) -> Void) {
        var view = state.tables[tab] ?? TableViewState()
        change(&view, state.rowCount(tab), state.visibleRows(tab))
        state.tables[tab] = view
    }

    /// A click on a tab switches to it; on a column header sorts by it; on a row selects it.
    private static func click(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
        guard ScreenLayout.fits(state.size) else { return [] }
        let layout = state.layout
        if layout.tabs.contains(x: x, y: y) {
            if let index = ScreenRenderer.tabBar(state).tabAt(x: x, in: layout.tabs), let tab = Tab(rawValue: index + 1) {
                state.tab = tab
            }
            return []
        }
        let tab = state.tab
        let area = state.tableArea(tab)
        guard area.contains(x: x, y: y) else { return [] }
        let table = ScreenRenderer.table(state, tab)
        if y == area.y {
            if let column = table.columnAt(x: x, in: area) {
                state.tables[tab]?.sort(by: column)
                state.reorder(tab)
            }
        } else if let row = table.rowAt(y: y, in: area) {
            moveSelection(&state, tab) { $0.select(row, rowCount: $1, visibleRows: $2) }
        }
        return []
    }
}

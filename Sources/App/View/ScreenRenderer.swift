import Domain
import Panels
import TermUI

/// Draws the whole screen for a state: tabs, the current panel, status and key bars, and the help
/// overlay. A pure function of the state; the loop hands the buffer to the terminal.
public enum ScreenRenderer {
    public static func render(_ state: AppState, keyMap: KeyMap = .standard) -> Buffer {
        var buffer = Buffer(width: state.size.width, height: state.size.height)
        let context = state.context
        guard ScreenLayout.fits(state.size) else {
            TooSmallScreen(size: state.size, context: context).render(into: &buffer)
            return buffer
        }
        let layout = state.layout
        tabBar(state).render(layout.tabs, into: &buffer, theme: state.theme)
        renderPanel(state, layout.body, into: &buffer)
        statusBar(state).render(layout.status, into: &buffer, theme: state.theme)
        KeyBar(items: keyHints(state, keyMap: keyMap)).render(layout.keys, into: &buffer, theme: state.theme)
        if let scroll = state.helpScroll {
            let title = context.text("帮助 · 按 Esc 关闭", "Help · Esc closes")
            HelpOverlay(title: title, sections: keyMap.helpSections(state.language), scroll: scroll)
                .render(layout.body, into: &buffer, theme: state.theme)
        }
        return buffer
    }

    public static func tabBar(_ state: AppState) -> Tabs {
        Tabs(titles: Tab.allCases.map { "\($0.rawValue) " + state.context.text($0.label) }, selected: state.tab.rawValue - 1)
    }

    /// The table of a tab as it is drawn, for hit-testing clicks on headers and rows.
    public static func table(_ state: AppState, _ tab: Tab) -> Table {
        let order = state.orders[tab] ?? []
        let view = state.tables[tab] ?? TableViewState()
        let context = state.context
        switch tab {
        case .overview: return RecordTable(title: "", rows: state.dataset.figures, order: order, columns: OverviewPanel.figureColumns, state: view).table(context: context)
        case .cadres: return RecordTable(title: "", rows: state.dataset.cadres, order: order, columns: CadreColumns.all, state: view).table(context: context)
        case .grid: return gridPanel(state).table(context: context)
        case .talent: return RecordTable(title: "", rows: state.dataset.talent, order: order, columns: TalentColumns.all, state: view).table(context: context)
        }
    }

    private static func renderPanel(_ state: AppState, _ area: Rect, into buffer: inout Buffer) {
        let tab = state.tab
        let order = state.orders[tab] ?? []
        let view = state.tables[tab] ?? TableViewState()
        let context = state.context
        switch tab {
        case .overview: OverviewPanel(figures: state.dataset.figures, order: order, table: view, headlines: state.headlines).render(area, into: &buffer, context: context)
        case .cadres: CadresPanel(cadres: state.dataset.cadres, order: order, table: view).render(area, into: &buffer, context: context)
        case .grid: renderGrid(state, area, into: &buffer)
        case .talent: TalentPanel(indicators: state.dataset.talent, order: order, table: view).render(area, into: &buffer, context: context)
        }
    }

    /// Where the terminal cursor goes: in the text being typed, else hidden.
    public static func cursor(_ state: AppState) -> (x: Int, y: Int)? {
        guard state.takesText, ScreenLayout.fits(state.size) else { return nil }
        let body = state.layout.body
        if let form = state.grid.form {
            return TicketFormDialog(form: form, ticket: form.ticketID.flatMap(state.dataset.ticket)).cursor(in: body, context: state.context)
        }
        return gridPanel(state).searchCursor(in: body, context: state.context)
    }

    static func gridPanel(_ state: AppState) -> GridPanel {
        GridPanel(tickets: state.dataset.tickets, order: state.orders[.grid] ?? [], table: state.tables[.grid] ?? TableViewState(),
                  metrics: state.grid.metrics, filter: state.grid.filter, search: state.grid.search,
                  highlighted: state.grid.highlighted(at: state.now))
    }

    /// The queue, or the open ticket's detail, and a form over either.
    private static func renderGrid(_ state: AppState, _ area: Rect, into buffer: inout Buffer) {
        let context = state.context
        if let detail = state.grid.detail, let ticket = state.dataset.ticket(detail.ticketID) {
            TicketDetailView(ticket: ticket, dataset: state.dataset, scroll: detail.scroll, revealPhone: detail.revealPhone)
                .render(area, into: &buffer, context: context)
        } else {
            gridPanel(state).render(area, into: &buffer, context: context)
        }
        if let form = state.grid.form {
            TicketFormDialog(form: form, ticket: form.ticketID.flatMap(state.dataset.ticket)).render(area, into: &buffer, context: context)
        }
    }

    /// The key bar for where the keyboard is; while text is typed, the keys of the input.
    private static func keyHints(_ state: AppState, keyMap: KeyMap) -> [KeyHint] {
        let context = state.context
        if state.takesText && state.grid.form != nil { return TicketFormDialog.keys(context) }
        if state.takesText {
            return [KeyHint(key: "Enter", label: context.text("保留搜索", "Keep the search")), KeyHint(key: "Esc", label: context.text("清除搜索", "Clear the search")),
                    KeyHint(key: "↑↓", label: context.text("移动", "Move"))]
        }
        return keyMap.keyBarHints(state.language, in: state.keyContext)
    }

    private static func statusBar(_ state: AppState) -> StatusBar {
        let context = state.context
        let readOnly = state.session.readOnly ? [context.text("只读", "read-only")] : []
        // A message (a refusal, a confirmation) gets the line to itself, bar the clock, until the
        // next key: at 80 columns it would otherwise lose its end to the path and modes.
        if let message = state.message {
            return StatusBar(left: [message] + readOnly, right: [Format.clock(state.now)])
        }
        var left = [state.session.dataLabel, context.text("用户 ", "user ") + state.session.user] + readOnly
        if let notice = state.session.notice { left.append(notice) }
        let colour = state.theme.tier == .monochrome ? context.text("单色", "mono") : context.text("\(state.theme.tier) 色", "\(state.theme.tier) colours")
        return StatusBar(left: left, right: [state.language == .zh ? "中文" : "English", colour, Format.clock(state.now)])
    }
}

import Domain
import Panels
import TermUI

/// Draws the whole screen for a state: the tabs, the page in front, the status and key bars, and
/// the overlays, bottom to top. A pure function of the state; it returns the frame, whose hit
/// regions the next click resolves through.
public enum ScreenRenderer {
    public static func render(_ state: AppState) -> Frame<Action> {
        if let kiosk = state.kiosk { return KioskRenderer.render(state, kiosk) }
        var frame = Frame<Action>(buffer: Buffer(width: state.size.width, height: state.size.height))
        let context = state.context
        // A theme with its own background (the projector's) owns every cell, margins included.
        if state.theme.base != .plain { frame.buffer.fill(frame.buffer.area, style: state.theme.base) }
        guard ScreenLayout.fits(state.size) else {
            TooSmallScreen(size: state.size, context: context).render(into: &frame.buffer)
            return frame
        }
        let layout = state.layout
        let tabs = tabBar(state)
        tabs.render(layout.tabs, into: &frame.buffer, theme: state.theme)
        for tab in tabs.hitAreas(in: layout.tabs) {
            if let id = Tab(rawValue: tab.index + 1) { frame.region(tab.rect, .shell(.selectTab(id))) }
        }
        if !layout.banner.isEmpty {
            PageBanner(title: context.text(state.tab.label), font: state.titleFont).render(layout.banner, into: &frame.buffer, theme: state.theme)
        }
        state.page.render(into: &frame, state.environment)
        statusBar(state).render(layout.status, into: &frame.buffer, theme: state.theme)
        KeyBar(items: keyHints(state)).render(layout.keys, into: &frame.buffer, theme: state.theme)
        for overlay in state.overlays { render(overlay, state, into: &frame) }
        return frame
    }

    public static func tabBar(_ state: AppState) -> Tabs {
        Tabs(titles: Tab.allCases.map { "\($0.rawValue) " + state.context.text($0.label) }, selected: state.tab.rawValue - 1)
    }

    /// One overlay over what is drawn: it takes the cursor (its own text field's, or none) and
    /// every click (outside a form, a click closes it).
    private static func render(_ overlay: Overlay, _ state: AppState, into frame: inout Frame<Action>) {
        let body = state.layout.body
        let context = state.context
        frame.cursor = nil
        switch overlay {
        case .help, .doctor:
            frame.region(Rect(x: 0, y: 0, width: state.size.width, height: state.size.height), .shell(.closeOverlay))
            reading(overlay, state)?.render(body, into: &frame.buffer, theme: state.theme)
        case .palette(let palette):
            frame.region(Rect(x: 0, y: 0, width: state.size.width, height: state.size.height), .shell(.closeOverlay))
            let view = paletteView(state, palette)
            view.render(body, into: &frame.buffer, context: context)
            frame.cursor = view.cursor(in: body)
        case .form(let form, let owner):
            frame.region(Rect(x: 0, y: 0, width: state.size.width, height: state.size.height), nil)
            let header = state.pages[owner]?.formHeader(form, state.environment) ?? []
            let dialog = FormDialog(form: form, header: header)
            dialog.render(body, into: &frame.buffer, context: context)
            frame.cursor = dialog.cursor(in: body)
        }
    }

    /// The overlay that is only read (the help, the doctor), as drawn.
    static func reading(_ overlay: Overlay, _ state: AppState) -> HelpOverlay? {
        switch overlay {
        case .help(let scroll): return help(state, scroll: scroll)
        case .doctor(let scroll):
            guard let diagnosis = state.diagnosis else { return nil }
            let sections = DoctorReport.sections(diagnosis, state.language).map { section in
                (title: section.title, items: section.rows.map { KeyHint(key: $0.name, label: $0.value) })
            }
            return HelpOverlay(title: state.context.text("终端诊断 · 按 Esc 关闭", "Doctor · Esc closes"), sections: sections, scroll: scroll)
        case .palette, .form: return nil
        }
    }

    /// The help: every binding of the shell and of every page, by group, with the user's keys.
    static func help(_ state: AppState, scroll: Int) -> HelpOverlay {
        let language = state.language
        let catalogue = state.catalogue
        let sections = BindingGroup.allCases.compactMap { group -> (title: String, items: [KeyHint])? in
            let items = catalogue.filter { $0.group == group }.map { KeyHint(key: $0.keyLabel, label: $0.help.text(language)) }
            return items.isEmpty ? nil : (title: group.title.text(language), items: items)
        }
        let title = state.context.text("帮助 · 按 Esc 关闭 · PgUp/PgDn 翻页", "Help · Esc closes · PgUp/PgDn pages")
        return HelpOverlay(title: title, sections: sections, scroll: scroll)
    }

    /// The palette's entries for what has been typed.
    static func paletteEntries(_ state: AppState, _ palette: PaletteState) -> [PaletteEntry] {
        PaletteEntry.filtered(state.bindings(availability: true), query: palette.query.text)
    }

    private static func paletteView(_ state: AppState, _ palette: PaletteState) -> CommandPaletteView {
        let language = state.language
        let rows = paletteEntries(state, palette).map {
            CommandPaletteView.Row(keys: $0.keys, label: $0.label.text(language), group: $0.group.text(language), disabled: $0.disabled)
        }
        return CommandPaletteView(query: palette.query, rows: rows, selected: palette.selected)
    }

    /// The key bar: the overlay on top's keys, the text input's, or the bindings that can run now.
    private static func keyHints(_ state: AppState) -> [KeyHint] {
        let context = state.context
        switch state.overlays.last {
        case .help?, .doctor?:
            return [KeyHint(key: "Esc", label: context.text("关闭", "Close")), KeyHint(key: "↑↓", label: context.text("滚动", "Scroll")),
                    KeyHint(key: "PgUp/PgDn", label: context.text("翻页", "Page")), KeyHint(key: "g/G", label: context.text("首/尾", "Top/end"))]
        case .palette?:
            return [KeyHint(key: "Enter", label: context.text("执行", "Run")), KeyHint(key: "↑↓", label: context.text("选择", "Choose")),
                    KeyHint(key: "Esc", label: context.text("关闭", "Close"))]
        case .form?:
            return FormDialog.keys(context)
        case nil:
            break
        }
        if state.page.takesText { return state.page.textKeys(state.environment) }
        let mode = state.page.mode
        return state.bindings(availability: true, barOnly: true).filter { $0.inBar(mode) }.map {
            KeyHint(key: $0.keys.first?.label ?? "", label: ($0.barLabel ?? $0.help).text(state.language))
        }
    }

    static func statusBar(_ state: AppState) -> StatusBar {
        let context = state.context
        let readOnly = state.session.readOnly ? [context.text("只读", "read-only")] : []
        let clock = Format.clock(state.now, state.timeZone, seconds: state.clockSeconds) + " " + Format.zoneName(state.timeZone, at: state.now)
        // A message (a refusal, a confirmation) gets the line to itself, bar the clock, until the
        // next key: at 80 columns it would otherwise lose its end to the path and modes.
        if let message = state.message {
            return StatusBar(left: [message] + readOnly, right: [clock], wraps: true)
        }
        var left = [state.session.dataLabel, context.text("用户 ", "user ") + state.session.user] + readOnly
        if let notice = state.session.notice { left.append(context.text(notice)) }
        let colour = state.theme.tier == .monochrome ? context.text("单色", "mono") : context.text("\(state.theme.tier) 色", "\(state.theme.tier) colours")
        return StatusBar(left: left, right: [state.language == .zh ? "中文" : "English", colour, clock])
    }
}

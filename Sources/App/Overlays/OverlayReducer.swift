import Domain
import Panels
import TermUI

/// Keys and wheel steps for the overlay on top: it has them all, and nothing reaches the page
/// beneath (resizes, repaints and the clock still go through the shell).
enum OverlayReducer {
    static func key(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let top = state.overlays.last else { return [] }
        switch top {
        case .help(let scroll), .doctor(let scroll): reading(key, scroll: scroll, &state)
        case .palette(let palette): return self.palette(key, palette, &state)
        case .form(let form, let owner): return self.form(key, form, owner: owner, &state)
        }
        return []
    }

    static func scroll(_ lines: Int, _ state: inout AppState) -> [Effect] {
        switch state.overlays.last {
        case .help(let scroll)?, .doctor(let scroll)?: setScroll(scroll + lines, &state)
        case .palette(var palette)?:
            palette.selected = clampedEntry(palette.selected + lines, palette, state)
            state.overlays[state.overlays.count - 1] = .palette(palette)
        case .form?, nil: break
        }
        return []
    }

    // MARK: Help and doctor

    /// Keys of an overlay that is only read: close, scroll by line or page, top and end.
    private static func reading(_ key: Key, scroll: Int, _ state: inout AppState) {
        let page = max(1, state.layout.body.height - 3)
        switch key {
        case .escape, .enter, .char("?"), .char("q"), .function(1), .function(10): _ = state.overlays.popLast()
        case .down, .char("j"): setScroll(scroll + 1, &state)
        case .up, .char("k"): setScroll(scroll - 1, &state)
        case .pageDown, .ctrl("f"), .char(" "): setScroll(scroll + page, &state)
        case .pageUp, .ctrl("b"): setScroll(scroll - page, &state)
        case .home, .char("g"): setScroll(0, &state)
        case .end, .char("G"): setScroll(Int.max / 2, &state)
        default: break
        }
    }

    private static func setScroll(_ scroll: Int, _ state: inout AppState) {
        guard let top = state.overlays.last, let view = ScreenRenderer.reading(top, state) else { return }
        let clamped = min(max(0, scroll), view.maxScroll(in: state.layout.body))
        state.overlays[state.overlays.count - 1] = if case .doctor = top { .doctor(scroll: clamped) } else { .help(scroll: clamped) }
    }

    // MARK: Palette

    /// Typing filters; ↑ ↓ choose; Enter runs the chosen entry (or says why it cannot run).
    private static func palette(_ key: Key, _ palette: PaletteState, _ state: inout AppState) -> [Effect] {
        var palette = palette
        switch key {
        case .escape:
            _ = state.overlays.popLast()
            return []
        case .enter:
            let entries = ScreenRenderer.paletteEntries(state, palette)
            _ = state.overlays.popLast()
            guard entries.indices.contains(palette.selected) else { return [] }
            let entry = entries[palette.selected]
            if let reason = entry.disabled {
                state.message = reason
                return []
            }
            return AppReducer.reduce(&state, entry.action)
        case .down, .ctrl("n"): palette.selected = clampedEntry(palette.selected + 1, palette, state)
        case .up, .ctrl("p"): palette.selected = clampedEntry(palette.selected - 1, palette, state)
        case .pageDown: palette.selected = clampedEntry(palette.selected + 10, palette, state)
        case .pageUp: palette.selected = clampedEntry(palette.selected - 10, palette, state)
        default:
            guard palette.query.handle(key) else { return [] }
            palette.selected = 0
        }
        state.overlays[state.overlays.count - 1] = .palette(palette)
        return []
    }

    private static func clampedEntry(_ index: Int, _ palette: PaletteState, _ state: AppState) -> Int {
        let count = ScreenRenderer.paletteEntries(state, palette).count
        return count == 0 ? 0 : min(max(0, index), count - 1)
    }

    // MARK: Forms

    /// Enter hands the form to the page that opened it; the rest edit it.
    private static func form(_ key: Key, _ form: FormModel, owner: Tab, _ state: inout AppState) -> [Effect] {
        var form = form
        switch key {
        case .escape:
            _ = state.overlays.popLast()
            return []
        case .enter:
            let effects = state.withPage(owner) { $0.formSubmitted(form, $1) } ?? []
            return AppReducer.perform(effects, from: owner, &state)
        case .tab, .down:
            form.moveFocus(1)
        case .backTab, .up:
            form.moveFocus(-1)
        default:
            guard form.focus < form.fields.count, form.fields[form.focus].handle(key) else { return [] }
            let name = form.fields[form.focus].name
            let env = state.environment
            state.pages[owner]?.formEdited(&form, field: name, env)
        }
        form.error = nil
        state.overlays[state.overlays.count - 1] = .form(form, owner: owner)
        return []
    }
}

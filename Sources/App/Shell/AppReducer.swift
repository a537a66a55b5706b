import Foundation
import Domain
import Panels
import TermUI

/// The controller: given a state and an action, the next state and the effects to run. It routes
/// a page's commands to the page in front, keys to the overlay on top, and the clock and data
/// changes to every page. No I/O happens here, so every key script can be tested without a terminal.
public enum AppReducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        // The status line's message lasts until the user's next key or click.
        if action.isUserInput { state.message = nil }
        switch action {
        case .shell(let command):
            return shell(command, &state)
        case .kiosk(let command):
            return kiosk(command, &state)
        case .page(let command):
            let tab = state.tab
            return perform(state.withPage(tab) { $0.handle(command, $1) } ?? [], from: tab, &state)
        case .input(let key):
            if !state.overlays.isEmpty { return OverlayReducer.key(key, &state) }
            let tab = state.tab
            return perform(state.withPage(tab) { $0.input(key, $1) } ?? [], from: tab, &state)
        case .paste(let text):
            guard state.takesText else { return [] }
            var effects: [Effect] = []
            for character in text where character != "\n" && character != "\r" {
                effects += reduce(&state, .input(.char(character)))
            }
            return effects
        case .scroll(let lines):
            if !state.overlays.isEmpty { return OverlayReducer.scroll(lines, &state) }
            return state.page.scrollAction(lines).map { reduce(&state, $0) } ?? []
        case .resize(let size):
            state.size = size
            state.eachPage { $0.resized($1) }
            return [.repaintAll]
        case .tick(let now):
            state.now = now
            if var kiosk = state.kiosk {
                kiosk.advance(to: now)
                state.kiosk = kiosk
                state.tab = kiosk.tab
            }
            let recounted = state.world.isStale(at: now)
            if recounted { state.world.recount(now: now) }
            state.eachPage { $0.tick($1, recounted: recounted) }
        case .dataChanged(let dataset, let changed):
            state.world.replace(dataset, changed: changed, now: state.now)
            state.eachPage { $0.dataChanged(DataChange(ids: changed, byOthers: true), $1) }
        case .showMessage(let text):
            state.message = text
        case .submitted(let outcome):
            return submitted(outcome, &state)
        }
        return []
    }

    private static func shell(_ command: ShellCommand, _ state: inout AppState) -> [Effect] {
        let count = Tab.allCases.count
        switch command {
        case .quit:
            return [.quit]
        case .selectTab(let tab):
            state.tab = tab
        case .nextTab:
            state.tab = Tab(rawValue: state.tab.rawValue % count + 1) ?? .overview
        case .previousTab:
            state.tab = Tab(rawValue: (state.tab.rawValue + count - 2) % count + 1) ?? .overview
        case .help:
            state.overlays.append(.help(scroll: 0))
        case .doctor:
            if state.diagnosis != nil { state.overlays.append(.doctor(scroll: 0)) }
        case .palette:
            state.overlays.append(.palette(PaletteState()))
        case .closeOverlay:
            _ = state.overlays.popLast()
        case .repaint:
            return [.repaintAll]
        }
        return []
    }

    /// A presenter's key: pause, step, or a step of the unlock sequence (which ends the kiosk).
    private static func kiosk(_ command: KioskCommand, _ state: inout AppState) -> [Effect] {
        guard var kiosk = state.kiosk else { return [] }
        defer {
            state.kiosk = kiosk
            state.tab = kiosk.tab
        }
        switch command {
        case .togglePause: kiosk.togglePause(now: state.now)
        case .next: kiosk.step(1, now: state.now)
        case .previous: kiosk.step(-1, now: state.now)
        case .typed(let key): if kiosk.typed(key) { return [.quit] }
        }
        return []
    }

    /// Carries out what a page asked for.
    static func perform(_ effects: [PageEffect], from tab: Tab, _ state: inout AppState) -> [Effect] {
        var out: [Effect] = []
        for effect in effects {
            switch effect {
            case .message(let text):
                state.message = text
            case .submit(let change):
                state.submitter = tab
                out.append(.submit(change))
            case .openForm(let form):
                state.overlays.append(.form(form, owner: tab))
            case .closeForm:
                if state.form != nil { _ = state.overlays.popLast() }
            case .formError(let text):
                state.updateForm { $0.error = text }
            }
        }
        return out
    }

    /// The store's answer: on success the form closes and every page sees the change; on refusal
    /// the form stays open with the reason, on the record's current revision, so the user sees
    /// the new state and may save again knowingly. Then the page that asked hears how it went.
    private static func submitted(_ outcome: SubmitOutcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .applied(let applied, let dataset):
            state.world.replace(dataset, changed: [applied.recordID], now: state.now)
            state.eachPage { $0.dataChanged(DataChange(ids: [applied.recordID], byOthers: false), $1) }
            if state.form != nil { _ = state.overlays.popLast() }
        case .refused(let recordID, let reason):
            let text = reason.text(state.language)
            let current = state.dataset.revision(of: recordID)
            state.updateForm { form in
                form.error = text
                if form.revision != nil { form.revision = current ?? form.revision }
            }
        }
        let tab = state.submitter ?? state.tab
        state.submitter = nil
        return perform(state.withPage(tab) { $0.submitted(outcome, $1) } ?? [], from: tab, &state)
    }
}

extension AppState {
    /// Runs `body` on one page, taken out of the table meanwhile so changing it copies nothing.
    mutating func withPage<R>(_ tab: Tab, _ body: (inout any Page, PageEnvironment) -> R) -> R? {
        let env = environment
        guard var page = pages.removeValue(forKey: tab) else { return nil }
        defer { pages[tab] = page }
        return body(&page, env)
    }

    /// Changes the form on top, if one is.
    mutating func updateForm(_ change: (inout FormModel) -> Void) {
        guard case .form(var form, let owner)? = overlays.last else { return }
        change(&form)
        overlays[overlays.count - 1] = .form(form, owner: owner)
    }
}

import Testing
import Domain
import Panels
import TermUI
@testable import App

@Suite("The command palette")
struct PaletteTests {
    private func typed(_ text: String, on tab: Tab, readOnly: Bool = false, language: Language = .en) -> AppState {
        var state = AppState(dataset: TriageDesk.dataset, size: TerminalSize(width: 100, height: 30), language: language,
                             theme: Theme.make(tier: .monochrome), now: TriageDesk.now,
                             session: SessionInfo(dataLabel: "/data", user: "alice", readOnly: readOnly))
        state.tab = tab
        _ = AppReducer.reduce(&state, InputRouter.action(for: .key(.char(":")), state: state, frame: nil) ?? .shell(.quit))
        for character in text { _ = AppReducer.reduce(&state, .input(.char(character))) }
        return state
    }

    private func entries(_ state: AppState) -> [PaletteEntry] {
        guard case .palette(let palette)? = state.overlays.last else { return [] }
        return ScreenRenderer.paletteEntries(state, palette)
    }

    @Test(": and Ctrl-P open it; English words and Chinese substrings find bindings of the page and the shell")
    func search() {
        #expect(InputRouter.action(for: .key(.ctrl("p")), state: Fixture.state(), frame: nil) == .shell(.palette))
        #expect(entries(typed("escal", on: .grid)).map(\.id) == ["grid.ticket.escalate"])
        #expect(entries(typed("升级", on: .grid)).map(\.id) == ["grid.ticket.escalate"])
        #expect(entries(typed("close dup", on: .grid)).map(\.id) == ["grid.ticket.close_duplicate"])
        #expect(entries(typed("quit", on: .talent)).map(\.id) == ["shell.quit"])
        // The grid's bindings are not offered on the talent page.
        #expect(entries(typed("escal", on: .talent)).isEmpty)
        let screen = ScreenRenderer.render(typed("escal", on: .grid)).buffer.text
        #expect(screen.contains("> escal") && screen.contains("Escalate (reason required)"))
    }

    @Test("entries that cannot run now are listed last with the reason, and Enter on one only says it")
    func disabled() {
        // T-000002, first in the queue, is classified: it cannot be resolved yet.
        let state = typed("resolve", on: .grid)
        let resolve = entries(state).first { $0.id == "grid.ticket.resolve" }
        #expect(resolve?.disabled == "cannot resolve T-000002: it is classified; allowed when in progress")
        #expect(ScreenRenderer.render(state).buffer.text.contains("(cannot resolve T-000002"))
        var run = state
        _ = AppReducer.reduce(&run, .input(.enter))
        #expect(run.overlays.isEmpty && run.message == resolve?.disabled)

        let readOnly = entries(typed("note", on: .grid, readOnly: true))
        #expect(readOnly.first { $0.id == "grid.ticket.note" }?.disabled == "read-only")
    }

    @Test("Enter runs the chosen entry; ↓ chooses the next; Esc closes without running")
    func running() {
        var state = typed("overdue", on: .grid)
        _ = AppReducer.reduce(&state, .input(.enter))
        #expect(state.overlays.isEmpty && state.grid.filter.overdueOnly)

        var next = typed("tab", on: .overview)
        let listed = entries(next).map(\.id)
        _ = AppReducer.reduce(&next, .input(.down))
        _ = AppReducer.reduce(&next, .input(.enter))
        #expect(listed.count >= 2)
        #expect(listed[1] == "shell.previous_tab" && next.tab == Tab.allCases.last)

        var closed = typed("quit", on: .overview)
        #expect(AppReducer.reduce(&closed, .input(.escape)) == [])
        #expect(closed.overlays.isEmpty)
    }

    @Test("the palette in Chinese")
    func chinese() {
        let screen = ScreenRenderer.render(typed("筛选", on: .grid, language: .zh)).buffer.text
        #expect(screen.contains("命令") && screen.contains("筛选:状态、级别、类别、位置"))
        #expect(!screen.contains("Filter"))
    }
}

import Testing
import Domain
import Panels
import TermUI
@testable import App

@Suite("Pages as state values")
struct PageUpdateTests {
    private var env: PageEnvironment {
        AppState(dataset: TriageDesk.dataset, size: TerminalSize(width: 100, height: 30), language: .en,
                 theme: Theme.make(tier: .monochrome), now: TriageDesk.now,
                 session: SessionInfo(dataLabel: "/data", user: "alice", readOnly: false)).environment
    }

    @Test("the grid page: filters, search, detail and operations change its state and return effects")
    func grid() throws {
        let env = self.env
        var page = GridPage(env)
        #expect(page.table.rowCount == 6 && page.mode == PageMode.queue)
        #expect(page.update(.toggleOverdue, env) == [])
        #expect(page.filter.overdueOnly && page.table.order.map { env.dataset.tickets[$0].id } == ["T-000002"])
        #expect(page.update(.back, env) == [.message("Filters cleared")])
        #expect(page.filter == .all && page.table.rowCount == 6)

        #expect(page.update(.startSearch, env) == [] && page.takesText)
        for character in "bench" { _ = page.input(.char(character), env) }
        #expect(page.filter.text == "bench" && page.table.rowCount == 1)
        _ = page.input(.escape, env)
        #expect(!page.takesText && page.filter.text.isEmpty)
        // The cursor stayed on the ticket the search found.
        #expect(page.selectedTicket(env.dataset)?.id == "T-000004")
        _ = page.update(.table(.top), env)

        #expect(page.update(.openDetail, env) == [])
        #expect(page.detail?.ticketID == "T-000002" && page.mode == PageMode.detail)
        guard case .openForm(let form)? = page.update(.operation("ticket.escalate"), env).first else {
            Issue.record("escalate opens a form")
            return
        }
        #expect(form.id == "ticket.escalate" && form.recordID == "T-000002" && form.fields.map(\.name) == ["reason"])
        // The ticket's state refuses resolving: the same words as the palette and a key press.
        #expect(page.update(.operation("ticket.resolve"), env) == [.message("cannot resolve T-000002: it is classified; allowed when in progress")])
        #expect(page.update(.back, env) == [] && page.detail == nil)
    }

    @Test("a filled form becomes the change, or says what is wrong with a value")
    func formToChange() throws {
        let env = self.env
        var page = GridPage(env)
        var form = OperationForm.make(try #require(OperationSpec.named("ticket.note")), recordID: "T-000003", revision: 1)
        for character in "已回访" { _ = form.fields[0].handle(.char(character)) }
        #expect(page.formSubmitted(form, env) == [.submit(Change(recordID: "T-000003", expectedRevision: 1, operation: .note(text: "已回访")))])
        let points = OperationForm.make(try #require(OperationSpec.named("cadre.add_points")), recordID: "C-00001", revision: 3,
                                        prefill: ["month": "2018-13", "delta": "5", "reason": "r"])
        #expect(page.formSubmitted(points, env) == [.formError("month takes YYYY-MM, e.g. 2018-09")])
    }

    @Test("table pages sort, move and keep their order when only tickets change")
    func tables() {
        let env = Fixture.state().environment
        var cadres = CadresPage(env)
        let first = cadres.table.order
        #expect(cadres.update(.table(.sortBy(column: 3)), env) == [] && cadres.table.view.sortColumn == 3)
        #expect(cadres.table.order != first)
        _ = cadres.update(.table(.bottom), env)
        #expect(cadres.table.view.selected == env.dataset.cadres.count - 1)
        let sorted = cadres.table.order
        cadres.dataChanged(DataChange(ids: [env.dataset.tickets[0].id], byOthers: true), env)
        #expect(cadres.table.order == sorted)
        // Out-of-range columns and empty tables are taken safely.
        #expect(cadres.update(.table(.sortBy(column: 99)), env) == [])
    }

    @Test("every key on every page, in every mode, with and without overlays, traps nothing", arguments: Tab.allCases)
    func everyKey(tab: Tab) {
        var state = Fixture.state()
        state.tab = tab
        let keys: [Key] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/?!-".map { .char($0) }
            + [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .backspace, .delete,
               .insert, .function(1), .function(5), .ctrl("p"), .ctrl("f"), .ctrl("b")]
        for key in keys + keys.reversed() {
            if let action = InputRouter.action(for: .key(key), state: state, frame: ScreenRenderer.render(state)), action != .shell(.quit) {
                _ = AppReducer.reduce(&state, action)
            }
            state.tab = tab
        }
        #expect(ScreenRenderer.render(state).buffer.area.width == 80)
    }

    @Test("the key bar shows only what can run: no ticket actions for read-only users, none refused by the ticket's state")
    func keyBarAvailability() {
        let state = AppState(dataset: TriageDesk.dataset, size: TerminalSize(width: 120, height: 30), language: .en,
                             theme: Theme.make(tier: .monochrome), now: TriageDesk.now,
                             session: SessionInfo(dataLabel: "/data", user: "alice", readOnly: true), tab: .grid)
        let readOnly = ScreenRenderer.render(state).buffer.lines().last ?? ""
        #expect(readOnly.hasPrefix("? Help  q Quit  Enter Open") && !readOnly.contains("Escalate") && !readOnly.contains("Resolve"))
        var writable = state
        writable.session = SessionInfo(dataLabel: "/data", user: "alice", readOnly: false)
        // T-000002 is classified: it can be escalated, not resolved.
        let bar = ScreenRenderer.render(writable).buffer.lines().last ?? ""
        #expect(bar.contains("e Escalate") && !bar.contains("Resolve"), "\(bar)")
    }

    @Test("the help pages with PgDn, Ctrl-F and Space, back with PgUp and Ctrl-B, and jumps with g, G, Home and End")
    func helpPages() {
        var state = Fixture.state()
        _ = AppReducer.reduce(&state, .shell(.help))
        let page = state.layout.body.height - 3
        _ = AppReducer.reduce(&state, .input(.pageDown))
        #expect(state.helpScroll == page)
        _ = AppReducer.reduce(&state, .input(.ctrl("b")))
        #expect(state.helpScroll == 0)
        _ = AppReducer.reduce(&state, .input(.end))
        let bottom = state.helpScroll ?? 0
        #expect(bottom > page)
        _ = AppReducer.reduce(&state, .input(.char(" ")))
        #expect(state.helpScroll == bottom, "no scrolling past the end")
        _ = AppReducer.reduce(&state, .input(.char("g")))
        #expect(state.helpScroll == 0)
        _ = AppReducer.reduce(&state, .input(.escape))
        #expect(state.overlays.isEmpty)
    }

    @Test("clicks resolve through the frame's regions: a form swallows them, help closes on one")
    func clicks() {
        var state = Fixture.state()
        state.tab = .grid
        let frame = ScreenRenderer.render(state)
        let header = InputRouter.action(for: .mouse(MouseEvent(kind: .leftPress, x: 2, y: 5)), state: state, frame: frame)
        #expect(header == .page(.grid(.table(.sortBy(column: 0)))))
        _ = AppReducer.reduce(&state, .page(.grid(.operation("ticket.note"))))
        #expect(state.form != nil)
        #expect(InputRouter.action(for: .mouse(MouseEvent(kind: .leftPress, x: 2, y: 0)), state: state, frame: ScreenRenderer.render(state)) == nil)
        state.overlays = [.help(scroll: 0)]
        #expect(InputRouter.action(for: .mouse(MouseEvent(kind: .leftPress, x: 2, y: 0)), state: state, frame: ScreenRenderer.render(state)) == .shell(.closeOverlay))
    }
}

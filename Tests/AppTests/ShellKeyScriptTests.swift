import Testing
import Domain
import Panels
import TermUI
@testable import App

@Suite("The shell driven by scripted keys")
struct ShellKeyScriptTests {
    @Test("number keys, Tab and Shift-Tab switch areas")
    func switchingTabs() {
        let (terminal, loop, _) = Fixture.run(Fixture.keys("3"))
        #expect(loop.state.tab == .grid)
        #expect(terminal.lines[4].contains("Red Engine"))

        let (_, tabbed, _) = Fixture.run(Array(repeating: .key(.tab), count: Tab.allCases.count + 1))
        #expect(tabbed.state.tab == .cadres)
        let (_, back, _) = Fixture.run([.key(.backTab)])
        #expect(back.state.tab == Tab.allCases.last)
    }

    @Test("the first line is the tab bar and the last two the status and key bars")
    func chrome() {
        let (terminal, _, _) = Fixture.run([.key(.char("2"))], language: .zh)
        let lines = terminal.lines
        #expect(lines[0].hasPrefix(" 1 总览   2 狮子型干部   3 红色引擎   4 资智聚汉"))
        #expect(lines[22].contains("/data") && lines[22].contains("用户 alice") && lines[22].contains("中文"))
        #expect(lines[22].hasSuffix(Format.clock(Fixture.now, seconds: false) + " UTC+8"))
        #expect(lines[23].hasPrefix("? 帮助  q 退出  Tab 下一页"))
        #expect(lines[1].contains("狮子型干部人选库"))
    }

    @Test("a message takes the status line to itself, bar the clock, until the next key")
    func messageUntilNextKey() {
        let (terminal, loop, _) = Fixture.run(Fixture.keys("3oc"))
        #expect(loop.state.message == "Filters cleared")
        #expect(terminal.lines[22].hasPrefix(" Filters cleared "))
        #expect(!terminal.lines[22].contains("/data") && terminal.lines[22].hasSuffix(Format.clock(Fixture.now, seconds: false) + " UTC+8"))
        terminal.send([.key(.down)])
        _ = loop.run()
        #expect(loop.state.message == nil)
        #expect(terminal.lines[22].contains("/data"))
    }

    @Test("q quits the loop; the end of input ends it with a reason")
    func quitting() {
        let (_, quit, reason) = Fixture.run(Fixture.keys("q3"))
        #expect(reason == nil)
        #expect(quit.state.tab == .overview)
        let (_, _, closed) = Fixture.run([])
        #expect(closed == "end of script")
    }

    @Test("? opens help generated from the key map; Esc closes it; keys do not leak through")
    func help() {
        let terminal = MemoryTerminal(width: 100, height: 120, events: [.key(.char("?"))])
        let loop = AppLoop(terminal: terminal, state: Fixture.state(width: 100, height: 120), clock: { Fixture.now })
        _ = loop.run()
        let screen = terminal.text
        for binding in Fixture.state().catalogue {
            #expect(screen.contains(binding.help.en), "help lists \(binding.help.en)")
        }
        terminal.send([.key(.char("3")), .key(.escape)])
        _ = loop.run()
        #expect(loop.state.helpScroll == nil)
        #expect(loop.state.tab == .overview)
        #expect(!terminal.text.contains("Esc closes"))
    }

    @Test("help scrolls with the movement keys when it does not fit")
    func helpScrolls() {
        let (terminal, loop, _) = Fixture.run([.key(.function(1)), .key(.down), .key(.down)])
        #expect(loop.state.helpScroll == 2)
        #expect(!terminal.text.contains("? F1"))
    }

    @Test("arrow keys move the selection and the page keys page; the title shows the position")
    func movingInATable() {
        let (terminal, loop, _) = Fixture.run([.key(.char("3")), .key(.down), .key(.down), .key(.up), .key(.pageDown)])
        let visible = loop.state.visibleRows(.grid)
        #expect(loop.state.tables[.grid]?.selected == 1 + visible - 1)
        #expect(terminal.lines[4].contains("\(visible + 1)/\(Fixture.dataset.tickets.count)"))
        let (_, bottom, _) = Fixture.run([.key(.char("3")), .key(.end)])
        #expect(bottom.state.tables[.grid]?.selected == Fixture.dataset.tickets.count - 1)
    }

    @Test("s sorts by the next column and S reverses; the header shows the direction")
    func sorting() {
        let (terminal, loop, _) = Fixture.run([.key(.char("2")), .key(.char("s")), .key(.char("s")), .key(.char("s"))])
        #expect(loop.state.tables[.cadres]?.sortColumn == 3)
        // The header is the table's first row, under the funnel and the filter line.
        let header = CadresPanel.tableArea(in: loop.state.layout.body).y
        #expect(terminal.lines[header].contains("Born▲"))
        let years = terminal.lines[(header + 1)...(header + 8)].compactMap { line in
            line.split(separator: " ", omittingEmptySubsequences: true).compactMap { Int($0) }.first { (1940...2000).contains($0) }
        }
        #expect(years.count == 8 && years == years.sorted())
        let (reversed, _, _) = Fixture.run([.key(.char("2")), .key(.char("s")), .key(.char("s")), .key(.char("s")), .key(.char("S"))])
        #expect(reversed.lines[header].contains("Born▼"))
    }

    @Test("a click on a tab switches to it; on a header sorts; on a row selects it")
    func mouse() {
        let state = Fixture.state()
        let tabs = ScreenRenderer.tabBar(state)
        let x = tabs.hitAreas(in: state.layout.tabs).first { $0.index == 3 }?.rect.x ?? 0
        let (_, loop, _) = Fixture.run([.mouse(MouseEvent(kind: .leftPress, x: x, y: 0)), .key(.char("t")), .mouse(MouseEvent(kind: .leftPress, x: 5, y: 5))])
        #expect(loop.state.tab == .talent)
        #expect(loop.state.tables[.talent]?.selected == 2)
        let panel = state.layout.body.y + state.layout.body.height - 2
        let (_, board, _) = Fixture.run([.key(.char("4")), .mouse(MouseEvent(kind: .leftPress, x: state.layout.body.width - 3, y: panel))])
        #expect((board.state.pages[.talent] as? TalentPage)?.selected == 3, "a click on a project's panel selects it")
        let header = CadresPanel.tableArea(in: state.layout.body).y
        let (_, sorted, _) = Fixture.run([.key(.char("2")), .mouse(MouseEvent(kind: .leftPress, x: 2, y: header))])
        #expect(sorted.state.tables[.cadres]?.sortColumn == 0)
        #expect(sorted.state.tables[.cadres]?.ascending == false)
    }

    @Test("below the minimum size a clear screen says so, and the dashboard returns when it grows")
    func tooSmall() {
        let terminal = MemoryTerminal(width: 80, height: 24)
        terminal.resize(width: 40, height: 10)
        let loop = AppLoop(terminal: terminal, state: Fixture.state(), clock: { Fixture.now })
        _ = loop.run()
        #expect(terminal.text.contains("Terminal too small"))
        #expect(terminal.text.contains("need 60×16"))
        terminal.resize(width: 100, height: 30)
        _ = loop.run()
        #expect(terminal.lines[0].contains("1 Overview"))
        #expect(terminal.frame.area.width == 100)
    }

    @Test("nothing traps at any size down to 1×1, nor at 0×0", arguments: [(0, 0), (1, 1), (2, 1), (10, 3), (59, 15), (60, 16), (200, 60)])
    func everySize(width: Int, height: Int) {
        for tab in Tab.allCases {
            var state = Fixture.state(width: width, height: height)
            state.tab = tab
            let frame = ScreenRenderer.render(state)
            #expect(frame.buffer.area.width == width && frame.buffer.area.height == height)
            let click = InputEvent.mouse(MouseEvent(kind: .leftPress, x: width / 2, y: height / 2))
            if let action = InputRouter.action(for: click, state: state, frame: frame) { _ = AppReducer.reduce(&state, action) }
            _ = AppReducer.reduce(&state, .scroll(5))
        }
    }

    @Test("Ctrl-L and a resize ask for a full repaint")
    func repaint() {
        var state = Fixture.state()
        #expect(AppReducer.reduce(&state, .shell(.repaint)) == [.repaintAll])
        #expect(AppReducer.reduce(&state, .resize(TerminalSize(width: 90, height: 30))) == [.repaintAll])
        #expect(InputRouter.action(for: .key(.ctrl("l")), state: state, frame: nil) == .shell(.repaint))
    }

    @Test("monochrome screens carry no colour, only attributes")
    func monochrome() {
        let state = Fixture.state(tier: .monochrome)
        let buffer = ScreenRenderer.render(state).buffer
        #expect(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        #expect(buffer.cells.contains { $0.style.modifiers.contains(.reverse) })
    }
}

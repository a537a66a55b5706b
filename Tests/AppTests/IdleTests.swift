import Foundation
import Testing
import Domain
import Panels
import TermUI
@testable import App

/// How long the loop sleeps: until the minute turns when nothing moves by the second; a second
/// while a kiosk counts down, the clock shows seconds, or a changed row's highlight fades.
@Suite("Idle")
struct IdleTests {
    @Test("asleep until the next minute; awake each second for a kiosk, a seconds clock or a fading highlight")
    func idleSeconds() {
        // Fixture.now is 40 s into its minute.
        var state = Fixture.state()
        #expect(state.idleSeconds == 20)
        state.clockSeconds = true
        #expect(state.idleSeconds == 1)
        state.clockSeconds = false
        state.kiosk = KioskState(plan: KioskPlan(), now: Fixture.now)
        #expect(state.idleSeconds == 1)
        state.kiosk = nil
        _ = AppReducer.reduce(&state, .shell(.selectTab(.grid)))
        let id = state.dataset.tickets[0].id
        _ = AppReducer.reduce(&state, .dataChanged(state.dataset, changed: [id]))
        #expect(state.idleSeconds == 1)
        _ = AppReducer.reduce(&state, .tick(Fixture.now.addingTimeInterval(Highlights.seconds + 1)))
        #expect(state.idleSeconds == 60 - 44)
    }

    @Test("the loop asks the terminal to wait that long; the status clock shows minutes unless told otherwise")
    func loopWaits() {
        let terminal = MemoryTerminal(width: 80, height: 24)
        terminal.sendTimeout()
        let loop = AppLoop(terminal: terminal, state: Fixture.state(), clock: { Fixture.now })
        _ = loop.run()
        #expect(terminal.waits.last == 20_000)
        #expect(terminal.lines[22].hasSuffix(" 19:06 UTC+8"))
    }

    @Test("a moment with no key after the first frame begins the search text; a key first does not")
    func idleWork() {
        let typing = MemoryTerminal(width: 80, height: 24)
        typing.send([.key(.char("3"))])
        let busy = AppLoop(terminal: typing, state: Fixture.state(), clock: { Fixture.now })
        _ = busy.run()
        #expect(busy.state.world.hasIdleWork)
        let terminal = MemoryTerminal(width: 80, height: 24)
        terminal.sendTimeout()
        let loop = AppLoop(terminal: terminal, state: Fixture.state(), clock: { Fixture.now })
        #expect(loop.state.world.hasIdleWork)
        _ = loop.run()
        #expect(terminal.waits == [AppLoop.idleWorkMilliseconds, 20_000])
        #expect(!loop.state.world.hasIdleWork)
        #expect(loop.state.world.ticketIndex.filter(TicketFilter(text: loop.state.dataset.tickets[0].id), now: Fixture.now) == [0])
    }

    @Test("the settings' clockSeconds: true or false, nothing else")
    func setting() throws {
        #expect(try SettingsFile.parse(Data(#"{"clockSeconds": true}"#.utf8), file: "s.json").clockSeconds == true)
        #expect(throws: CommandLineError.self) { try SettingsFile.parse(Data(#"{"clockSeconds": 1}"#.utf8), file: "s.json") }
        do {
            _ = try SettingsFile.parse(Data(#"{"clockSeconds": "yes"}"#.utf8), file: "s.json")
        } catch {
            #expect(error.text(.en).contains("s.json:1:18: \"clockSeconds\" takes true or false"))
            #expect(error.text(.zh).contains("s.json:1:18: “clockSeconds”取 true 或 false"))
        }
    }
}

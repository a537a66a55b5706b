import Foundation
import Store
import Synchronization
import Testing
import Domain
import Panels
import TermUI
@testable import App

/// The kiosk: pages cycling on the app loop's clock, the presenter's keys, the locked ones, the
/// unlock sequence, the hours, read-only data and masked phones, its screen, its settings and
/// its options.
@Suite("Kiosk")
struct KioskTests {
    /// A clock the loop reads: each read is `step` seconds after the one before.
    final class SteppingClock: Sendable {
        let reads = Mutex(0)
        let step: TimeInterval
        init(step: TimeInterval) { self.step = step }
        func now() -> Date { Fixture.now.addingTimeInterval(step * Double(reads.withLock { $0 += 1; return $0 - 1 })) }
    }

    static func state(_ plan: KioskPlan, width: Int = 80, height: Int = 24, language: Language = .en) -> AppState {
        var state = Fixture.state(width: width, height: height, language: language)
        state.kiosk = KioskState(plan: plan, now: Fixture.now)
        state.tab = plan.pages[0]
        return state
    }

    /// Runs the loop over `events` (a timeout is a second with no key) on the stepping clock.
    static func run(_ plan: KioskPlan, _ events: [PollResult], step: TimeInterval = 5) -> (AppLoop, MemoryTerminal, String?) {
        let terminal = MemoryTerminal(width: 80, height: 24)
        for event in events {
            if case .event(let input) = event { terminal.send([input]) } else { terminal.sendTimeout() }
        }
        let clock = SteppingClock(step: step)
        let loop = AppLoop(terminal: terminal, state: state(plan), clock: clock.now)
        let reason = loop.run()
        return (loop, terminal, reason)
    }

    @Test("pages cycle on the loop's clock, each for its own dwell time")
    func cycles() {
        let plan = KioskPlan(pages: [.overview, .talent, .grid], dwell: 10, dwellByPage: [.talent: 30])
        // The n-th timeout reads the clock at 5·(n−1) s: overview 0–10 s, talent 10–40 s, grid 40–50 s.
        var tabs: [Tab] = []
        for count in [1, 2, 3, 5, 8, 9, 10, 11] {
            let (loop, _, _) = Self.run(plan, Array(repeating: .timeout, count: count))
            tabs.append(loop.state.tab)
        }
        #expect(tabs == [.overview, .overview, .talent, .talent, .talent, .grid, .grid, .overview])
    }

    @Test("q, Esc, Tab, page numbers, : and clicks do nothing; the loop does not end")
    func lockedKeys() {
        let keys: [Key] = [.char("q"), .escape, .tab, .char("3"), .char(":"), .function(1), .function(10), .enter, .char("p")]
        let events = keys.map { PollResult.event(.key($0)) } + [.event(.mouse(MouseEvent(kind: .leftPress, x: 3, y: 0)))]
        let (loop, terminal, reason) = Self.run(KioskPlan(dwell: 60), events)
        #expect(reason == "end of script")
        #expect(loop.state.tab == .overview && loop.state.overlays.isEmpty)
        #expect(terminal.lines[4].contains("1/5 · next: Talent"))
    }

    @Test("space pauses and resumes with the time that was left; ← and → step with a full dwell")
    func presenterKeys() {
        var state = Self.state(KioskPlan(pages: [.overview, .talent, .grid], dwell: 20))
        func tick(_ seconds: TimeInterval) { _ = AppReducer.reduce(&state, .tick(Fixture.now.addingTimeInterval(seconds))) }
        func key(_ key: Key) { if let action = InputRouter.action(for: .key(key), state: state, frame: nil) { _ = AppReducer.reduce(&state, action) } }
        tick(15)
        key(.char(" "))
        tick(100)
        #expect(state.tab == .overview && state.kiosk?.isPaused == true)
        #expect(state.kiosk?.secondsLeft(at: state.now) == 5)
        key(.char(" "))
        tick(104)
        #expect(state.tab == .overview)
        tick(105)
        #expect(state.tab == .talent)
        key(.right)
        #expect(state.tab == .grid && state.kiosk?.secondsLeft(at: state.now) == 20)
        key(.left)
        key(.left)
        key(.left)
        #expect(state.tab == .grid)
        // A clock set back restarts the page's time instead of freezing the cycle.
        tick(50)
        #expect(state.tab == .grid && state.kiosk?.secondsLeft(at: state.now) == 20)
    }

    @Test("the unlock sequence ends the kiosk; a wrong key starts it over")
    func unlock() {
        let plan = KioskPlan(unlock: [.ctrl("x"), .char("u")])
        let wrong: [PollResult] = [.event(.key(.ctrl("x"))), .event(.key(.char("q"))), .event(.key(.char("u")))]
        #expect(Self.run(plan, wrong).2 == "end of script")
        let right: [PollResult] = [.event(.key(.char("u"))), .event(.key(.ctrl("x"))), .event(.key(.ctrl("x"))), .event(.key(.char("u")))]
        #expect(Self.run(plan, right).2 == nil)
        // Without a sequence, no key ends it (Ctrl-C still does, as a signal).
        #expect(Self.run(KioskPlan(), [.event(.key(.ctrl("x"))), .event(.key(.char("u")))]).2 == "end of script")
    }

    @Test("the screen: title, clock with its zone, countdown; no tab, status or key bar")
    func screen() {
        let state = Self.state(KioskPlan(pages: [.grid, .talent], dwell: 20))
        let lines = ScreenRenderer.render(state).buffer.lines()
        // 80×24: a 4-row header (no font: the title in bold text), the countdown, then the page.
        #expect(lines[1].hasPrefix("Grid"))
        #expect(lines[3].hasSuffix("2026-11-18 · UTC+8"))
        #expect(lines[4] == "1/2 · next: Talent · in 20 s  " + String(repeating: "─", count: 50))
        #expect(!lines.contains { $0.contains("F1") || $0.contains("alice") })
        // Keys do nothing here, so no panel names one.
        var overview = Self.state(KioskPlan(pages: [.overview, .grassroots, .talent]), width: 120, height: 40)
        for _ in 0..<3 {
            let text = ScreenRenderer.render(overview).buffer.text
            #expect(!text.contains("m next measure") && !text.contains("Enter source"), "\(overview.tab)")
            _ = AppReducer.reduce(&overview, .kiosk(.next))
        }
        var zh = Self.state(KioskPlan(pages: [.grid, .talent], dwell: 20), language: .zh)
        _ = AppReducer.reduce(&zh, .kiosk(.togglePause))
        #expect(ScreenRenderer.render(zh).buffer.lines()[4].hasPrefix("1/2 · 下一页 资智聚汉 · 已暂停 · 空格继续"))
    }

    @Test("outside its hours a dim clock; inside them the pages")
    func hours() throws {
        // Fixture.now is 19:06 in Wuhan, 11:06 UTC.
        let open = try #require(DailyHours("09:00-21:00"))
        let closed = try #require(DailyHours("20:00-02:00"))
        #expect(open.contains(Fixture.now, in: Format.cityTimeZone) && !closed.contains(Fixture.now, in: Format.cityTimeZone))
        #expect(closed.contains(Fixture.now.addingTimeInterval(2 * 3_600), in: Format.cityTimeZone))
        #expect(!closed.contains(Fixture.now.addingTimeInterval(8 * 3_600), in: Format.cityTimeZone))
        #expect(closed.contains(Fixture.now, in: TimeZone(secondsFromGMT: -10 * 3_600)!))
        let resting = ScreenRenderer.render(Self.state(KioskPlan(hours: closed))).buffer.lines()
        #expect(resting.contains { $0.contains("shown 20:00–02:00; resting until then") })
        #expect(resting.contains { $0.contains("2026-11-18 · UTC+8") })
        #expect(!resting.contains { $0.contains("next:") })
        for bad in ["8-18", "08:00", "08:00-08:00", "25:00-26:00", "08:60-09:00"] { #expect(DailyHours(bad) == nil) }
    }

    @Test("the projector theme: heavy lines, a margin, black background everywhere")
    func projector() {
        var state = Fixture.state(width: 100, height: 30)
        state.theme = Theme.make(tier: .xterm256, name: .projector)
        let buffer = ScreenRenderer.render(state).buffer
        let lines = buffer.lines()
        #expect(lines[1].hasPrefix("   ┏"))
        #expect(lines.joined().contains("┃") && !lines.joined().contains("│"))
        #expect(buffer[0, 5].style.background == .indexed(16) && buffer[99, 5].style.background == .indexed(16))
        let mono = Theme.make(tier: .monochrome, name: .projector)
        #expect(!mono.muted.modifiers.contains(.dim) && mono.border.modifiers.contains(.bold))
        #expect(Theme.make(tier: .xterm256, symbols: .ascii, name: .projector).symbols == .ascii)
    }

    @Test("zugong kiosk opens the data read-only and refuses every change, whatever the role")
    func readOnly() throws {
        let data = FileManager.default.temporaryDirectory.appending(path: "zugong-kiosk-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        var started: LaunchConfiguration?
        let code = ZugongCLI.main(arguments: ["kiosk", "--pages", "grid,scores", "--dwell", "30s", "--dwell", "scores=1m", "--unlock", "Ctrl-x u"],
                                  environment: ["LANG": "en_US.UTF-8", "ZUGONG_DATA": data, "HOME": data],
                                  stdoutIsTerminal: true, output: Captured().output, now: { Fixture.now }) { start in
            started = try start.load(LoadProgress())
            return 0
        }
        #expect(code == 0)
        let configuration = try #require(started)
        #expect(configuration.display.kiosk == KioskPlan(pages: [.grid, .scores], dwell: 30, dwellByPage: [.scores: 60], unlock: [.ctrl("x"), .char("u")]))
        #expect(configuration.session.readOnly && configuration.store?.permissions.isReadOnly == true)
        var state = AppState(dataset: configuration.dataset, size: TerminalSize(width: 100, height: 30), language: .en,
                             theme: Theme.make(tier: .monochrome), now: Fixture.now, session: configuration.session)
        state.tab = .grid
        let phone = state.grid.disabledReason(.revealPhone, state.environment)
        #expect(phone == "kiosk: read-only")
        #expect(state.bindings(availability: true).filter { $0.id.hasPrefix("grid.ticket") }.allSatisfy { $0.disabled == "kiosk: read-only" })
    }

    @Test("options are checked, in the user's language", arguments: [
        (["--pages", "overview,home"], "en_US.UTF-8", "--pages: no page 'home' (expected overview, cadres, grid, talent, scores, grassroots)"),
        (["--dwell", "2s"], "en_US.UTF-8", "--dwell takes 20s, 2m, 1h or PAGE=TIME"),
        (["--dwell", "home=20s"], "zh_CN.UTF-8", "--dwell 取 20s、2m、1h 或 页面=时长"),
        (["--hours", "9-5"], "zh_CN.UTF-8", "--hours 取 HH:MM-HH:MM(如 08:00-18:00),而非“9-5”"),
        (["--unlock", "Hyper-x"], "en_US.UTF-8", "--unlock takes key names"),
    ])
    func badOptions(arguments: [String], language: String, message: String) {
        let captured = Captured()
        let code = ZugongCLI.main(arguments: ["kiosk"] + arguments, environment: ["LANG": language, "HOME": "/nonexistent"],
                                  stdoutIsTerminal: true, output: captured.output) { _ in 0 }
        #expect(code == 2)
        #expect(captured.stderr.contains(message), "\(captured.stderr)")
    }

    @Test("durations: 20s, 2m, 1h, 1m30s, plain seconds; nothing under 3 s or over a day")
    func durations() {
        #expect(["20s", "2m", "1h", "1m30s", "45", " 10S "].map(KioskPlan.duration) == [20, 120, 3_600, 90, 45, 10])
        #expect(["", "s", "2", "2d", "25h", "1.5.3s", "-5s", "m5"].allSatisfy { KioskPlan.duration($0) == nil })
    }

    @Test("the settings file's kiosk: pages, dwell by page, hours, unlock, theme; mistakes at line:column")
    func settings() throws {
        let settings = try SettingsFile.parse(Data("""
        {"theme": "default", "unifont": "/opt/fonts/unifont.hex",
         "kiosk": {"pages": ["talent", "overview"], "dwell": {"default": "15s", "overview": 40}, "hours": "08:00-18:00",
                   "unlock": ["Ctrl-x", "u"], "theme": "projector"}}
        """.utf8), file: "s.json")
        #expect(settings.kiosk == KioskPlan(pages: [.talent, .overview], dwell: 15, dwellByPage: [.overview: 40],
                                            hours: DailyHours("08:00-18:00"), unlock: [.ctrl("x"), .char("u")]))
        #expect(settings.kioskTheme == .projector && settings.theme == .default && settings.unifont == "/opt/fonts/unifont.hex")
        #expect(try SettingsFile.parse(Data(#"{"kiosk": {"pages": "grid,scores", "dwell": "1m"}}"#.utf8), file: "s").kiosk
            == KioskPlan(pages: [.grid, .scores], dwell: 60))
        let mistakes = [
            (#"{"kiosk": {"pages": ["home"]}}"#, "s.json:1:21: unknown page \"home\""),
            (#"{"kiosk": {"dwell": "1s"}}"#, "s.json:1:21: a dwell time is"),
            ("{\"kiosk\": {\n \"dwell\": {\"home\": \"5s\"}}}", "s.json:2:20: unknown page \"home\""),
            (#"{"kiosk": {"hours": "all day"}}"#, "s.json:1:21: \"hours\" takes \"HH:MM-HH:MM\""),
            (#"{"kiosk": {"unlock": ["Hyper-q"]}}"#, "s.json:1:22: \"Hyper-q\" is not a key name"),
            (#"{"kiosk": {"speed": 2}}"#, "s.json:1:21: unknown kiosk setting \"speed\""),
            (#"{"kiosk": {"theme": "neon"}}"#, "s.json:1:21: \"theme\" takes"),
            (#"{"kiosk": []}"#, "s.json:1:11: \"kiosk\" takes an object"),
        ]
        for (text, message) in mistakes {
            do {
                _ = try SettingsFile.parse(Data(text.utf8), file: "s.json")
                Issue.record("accepted \(text)")
            } catch {
                #expect(error.description.hasPrefix("zugong: " + message), "\(error.description)")
            }
        }
    }
}

import Testing
import Foundation
import Domain
import Panels
import TermUI
@testable import App

@Suite("The settings file")
struct SettingsTests {
    private func parse(_ text: String) throws(CommandLineError) -> Settings {
        try SettingsFile.parse(Data(text.utf8), file: "settings.json")
    }

    private func refusal(_ text: String) -> String {
        do {
            _ = try parse(text)
            return ""
        } catch {
            return error.description
        }
    }

    @Test("every setting read: language, theme, zone, start page, keys by binding id")
    func valid() throws {
        let settings = try parse("""
        {"language": "zh", "theme": "mono", "timeZone": "UTC-3:30", "startPage": "grid",
         "keys": {"grid.ticket.escalate": "E", "shell.palette": [":", "Ctrl-K"]}}
        """)
        #expect(settings.language == .zh && settings.theme == .mono && settings.startPage == .grid)
        #expect(settings.timeZone?.secondsFromGMT() == -(3 * 3_600 + 1_800))
        #expect(settings.keys.overrides == ["grid.ticket.escalate": [.char("E")], "shell.palette": [.char(":"), .ctrl("k")]])
        #expect(try parse(#"{"timeZone": "Asia/Shanghai"}"#).timeZone?.identifier == "Asia/Shanghai")
        #expect(try parse("{}") == .none)
        // A byte-order mark and CRLF line ends, as Windows editors save them.
        let windows = try SettingsFile.parse(Data([0xEF, 0xBB, 0xBF] + Array("{\"theme\": \"mono\",\r\n \"warningRule\": {\"floor\": 55, \"bottom\": 2}}\r\n".utf8)), file: "s.json")
        #expect(windows.theme == .mono && windows.warningRule == WarningRule(floor: 55, bottom: 2, months: 2))
    }

    @Test("mistakes are refused with file:line:column", arguments: [
        ("{\n  \"langauge\": \"zh\"\n}", "settings.json:2:15: unknown setting \"langauge\""),
        ("{\"language\": 7}", "settings.json:1:14: \"language\" takes a string"),
        ("{\"language\": \"fr\"}", "settings.json:1:14: \"language\" takes \"zh\" or \"en\", not \"fr\""),
        ("{\"timeZone\": \"Mars/Olympus\"}", "settings.json:1:14: \"timeZone\" takes a zone"),
        ("{\"startPage\": \"home\"}", "settings.json:1:15: \"startPage\" takes \"overview\""),
        ("{\"keys\": {\"grid.ticket.fly\": \"y\"}}", "settings.json:1:30: unknown binding \"grid.ticket.fly\""),
        ("{\"keys\": {\"shell.help\": \"Hyper-x\"}}", "settings.json:1:25: \"Hyper-x\" is not a key name"),
        ("{\"keys\": {\"shell.help\": []}}", "settings.json:1:25: \"shell.help\" takes a key name or a non-empty list"),
        ("{\"keys\": {\"grid.ticket.escalate\": \"r\"}}", "settings.json:1:35: r is bound twice: to \"grid.ticket.escalate\" and \"grid.ticket.resolve\""),
        ("{\"keys\": {\"shell.help\": \"q\"}}", "settings.json:1:25: q is bound twice"),
        ("{\"language\": \"zh\",}", "settings.json:1:19: invalid JSON"),
        ("[1]", "settings.json:1:1: settings must be a JSON object"),
        ("{\"warningRule\": {\"floor\": true}}", "settings.json:1:27: \"floor\" takes a number of at least 0"),
        ("{\"warningRule\": {\"months\": 1.5}}", "settings.json:1:28: \"months\" takes a whole number from 1 to 24"),
        ("{\"warningRule\": {\"top\": 3}}", "settings.json:1:25: unknown warning setting \"top\""),
    ])
    func malformed(text: String, message: String) {
        #expect(refusal(text).hasPrefix("zugong: " + message), "\(refusal(text))")
    }

    @Test("the bindings as shipped bind no key twice")
    func defaultsHaveNoConflict() {
        #expect(KeyConflict.all(.standard) == [])
    }

    @Test("a missing file is no settings; a named missing file, a bad file and an unknown option exit 2")
    func onTheCommandLine() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "zugong-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "zugong"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func run(_ arguments: [String]) -> (Int32, Captured) {
            let captured = Captured()
            let code = ZugongCLI.main(arguments: arguments, environment: ["XDG_CONFIG_HOME": folder.path, "ZUGONG_DATA": folder.appending(path: "data").path],
                                      stdoutIsTerminal: false, output: captured.output, now: { Fixture.now }) { _ in 0 }
            return (code, captured)
        }
        #expect(run(["tickets", "list"]).0 == 0)
        let (missing, said) = run(["--settings", folder.appending(path: "nope.json").path, "tickets", "list"])
        #expect(missing == 2 && said.stderr.contains("nope.json: no such settings file"))
        try Data("{\"theme\": \"dark\"}".utf8).write(to: folder.appending(path: "zugong/settings.json"))
        let (bad, told) = run(["tickets", "list"])
        #expect(bad == 2 && told.stderr.contains("settings.json:1:11: \"theme\" takes \"default\" or \"mono\" or \"projector\", not \"dark\""))
        // The language setting speaks for the command line too.
        try Data("{\"language\": \"zh\"}".utf8).write(to: folder.appending(path: "zugong/settings.json"))
        #expect(run(["tickets", "list"]).1.stdout.hasPrefix("编号"))
    }

    @Test("an override shows in the help, the key bar and the palette, and the key runs it")
    func overrideEverywhere() {
        var state = Fixture.state(width: 100, height: 70)
        state.keyMap = KeyMap(overrides: ["shell.help": [.function(2)], "table.sort": [.char("z")]])
        state.tab = .cadres
        let keyBar = ScreenRenderer.render(state).buffer.lines().last ?? ""
        #expect(keyBar.hasPrefix("F2 Help") && keyBar.contains("z Sort"), "\(keyBar)")
        #expect(InputRouter.action(for: .key(.function(2)), state: state, frame: nil) == .shell(.help))
        #expect(InputRouter.action(for: .key(.char("?")), state: state, frame: nil) == nil)
        _ = AppReducer.reduce(&state, .shell(.help))
        #expect(ScreenRenderer.render(state).buffer.text.contains("F2  ") )
        state.overlays = [.palette(PaletteState())]
        for character in "sort" { _ = AppReducer.reduce(&state, .input(.char(character))) }
        let palette = ScreenRenderer.render(state).buffer.text
        #expect(palette.contains("z  ") && palette.contains("Sort by next column"))
    }

    @Test("the status bar names the zone its clock shows")
    func zoneOnTheClock() {
        var state = Fixture.state()
        state.timeZone = TimeZone(secondsFromGMT: 0) ?? .gmt
        let status = ScreenRenderer.render(state).buffer.lines()[22]
        #expect(status.hasSuffix(Format.clock(Fixture.now, state.timeZone, seconds: false) + " UTC"))
        #expect(Format.zoneName(TimeZone(secondsFromGMT: 19_800) ?? .gmt, at: Fixture.now) == "UTC+5:30")
    }
}

extension SettingsTests {
    @Test("docs/architecture.md lists every binding id a settings file can rebind")
    func documentedIDs() throws {
        let docs = try String(contentsOfFile: #filePath.replacingOccurrences(of: "Tests/AppTests/SettingsTests.swift", with: "docs/architecture.md"), encoding: .utf8)
        for id in KeyConflict.bindingIDs { #expect(docs.contains("`\(id)`"), "\(id) documented") }
    }
}

import Foundation
import Testing
import Domain
import TermUI
@testable import App

/// The doctor's report from given facts (no terminal needed), the command in-process, and its
/// page in the dashboard.
@Suite("Doctor report")
struct DoctorReportTests {
    static func facts(ambiguous: Int?, sync: TerminalMeasurement.Support = .unsupported, utf8: Bool = true) -> TerminalFacts {
        let measurement = ambiguous.map { columns in
            TerminalMeasurement(samples: TerminalMeasurement.probes.map { text in
                .init(text: text, columns: ["汉", "😀"].contains(text) ? 2 : columns)
            }, synchronizedOutput: sync)
        }
        return TerminalFacts(term: "xterm-256color", termKnown: true, colors: 256, colorPairs: 65_536, mouse: true,
                             codeset: utf8 ? "UTF-8" : "ANSI_X3.4-1968", utf8: utf8, measurement: measurement,
                             unmeasured: ambiguous == nil ? .noAnswer : nil)
    }

    static func run(_ arguments: [String], facts: TerminalFacts, language: String = "en_US.UTF-8", home: String) -> (Int32, String) {
        let captured = Captured()
        let code = ZugongCLI.main(arguments: ["doctor"] + arguments, environment: ["LANG": language, "HOME": home, "TERM": "xterm-256color"],
                                  stdoutIsTerminal: true, output: captured.output, inspectTerminal: { facts }) { _ in 0 }
        return (code, captured.stdout + captured.stderr)
    }

    @Test("a wide-ambiguous terminal with synchronized output, in English and in Chinese")
    func wide() {
        let home = FileManager.default.temporaryDirectory.appending(path: "zugong-doctor-\(UUID().uuidString)").path
        let (code, text) = Self.run(["--data", home + "/data"], facts: Self.facts(ambiguous: 2, sync: .supported), home: home)
        #expect(code == 0)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("  ─ box drawing                    2 columns"))
        #expect(lines.contains("  Ambiguous width                  wide (2 columns)"))
        #expect(lines.contains { $0.hasPrefix("  Symbols                          ASCII lines: the terminal draws box lines two columns wide") })
        #expect(lines.contains("  Frame sync                       on: each frame wrapped in ESC[?2026h … l"))
        let (_, zh) = Self.run(["--data", home + "/data"], facts: Self.facts(ambiguous: 2, sync: .supported), language: "zh_CN.UTF-8", home: home)
        #expect(zh.contains("  ─ 线框               2 列"))
        #expect(zh.contains("  符号集               ASCII 线框:终端把线框画成两列"))
        #expect(zh.contains("  同步输出(模式 2026)  支持"))
        // No English words in the Chinese report, bar names of things (TERM, terminfo, UTF-8, paths).
        let allowed = ["zugong", "TERM", "xterm", "terminfo", "NO_COLOR", "kmous", "LANG", "zh_CN", "UTF", "ESC", "Unicode", "ASCII",
                       "Unifont", "unifont", "ZUGONG", "UNIFONT", "hex", "usr", "share", "tmp", "data", "config", "settings", "json", "color", "NO", "COLOR", "zh", "CN", "h", "l"]
        let words = zh.split { !$0.isASCII || !$0.isLetter }.map(String.init).filter { word in
            !allowed.contains(word) && !home.contains(word)
        }
        #expect(words.isEmpty, "\(words)")
    }

    @Test("no answer, no UTF-8, a broken settings file: each said, and the command still succeeds")
    func unmeasuredAndBroken() throws {
        let home = FileManager.default.temporaryDirectory.appending(path: "zugong-doctor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appending(path: ".config/zugong"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try Data("{\n  \"theme\": \"neon\"\n}\n".utf8).write(to: home.appending(path: ".config/zugong/settings.json"))
        let (code, text) = Self.run([], facts: Self.facts(ambiguous: nil, utf8: false), home: home.path)
        #expect(code == 0, "\(text)")
        #expect(text.contains("  Cursor position report  not measured: the terminal did not answer ESC[6n"))
        #expect(text.contains("  Character set           ANSI_X3.4-1968: not UTF-8, ASCII mode"))
        #expect(text.contains("  Symbols                 ASCII (no UTF-8)"))
        #expect(text.contains("settings.json (refused: zugong: \(home.path)/.config/zugong/settings.json:2:12: \"theme\" takes"), "\(text)")
        // The same file stops the dashboard, with the same words.
        let captured = Captured()
        let refused = ZugongCLI.main(arguments: [], environment: ["LANG": "en_US.UTF-8", "HOME": home.path], stdoutIsTerminal: true,
                                     output: captured.output) { _ in 0 }
        #expect(refused == 2 && captured.stderr.contains("settings.json:2:12"))
    }

    @Test("the doctor's page: from the palette, scrolled like the help, closed by Esc; greyed without a diagnosis")
    func page() throws {
        var state = Fixture.state(width: 100, height: 30)
        let entry = try #require(state.bindings(availability: true).first { $0.id == "shell.doctor" })
        #expect(entry.disabled == "No diagnosis: not started in a terminal")
        state.diagnosis = Diagnosis(terminal: Self.facts(ambiguous: 1), noColor: nil, locale: "LANG=en_US.UTF-8", colorTier: .xterm256,
                                    dataDirectory: .init(path: "/data", status: .readWrite), settings: .init(path: "/s.json", status: .absent),
                                    unifont: .unavailable(reason: Label(zh: "无", en: "/x.hex not found")), unifontPath: "/x.hex")
        for key in ":doctor" { _ = AppReducer.reduce(&state, InputRouter.action(for: .key(.char(key)), state: state, frame: nil) ?? .input(.char(key))) }
        _ = AppReducer.reduce(&state, .input(.enter))
        #expect(state.overlays == [.doctor(scroll: 0)])
        let screen = ScreenRenderer.render(state).buffer.text
        #expect(screen.contains("Doctor · Esc closes"))
        #expect(screen.contains("─ box drawing") && screen.contains("1 column"))
        _ = AppReducer.reduce(&state, .input(.char("G")))
        #expect(ScreenRenderer.render(state).buffer.text.contains("/x.hex:/x.hex not found"))
        guard case .doctor(let scroll)? = state.overlays.last else { Issue.record("closed"); return }
        #expect(scroll > 0)
        _ = AppReducer.reduce(&state, .input(.escape))
        #expect(state.overlays.isEmpty)
    }
}

/// Where the big titles' glyphs come from, and what happens when they cannot be had.
@Suite("Title font")
struct TitleFontTests {
    @Test("the settings' file, then ZUGONG_UNIFONT, then the installed one")
    func path() {
        #expect(TitleFont.path(settings: "/a.hex", environment: ["ZUGONG_UNIFONT": "/b.hex"]) == "/a.hex")
        #expect(TitleFont.path(settings: nil, environment: ["ZUGONG_UNIFONT": "/b.hex"]) == "/b.hex")
        #expect(TitleFont.path(settings: nil, environment: [:]) == "/usr/share/unifont/unifont.hex")
    }

    @Test("a missing file, a malformed one and one without the titles' characters each say why, in both languages")
    func unavailable() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "zugong-font-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let characters = TitleFont.characters(in: Fixture.dataset)
        #expect(characters.contains("约") && characters.contains("万") && characters.contains("总") && characters.contains("G"))
        guard case .unavailable(let missing) = TitleFont.load(path: folder.path + "/none.hex", characters: characters) else {
            Issue.record("a missing file loaded")
            return
        }
        #expect(missing.en.hasSuffix("none.hex not found: titles in ordinary text (install the unifont package, or set ZUGONG_UNIFONT)"))
        #expect(missing.zh.contains("不存在:标题用普通文字"))
        let bad = folder.appending(path: "bad.hex")
        try Data("0041:0000\r\n".utf8).write(to: bad)
        #expect(TitleFont.load(path: bad.path, characters: characters)
                == .unavailable(reason: Label(zh: bad.path + ":1:6: 点阵应为 32 或 64 位十六进制数字,而非 4 位", en: bad.path + ":1:6: a bitmap has 32 or 64 hex digits, not 4")))
        let other = folder.appending(path: "other.hex")
        try Data(("2603:" + String(repeating: "0", count: 64) + "\n").utf8).write(to: other)
        guard case .unavailable(let none) = TitleFont.load(path: other.path, characters: characters) else { Issue.record("loaded"); return }
        #expect(none.en.hasSuffix("has none of the titles' characters"))
        let good = folder.appending(path: "good.hex")
        try Data(("603B:" + String(repeating: "F", count: 64) + "\n").utf8).write(to: good)
        #expect(TitleFont.load(path: good.path, characters: characters).font?.glyph("总")?.width == 16)
    }
}

import Foundation
import Testing
@testable import App

/// Every kind of command-line mistake, in Chinese and in English: the Chinese refusal has no
/// English words in it and the English one no Chinese, bar the user's own input and the names of
/// options, commands and values, which are the same in both.
@Suite("Command-line refusals in both languages")
struct CommandLineLanguageTests {
    static let mistakes: [[String]] = [
        ["--bogus"], ["frobnicate"], ["--lang"], ["--theme", "pink"], ["snapshot", "--panel", "home"], ["snapshot", "--width", "x"],
        ["snapshot", "--width", "10", "--height", "5"], ["tickets"], ["tickets", "list", "--sort", "nope"], ["tickets", "list", "--json", "--csv"],
        ["tickets", "list", "--community", "a/b/c/d"], ["ticket"], ["ticket", "fly"], ["ticket", "show"], ["ticket", "note"],
        ["ticket", "new"], ["ticket", "new", "--title", "t", "--level", "grid"], ["ticket", "classify", "T-000001", "--category", "weather"],
        ["ticket", "resolve", "T-000001"], ["cadres"], ["cadres", "list", "--sort", "nope"], ["cadre"], ["cadre", "show"],
        ["units"], ["scores", "fly"], ["scores", "import"], ["scores", "--month", "2018-13"], ["bulletin"], ["bulletin", "--quarter", "2018Q5"],
        ["bulletin", "--half", "2018H3"], ["figures", "--area", "sky"], ["workers"], ["import"], ["export"], ["generate"],
        ["init", "--as-of", "yesterday"], ["kiosk", "--pages", "home"], ["kiosk", "--dwell", "1s"], ["kiosk", "--hours", "9-5"],
        ["kiosk", "--unlock", "Hyper-x"], ["snapshot", "extra"], ["apply"], ["apply", "/nonexistent.jsonl"],
    ]

    /// English words the refusals are made of (not option or value names).
    static let english = ["takes", "unknown", "usage", "missing", "needs", "see zugong", "choose", "unexpected", "several", "below", "not '",
                          "subcommand", "option", "cannot"]

    static func refusal(_ arguments: [String], language: String, data: String) -> (Int32, String) {
        let captured = Captured()
        let code = ZugongCLI.main(arguments: arguments, environment: ["LANG": language, "ZUGONG_DATA": data, "HOME": data],
                                  stdoutIsTerminal: true, output: captured.output, now: { Fixture.now }) { _ in 0 }
        return (code, captured.stderr)
    }

    @Test("each mistake is refused in Chinese without English words, and in English without Chinese")
    func bothLanguages() {
        let data = FileManager.default.temporaryDirectory.appending(path: "zugong-lang-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        for arguments in Self.mistakes {
            let (zhCode, zh) = Self.refusal(arguments, language: "zh_CN.UTF-8", data: data)
            let (enCode, en) = Self.refusal(arguments, language: "en_US.UTF-8", data: data)
            #expect(zhCode == 2 && enCode == 2, "\(arguments): \(zhCode) \(enCode) \(en)")
            #expect(zh.hasPrefix("zugong:") && zh.hasSuffix("(参见 zugong --help)"), "\(arguments): \(zh)")
            #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(arguments): \(zh)")
            for word in Self.english { #expect(!zh.contains(word), "\(arguments): “\(word)” in \(zh)") }
            #expect(!en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) },
                    "\(arguments): \(en)")
        }
    }

    @Test("a settings file's mistake is told in the language it names, unless --lang says otherwise")
    func settingsLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "zugong-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "s.json")
        try Data("{\"language\": \"zh\", \"theme\": \"neon\"}".utf8).write(to: file)
        let (code, text) = Self.refusal(["--settings", file.path], language: "en_US.UTF-8", data: folder.path)
        #expect(code == 2 && text.contains("s.json:1:29: “theme”取 default、mono、projector,而非“neon”"), "\(text)")
        try Data("{\"language\": \"zh\", \"tema\": 1}".utf8).write(to: file)
        let (_, unknown) = Self.refusal(["--settings", file.path, "--lang", "en"], language: "zh_CN.UTF-8", data: folder.path)
        #expect(unknown.contains("s.json:1:28: unknown setting \"tema\""), "\(unknown)")
    }
}

import Testing
import Foundation
import Store
import Synchronization
@testable import App

/// Collects what a command prints.
final class Captured: Sendable {
    let out = Mutex<[String]>([])
    let err = Mutex<[String]>([])
    var output: CommandOutput {
        CommandOutput(out: { line in self.out.withLock { $0.append(line) } }, err: { line in self.err.withLock { $0.append(line) } })
    }
    var stdout: String { out.withLock { $0.joined(separator: "\n") } }
    var stderr: String { err.withLock { $0.joined(separator: "\n") } }
}

@Suite("Command line")
struct CommandLineTests {
    /// A fresh data directory per test, so nothing touches the user's own.
    let data = FileManager.default.temporaryDirectory.appending(path: "zugong-cli-\(UUID().uuidString)").path

    func run(_ arguments: [String], environment: [String: String] = ["LANG": "en_US.UTF-8"], tty: Bool = false) -> (Int32, Captured, Bool) {
        let environment = environment.merging(["ZUGONG_DATA": data]) { a, _ in a }
        let captured = Captured()
        var launched = false
        let code = ZugongCLI.main(arguments: arguments, environment: environment, stdoutIsTerminal: tty, output: captured.output,
                                  now: { Fixture.now }) { start in
            _ = try start.load(LoadProgress())
            launched = true
            return 0
        }
        return (code, captured, launched)
    }

    /// The executable holds the stores a command opens until it exits, so their records are not
    /// freed one by one on the way out: every command that opens data hands its store over.
    @Test("every store a command opens is handed to keepUntilExit", arguments: [
        ["snapshot", "--panel", "grid"], ["tickets", "list", "--json"], ["ticket", "note", "T-000001", "kept"], [],
    ])
    func storesAreKeptUntilExit(arguments: [String]) {
        var kept: [AnyObject] = []
        let code = ZugongCLI.main(arguments: arguments, environment: ["LANG": "en_US.UTF-8", "ZUGONG_DATA": data], stdoutIsTerminal: false,
                                  output: Captured().output, now: { Fixture.now }, keepUntilExit: { kept.append($0) }) { _ in 0 }
        #expect(code == 0)
        #expect(kept.count == 1 && kept.allSatisfy { $0 is DataStore })
    }

    @Test("an unknown option is one line naming it, exit 2")
    func unknownOption() {
        let (code, out, launched) = run(["--frobnicate"])
        #expect(code == 2)
        #expect(out.stderr == "zugong: unknown option '--frobnicate' (see zugong --help)")
        #expect(out.stdout.isEmpty && !launched)
    }

    @Test("bad values and unknown commands are refused with exit 2", arguments: [
        (["--lang", "fr"], "--lang takes zh or en, not 'fr'"),
        (["--theme", "pink"], "--theme takes default or mono or projector, not 'pink'"),
        (["snapshot", "--panel", "nope"], "--panel takes overview, cadres, grid, talent, scores, grassroots, not 'nope'"),
        (["snapshot", "--width", "0"], "--width takes a whole number from 1 to 1000, not '0'"),
        (["--data"], "option --data needs a value"),
        (["frob"], "unknown command 'frob'"),
    ])
    func badValues(arguments: [String], message: String) {
        let (code, out, _) = run(arguments)
        #expect(code == 2)
        #expect(out.stderr.contains(message))
    }

    @Test("--help and --version print and exit 0")
    func helpAndVersion() {
        let (code, out, _) = run(["--help"])
        #expect(code == 0 && out.stdout.contains("zugong snapshot"))
        let (vcode, vout, _) = run(["--version"])
        #expect(vcode == 0 && vout.stdout == Usage.version)
    }

    @Test("snapshot prints the panel at the asked size; without a terminal plain zugong prints the overview")
    func snapshot() {
        let (code, out, _) = run(["snapshot", "--panel", "grid", "--width", "90", "--height", "20", "--lang", "zh"])
        #expect(code == 0)
        let lines = out.stdout.components(separatedBy: "\n")
        #expect(lines.count == 20)
        #expect(lines[1].hasPrefix("在办") && lines[4].contains("红色引擎"))
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 } })
        let (plain, piped, launched) = run([], tty: false)
        #expect(plain == 0 && !launched && piped.stdout.contains("Open requests") && piped.stdout.contains("Latest changes"))
        let (_, _, opened) = run([], tty: true)
        #expect(opened)
    }

    @Test("on a terminal the dashboard reads the data only when the executable asks; a broken file is exit 1 and no screen")
    func dashboardLoadsThroughTheExecutable() throws {
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(run(["init"]).0 == 0)
        try Data("{\n  oops".utf8).write(to: URL(fileURLWithPath: data + "/snapshot.json"))
        let (code, out, launched) = run([], tty: true)
        #expect(code == 1 && !launched)
        #expect(out.stderr.hasPrefix("zugong: \(data)/snapshot.json:2:"), "\(out.stderr)")
    }

    @Test("init, check, compact and generate look after the data directory")
    func storeCommands() throws {
        defer { try? FileManager.default.removeItem(atPath: data) }
        let (code, out, _) = run(["init"])
        #expect(code == 0 && out.stdout == data)
        #expect(FileManager.default.fileExists(atPath: data + "/snapshot.json"))
        let (again, refused, _) = run(["init"])
        #expect(again == 1 && refused.stderr.hasPrefix("zugong: "))
        let (checked, report, _) = run(["check"])
        #expect(checked == 0 && report.stdout == "\(data): ok")
        let (compacted, _, _) = run(["compact"])
        #expect(compacted == 0)
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: data + "/snapshot.json"))
        let (broken, problems, _) = run(["check"])
        #expect(broken == 1 && problems.stdout.contains("snapshot.json:1:"))
        let (refusedOpen, message, _) = run(["snapshot"])
        #expect(refusedOpen == 1 && message.stderr.contains("snapshot.json:1:"))
        #expect(try String(contentsOfFile: data + "/snapshot.json", encoding: .utf8) == "{not json", "nothing overwritten")

        let generated = data + "-big"
        defer { try? FileManager.default.removeItem(atPath: generated) }
        let (made, said, _) = run(["generate", "--data", generated, "--tickets", "500", "--cadres", "50", "--seed", "7"])
        #expect(made == 0 && said.stdout.contains("500 tickets"))
        let (shown, screen, _) = run(["snapshot", "--data", generated, "--panel", "grid"])
        #expect(shown == 0 && screen.stdout.contains("/500"))
    }

    @Test("the language follows --lang, then LC_ALL, LC_MESSAGES, LANG")
    func language() throws {
        let none = try ParsedArguments.parse([], valued: [], flags: [])
        #expect(try DisplayOptions.resolve(none, environment: ["LANG": "zh_CN.UTF-8"]).language == .zh)
        #expect(try DisplayOptions.resolve(none, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]).language == .en)
        #expect(try DisplayOptions.resolve(none, environment: ["LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "C"]).language == .zh)
        let forced = try ParsedArguments.parse(["--lang", "en"], valued: ["--lang"], flags: [])
        #expect(try DisplayOptions.resolve(forced, environment: ["LANG": "zh_CN.UTF-8"]).language == .en)
    }

    @Test("options may come before or after the command, with = or a separate value")
    func parsing() throws {
        let (command, rest) = ZugongCLI.splitCommand(["--data", "snap", "snapshot", "--width=50"])
        #expect(command == "snapshot" && rest == ["--data", "snap", "--width=50"])
        let parsed = try ParsedArguments.parse(rest, valued: ["--data", "--width"], flags: [])
        #expect(parsed.options == ["--data": "snap", "--width": "50"])
    }
}

import Testing
import Foundation

/// The built binary in a real tmux session: what a user at an 80×24 terminal sees and does.
@Suite("zugong in tmux", .serialized)
struct TmuxTests {
    static let binary = BuiltBinary.path

    func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "zugong-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("switch tabs, resize, shrink below the minimum and back, quit; the tty is sane afterwards")
    func fullSession() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build the binary first: swift build")
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exitFile = folder.appending(path: "exit").path
        let sttyFile = folder.appending(path: "stty").path
        let command = "env LANG=en_US.UTF-8 TERM=xterm-256color \(Self.binary) --data \(folder.path)/data; "
            + "echo $? > \(exitFile); stty -a > \(sttyFile); sleep 60"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)

        let first = try tmux.waitFor { $0.contains("Reported figures") }
        let lines = first.components(separatedBy: "\n")
        #expect(lines[0].contains("1 Overview   2 Cadres   3 Grid   4 Talent"))
        #expect(lines[23].contains("? Help"))

        try tmux.send("3")
        #expect(try tmux.waitFor { $0.contains("Red Engine") }.contains("Red Engine"))

        try tmux.resize(width: 100, height: 30)
        let wide = try tmux.waitFor { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count >= 30 && lines[29].contains("? Help")
        }
        let wideLines = wide.components(separatedBy: "\n")
        #expect(wideLines[29].contains("? Help"), "the key bar moves to the new last line:\n\(wide)")
        #expect(wideLines[4].hasSuffix("┐") && wideLines[4].unicodeScalars.count == 100)

        try tmux.resize(width: 40, height: 10)
        #expect(try tmux.waitFor { $0.contains("Terminal too small") }.contains("need 60×16"))
        try tmux.resize(width: 80, height: 24)
        #expect(try tmux.waitFor { $0.contains("Red Engine") }.contains("Red Engine"))

        try tmux.send("q")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && !FileManager.default.fileExists(atPath: sttyFile) { usleep(50_000) }
        usleep(100_000)
        let exitCode = try String(contentsOfFile: exitFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(exitCode == "0")
        let settings = Set(try String(contentsOfFile: sttyFile, encoding: .utf8).split(whereSeparator: \.isWhitespace).map(String.init))
        for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
            #expect(settings.contains(flag) && !settings.contains("-" + flag), "\(flag) restored")
        }
    }

    @Test("an unknown TERM is a one-line error with exit 2, and the tty is untouched")
    func unknownTerminal() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appending(path: "out").path
        let command = "env TERM=no-such-terminal \(Self.binary) --data \(folder.path)/data 2> \(out); echo $? >> \(out); sleep 60"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        let deadline = Date().addingTimeInterval(10)
        var text = ""
        while Date() < deadline {
            text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            if text.split(separator: "\n").count >= 2 { break }
            usleep(50_000)
        }
        _ = tmux
        #expect(text == "zugong: unknown terminal type 'no-such-terminal' (TERM)\n2\n")
    }
}

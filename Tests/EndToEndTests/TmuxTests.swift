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

        let first = try tmux.waitFor { $0.contains("Latest changes") }
        let lines = first.components(separatedBy: "\n")
        #expect(lines[0].contains("1 Overview   2 Cadres   3 Grid   4 Talent"))
        #expect(lines[23].contains("? Help"))

        // Ctrl-S is a key like any other: flow control is off, so the screen does not freeze.
        try tmux.send("C-s")
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
        while Date() < deadline && !((try? String(contentsOfFile: sttyFile, encoding: .utf8)) ?? "").contains("icanon") { usleep(50_000) }
        usleep(100_000)
        let exitCode = try String(contentsOfFile: exitFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(exitCode == "0")
        let settings = Set(try String(contentsOfFile: sttyFile, encoding: .utf8).split(whereSeparator: \.isWhitespace).map(String.init))
        for flag in ["icanon", "echo", "isig", "icrnl", "opost", "ixon"] {
            #expect(settings.contains(flag) && !settings.contains("-" + flag), "\(flag) restored")
        }
    }

    @Test("Home and End sent raw as ESC[1~ and ESC[4~ under TERM=xterm-256color move in the table and stay on tab 2")
    func rawHomeAndEnd() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "env LANG=en_US.UTF-8 TERM=xterm-256color \(Self.binary) --data \(folder.path)/data; sleep 60"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        _ = try tmux.waitFor { $0.contains("Latest changes") }
        try tmux.send("2")
        _ = try tmux.waitFor { $0.contains("Lion-type cadre pool") }
        // ESC [ 4 ~ (End), then ESC [ 1 ~ (Home), then an unknown ESC [ 9 9 z: none of their bytes is a key of its own.
        /// The table's "row/rows" in the box's top border.
        func position(_ screen: String) -> [Int] {
            let borders = screen.components(separatedBy: "\n").filter { $0.hasPrefix("┌") && $0.hasSuffix("┐") }
            for border in borders {
                let word = border.split(separator: " ").last { $0.contains("/") } ?? ""
                let numbers = word.split(separator: "/").compactMap { Int($0) }
                if numbers.count == 2 { return numbers }
            }
            return []
        }
        _ = try tmux.tmux(["send-keys", "-H", "1b", "5b", "34", "7e"])
        let end = try tmux.waitFor { let p = position($0); return p.count == 2 && p[0] == p[1] && p[0] > 1 }
        #expect(end.components(separatedBy: "\n")[0].contains("2 Cadres"))
        _ = try tmux.tmux(["send-keys", "-H", "1b", "5b", "31", "7e", "1b", "5b", "39", "39", "7a"])
        let home = try tmux.waitFor { position($0).first == 1 }
        #expect(home.contains("Lion-type cadre pool"), "still on tab 2:\n\(home)")
        #expect(!home.contains("Latest changes") && !home.contains("Graduates stay in Wuhan"))
    }

    /// Runs `zugong init`, then lets `damage` change the data folder.
    func dataFolder(in folder: URL, damage: (URL) throws -> Void) throws -> URL {
        let data = folder.appending(path: "data")
        let initialize = try Process.run(URL(fileURLWithPath: Self.binary), arguments: ["init", "--data", data.path])
        initialize.waitUntilExit()
        try damage(data)
        return data
    }

    @Test("a data file that does not parse: the terminal is given back first, then file:line:column, exit 1, nothing changed")
    func brokenDataInATerminal() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try dataFolder(in: folder) { data in
            try Data("{\n  \"schema\": 1,\n  oops\n".utf8).write(to: data.appending(path: "snapshot.json"))
        }
        let before = try Data(contentsOf: data.appending(path: "snapshot.json"))
        let out = folder.appending(path: "out").path
        let stty = folder.appending(path: "stty").path
        let command = "env LANG=en_US.UTF-8 TERM=xterm-256color \(Self.binary) --data \(data.path) 2> \(out); echo $? >> \(out); "
            + "stty -a > \(stty); sleep 60"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        // The shell creates the file before stty writes to it: wait for what stty prints.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && !((try? String(contentsOfFile: stty, encoding: .utf8)) ?? "").contains("icanon") { usleep(50_000) }
        _ = tmux
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("snapshot.json:3:") && lines[1] == "1", "\(lines)")
        let settings = Set(try String(contentsOfFile: stty, encoding: .utf8).split(whereSeparator: \.isWhitespace).map(String.init))
        #expect(settings.isSuperset(of: ["icanon", "echo", "isig"]))
        #expect(try Data(contentsOf: data.appending(path: "snapshot.json")) == before)
    }

    @Test("what the store noticed on opening (a torn last journal line) is said in the status line")
    func warningInTheStatusLine() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try dataFolder(in: folder) { data in
            let journal = try FileHandle(forWritingTo: data.appending(path: "journal.jsonl"))
            try journal.seekToEnd()
            try journal.write(contentsOf: Data("{\"seq\":1,\"at\":".utf8))
            try journal.close()
        }
        let command = "env LANG=en_US.UTF-8 TERM=xterm-256color \(Self.binary) --data \(data.path); sleep 60"
        let tmux = try TmuxSession(width: 100, height: 24, command: command)
        let screen = try tmux.waitFor { $0.contains("Latest changes") && $0.contains("incomplete last line") }
        // Too long for one status line, it is shown whole on two, above the key bar.
        let lines = screen.components(separatedBy: "\n")
        #expect(lines[21].hasPrefix(" journal.jsonl:1: ignored an incomplete last line") && lines[22].contains("interrupted write"), "\(screen)")
        try tmux.send("q")
    }

    @Test("at 200×60 the overview fills the screen: tiles in big digits, the map, the card, alerts and the feed, no empty band")
    func overviewFillsABigScreen() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "env LANG=zh_CN.UTF-8 TERM=xterm-256color \(Self.binary) --data \(folder.path)/data; sleep 60"
        let tmux = try TmuxSession(width: 200, height: 60, command: command)
        let screen = try tmux.waitFor { $0.contains("最新动态") && $0.contains("区综合成绩单") }
        let lines = screen.components(separatedBy: "\n")
        #expect(lines.count >= 60)
        // With GNU Unifont installed, the page's title in 4 rows of braille above the page.
        let banner = FileManager.default.fileExists(atPath: "/usr/share/unifont/unifont.hex") ? 4 : 0
        if banner > 0 { #expect(lines[1...4].joined().unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "the big title") }
        #expect(lines[1 + banner].hasPrefix("┌ 人选库") && lines[1 + banner].hasSuffix("┐"))
        #expect(lines[(2 + banner)...(10 + banner)].joined().contains("█"), "the tiles' numbers in big digits")
        #expect(screen.contains("武汉 · 在办诉求") && screen.contains("提醒") && screen.contains("东西湖"))
        // Every body row has something besides borders in at least two of its columns of panels.
        let frame = Set(" │─┌┐└┘")
        let empty = lines[1..<58].filter { line in line.filter { !frame.contains($0) }.count < 6 }
        #expect(empty.count <= 6, "rows with next to nothing on them:\n\(empty.joined(separator: "\n"))")
        try tmux.send("q")
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

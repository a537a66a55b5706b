import Testing
import Foundation

/// An idle dashboard costs next to nothing: over a minute with nothing happening it draws one
/// frame (a few CPU ticks at most) and writes to the terminal at most twice (the clock has no seconds, so it changes once a minute);
/// yet another process's change reaches the screen within a second, through the watch on the
/// data folder.
@Suite("An idle dashboard in tmux", .serialized)
struct IdleTmuxTests {
    static func counters(_ pid: String) -> (ticks: Int, writes: Int) {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        let ticks = fields.count > 12 ? (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0) : 0
        let io = (try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)) ?? ""
        let writes = io.split(separator: "\n").first { $0.hasPrefix("syscw:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? -1
        return (ticks, writes)
    }

    @Test("a minute idle: one frame (at most 3 CPU ticks, two writes); then another process's ticket on screen within a second")
    func idleMinute() throws {
        let (folder, data) = try LiveUpdateTests.freshData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "env LANG=en_US.UTF-8 TERM=xterm-256color \(BuiltBinary.path) --data \(data); sleep 60"
        let tmux = try TmuxSession(width: 100, height: 30, command: command)
        _ = try tmux.waitFor { $0.contains("Latest changes") }
        let pane = try tmux.tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
        let pid = try #require(children.split(separator: " ").first.map(String.init))
        sleep(2)
        let before = Self.counters(pid)
        sleep(60)
        let after = Self.counters(pid)
        // The one frame at the turn of the minute costs a tick or two in a debug build on a busy
        // machine (the whole suite runs beside this test); waking each second cost twenty.
        #expect(after.ticks - before.ticks <= 3, "CPU ticks over an idle minute: \(after.ticks - before.ticks)")
        #expect(after.writes - before.writes <= 2, "writes over an idle minute: \(after.writes - before.writes)")
        let start = Date()
        let made = try LiveUpdateTests.zugong(["ticket", "new", "--data", data, "--title", "Woken"])
        #expect(made.code == 0, "\(made.stderr)")
        let screen = try tmux.waitFor(5) { $0.contains("Woken") }
        let seconds = Date().timeIntervalSince(start)
        #expect(screen.contains("Woken") && seconds < 1.5, "the change took \(seconds) s to show")
        try tmux.send("q")
    }
}

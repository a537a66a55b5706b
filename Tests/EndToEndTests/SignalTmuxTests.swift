import Testing
import Foundation

/// Signals sent to the real dashboard in a real terminal: every path ends the same way each time,
/// with the terminal given back and the conventional exit status.
@Suite("Signals in tmux", .serialized)
struct SignalTmuxTests {
    static let binary = BuiltBinary.path

    /// Runs the dashboard in a shell that then prints its status and whether the tty is sane.
    final class Run {
        let folder: URL
        let tmux: TmuxSession
        var statusFile: String { folder.appending(path: "status").path }

        /// `jobControl`: typed into an interactive shell, as a user runs it, so Ctrl-Z can stop it
        /// (a shell without job control leaves its children in an orphaned group, where the kernel
        /// drops stop signals).
        init(jobControl: Bool = false) throws {
            folder = FileManager.default.temporaryDirectory.appending(path: "zugong-signals-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let command = "ulimit -c 0; env LANG=en_US.UTF-8 TERM=xterm-256color \(SignalTmuxTests.binary) --data \(folder.path)/data; "
                + "echo \"exit=$?\" > \(folder.path)/status; stty -a >> \(folder.path)/status"
            if jobControl {
                tmux = try TmuxSession(width: 100, height: 30, command: "bash --norc -i")
                try tmux.send(command, "Enter")
            } else {
                tmux = try TmuxSession(width: 100, height: 30, command: "bash --norc -c '\(command); sleep 60'")
            }
            _ = try tmux.waitFor { $0.contains("Latest changes") }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// The dashboard's process id (the shell's child).
        func pid() throws -> pid_t {
            let pane = try tmux.tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let children = (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
            return pid_t(children.split(separator: " ").first.map(String.init) ?? "") ?? 0
        }

        /// The exit status and the tty's flags, once the shell has written them.
        func finished(_ seconds: Double = 10) -> (status: Int?, sane: Bool) {
            let deadline = Date().addingTimeInterval(seconds)
            var text = ""
            while Date() < deadline {
                text = (try? String(contentsOfFile: statusFile, encoding: .utf8)) ?? ""
                if text.contains("icanon") { break }
                usleep(50_000)
            }
            let status = text.split(separator: "\n").first.flatMap { Int($0.replacingOccurrences(of: "exit=", with: "")) }
            let flags = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
            return (status, ["icanon", "echo", "isig", "ixon"].allSatisfy { flags.contains($0) && !flags.contains("-" + $0) })
        }
    }

    @Test("SIGTERM, SIGHUP, SIGQUIT, SIGSEGV and SIGABRT from outside end the process with 128+N and the terminal restored",
          arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGQUIT, 131), (SIGSEGV, 139), (SIGABRT, 134)])
    func external(signal: Int32, status: Int) throws {
        let run = try Run()
        let pid = try run.pid()
        #expect(pid > 0)
        kill(pid, signal)
        let end = run.finished()
        #expect(end.status == status, "signal \(signal)")
        #expect(end.sane)
    }

    @Test("Ctrl-C, Ctrl-\\ and Ctrl-Z in one burst end the process the same way every time: 130, no crash, no hang, no stopped job",
          arguments: 0..<6)
    func burst(round: Int) throws {
        let run = try Run()
        // Each round sends the three with a different spacing, down to none at all.
        try run.tmux.tmux(["send-keys", "C-c"])
        if round % 3 == 1 { usleep(UInt32(round) * 1_000) }
        try run.tmux.tmux(["send-keys", "C-\\\\"])
        if round % 3 == 2 { usleep(UInt32(round) * 1_000) }
        try run.tmux.tmux(["send-keys", "C-z"])
        let end = run.finished()
        #expect(end.status == 130 || end.status == 131, "round \(round): \(String(describing: end.status))")
        #expect(end.sane)
    }

    @Test("Ctrl-Z gives the terminal back and stops; fg (SIGCONT) repaints the dashboard, which goes on answering keys")
    func suspendAndResume() throws {
        let run = try Run(jobControl: true)
        let pid = try run.pid()
        try run.tmux.send("C-z")
        let deadline = Date().addingTimeInterval(5)
        var state = ""
        while Date() < deadline {
            state = ((try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "").split(separator: " ").dropFirst(2).first.map(String.init) ?? ""
            if state == "T" { break }
            usleep(50_000)
        }
        #expect(state == "T", "stopped")
        #expect(try run.tmux.waitFor { $0.contains("Stopped") }.contains("Stopped"), "the shell has the terminal")
        try run.tmux.send("fg", "Enter")
        #expect(try run.tmux.waitFor { $0.contains("Latest changes") && !$0.contains("Stopped") }.contains("Latest changes"), "repainted")
        try run.tmux.send("3")
        #expect(try run.tmux.waitFor { $0.contains("Red Engine") }.contains("Red Engine"))
        try run.tmux.send("q")
        let gone = Date().addingTimeInterval(10)
        while Date() < gone && FileManager.default.fileExists(atPath: "/proc/\(pid)") { usleep(50_000) }
        #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"), "q still quits after a resume")
        // The shell wrote its status when the job stopped; what matters now is the tty.
        try? FileManager.default.removeItem(atPath: run.statusFile)
        try run.tmux.send("echo exit=0 > \(run.statusFile); stty -a >> \(run.statusFile)", "Enter")
        #expect(run.finished().sane)
    }
}

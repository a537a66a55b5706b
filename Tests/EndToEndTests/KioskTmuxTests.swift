import Testing
import Foundation

/// `zugong kiosk` as a projector runs it: the real binary in tmux at 200×60 for a minute, with
/// another process adding a ticket meanwhile. It must show at least three pages in turn, keep
/// running through a resize and through the keys a visitor might press, show the other process's
/// ticket, and end on Ctrl-C with the terminal given back.
@Suite("Kiosk in tmux", .serialized)
struct KioskTmuxTests {
    static let binary = BuiltBinary.path

    @Test("a minute at 200×60: pages cycle, a resize and q/Esc survive, live data arrives, Ctrl-C ends it")
    func minute() throws {
        let (folder, data) = try LiveUpdateTests.freshData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = folder.appending(path: "status").path
        let command = "env -u NO_COLOR LANG=en_US.UTF-8 TERM=xterm-256color \(Self.binary) kiosk --data \(data) --lang en "
            + "--pages overview,talent,cadres,scores,grid --dwell 6s; echo \"exit=$?\" > \(status); stty -a >> \(status); sleep 60"
        let tmux = try TmuxSession(width: 200, height: 60, command: command)
        var seen = Set<String>()
        let start = Date()
        var resized = false
        var added = false
        var liveSeen = false
        while Date().timeIntervalSince(start) < 60 {
            let screen = try tmux.screen()
            // The countdown row names the position: "2/5 · next: Cadres · in 4 s".
            if let position = screen.range(of: #"[1-5]/5 · next: "#, options: .regularExpression) {
                seen.insert(String(screen[position].prefix(3)))
            }
            if screen.contains("Kiosk live check") { liveSeen = true }
            if !added, Date().timeIntervalSince(start) > 3 {
                let made = try LiveUpdateTests.zugong(["ticket", "new", "--data", data, "--title", "Kiosk live check"])
                #expect(made.code == 0, "\(made.stderr)")
                added = true
            }
            if !resized, Date().timeIntervalSince(start) > 30 {
                try tmux.resize(width: 120, height: 40)
                try tmux.send("q")
                try tmux.send("Escape")
                try tmux.send("Tab")
                resized = true
            }
            sleep(2)
        }
        #expect(seen.count >= 3, "pages seen: \(seen.sorted())")
        #expect(liveSeen, "the other process's ticket never reached the overview's feed")
        let screen = try tmux.screen()
        #expect(screen.contains("/5 · next: "), "\(screen)")
        #expect(!screen.contains("F1") && !screen.contains("exit="))
        try tmux.send("C-c")
        let deadline = Date().addingTimeInterval(10)
        var text = ""
        while Date() < deadline, !text.contains("icanon") {
            text = (try? String(contentsOfFile: status, encoding: .utf8)) ?? ""
            usleep(100_000)
        }
        #expect(text.hasPrefix("exit=130"), "\(text)")
        #expect(text.contains(" icanon") && text.contains(" echo"), "the terminal was not given back: \(text)")
    }
}

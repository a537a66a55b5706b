import Testing
import Foundation

/// Two real processes on one data directory: the dashboard in tmux, and `zugong ticket …` run
/// beside it as another operator would. No key is pressed between the other process's change and
/// the checks: the dashboard must pick it up on its own (it asks the store every idle second).
@Suite("Live updates from another process", .serialized)
struct LiveUpdateTests {
    static let binary = BuiltBinary.path
    /// The account this test runs as, which is what the dashboard records its changes for.
    static let me = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "\(getuid())"
    /// The other operator: a second name when root may act for one (`--actor`), else the same account.
    static let other = getuid() == 0 ? "bob" : me
    static let otherOptions = getuid() == 0 ? ["--actor", "bob"] : []
    /// How the theme marks a row another operator just changed, as tmux reports it (background 228).
    static let highlightColour = "48;5;228"
    /// The longest the issue allows before another process's change is on the screen.
    static let liveLimit: TimeInterval = 2

    struct Output {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the real binary to completion (no terminal) and returns what it printed.
    @discardableResult
    static func zugong(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Output(code: process.terminationStatus, stdout: out, stderr: err)
    }

    /// A new folder with a data directory made by `zugong init`, where this account and the other
    /// operator may both change tickets. Returns the folder (remove it) and the data directory.
    static func freshData() throws -> (folder: URL, data: String) {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the binary first (swift build) or set ZUGONG_BINARY")
        let folder = FileManager.default.temporaryDirectory.appending(path: "zugong-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let data = folder.appending(path: "data").path
        let created = try zugong(["init", "--data", data])
        #expect(created.code == 0, "\(created.stderr)")
        let roles = "{\"operators\":[\"\(me)\",\"bob\"]}"
        try Data(roles.utf8).write(to: URL(fileURLWithPath: data).appending(path: "config.json"))
        return (folder, data)
    }

    /// The dashboard on `data` at 80×24 in colour, on the grid tab.
    static func dashboard(_ data: String, language: String = "en") throws -> TmuxSession {
        let command = "env -u NO_COLOR LANG=en_US.UTF-8 TERM=xterm-256color \(binary) --data \(data) --lang \(language); sleep 60"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        try tmux.waitFor { $0.contains(language == "zh" ? "3 红色引擎" : "3 Grid") }
        try tmux.send("3")
        let queue = try tmux.waitFor { queueIDs($0).count > 5 }
        try #require(queueIDs(queue).count > 5, "the grid tab shows the queue:\n\(queue)")
        return tmux
    }

    /// The queue once the screen has settled (a capture can catch a frame half drawn).
    static func settledQueue(_ tmux: TmuxSession) throws -> String {
        try tmux.waitFor { queueIDs($0).count > 5 }
    }

    /// The screen with its colours (SGR sequences), one string per row.
    static func styledRows(_ tmux: TmuxSession) throws -> [String] {
        try tmux.tmux(["capture-pane", "-p", "-e"]).components(separatedBy: "\n")
    }

    static func plain(_ styled: String) -> String {
        styled.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    /// The ticket ids of the queue's rows, top to bottom.
    static func queueIDs(_ screen: String) -> [String] {
        screen.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("│T-") else { return nil }
            return String(line.dropFirst().prefix(8))
        }
    }

    /// `ticket show ID --json`, decoded.
    static func show(_ id: String, _ data: String) throws -> [String: Any] {
        let shown = try zugong(["ticket", "show", id, "--json", "--data", data])
        return try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// Polls the screen until some row satisfies `condition` (given the row's text and the row
    /// with its colours); that row with colours, and the seconds it took, or nil when `seconds` passed.
    static func waitForRow(_ tmux: TmuxSession, within seconds: TimeInterval,
                           _ condition: (_ text: String, _ styled: String) -> Bool) throws -> (row: String, after: TimeInterval)? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if let row = try styledRows(tmux).first(where: { condition(plain($0), $0) }) {
                return (row, Date().timeIntervalSince(start))
            }
            usleep(20_000)
        }
        return nil
    }

    @Test("a claim made by another process shows in the queue within 2 s, highlighted briefly")
    func claimAppearsHighlighted() throws {
        let (folder, data) = try Self.freshData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Self.dashboard(data)
        let ids = Self.queueIDs(try Self.settledQueue(tmux))
        // Not the first row: the cursor's colours would hide the highlight.
        let target = ids[2]
        let bystander = ids[3]
        let before = try Self.show(target, data)
        try #require(["assigned", "in_progress"].contains(before["status"] as? String ?? ""), "\(target) can be claimed")

        let claimed = try Self.zugong(["ticket", "claim", target, "--data", data] + Self.otherOptions)
        #expect(claimed.code == 0, "\(claimed.stderr)")
        // The Assignee column is six wide at 80 columns: a longer name is cut.
        let claimer = " " + Self.other.prefix(5)
        let seen = try Self.waitForRow(tmux, within: Self.liveLimit) { text, _ in text.contains(target) && text.contains(claimer) }
        let row = try #require(seen, "\(target) claimed by \(Self.other) is not on the screen within \(Self.liveLimit) s:\n\((try? tmux.screen()) ?? "")")
        #expect(row.row.contains(Self.highlightColour), "the changed row is highlighted: \(row.row.debugDescription)")
        let bystanderRows = try Self.styledRows(tmux).filter { Self.plain($0).contains(bystander) }
        #expect(bystanderRows.count == 1 && bystanderRows.allSatisfy { !$0.contains(Self.highlightColour) }, "only the changed row stands out")

        // Brief: the highlight goes by itself after a few seconds, and the claim stays.
        let faded = try Self.waitForRow(tmux, within: 6) { text, styled in text.contains(target) && !styled.contains(Self.highlightColour) }
        #expect(faded.map { Self.plain($0.row).contains(claimer) } == true, "the highlight fades:\n\((try? tmux.screen()) ?? "")")
    }

    @Test("an escalation made by another process shows in the open detail within 2 s (in Chinese)")
    func escalationAppearsInDetail() throws {
        let (folder, data) = try Self.freshData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Self.dashboard(data, language: "zh")
        let target = try #require(Self.queueIDs(try Self.settledQueue(tmux)).first)
        let before = try Self.show(target, data)
        try #require(before["level"] as? String == "grid" && before["status"] as? String == "in_progress", "\(before)")
        try tmux.send("Enter")
        let detail = try tmux.waitFor { $0.contains("┌ \(target) · ") }
        #expect(detail.contains("处理中 · 网格级"), "\(detail)")

        let escalated = try Self.zugong(["ticket", "escalate", target, "--reason", "需要街道协调", "--data", data] + Self.otherOptions)
        #expect(escalated.code == 0, "\(escalated.stderr)")
        let seen = try Self.waitForRow(tmux, within: Self.liveLimit) { text, _ in text.contains("上报升级至社区:需要街道协调") }
        let screen = try tmux.screen()
        #expect(seen != nil, "the escalation is not in the detail within \(Self.liveLimit) s:\n\(screen)")
        #expect(screen.contains("已分类 · 社区级") && screen.contains(" \(Self.other) "), "\(screen)")
        #expect(screen.contains("┌ \(target) · "), "the detail stays open")
    }

    @Test("saving a form on a ticket another process changed meanwhile is refused with who changed it")
    func staleFormIsRefused() throws {
        let (folder, data) = try Self.freshData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Self.dashboard(data)
        let target = Self.queueIDs(try Self.settledQueue(tmux))[1]
        let revision = try #require(try Self.show(target, data)["revision"] as? Int)
        try tmux.send("j")
        try tmux.send("t")
        try tmux.waitFor { $0.contains("Add note") && $0.contains(target) }
        try tmux.tmux(["send-keys", "-l", "operator note"])
        try tmux.waitFor { $0.contains("operator note") }

        let noted = try Self.zugong(["ticket", "note", target, "changed elsewhere", "--data", data] + Self.otherOptions)
        #expect(noted.code == 0, "\(noted.stderr)")
        // The open form follows the ticket and warns before any save is tried.
        let warned = try Self.waitForRow(tmux, within: Self.liveLimit) { text, _ in text.contains("! changed by \(Self.other) since this form opened") }
        #expect(warned != nil, "\((try? tmux.screen()) ?? "")")

        try tmux.send("Enter")
        let refusal = "\(target) was changed by \(Self.other) at "
        let refused = try tmux.waitFor { $0.contains(refusal) }
        #expect(refused.contains("(revision \(revision + 1), you had \(revision))"), "\(refused)")
        #expect(refused.contains("Note* operator note"), "the form stays open with the text typed")
        // The time is the city's, the same clock as the status bar's, whatever the server's zone.
        var city = Calendar(identifier: .gregorian)
        city.timeZone = TimeZone(secondsFromGMT: 8 * 3_600) ?? .gmt
        let times = [Date(), Date().addingTimeInterval(-60)].map { date in
            let c = city.dateComponents([.hour, .minute], from: date)
            return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        }
        #expect(times.contains { refused.contains(refusal + $0 + " ") }, "\(refused)")
        let notes = { () throws -> [String] in
            (try Self.show(target, data)["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        }
        #expect(try notes().suffix(1) == ["changed elsewhere"], "nothing of the refused save is written")

        // Saving again, now knowingly on the new revision, goes through.
        try tmux.send("Enter")
        let saved = try tmux.waitFor { !$0.contains("Add note") }
        #expect(saved.contains("\(target) note: operator note"), "the status line says what was saved:\n\(saved)")
        #expect(try notes().suffix(2) == ["changed elsewhere", "operator note"])
        let history = try Self.show(target, data)["history"] as? [[String: Any]] ?? []
        #expect(history.suffix(2).map { $0["actor"] as? String } == [Self.other, Self.me])
    }
}

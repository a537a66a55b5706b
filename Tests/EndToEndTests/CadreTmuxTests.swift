import Testing
import Foundation

/// The cadre area in the real binary, at 80×24: find a cadre, add points, warn, adjust down; see
/// another process's warning arrive live; enter a unit's score and see its warning appear.
@Suite("The cadre area in tmux", .serialized)
struct CadreTmuxTests {
    static let binary = BuiltBinary.path

    @Test("find, points, warn, adjust down; another supervisor's warning shows live; a score entered puts a unit in warning")
    func officialsPass() throws {
        let (folder, data) = try LiveUpdateTests.freshData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let supervisors = "{\"supervisors\":[\"\(LiveUpdateTests.me)\",\"bob\"]}"
        try Data(supervisors.utf8).write(to: URL(fileURLWithPath: data).appending(path: "config.json"))
        let listed = try LiveUpdateTests.zugong(["cadres", "list", "--stage", "in_post", "--json", "--data", data])
        let cadres = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        let id = try #require(cadres.first?["id"] as? String)
        let other = try #require(cadres.dropFirst().first?["id"] as? String)

        let command = "env -u NO_COLOR LANG=en_US.UTF-8 TERM=xterm-256color \(Self.binary) --data \(data) --lang en; sleep 60"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        _ = try tmux.waitFor { $0.contains("2 Cadres") }
        try tmux.send("2")
        _ = try tmux.waitFor { $0.contains("Lion-type cadre pool") }
        try tmux.send("/")
        try tmux.send("-l", id)
        try tmux.send("Enter")
        _ = try tmux.waitFor { $0.contains("1 of ") }
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("The five criteria") }.contains(id))

        // Points: the month is filled in; the points and the reason are typed.
        try tmux.send("p")
        _ = try tmux.waitFor { $0.contains("Monthly points") }
        try tmux.send("Tab")
        try tmux.send("-l", "7")
        try tmux.send("Tab")
        try tmux.send("-l", "招商引资超额完成")
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("→ In post") }.contains("\(id)"))
        try tmux.send("W")
        _ = try tmux.waitFor { $0.contains("Warn") && $0.contains("Text*") }
        try tmux.send("-l", "进度滞后")
        try tmux.send("Enter")
        _ = try tmux.waitFor { $0.contains("→ In post") && !$0.contains("Text*") }
        try tmux.send("D")
        _ = try tmux.waitFor { $0.contains("Adjust down") && $0.contains("Reason*") }
        try tmux.send("-l", "连续两月排名靠后")
        try tmux.send("Enter")
        let adjusted = try tmux.waitFor { $0.contains("→ Adjusted down") }
        #expect(adjusted.contains("Adjusted down"), "\(adjusted)")
        let record = try JSONSerialization.jsonObject(with: Data(try LiveUpdateTests.zugong(["cadre", "show", id, "--json", "--data", data]).stdout.utf8)) as? [String: Any] ?? [:]
        #expect(record["stage"] as? String == "adjusted_down" && record["exitReason"] as? String == "连续两月排名靠后")
        #expect((record["points"] as? [[String: Any]])?.last?["delta"] as? Int == 7)
        #expect((record["history"] as? [[String: Any]])?.suffix(3).map { $0["op"] as? String } == ["add_points", "warn", "adjust_down"])

        // Another supervisor warns the next cadre: its row's warning count goes up without a key.
        try tmux.send("Escape")
        try tmux.send("/")
        try tmux.send("C-u")
        try tmux.send("-l", other)
        try tmux.send("Enter")
        func row(_ screen: String) -> String { screen.components(separatedBy: "\n").first { $0.hasPrefix("│" + other) } ?? "" }
        let before = row(try tmux.waitFor { $0.contains("1 of ") && !row($0).isEmpty })
        let warned = try LiveUpdateTests.zugong(["cadre", "warn", other, "--text", "另一位主管的预警", "--data", data] + LiveUpdateTests.otherOptions)
        #expect(warned.code == 0, "\(warned.stderr)")
        let started = Date()
        let after = row(try tmux.waitFor(LiveUpdateTests.liveLimit) { row($0) != before && !row($0).isEmpty })

        #expect(after != before && Date().timeIntervalSince(started) < LiveUpdateTests.liveLimit + 0.5, "\(before)\n\(after)")
        let count = { (line: String) in line.split(separator: " ").compactMap { Int($0) }.dropFirst(2).first ?? 0 }
        #expect(count(after) == count(before) + 1, "one more warning: \(after)")

        // A score entered on the report-card page puts Wuchang (first in the districts) in warning.
        try tmux.send("Escape")
        try tmux.send("5")
        _ = try tmux.waitFor { $0.contains("Four report cards · District") }
        try tmux.send("e")
        _ = try tmux.waitFor { $0.contains("Enter a score") }
        try tmux.send("Tab")
        try tmux.send("Right")
        try tmux.send("Right")
        try tmux.send("Right")
        try tmux.send("Tab")
        for _ in 0..<8 { try tmux.send("BSpace") }
        try tmux.send("-l", "55")
        try tmux.send("Enter")
        // Its row: the rule-of-law score with its grade, last among the districts, and the warning's first step.
        let scored = try tmux.waitFor { $0.components(separatedBy: "\n").contains { $0.contains("Wuchang") && $0.contains("a talk") } }
        let wuchang = scored.components(separatedBy: "\n").first { $0.contains("Wuchang") } ?? ""
        #expect(wuchang.contains("55.0E 13") && wuchang.hasSuffix("a talk │"), "\(wuchang)")
    }
}

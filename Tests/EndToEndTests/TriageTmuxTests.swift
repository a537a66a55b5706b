import Testing
import Foundation

/// An operator's triage pass with the real binary at 80×24 on a fresh data directory, key by key,
/// reading the screen after each step and the journal at the end.
@Suite("A triage pass in tmux", .serialized)
struct TriageTmuxTests {
    /// The figure under `label` in the metrics strip (its labels are on row 1, the values on row 2).
    static func metric(_ label: String, _ screen: String) -> Int? {
        let rows = screen.components(separatedBy: "\n")
        guard rows.count > 2, let range = rows[1].range(of: label) else { return nil }
        let column = rows[1].distance(from: rows[1].startIndex, to: range.lowerBound)
        return Int(String(rows[2].dropFirst(column).prefix { $0.isNumber }))
    }

    /// "N of M" at the end of the filter line.
    static func count(_ screen: String) -> (shown: Int, total: Int)? {
        let rows = screen.components(separatedBy: "\n")
        guard rows.count > 3, let match = rows[3].firstMatch(of: /(\d+) of (\d+)\s*$/) else { return nil }
        return Int(match.1).flatMap { shown in Int(match.2).map { (shown, $0) } }
    }

    @Test("filter overdue, open one, escalate, assign, start, resolve, rate: each step on the screen, the strip and the journal follow")
    func triagePass() throws {
        let (folder, data) = try LiveUpdateTests.freshData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try LiveUpdateTests.dashboard(data)
        func typed(_ text: String) throws { try tmux.tmux(["send-keys", "-l", text]) }

        let first = try tmux.screen()
        let open = try #require(Self.metric("Open", first), "\(first)")
        let overdue = try #require(Self.metric("Overdue", first), "\(first)")
        let total = try #require(Self.count(first)?.total, "\(first)")
        #expect(first.contains("All tickets") && Self.count(first)?.shown == total)

        // Overdue only: the filter line says so, and "N of M" agrees with the strip.
        try tmux.send("o")
        let filtered = try tmux.waitFor { $0.contains("Filters: overdue") }
        #expect(Self.count(filtered)?.shown == overdue, "\(filtered)")
        let id = try #require(LiveUpdateTests.queueIDs(filtered).first)
        let row = filtered.components(separatedBy: "\n").first { $0.contains(id) } ?? ""
        #expect(row.contains(" late "), "the deadline column says it in words: \(row)")
        let ticket = try LiveUpdateTests.show(id, data)
        let level = try #require(ticket["level"] as? String)
        let up = try #require(["grid": "Community", "community": "Street", "street": "District"][level], "\(id) is at \(level)")
        try #require(["classified", "assigned", "in_progress"].contains(ticket["status"] as? String ?? ""), "\(ticket)")

        // The detail.
        try tmux.send("Enter")
        let detail = try tmux.waitFor { $0.contains("┌ \(id) · ") }
        #expect(detail.contains("overdue") && detail.contains("History"), "\(detail)")

        // Escalate with a reason: one level up, back to classified, a fresh clock.
        try tmux.send("e")
        try tmux.waitFor { $0.contains("┌ Escalate") }
        try typed("power company")
        try tmux.send("Enter")
        let escalated = try tmux.waitFor { $0.contains("\(id) escalated to \(up)") }
        #expect(escalated.contains("Status    Classified · \(up) level"), "\(escalated)")
        #expect(escalated.contains("left · ok") && escalated.contains("Assignee  —"), "\(escalated)")

        // Resolving is refused until someone works on it, and the status line says why.
        try tmux.send("r")
        let refused = try tmux.waitFor { $0.contains("cannot resolve \(id): it is classified") }
        #expect(!refused.contains("┌ Resolve"), "no form for a refused action:\n\(refused)")

        // Assign to the first worker offered (those serving the place come first), then start.
        try tmux.send("a")
        try tmux.waitFor { $0.contains("┌ Assign") }
        try tmux.send("Enter")
        let assigned = try tmux.waitFor { $0.contains("Status    Assigned · \(up) level") }
        #expect(assigned.contains("Assignee  ") && assigned.contains("(W-"), "\(assigned)")
        try tmux.send("w")
        let started = try tmux.waitFor { $0.contains("Status    In progress · \(up) level") }
        #expect(started.contains("claimed by \(LiveUpdateTests.me)"), "\(started)")

        // Resolve with a note.
        try tmux.send("r")
        try tmux.waitFor { $0.contains("┌ Resolve") }
        try typed("transformer replaced")
        try tmux.send("Enter")
        let resolved = try tmux.waitFor { $0.contains("Status    Resolved · ") }
        #expect(resolved.contains("Resolution") && resolved.contains("transformer replaced"), "\(resolved)")

        // Rate 4 (the choices run 5 to 1) with a comment: 3 or more closes it.
        try tmux.send("R")
        try tmux.waitFor { $0.contains("┌ Rate") && $0.contains("< 5 >") }
        try tmux.send("Right")
        try tmux.waitFor { $0.contains("< 4 >") }
        try tmux.send("Tab")
        try typed("quick fix")
        try tmux.send("Enter")
        let closed = try tmux.waitFor { $0.contains("closed after a rating of 4") }
        #expect(closed.contains("Status    Closed · ") && closed.contains("4/5") && closed.contains("quick fix"), "\(closed)")

        // Back in the queue: one fewer open and one fewer overdue, and the ticket left the filter.
        try tmux.send("Escape")
        let after = try tmux.waitFor { $0.contains("Filters: overdue") }
        #expect(Self.metric("Open", after) == open - 1, "\(after)")
        #expect(Self.metric("Overdue", after) == overdue - 1, "\(after)")
        #expect(Self.count(after)?.shown == overdue - 1 && Self.count(after)?.total == total, "\(after)")
        #expect(!LiveUpdateTests.queueIDs(after).contains(id))

        // The journal: five events by this account, nothing for the refused resolve.
        let shown = try LiveUpdateTests.show(id, data)
        let history = shown["history"] as? [[String: Any]] ?? []
        #expect(history.suffix(5).map { $0["op"] as? String } == ["escalate", "assign", "start", "resolve", "rate"])
        #expect(history.suffix(5).allSatisfy { $0["actor"] as? String == LiveUpdateTests.me })
        #expect((history.suffix(5).first?["summary"] as? String)?.hasSuffix(": power company") == true, "\(history.suffix(5))")
        #expect(shown["status"] as? String == "closed" && shown["level"] as? String == up.lowercased())
        #expect(shown["resolutionNote"] as? String == "transformer replaced")
        let rating = shown["rating"] as? [String: Any]
        #expect(rating?["score"] as? Int == 4 && rating?["comment"] as? String == "quick fix", "\(String(describing: rating))")
        let journal = try String(contentsOfFile: data + "/journal.jsonl", encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 5, "\(journal)")
    }
}

import App
import Domain
import Foundation
import Panels
import TermUI

/// Issue 9: the dashboards' frames at 200×60 on the full data set, another process's change
/// reaching the overview's tiles, map and feed, and the overview's per-district counts beside
/// python's over the same tickets.
struct DashboardBenchmarks {
    let workload: Workload

    func run() throws -> (figures: [Figure], notes: [String]) {
        let data = "200×60, " + workload.ticketsText
        func frame(_ tab: Tab) -> Double {
            var state = workload.gridState
            _ = AppReducer.reduce(&state, .shell(.selectTab(tab)))
            return Stopwatch.median(runs: workload.fastRuns) { ScreenRenderer.render(state).buffer } * 1000
        }
        let overview = frame(.overview), talent = frame(.talent), grassroots = frame(.grassroots)

        var changed = workload.dataset
        let ticket = changed.tickets[changed.tickets.count / 2]
        let change = Change(recordID: ticket.id, operation: .note(text: "现场已核实"))
        _ = try changed.apply(change, actor: "other", at: workload.reference, seq: 1)
        // One state throughout, as in the dashboard (a copy per run would time copying its columns):
        // the note arrives, then the data without it, and so on.
        var state = workload.gridState
        _ = AppReducer.reduce(&state, .shell(.selectTab(.overview)))
        let versions = [changed, workload.dataset]
        var run = 0
        let reach = Stopwatch.median(runs: workload.slowRuns * 2) {
            _ = AppReducer.reduce(&state, .dataChanged(versions[run % 2], changed: [ticket.id]))
            run += 1
            return ScreenRenderer.render(state).buffer
        } * 1000

        let tickets = workload.dataset.tickets
        let now = workload.reference
        let index = workload.gridState.world.ticketIndex
        let districts = Stopwatch.median(runs: workload.slowRuns) { DistrictMetrics(tickets: tickets, index: index, now: now) } * 1000
        let feed = Stopwatch.median(runs: workload.slowRuns) { ActivityFeed(workload.dataset) } * 1000
        let python = try pythonDistricts()

        var figures = [
            Figure(name: "overview frame (ScreenRenderer.render)", data: data, value: overview, unit: .milliseconds, runs: workload.fastRuns,
                   target: .below(2, "< 2 ms", overview)),
            Figure(name: "talent frame", data: data, value: talent, unit: .milliseconds, runs: workload.fastRuns, target: .below(2, "< 2 ms", talent)),
            Figure(name: "grassroots frame", data: data, value: grassroots, unit: .milliseconds, runs: workload.fastRuns,
                   target: .below(2, "< 2 ms", grassroots)),
            Figure(name: "another process's note reaches the overview (.dataChanged + frame)", data: workload.ticketsText, value: reach,
                   unit: .milliseconds, runs: workload.slowRuns * 2, target: .below(20, "< 20 ms", reach)),
            Figure(name: "district counts: open, overdue, on time, overdue by level (DistrictMetrics)", data: workload.ticketsText,
                   value: districts, unit: .milliseconds, runs: workload.slowRuns,
                   target: python.map { Figure.Target(text: String(format: "≤ python %.1f ms", $0 * 1000), met: districts <= $0 * 1000) }),
            Figure(name: "activity feed from every record's history (ActivityFeed.init)", data: workload.ticketsText + ", " + grouped(workload.cadres) + " cadres",
                   value: feed, unit: .milliseconds, runs: workload.slowRuns),
        ]
        if let python {
            figures.append(Figure(name: "python: the same district counts over the same tickets", data: workload.ticketsText + ", dates parsed beforehand",
                                  value: python * 1000, unit: .milliseconds, runs: 1))
        }
        return (figures, ["python: the district counts as a dict loop over the tickets of the same data set, JSON-loaded and dates parsed before the clock starts"])
    }

    private static let script = """
        import datetime, json, sys, time
        tickets = json.load(open(sys.argv[1], encoding="utf-8"))
        now = datetime.datetime.fromisoformat(sys.argv[2])
        start = now - datetime.timedelta(days=30)
        opened = set(sys.argv[3].split(","))
        day = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00")) if s else None
        rows = [(t["location"]["district"], t["status"] in opened, day(t["deadline"]), t["level"], day(t.get("resolvedAt"))) for t in tickets]
        t = time.perf_counter()
        districts, by_level = {}, {}
        for district, is_open, deadline, level, resolved in rows:
            f = districts.setdefault(district, [0, 0, 0, 0])
            if is_open:
                f[0] += 1
                if now > deadline:
                    f[1] += 1
                    by_level[level] = by_level.get(level, 0) + 1
            if resolved is not None and start <= resolved < now:
                f[3] += 1
                if resolved <= deadline:
                    f[2] += 1
        print(f"seconds={time.perf_counter() - t}")
        """

    /// Python's time for the district counts, nil without python3.
    private func pythonDistricts() throws -> Double? {
        guard let python = ChildProcess.find("python3") else { return nil }
        let file = FileManager.default.temporaryDirectory.appending(path: "zugong-bench-tickets-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try DomainJSON.encode(workload.dataset.tickets).write(to: file)
        let now = ISO8601DateFormatter().string(from: workload.reference).replacingOccurrences(of: "Z", with: "+00:00")
        let open = TicketStatus.allCases.filter(\.isOpen).map(\.rawValue).joined(separator: ",")
        return ChildProcess.fields(try ChildProcess.output(python, ["-c", Self.script, file.path, now, open]))["seconds"]
    }
}

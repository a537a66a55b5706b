import App
import Domain
import Panels
import TermUI

/// Issue 4, computing side: a filter keystroke (filter, then sort by the queue's default key),
/// a sort change, and one frame of the grid queue.
struct QueueBenchmarks {
    let workload: Workload

    private var tickets: [Ticket] { workload.dataset.tickets }

    func run() -> (figures: [Figure], notes: [String]) {
        let (indexSeconds, search) = Stopwatch.time { TicketSearchIndex(tickets) }
        var figures = [Figure(name: "build search index (once per data change)", data: workload.ticketsText,
                              value: indexSeconds * 1000, unit: .milliseconds, runs: 1)]
        figures += keystrokes(search)
        figures += querySorts()
        figures += appSorts()
        figures += frames()
        let notes = [
            "keystroke = TicketQuery.filter (text via the prebuilt TicketSearchIndex) + TicketQuery.sort of the matches by time_left, the queue's default order",
            "query sort = TicketQuery.sort of all \(workload.ticketsText) by one TicketSortKey; app sort = AppReducer.reduce(.nextSortColumn) on the grid tab, the path the dashboard takes today (RecordTable.sortedOrder)",
        ]
        return (figures, notes)
    }

    private func keystrokes(_ search: TicketSearchIndex) -> [Figure] {
        var cases: [(name: String, filter: TicketFilter)] = []
        for word in ["漏水", "water"] {
            var typed = ""
            for character in word {
                typed.append(character)
                cases.append(("keystroke: search \"\(typed)\" (typing \(word))", TicketFilter(text: typed)))
            }
        }
        cases.append(("keystroke: status = assigned", TicketFilter(statuses: [.assigned])))
        cases.append(("keystroke: level = community", TicketFilter(levels: [.community])))
        cases.append(("keystroke: status + level + \"漏水\"",
                      TicketFilter(statuses: [.assigned, .inProgress], levels: [.grid], text: "漏水")))
        cases.append(("keystroke: clear filters (every row)", TicketFilter.all))
        return cases.map { name, filter in
            let matches = keystroke(filter, search).count
            let seconds = Stopwatch.median(runs: workload.slowRuns) { keystroke(filter, search) }
            return Figure(name: name, data: "\(grouped(matches)) of \(grouped(tickets.count))", value: seconds * 1000,
                          unit: .milliseconds, runs: workload.slowRuns, target: .below(10, "< 10 ms", seconds * 1000))
        }
    }

    private func keystroke(_ filter: TicketFilter, _ search: TicketSearchIndex) -> [Int] {
        let now = workload.reference
        let matches = TicketQuery.filter(tickets, filter, now: now, search: search)
        return TicketQuery.sort(matches, of: tickets, by: .timeLeft, now: now)
    }

    private func querySorts() -> [Figure] {
        let all = Array(tickets.indices)
        return TicketSortKey.allCases.map { key in
            let seconds = Stopwatch.median(runs: workload.slowRuns) {
                TicketQuery.sort(all, of: tickets, by: key, now: workload.reference)
            }
            return Figure(name: "query sort by \(key.rawValue)", data: workload.ticketsText, value: seconds * 1000,
                          unit: .milliseconds, runs: workload.slowRuns, target: .below(10, "< 10 ms", seconds * 1000))
        }
    }

    /// Cycles the grid tab's sort column with the key the dashboard binds, timing each step.
    private func appSorts() -> [Figure] {
        var state = workload.gridState
        let columns = TicketColumns.all
        var times = [[Double]](repeating: [], count: columns.count)
        for _ in 0..<workload.slowRuns {
            for _ in columns.indices {
                let (seconds, _) = Stopwatch.time { AppReducer.reduce(&state, .nextSortColumn) }
                times[state.tables[.grid]?.sortColumn ?? 0].append(seconds)
            }
        }
        return columns.indices.map { c in
            let ms = Stopwatch.median(times[c]) * 1000
            return Figure(name: "app sort by column \(columns[c].title.en)", data: workload.ticketsText, value: ms,
                          unit: .milliseconds, runs: times[c].count, target: .below(10, "< 10 ms", ms))
        }
    }

    private func frames() -> [Figure] {
        [(200, 60), (80, 24)].map { width, height in
            let state = workload.gridState(width: width, height: height)
            let seconds = Stopwatch.median(runs: workload.fastRuns) { ScreenRenderer.render(state) }
            return Figure(name: "queue frame (ScreenRenderer.render, grid tab)", data: "\(width)×\(height), " + workload.ticketsText,
                          value: seconds * 1000, unit: .milliseconds, runs: workload.fastRuns,
                          target: .below(2, "< 2 ms", seconds * 1000))
        }
    }
}

import App
import Domain
import Panels
import TermUI

/// Issue 4, computing side: filter keystrokes and sort changes as the dashboard takes them
/// (through `AppReducer`, on the grid tab), and one frame of the grid queue.
struct QueueBenchmarks {
    let workload: Workload

    private var tickets: [Ticket] { workload.dataset.tickets }

    func run() -> (figures: [Figure], notes: [String]) {
        let (indexSeconds, index) = Stopwatch.time { TicketIndex(tickets) }
        var figures = [Figure(name: "build ticket index (once per data set)", data: workload.ticketsText,
                              value: indexSeconds * 1000, unit: .milliseconds, runs: 1)]
        figures += keystrokes()
        figures += combinedFilter(index)
        figures += appSorts()
        figures += liveChange()
        figures += frames()
        let notes = [
            "keystroke = AppReducer.reduce of the key's action on the grid tab: the filter over TicketIndex's columns and search buffer, then the kept rows in the current sort order",
            "app sort = AppReducer.reduce(.nextSortColumn) on the grid tab: TicketIndex.sorted of every ticket (radix sort of precomputed keys), then the filter",
        ]
        return (figures, notes)
    }

    /// Typing a search after `/`, one character at a time, then the toggle keys.
    private func keystrokes() -> [Figure] {
        var steps: [(name: String, actions: [Action])] = []
        for word in ["漏水", "water", "t-0004"] {
            var typed = ""
            for (n, character) in word.enumerated() {
                typed.append(character)
                steps.append(("keystroke: search \"\(typed)\"", (n == 0 ? [.page(.grid(.startSearch))] : []) + [.input(.char(character))]))
            }
            steps.append(("keystroke: Esc clears the search", [.input(.escape)]))
        }
        steps.append(("keystroke: o (overdue only)", [.page(.grid(.toggleOverdue))]))
        steps.append(("keystroke: u (and unassigned only)", [.page(.grid(.toggleUnassigned))]))
        steps.append(("keystroke: c (clear filters: every row)", [.page(.grid(.clearFilters))]))
        var times = [[Double]](repeating: [], count: steps.count)
        var rows = [Int](repeating: 0, count: steps.count)
        for _ in 0..<workload.slowRuns {
            var state = workload.gridState
            for (k, step) in steps.enumerated() {
                let (seconds, _) = Stopwatch.time {
                    for action in step.actions { _ = AppReducer.reduce(&state, action) }
                }
                times[k].append(seconds)
                rows[k] = (state.page(GridPage.self)?.table.rowCount ?? 0)
            }
        }
        return steps.indices.map { k in
            let ms = Stopwatch.median(times[k]) * 1000
            return Figure(name: steps[k].name, data: "\(grouped(rows[k])) of \(grouped(tickets.count))", value: ms,
                          unit: .milliseconds, runs: times[k].count, target: .below(10, "< 10 ms", ms))
        }
    }

    /// The filter menu's combinations (status, level and text at once), at the Domain level the
    /// reducer calls: the columns scan alone.
    private func combinedFilter(_ index: TicketIndex) -> [Figure] {
        let filter = TicketFilter(statuses: [.assigned, .inProgress], levels: [.grid], text: "漏水")
        let matches = index.filter(filter, now: workload.reference).count
        let seconds = Stopwatch.median(runs: workload.slowRuns) { index.matches(filter, now: workload.reference) }
        return [Figure(name: "filter: 2 statuses + level + \"漏水\" (TicketIndex.matches)",
                       data: "\(grouped(matches)) of \(grouped(tickets.count))", value: seconds * 1000,
                       unit: .milliseconds, runs: workload.slowRuns, target: .below(10, "< 10 ms", seconds * 1000))]
    }

    /// Another operator's note arriving from the journal: the reducer takes the new data set,
    /// updates the index for that ticket, recomputes the metrics and re-sorts every tab.
    private func liveChange() -> [Figure] {
        var changed = workload.dataset
        let ticket = changed.tickets[changed.tickets.count / 2]
        let change = Change(recordID: ticket.id, expectedRevision: ticket.revision, operation: .note(text: "现场已核实"))
        guard (try? changed.apply(change, actor: "other", at: workload.reference, seq: 1)) != nil else { return [] }
        let seconds = Stopwatch.median(runs: workload.slowRuns) {
            var state = workload.gridState
            _ = AppReducer.reduce(&state, .dataChanged(changed, changed: [ticket.id]))
        }
        return [Figure(name: "another operator's change arrives (.dataChanged)", data: workload.ticketsText + ", " + grouped(workload.cadres) + " cadres",
                       value: seconds * 1000, unit: .milliseconds, runs: workload.slowRuns)]
    }

    /// Cycles the grid tab's sort column with the key the dashboard binds, timing each step.
    private func appSorts() -> [Figure] {
        var state = workload.gridState
        let columns = TicketColumns.all
        var times = [[Double]](repeating: [], count: columns.count)
        for _ in 0..<workload.slowRuns {
            for _ in columns.indices {
                let (seconds, _) = Stopwatch.time { AppReducer.reduce(&state, .page(.grid(.table(.nextSortColumn)))) }
                times[state.page(GridPage.self)?.table.view.sortColumn ?? 0].append(seconds)
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
            let seconds = Stopwatch.median(runs: workload.fastRuns) { ScreenRenderer.render(state).buffer }
            return Figure(name: "queue frame (ScreenRenderer.render, grid tab)", data: "\(width)×\(height), " + workload.ticketsText,
                          value: seconds * 1000, unit: .milliseconds, runs: workload.fastRuns,
                          target: .below(2, "< 2 ms", seconds * 1000))
        }
    }
}

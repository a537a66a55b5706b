import App
import Domain
import Panels
import TermUI

/// Issue 8: the cadre page's filter keystrokes and sorts, and the report-card page's matrix frame
/// and month change, as the dashboard takes them (through `AppReducer`).
struct CadreBenchmarks {
    let workload: Workload

    func run() -> (figures: [Figure], notes: [String]) {
        let (generateSeconds, dataset) = Stopwatch.time { [workload] in
            Dataset.generate(tickets: 1_000, cadres: workload.cadres, seed: 1, reference: workload.reference, units: workload.units, months: 36)
        }
        let data = "\(grouped(dataset.cadres.count)) cadres, \(grouped(dataset.units.count)) units × 36 months"
        func state(_ tab: Tab, width: Int = 200, height: Int = 60) -> AppState {
            AppState(dataset: dataset, size: TerminalSize(width: width, height: height), language: .zh, theme: Theme.make(tier: .xterm256),
                     now: workload.reference, session: SessionInfo(dataLabel: "zugong-bench", user: "bench", readOnly: false), tab: tab)
        }
        func timed(_ name: String, _ start: AppState, runs: Int, _ actions: [Action]) -> Figure {
            var times: [Double] = []
            for _ in 0..<runs {
                var copy = start
                for action in actions.dropLast() { _ = AppReducer.reduce(&copy, action) }
                guard let last = actions.last else { continue }
                times.append(Stopwatch.time { _ = AppReducer.reduce(&copy, last) }.seconds)
            }
            let ms = Stopwatch.median(times) * 1000
            return Figure(name: name, data: data, value: ms, unit: .milliseconds, runs: runs, target: .below(10, "< 10 ms", ms))
        }
        let cadres = state(.cadres)
        let scores = state(.scores)
        let runs = workload.slowRuns
        var figures = [Figure(name: "generate the data set (once)", data: data, value: generateSeconds * 1000, unit: .milliseconds, runs: 1)]
        figures.append(timed("cadres keystroke: search \"王\"", cadres, runs: runs, [.page(.cadres(.startSearch)), .input(.char("王"))]))
        figures.append(timed("cadres keystroke: search \"王芳\"", cadres, runs: runs, [.page(.cadres(.startSearch)), .input(.char("王")), .input(.char("芳"))]))
        figures.append(timed("cadres keystroke: w (warned only)", cadres, runs: runs, [.page(.cadres(.toggleWarned))]))
        for column in [1, 6, 7] {
            let title = CadreColumns.all[column].title.en
            figures.append(timed("cadres sort by column \(title)", cadres, runs: runs, [.page(.cadres(.table(.sortBy(column: column))))]))
        }
        figures.append(frame("cadre page frame (ScreenRenderer.render)", cadres, data: data))
        var departments = scores
        _ = AppReducer.reduce(&departments, .page(.scores(.nextKind)))
        _ = AppReducer.reduce(&departments, .page(.scores(.nextKind)))
        figures.append(frame("report-card matrix frame, departments", departments, data: data))
        figures.append(timed("report cards: ← month change (board + warnings)", departments, runs: runs, [.page(.scores(.previousMonth))]))
        figures.append(timed("report cards: t kind change", scores, runs: runs, [.page(.scores(.nextKind))]))
        let notes = [
            "cadre keystrokes and sorts: AppReducer.reduce of the key's action on the cadre page (CadreFilter over every cadre in the sort order; the sort is RecordTable.sortedOrder)",
            "month change: ScoreBoard for the kind and UnitWarning.all over every unit (rankings cached per month and card), then the sort",
        ]
        return (figures, notes)
    }

    private func frame(_ name: String, _ state: AppState, data: String) -> Figure {
        let seconds = Stopwatch.median(runs: workload.fastRuns) { ScreenRenderer.render(state).buffer }
        return Figure(name: name, data: "200×60, " + data, value: seconds * 1000, unit: .milliseconds, runs: workload.fastRuns,
                      target: .below(10, "< 10 ms", seconds * 1000))
    }
}

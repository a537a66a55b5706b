import App
import Domain
import Foundation
import TermUI

/// The sizes and the generated data set every section measures on.
struct Workload {
    let tickets: Int
    let cadres: Int
    let journalLines: Int
    /// Timed runs for sub-millisecond figures and for heavier ones (sorts, loads).
    let fastRuns: Int
    let slowRuns: Int
    /// Fixed, so runs are comparable: the generator's live tickets are relative to it.
    let reference = Date(timeIntervalSince1970: 1_764_000_000)
    let dataset: Dataset
    let generateSeconds: Double
    /// The dashboard on the grid tab at 200×60, and what building it (sorting every tab) took.
    let gridState: AppState
    let gridStateSeconds: Double
    /// Assessment units for the report-card figures.
    let units: Int

    init(quick: Bool) {
        tickets = quick ? 10_000 : 100_000
        cadres = quick ? 1_000 : 10_000
        units = quick ? 50 : 200
        journalLines = quick ? 1_000 : 10_000
        fastRuns = quick ? 50 : 200
        slowRuns = quick ? 3 : 5
        let (seconds, dataset) = Stopwatch.time { [tickets, cadres, reference] in
            Dataset.generate(tickets: tickets, cadres: cadres, seed: 1, reference: reference)
        }
        self.dataset = dataset
        generateSeconds = seconds
        (gridStateSeconds, gridState) = Stopwatch.time { [reference] in
            var state = AppState(dataset: dataset, size: TerminalSize(width: 200, height: 60), language: .zh,
                                 theme: Theme.make(tier: .xterm256), now: reference,
                                 session: SessionInfo(dataLabel: "zugong-bench", user: "bench", readOnly: false))
            state.tab = .grid
            return state
        }
    }

    var ticketsText: String { grouped(tickets) + " tickets" }

    /// The grid tab state at another screen size.
    func gridState(width: Int, height: Int) -> AppState {
        var state = gridState
        _ = AppReducer.reduce(&state, .resize(TerminalSize(width: width, height: height)))
        return state
    }
}

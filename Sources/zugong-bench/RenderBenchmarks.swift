import App
import TermUI

/// Issue 2: one full frame of the dashboard holding the whole ticket table, and the frame diff.
struct RenderBenchmarks {
    let workload: Workload

    func run() -> [Figure] {
        let rows = workload.ticketsText
        let state = workload.gridState
        let render = Stopwatch.median(runs: workload.fastRuns) { ScreenRenderer.render(state).buffer }
        let frame = ScreenRenderer.render(state).buffer

        // Worst case: every cell differs (nothing on the grid frame is a plain "#").
        let other = Buffer(area: frame.area, filling: Cell(symbol: "#"))
        let fullCount = FrameDiff.updates(from: other, to: frame).count
        let full = Stopwatch.median(runs: workload.fastRuns) { FrameDiff.updates(from: other, to: frame) }

        // One table row rewritten, the rest of the frame equal.
        var oneRow = frame
        oneRow.writePadded("一行改变 · one row changed", x: 1, y: 30, width: 198, style: .plain)
        let rowCount = FrameDiff.updates(from: frame, to: oneRow).count
        let row = Stopwatch.median(runs: workload.fastRuns) { FrameDiff.updates(from: frame, to: oneRow) }

        return [
            Figure(name: "initial sort of every tab (AppState.init)", data: rows, value: workload.gridStateSeconds * 1000,
                   unit: .milliseconds, runs: 1),
            Figure(name: "render full frame, grid tab (ScreenRenderer.render)", data: "200×60, " + rows,
                   value: render * 1000, unit: .milliseconds, runs: workload.fastRuns,
                   target: .below(1, "< 1 ms", render * 1000)),
            Figure(name: "diff, every cell different (FrameDiff.updates)", data: "200×60, \(grouped(fullCount)) updates",
                   value: full * 1000, unit: .milliseconds, runs: workload.fastRuns,
                   target: .below(1, "< 1 ms", full * 1000)),
            Figure(name: "diff, one row changed (FrameDiff.updates)", data: "200×60, \(rowCount) updates",
                   value: row * 1000, unit: .milliseconds, runs: workload.fastRuns,
                   target: .below(1, "< 1 ms", row * 1000)),
        ]
    }
}

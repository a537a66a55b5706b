import App
import NcursesBackend
import Panels
import TermUI

/// Issue 4, terminal side: bytes real ncurses sends for one cursor move in the queue. A headless
/// terminal (`xterm-256color`, output to a temp file) draws the grid frame; the selection moves
/// with the reducer, the next frame is drawn through the same diff the dashboard uses, and the
/// output file's growth is the cost.
struct CursorMoveBenchmark {
    let workload: Workload

    func run() throws -> [Figure] {
        try [(80, 24), (200, 60)].flatMap { try measure(width: $0.0, height: $0.1) }
    }

    private func measure(width: Int, height: Int) throws -> [Figure] {
        let terminal = try NcursesTerminal.headless(width: width, height: height)
        defer { terminal.close() }
        var state = workload.gridState(width: width, height: height)
        let screen = "\(width)×\(height), " + workload.ticketsText
        terminal.draw(ScreenRenderer.render(state).buffer, cursor: nil)

        /// Bytes sent for one action, drawn as the event loop draws it.
        func step(_ action: Action) -> Int {
            let before = terminal.bytesWritten
            _ = AppReducer.reduce(&state, action)
            terminal.draw(ScreenRenderer.render(state).buffer, cursor: nil)
            return terminal.bytesWritten - before
        }
        /// Bytes, and the cells the frame diff found changed.
        func counted(_ action: Action) -> (bytes: Int, cells: Int) {
            let old = ScreenRenderer.render(state).buffer
            let bytes = step(action)
            return (bytes, FrameDiff.updates(from: old, to: ScreenRenderer.render(state).buffer).count)
        }

        let move = counted(.page(.grid(.table(.move(1)))))
        // Down to the last visible row, then one more: the table scrolls by one row.
        let view = state.page(GridPage.self)?.table.view ?? TableViewState()
        _ = step(.page(.grid(.table(.move(view.offset + Table.visibleRowCount(in: GridPanel.tableArea(in: state.layout.body)) - 1 - view.selected)))))
        let scroll = counted(.page(.grid(.table(.move(1)))))
        // Up and down inside the page, timed end to end: reduce, render, diff, ncurses output.
        var direction = -1
        let seconds = Stopwatch.median(runs: workload.fastRuns) {
            defer { direction = -direction }
            return step(.page(.grid(.table(.move(direction)))))
        }
        terminal.invalidate()
        let before = terminal.bytesWritten
        terminal.draw(ScreenRenderer.render(state).buffer, cursor: nil)
        let repaint = terminal.bytesWritten - before

        let few = Figure.Target.below(500, "≤ a few hundred", Double(move.bytes))
        return [
            Figure(name: "bytes: cursor move within the page", data: "\(screen), \(move.cells) cells changed",
                   value: Double(move.bytes), unit: .bytes, runs: 1, target: few),
            Figure(name: "bytes: cursor move that scrolls one row", data: "\(screen), \(scroll.cells) cells changed",
                   value: Double(scroll.bytes), unit: .bytes, runs: 1,
                   target: Figure.Target(text: "< full repaint", met: scroll.bytes < repaint)),
            Figure(name: "bytes: full repaint after invalidate()", data: screen, value: Double(repaint), unit: .bytes, runs: 1),
            Figure(name: "cursor move: reduce + render + ncurses draw", data: screen, value: seconds * 1000,
                   unit: .milliseconds, runs: workload.fastRuns, target: .below(2, "< 2 ms", seconds * 1000)),
        ]
    }
}

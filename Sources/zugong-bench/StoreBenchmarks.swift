import App
import Domain
import Foundation
import Store
import TermUI

/// Issue 3: the data directory of the workload's data set plus a journal — write, load in a fresh
/// process (against Python's `json.load`), append, compact — and appends on a small directory.
struct StoreBenchmarks {
    let workload: Workload
    /// Single appends timed at each size.
    let appends = 100
    /// Fresh-process loads (and Python loads, interleaved): each takes seconds.
    let loads = 3

    func run() throws -> (figures: [Figure], notes: [String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zugong-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }

        // Small directory first: append time at 1,000 tickets.
        let small = Dataset.generate(tickets: 1_000, cadres: 100, seed: 1, reference: workload.reference)
        let smallDirectory = root.appendingPathComponent("small")
        try DataStore.create(at: smallDirectory, dataset: small)
        let smallAppend = try appendMedian(try DataStore.open(at: smallDirectory))

        let directory = root.appendingPathComponent("large")
        let (createSeconds, _) = try Stopwatch.time { try DataStore.create(at: directory, dataset: workload.dataset) }
        let store = try DataStore.open(at: directory)
        let largeAppend = try appendMedian(store)
        let screenAction = dashboardNote(store)
        // The rest of the journal in one batch (one lock, one write, one fsync).
        let batch = (appends..<workload.journalLines).map { note($0, in: store.dataset) }
        let (batchSeconds, results) = try Stopwatch.time { try store.submit(contentsOf: batch) }
        if let failure = results.first(where: { if case .failure = $0 { true } else { false } }) {
            throw BenchError("journal fill refused: \(failure)")
        }

        let snapshot = directory.appendingPathComponent("snapshot.json").path
        var opens: [OpenProbe] = []
        var pythons: [PythonProbe] = []
        for _ in 0..<loads {
            opens.append(try OpenProbe.measure(directory: directory.path))
            if let python = try PythonProbe.measure(snapshot: snapshot) { pythons.append(python) }
        }
        let (compactSeconds, _) = try Stopwatch.time { try store.compact() }

        let stats = opens[0].statistics
        let snapshotMB = Double(stats.snapshotBytes) / 1e6
        let sizes = "snapshot \(String(format: "%.1f", snapshotMB)) MB + \(grouped(stats.events)) journal lines"
        let open = Stopwatch.median(opens.map(\.seconds))
        let peak = Stopwatch.median(opens.map(\.peakBytes)) / 1e6
        let python = pythons.isEmpty ? nil : Stopwatch.median(pythons.map(\.seconds))
        func part(_ name: String, _ value: (OpenProbe) -> Double) -> Figure {
            Figure(name: "open: " + name, data: sizes, value: Stopwatch.median(opens.map(value)), unit: .seconds, runs: loads)
        }

        var figures = [
            Figure(name: "write snapshot (DataStore.create)", data: "\(workload.ticketsText), \(grouped(workload.cadres)) cadres → \(grouped(stats.snapshotBytes)) bytes",
                   value: createSeconds, unit: .seconds, runs: 1),
            Figure(name: "open, fresh process (DataStore.open)", data: sizes, value: open, unit: .seconds, runs: loads,
                   target: python.map { Figure.Target(text: String(format: "≤ python %.2f s", $0), met: open <= $0) }),
            part("read files (LoadStatistics.readSeconds)") { $0.statistics.readSeconds },
            part("decode snapshot (decodeSeconds)") { $0.statistics.decodeSeconds },
            part("replay journal (replaySeconds)") { $0.statistics.replaySeconds },
            Figure(name: "open: peak memory (VmHWM)", data: String(format: "runtime alone %.0f MB", Stopwatch.median(opens.map(\.baselineBytes)) / 1e6),
                   value: peak, unit: .megabytes, runs: loads,
                   target: Figure.Target(text: String(format: "< 3× snapshot = %.0f MB", 3 * snapshotMB), met: peak < 3 * snapshotMB)),
        ]
        if let python {
            figures += [
                Figure(name: "python3 json.load, same snapshot", data: sizes, value: python, unit: .seconds, runs: pythons.count),
                Figure(name: "python3 peak memory (ru_maxrss)", data: "", value: Stopwatch.median(pythons.map(\.peakBytes)) / 1e6,
                       unit: .megabytes, runs: pythons.count),
            ]
        }
        let same = Figure.Target(text: String(format: "≈ 1k figure (≤ 1.5× %.2f ms)", smallAppend * 1000),
                                 met: largeAppend <= 1.5 * smallAppend)
        figures += [
            Figure(name: "append one note (submit: lock, write, fsync)", data: "1,000 tickets", value: smallAppend * 1000,
                   unit: .milliseconds, runs: appends),
            Figure(name: "append one note (submit: lock, write, fsync)", data: workload.ticketsText, value: largeAppend * 1000,
                   unit: .milliseconds, runs: appends, target: same),
            Figure(name: "a note saved from the dashboard (Enter in the form → store → screen)", data: workload.ticketsText,
                   value: screenAction * 1000, unit: .milliseconds, runs: 5),
            Figure(name: "append \(grouped(batch.count)) notes in one submit(contentsOf:)", data: workload.ticketsText,
                   value: batchSeconds, unit: .seconds, runs: 1),
            Figure(name: "compaction (DataStore.compact)", data: sizes, value: compactSeconds, unit: .seconds, runs: 1),
        ]
        var notes = [
            "open and peak memory: the bench re-runs itself as `zugong-bench \(OpenProbe.flag) DIR`, which opens read-only and reads VmHWM from /proc/self/status; files are in the page cache (just written)",
        ]
        notes.append(python == nil
                     ? "python3 not found on PATH: the json.load comparison was skipped"
                     : "python3: json.load(open(P, encoding=\"utf-8\")) timed inside the interpreter with time.perf_counter; peak from resource.getrusage")
        return (figures, notes)
    }

    /// The median seconds of single-note submits, each durable before it returns.
    private func appendMedian(_ store: DataStore) throws -> Double {
        var times: [Double] = []
        for i in 0..<appends {
            let change = note(i, in: store.dataset)
            times.append(try Stopwatch.time { try store.submit(change) }.seconds)
        }
        return Stopwatch.median(times)
    }

    /// The median seconds from Enter in a note form to the next frame, through `AppLoop` on an
    /// in-memory terminal with the store: the reducer, the durable append, the refresh and the draw.
    private func dashboardNote(_ store: DataStore) -> Double {
        var state = AppState(dataset: store.dataset, size: TerminalSize(width: 120, height: 40), language: .zh,
                             theme: Theme.make(tier: .xterm256), now: workload.reference,
                             session: SessionInfo(dataLabel: "zugong-bench", user: "bench", readOnly: false))
        state.tab = .grid
        let terminal = MemoryTerminal(width: 120, height: 40)
        let loop = AppLoop(terminal: terminal, state: state, store: store, clock: { workload.reference })
        var times: [Double] = []
        for _ in 0..<5 {
            terminal.send([.key(.char("t"))])
            terminal.type("已回访")
            _ = loop.run()
            terminal.send([.key(.enter)])
            times.append(Stopwatch.time { _ = loop.run() }.seconds)
        }
        return Stopwatch.median(times)
    }

    /// A note on a ticket spread over the data set.
    private func note(_ i: Int, in dataset: Dataset) -> Change {
        let ticket = dataset.tickets[(i &* 7_919) % dataset.tickets.count]
        return Change(recordID: ticket.id, operation: .note(text: "已电话回访居民 · called the resident back (\(i))"))
    }
}

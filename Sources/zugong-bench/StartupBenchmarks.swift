import Domain
import Foundation
import Store

/// Issue 11: a fresh process to its first interactive frame at several sizes, beside python's
/// `json.load` of the same snapshot and the floor of reading its bytes; and, at the middle size,
/// the command-line reads and writes that each open the data.
struct StartupBenchmarks {
    let quick: Bool
    /// Fresh processes per figure; the median is reported.
    let runs = 3

    private var sizes: [Int] { quick ? [10_000] : [10_000, 100_000, 300_000] }
    private var commandSize: Int { quick ? 10_000 : 100_000 }

    /// The first-frame limit at each size, in seconds.
    private static func frameLimit(_ tickets: Int) -> Double? {
        [10_000: 0.08, 100_000: 0.4, 300_000: 1.2][tickets]
    }

    func run() throws -> (figures: [Figure], notes: [String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zugong-bench-startup-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        var figures: [Figure] = []
        for tickets in sizes {
            let directory = root.appendingPathComponent("\(tickets)")
            let reference = Timestamp.date(year: 2018, month: 11, day: 20)
            try DataStore.create(at: directory, dataset: Dataset.generate(tickets: tickets, cadres: tickets / 10, seed: 7, reference: reference))
            figures += try startup(directory, tickets: tickets)
            if tickets == commandSize { figures += try commands(directory, tickets: tickets) }
            try FileManager.default.removeItem(at: directory)
        }
        let notes = [
            "first frame: the parent spawns `zugong-bench \(ProcessProbe.firstFrameFlag) DIR`; the child opens the data read-only, builds the dashboard at 160×50, draws the overview, answers the key 3 by drawing the queue, notes the monotonic clock (the frame's figure is spawn to then), prints getrusage and VmHWM, and exits (the whole process's figure is spawn to exit)",
            "commands: `zugong-bench \(ProcessProbe.cliFlag) ARGS` runs the same ZugongCLI.main as `zugong`, stdout discarded; data generated with seed 7, cadres a tenth of the tickets",
            "python3 CPU: time.process_time() around json.load; the floor: python3's open(P, \"rb\").read() of the same file",
        ]
        return (figures, notes)
    }

    private func startup(_ directory: URL, tickets: Int) throws -> [Figure] {
        let snapshot = directory.appendingPathComponent("snapshot.json").path
        let bytes = Double((try FileManager.default.attributesOfItem(atPath: snapshot)[.size] as? Int) ?? 0)
        var probes: [ProcessProbe] = []
        var pythons: [PythonProbe] = []
        for _ in 0..<runs {
            probes.append(try ProcessProbe.measure([ProcessProbe.firstFrameFlag, directory.path]))
            if let python = try PythonProbe.measure(snapshot: snapshot) { pythons.append(python) }
        }
        let data = "\(grouped(tickets)) tickets, snapshot \(String(format: "%.0f", bytes / 1e6)) MB"
        let seconds = Stopwatch.median(probes.compactMap(\.frameSeconds))
        let process = Stopwatch.median(probes.map(\.seconds))
        let cpu = Stopwatch.median(probes.map(\.cpuSeconds))
        let peak = Stopwatch.median(probes.map(\.peakBytes)) / 1e6
        let python = pythons.isEmpty ? nil : (seconds: Stopwatch.median(pythons.map(\.seconds)),
                                              cpu: Stopwatch.median(pythons.map(\.cpuSeconds)),
                                              read: Stopwatch.median(pythons.map(\.readSeconds)))
        let limit = Self.frameLimit(tickets) ?? .infinity
        var frameTarget = String(format: "≤ %.2f s", limit)
        var frameMet = seconds <= limit
        if let python {
            frameTarget += String(format: " and ≤ 0.15× python = %.2f s", 0.15 * python.seconds)
            frameMet = frameMet && seconds <= 0.15 * python.seconds
        }
        let memoryLimit = tickets <= 10_000 ? 150 : 1.3 * bytes / 1e6
        var figures = [
            Figure(name: "first interactive frame (spawn → overview → key → queue)", data: data, value: seconds, unit: .seconds,
                   runs: runs, target: Figure.Target(text: frameTarget, met: frameMet)),
            Figure(name: "  whole process (spawn → … → exit)", data: data, value: process, unit: .seconds, runs: runs),
            Figure(name: "  per ticket", data: data, value: seconds / Double(tickets) * 1e6, unit: .microseconds, runs: runs),
            Figure(name: "  CPU seconds (user + system)", data: data, value: cpu, unit: .seconds, runs: runs,
                   target: python.map { Figure.Target(text: String(format: "≤ 0.3× python = %.2f s", 0.3 * $0.cpu), met: cpu <= 0.3 * $0.cpu) }),
            Figure(name: "  peak memory (VmHWM)", data: data, value: peak, unit: .megabytes, runs: runs,
                   target: Figure.Target(text: tickets <= 10_000 ? "≤ 150 MB" : String(format: "≤ 1.3× snapshot = %.0f MB", memoryLimit),
                                         met: peak <= memoryLimit)),
        ]
        if let python {
            figures += [
                Figure(name: "  python3 json.load (wall / CPU)", data: String(format: "CPU %.2f s", python.cpu), value: python.seconds,
                       unit: .seconds, runs: pythons.count),
                Figure(name: "  floor: python3 read() of the bytes", data: data, value: python.read, unit: .seconds, runs: pythons.count),
            ]
        }
        return figures
    }

    /// Each command opens the data afresh, as a script calling zugong does.
    private func commands(_ directory: URL, tickets: Int) throws -> [Figure] {
        let data = ["--data", directory.path]
        let store = try DataStore.open(at: directory, readOnly: true)
        let ids = store.dataset.tickets.filter(\.isOpen).prefix(10_000).map(\.id)
        let notes = directory.deletingLastPathComponent().appendingPathComponent("notes-\(tickets).jsonl")
        try Data(ids.enumerated().map { i, id in #"{"op":"note","record":"\#(id)","fields":{"text":"bench note \#(i)"}}"# + "\n" }
            .joined().utf8).write(to: notes)
        func figure(_ name: String, _ arguments: [String], limit: Double, memory: Double? = nil, runs: Int = runs) throws -> Figure {
            let probes = try (0..<runs).map { _ in try ProcessProbe.measure([ProcessProbe.cliFlag] + arguments + data) }
            let seconds = Stopwatch.median(probes.map(\.seconds))
            let peak = Stopwatch.median(probes.map(\.peakBytes)) / 1e6
            var target = String(format: "≤ %.1f s", limit)
            var met = seconds <= limit
            if let memory {
                target += String(format: " and ≤ %.0f MB", memory)
                met = met && peak <= memory
            }
            return Figure(name: name, data: String(format: "%@ tickets; peak %.0f MB", grouped(tickets), peak), value: seconds,
                          unit: .seconds, runs: runs, target: Figure.Target(text: target, met: met))
        }
        return [
            try figure("zugong tickets list --json", ["tickets", "list", "--json"], limit: 1),
            try figure("zugong tickets list --csv", ["tickets", "list", "--csv"], limit: 1),
            try figure("zugong export open311", ["export", "open311"], limit: 1),
            try figure("zugong ticket note ID TEXT (one write)", ["ticket", "note", ids[0], "bench note"], limit: 0.2, memory: 100),
            try figure("zugong apply FILE (\(grouped(ids.count)) notes, one lock)", ["apply", notes.path], limit: 2, runs: 1),
        ]
    }
}

import Foundation

// zugong-bench [--quick]: the performance figures of docs/performance.md.
// Hidden child modes: --measure-open DIR (OpenProbe), --first-frame DIR and --cli ARGS (ProcessProbe).

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == OpenProbe.flag, arguments.count == 2 {
    do {
        try OpenProbe.runChild(directory: arguments[1])
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("zugong-bench: \(error)\n".utf8))
        exit(1)
    }
}

if arguments.first == ProcessProbe.firstFrameFlag, arguments.count == 2 {
    do {
        try ProcessProbe.runFirstFrame(directory: arguments[1])
    } catch {
        FileHandle.standardError.write(Data("zugong-bench: \(error)\n".utf8))
        exit(1)
    }
}
if arguments.first == ProcessProbe.cliFlag {
    ProcessProbe.runCLI(Array(arguments.dropFirst()))
}

let usage = "usage: zugong-bench [--quick]   (--quick: 10,000 tickets instead of 100,000)"
guard arguments.allSatisfy({ $0 == "--quick" }) else {
    FileHandle.standardError.write(Data((arguments.contains("--help") ? usage : "zugong-bench: unknown option \(arguments[0])\n" + usage).utf8 + [0x0A]))
    exit(arguments.contains("--help") ? 0 : 2)
}

/// "0.52 0.61 0.70": the 1-, 5- and 15-minute load averages.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

let started = ContinuousClock.now
let startLoad = loadAverage()
let workload = Workload(quick: arguments.contains("--quick"))
var table = FigureTable()
do {
    table.add("Rendering (issue 2)", RenderBenchmarks(workload: workload).run())
    let queue = QueueBenchmarks(workload: workload).run()
    table.add("Queue (issue 4)", queue.figures + (try CursorMoveBenchmark(workload: workload).run()),
              notes: queue.notes + ["bytes: NcursesTerminal.headless (xterm-256color, output to a temp file) draws the grid frame; bytesWritten is the file's growth across one reduce + render + draw"])
    let dashboards = try DashboardBenchmarks(workload: workload).run()
    table.add("Dashboards (issue 9)", dashboards.figures, notes: dashboards.notes)
    let cadres = CadreBenchmarks(workload: workload).run()
    table.add("Cadres and report cards (issue 8)", cadres.figures, notes: cadres.notes)
    let store = try StoreBenchmarks(workload: workload).run()
    table.add("Store (issue 3)", store.figures, notes: store.notes)
    let startup = try StartupBenchmarks(quick: arguments.contains("--quick")).run()
    table.add("Start-up and command-line at size (issue 11)", startup.figures, notes: startup.notes)
} catch {
    FileHandle.standardError.write(Data("zugong-bench: \(error)\n".utf8))
    exit(1)
}

print("zugong-bench: \(workload.ticketsText), \(grouped(workload.cadres)) cadres, \(grouped(workload.journalLines)) journal lines; release build")
print(String(format: "generated in %.2f s; load average %@ at start, %@ at end; %.0f s in all",
             workload.generateSeconds, startLoad, loadAverage(), Stopwatch.seconds(ContinuousClock.now - started)))
print(table.printed())
let missed = table.missed
print("\n" + (missed.isEmpty ? "every target met" : "\(missed.count) figures miss their target (NOT MET above)"))

import App
import Foundation
import Store
import TermUI

/// A whole fresh process, timed from spawn to exit by the parent, with the CPU time and peak
/// memory the child reports, and for a first frame when the child had it drawn (the system's
/// monotonic clock is one for both). The child is this benchmark re-executed in one of two modes:
/// `--first-frame DIR` (open the data, draw the overview, press 3, draw the queue, exit) and
/// `--cli ARGS…` (run a zugong command, its output thrown away).
struct ProcessProbe {
    static let firstFrameFlag = "--first-frame"
    static let cliFlag = "--cli"

    var seconds: Double
    var cpuSeconds: Double
    var peakBytes: Double
    /// Spawn to the first frame with its key answered; nil for a command.
    var frameSeconds: Double?

    static func measure(_ arguments: [String]) throws -> ProcessProbe {
        let start = Stopwatch.monotonicSeconds()
        let output = try ChildProcess.output(ChildProcess.current, arguments)
        let seconds = Stopwatch.monotonicSeconds() - start
        let f = ChildProcess.fields(output)
        guard let cpu = f["cpu"], let peak = f["peak"] else { throw BenchError("\(arguments.first ?? ""): unreadable output") }
        return ProcessProbe(seconds: seconds, cpuSeconds: cpu, peakBytes: peak, frameSeconds: f["frame"].map { $0 - start })
    }

    /// The first interactive frame: the overview drawn with every count, then a key answered by
    /// the queue drawn. Exits at once, as a user's first frame does not wait for teardown.
    static func runFirstFrame(directory: String) throws -> Never {
        let store = try DataStore.open(at: URL(fileURLWithPath: directory), readOnly: true)
        let state = AppState(dataset: store.dataset, size: TerminalSize(width: 160, height: 50), language: .zh,
                             theme: Theme.make(tier: .xterm256), now: Date(),
                             session: SessionInfo(dataLabel: directory, user: "bench", readOnly: true))
        let terminal = MemoryTerminal(width: 160, height: 50)
        terminal.send([.key(.char("3"))])
        _ = AppLoop(terminal: terminal, state: state, store: store).run()
        let drawn = Stopwatch.monotonicSeconds()
        guard terminal.text.contains("T-") else { throw BenchError("\(firstFrameFlag): the queue shows no ticket") }
        report(frame: drawn)
    }

    /// A command as `zugong` runs it, stdout not a terminal, its output discarded, the stores it
    /// opens held until the exit as `zugong` holds them.
    static func runCLI(_ arguments: [String]) -> Never {
        let discard = CommandOutput(out: { _ in }, err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }, outPieces: { _ in })
        var kept: [AnyObject] = []
        let code = ZugongCLI.main(arguments: arguments, environment: ProcessInfo.processInfo.environment.merging(["LANG": "en_US.UTF-8"]) { $1 },
                                  stdoutIsTerminal: false, output: discard, keepUntilExit: { kept.append($0) }) { _ in 2 }
        guard code == 0 else { exit(code) }
        withExtendedLifetime(kept) { report() }
    }

    /// `cpu=… peak=…` on stdout: user plus system seconds, and VmHWM; `frame=…` when the first
    /// frame was drawn, on the monotonic clock.
    private static func report(frame: Double? = nil) -> Never {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let drawn = frame.map { " frame=\($0)" } ?? ""
        FileHandle.standardOutput.write(Data("cpu=\(cpu) peak=\(OpenProbe.memory("VmHWM"))\(drawn)\n".utf8))
        exit(0)
    }
}

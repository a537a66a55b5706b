import Foundation
import PseudoTerminal
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real binary again and again on one data folder with random input, and notes every
/// run that crashes, hangs (no output and no CPU while input waits) or leaves the terminal's
/// modes changed, with the steps that led there.
final class FuzzSession {
    struct Totals {
        var runs = 0
        var steps = 0
        var bytes = 0
        var resizes = 0
        var bursts = 0
        var failures: [String] = []
    }

    let binary: String
    let data: String
    let records: String
    var generator: InputGenerator
    var totals = Totals()
    private let environment: [String: String] = ["TERM": "xterm-256color", "LANG": "zh_CN.UTF-8", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"]
    /// The steps of the current run, as `bytes HEX`, `resize W H` and `burst HEX` lines.
    private var log: [String] = []

    init(binary: String, data: String, records: String, seed: UInt64) {
        self.binary = binary
        self.data = data
        self.records = records
        generator = InputGenerator(seed: seed)
    }

    private static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    private static func bytes(_ hex: Substring) -> [UInt8] {
        var out: [UInt8] = []
        var index = hex.startIndex
        while let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), index < hex.endIndex {
            if let byte = UInt8(hex[index..<next], radix: 16) { out.append(byte) }
            index = next
        }
        return out
    }

    /// Starts the program and waits for its first screen.
    private func start(width: Int, height: Int) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(executable: binary, arguments: ["--data", data], environment: environment, width: width, height: height)
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline, terminal.drain() == 0, terminal.exited() == nil { usleep(20_000) }
        totals.runs += 1
        log = ["size \(width) \(height)"]
        return terminal
    }

    /// Sends one step; true while the program should still be running.
    private func send(_ step: InputGenerator.Step, to terminal: PseudoTerminal) -> Bool {
        totals.steps += 1
        switch step {
        case .bytes(let bytes, _):
            log.append("bytes " + Self.hex(bytes))
            totals.bytes += bytes.count
            return terminal.write(bytes)
        case .resize(let width, let height):
            log.append("resize \(width) \(height)")
            totals.resizes += 1
            terminal.resize(width: width, height: height)
            return true
        case .signalBurst(let bytes):
            log.append("burst " + Self.hex(bytes))
            totals.bursts += 1
            terminal.write(bytes)
            return false
        }
    }

    /// Whether the program still answers: a resize must bring a repaint within a few seconds.
    private func answers(_ terminal: PseudoTerminal) -> Bool {
        _ = terminal.drain()
        let ticks = terminal.cpuTicks()
        terminal.resize(width: max(1, terminal.width == 120 ? 121 : 120), height: max(1, terminal.height))
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if terminal.drain() > 0 || terminal.exited() != nil { return true }
            usleep(20_000)
        }
        // Busy is slow, not hung; asleep with input waiting and no output is a hang.
        return terminal.cpuTicks() > ticks + 100
    }

    /// Waits for the program to end; nil when it does not within `seconds`.
    private func ending(_ terminal: PseudoTerminal, within seconds: Double) -> PseudoTerminal.Ending? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            _ = terminal.drain()
            if let end = terminal.exited() { return end }
            usleep(20_000)
        }
        return nil
    }

    private func fail(_ reason: String, run: Int) {
        let file = "\(records)/fuzz-run-\(run).log"
        let text = (["# \(reason)"] + log.suffix(300)).joined(separator: "\n") + "\n"
        try? text.write(toFile: file, atomically: true, encoding: .utf8)
        totals.failures.append("run \(run): \(reason) (steps in \(file))")
    }

    /// Checks how a run ended and the modes it left. `burst` when a signal burst ended it.
    private func judge(_ terminal: PseudoTerminal, _ end: PseudoTerminal.Ending?, expected: Bool, baseline: termios?) {
        let run = totals.runs
        guard let end else {
            fail("did not end within 10 s of the keys that end it (state \(terminal.state()))", run: run)
            kill(terminal.pid, SIGKILL)
            _ = ending(terminal, within: 5)
            return
        }
        // After a burst: 130 from the dashboard's own exit, or SIGINT's default action when it
        // lands while the program is already on its way out (a `q` just before), or SIGQUIT's.
        let fine: [PseudoTerminal.Ending] = [.code(0), .code(130), .signal(SIGINT), .signal(SIGQUIT), .code(128 + Int(SIGQUIT))]
        if !fine.contains(end) || (!expected && end != .code(0)) { fail("ended unexpectedly: \(end)", run: run) }
        if let now = terminal.modes(), let before = baseline,
           (now.c_lflag & tcflag_t(ICANON | ECHO | ISIG)) != (before.c_lflag & tcflag_t(ICANON | ECHO | ISIG))
            || (now.c_iflag & tcflag_t(IXON | ICRNL)) != (before.c_iflag & tcflag_t(IXON | ICRNL))
            || (now.c_oflag & tcflag_t(OPOST)) != (before.c_oflag & tcflag_t(OPOST)) {
            fail("left the terminal's modes changed (\(end))", run: run)
        }
    }

    /// One run: random steps until a burst ends it, a `q` quits it, or `steps` have gone, then `q`.
    func run(steps: Int, until deadline: Date) throws {
        let width = generator.random.int(60...220), height = generator.random.int(16...70)
        let terminal = try start(width: width, height: height)
        let baseline = PseudoTerminal.freshModes()
        for index in 0..<steps where Date() < deadline {
            let step = generator.next(allowQuit: true)
            let running = send(step, to: terminal)
            _ = terminal.drain()
            if !running {
                judge(terminal, ending(terminal, within: 10), expected: true, baseline: baseline)
                return
            }
            if let end = terminal.exited() {
                // A `q` among the keys quits: that is an ending like any other.
                judge(terminal, end, expected: false, baseline: baseline)
                return
            }
            if index % 150 == 149, !answers(terminal) {
                fail("hung: no output and no CPU for 5 s with input waiting (state \(terminal.state()))", run: totals.runs)
                kill(terminal.pid, SIGKILL)
                _ = ending(terminal, within: 5)
                return
            }
        }
        // Leave as a user would: Esc out of any form, then quit.
        terminal.write([0x1B])
        usleep(100_000)
        terminal.write([0x1B, 0x71])
        usleep(50_000)
        terminal.write([0x71])
        judge(terminal, ending(terminal, within: 10) ?? forceEnd(terminal), expected: true, baseline: baseline)
    }

    /// A program that ignores q after Esc (a text field may take it) gets Ctrl-C.
    private func forceEnd(_ terminal: PseudoTerminal) -> PseudoTerminal.Ending? {
        terminal.write([0x03])
        return ending(terminal, within: 10)
    }

    /// Sends a recorded run's steps again and says how it ended.
    func replay(_ file: String) throws -> String {
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        var width = 120, height = 40
        if let size = lines.first(where: { $0.hasPrefix("size ") })?.split(separator: " "), size.count == 3 {
            width = Int(size[1]) ?? width
            height = Int(size[2]) ?? height
        }
        let terminal = try start(width: width, height: height)
        let baseline = PseudoTerminal.freshModes()
        for line in lines {
            let parts = line.split(separator: " ")
            guard parts.count >= 2 else { continue }
            switch parts[0] {
            case "bytes": terminal.write(Self.bytes(parts[1]))
            case "burst": terminal.write(Self.bytes(parts[1]))
            case "resize": terminal.resize(width: Int(parts[1]) ?? width, height: Int(parts.count > 2 ? parts[2] : "24") ?? height)
            default: continue
            }
            _ = terminal.drain()
            usleep(2_000)
        }
        let end = ending(terminal, within: 10)
        judge(terminal, end, expected: true, baseline: baseline)
        if end == nil { return "still running 10 s after the last step" }
        return end.map(\.description) ?? "?"
    }
}

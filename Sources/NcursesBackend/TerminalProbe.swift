import TermUI
#if canImport(Glibc)
import Glibc
#endif

/// Asks the terminal itself, before curses starts: each sample is printed at the start of the
/// line and followed by a cursor position report request (`ESC[6n`), whose answer `ESC[row;colR`
/// says how wide the terminal drew it; then DECRQM for mode 2026 (synchronized output); then a
/// primary device attributes request (`ESC[c`), which every terminal answers, so its answer marks
/// the end and a terminal that ignores the rest costs one round trip, not a timeout. Everything is
/// sent in one write, which over SSH is one round trip. The line is cleared afterwards.
public enum TerminalProbe {
    /// Measures the terminal on `input`/`output` (both a tty), waiting at most `timeoutMilliseconds`
    /// for the answers (every terminal in use answers the device attributes at once, so the wait
    /// is a round trip; the limit is for a slow link, whose late answers would otherwise reach
    /// the dashboard as keys). Nil when they are not a terminal or nothing answered.
    public static func measure(input: Int32, output: Int32, timeoutMilliseconds: Int = 500) -> TerminalMeasurement? {
        guard isatty(input) == 1, isatty(output) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return nil }
        defer { tcsetattr(input, TCSANOW, &saved) }

        var query = ""
        for probe in TerminalMeasurement.probes { query += "\r" + probe + "\u{1B}[6n" }
        query += "\r\u{1B}[K\u{1B}[?2026$p\u{1B}[c"
        guard writeAll(Array(query.utf8), to: output) else { return nil }
        let answers = read(from: input, timeoutMilliseconds: timeoutMilliseconds)
        let parsed = parse(answers)
        guard parsed.finished || !parsed.columns.isEmpty else { return nil }
        // Whatever answered, the line the samples were printed on is left clean.
        _ = writeAll(Array("\r\u{1B}[K".utf8), to: output)
        let samples = TerminalMeasurement.probes.enumerated().map { i, probe in
            TerminalMeasurement.Sample(text: probe, columns: i < parsed.columns.count ? parsed.columns[i] - 1 : nil)
        }
        return TerminalMeasurement(samples: samples, synchronizedOutput: parsed.synchronized)
    }

    /// The answers in `bytes`: the cursor columns of each position report in order, what the
    /// mode report said of mode 2026, and whether the device attributes answer (the end) came.
    static func parse(_ bytes: [UInt8]) -> (columns: [Int], synchronized: TerminalMeasurement.Support, finished: Bool) {
        var columns: [Int] = []
        var synchronized = TerminalMeasurement.Support.unknown
        var finished = false
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x1B, i + 1 < bytes.count, bytes[i + 1] == 0x5B else { i += 1; continue }
            var j = i + 2
            while j < bytes.count, (0x20...0x3F).contains(bytes[j]) { j += 1 }
            guard j < bytes.count else { break }
            let body = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
            switch bytes[j] {
            case 0x52: // R: ESC [ row ; col R
                let parts = body.split(separator: ";")
                if parts.count == 2, let column = Int(parts[1]) { columns.append(column) }
            case 0x79: // y: ESC [ ? 2026 ; Ps $ y
                if body.hasPrefix("?2026;") {
                    let value = body.dropFirst(6).prefix { $0.isNumber }
                    synchronized = ["1", "2", "3"].contains(value) ? .supported : .unsupported
                }
            case 0x63 where body.hasPrefix("?"): // c: ESC [ ? … c
                finished = true
                if synchronized == .unknown { synchronized = .unsupported }
            default:
                break
            }
            i = j + 1
        }
        return (columns, synchronized, finished)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    /// What arrives until the device attributes answer or the timeout.
    private static func read(from descriptor: Int32, timeoutMilliseconds: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 256)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(timeoutMilliseconds))
        while clock.now < deadline, !parse(bytes).finished, SignalMonitor.pendingSignal == nil {
            let left = clock.now.duration(to: deadline)
            let wait = Int32(max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard Glibc.poll(&ready, 1, wait) > 0 else { continue }
            let n = Glibc.read(descriptor, &chunk, chunk.count)
            if n < 0, errno == EINTR || errno == EAGAIN { continue }
            guard n > 0 else { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }
}

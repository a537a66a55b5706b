import Foundation
import Store

/// `DataStore.open` measured in a fresh process, so its peak resident memory (`VmHWM`) is the
/// open's own and not the benchmark's. The benchmark re-executes itself with `--measure-open DIR`.
struct OpenProbe {
    static let flag = "--measure-open"

    var seconds: Double
    var statistics: LoadStatistics
    /// Peak resident bytes of the process after the open, and before it (the runtime alone).
    var peakBytes: Double
    var baselineBytes: Double

    /// The child's side: opens read-only and prints one line of `key=value` fields.
    static func runChild(directory: String) throws {
        let baseline = memory("VmHWM")
        let (seconds, store) = try Stopwatch.time { try DataStore.open(at: URL(fileURLWithPath: directory), readOnly: true) }
        let s = store.loadStatistics
        print("seconds=\(seconds) read=\(s.readSeconds) decode=\(s.decodeSeconds) replay=\(s.replaySeconds)",
              "events=\(s.events) snapshot=\(s.snapshotBytes) journal=\(s.journalBytes)",
              "peak=\(memory("VmHWM")) baseline=\(baseline)")
        withExtendedLifetime(store) {}
    }

    /// The parent's side: one open in a child process.
    static func measure(directory: String) throws -> OpenProbe {
        let f = ChildProcess.fields(try ChildProcess.output(ChildProcess.current, [flag, directory]))
        guard let seconds = f["seconds"], let peak = f["peak"] else { throw BenchError("\(flag): unreadable output") }
        var statistics = LoadStatistics()
        statistics.readSeconds = f["read"] ?? 0
        statistics.decodeSeconds = f["decode"] ?? 0
        statistics.replaySeconds = f["replay"] ?? 0
        statistics.events = Int(f["events"] ?? 0)
        statistics.snapshotBytes = Int(f["snapshot"] ?? 0)
        statistics.journalBytes = Int(f["journal"] ?? 0)
        return OpenProbe(seconds: seconds, statistics: statistics, peakBytes: peak, baselineBytes: f["baseline"] ?? 0)
    }

    /// A `kB` line of /proc/self/status, in bytes.
    static func memory(_ key: String) -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
            let kilobytes = line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}

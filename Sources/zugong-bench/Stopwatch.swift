import Foundation

/// Times code with the monotonic clock. Each timed call is measured on its own and the median is
/// reported, so one slow run (another engineer's build on the shared cores) does not move it.
enum Stopwatch {
    /// Seconds `body` took, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (seconds(clock.now - start), result)
    }

    /// The median seconds of `runs` calls, after `warmup` untimed ones. Results are kept alive so
    /// the optimizer cannot drop the work.
    static func median<T>(runs: Int, warmup: Int = 1, _ body: () -> T) -> Double {
        for _ in 0..<warmup { withExtendedLifetime(body()) {} }
        let times = (0..<max(1, runs)).map { _ in
            let (seconds, result) = time(body)
            withExtendedLifetime(result) {}
            return seconds
        }
        return Self.median(times)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `CLOCK_MONOTONIC` in seconds: one clock for a parent and its child, to time an event in
    /// the child from the parent's spawn.
    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

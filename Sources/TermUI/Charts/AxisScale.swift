import Foundation

/// A value axis with round tick values (steps of 1, 2 or 5 times a power of ten) covering a range:
/// what makes "0, 250k, 500k, 750k" rather than "0, 233,333, 466,667".
public struct AxisScale: Equatable, Sendable {
    public var low: Double
    public var high: Double
    public var step: Double

    /// A scale from `low` to `high` (swapped when reversed; widened when equal) with about `ticks`
    /// ticks, bounds moved out to whole steps.
    public init(low: Double, high: Double, ticks: Int) {
        var lo = min(low, high), hi = max(low, high)
        if hi == lo {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        let raw = (hi - lo) / Double(max(1, ticks - 1))
        let magnitude = pow(10, floor(log10(raw)))
        let nice = [1.0, 2, 2.5, 5, 10].first { $0 * magnitude >= raw * 0.999 } ?? 10
        step = nice * magnitude
        self.low = floor(lo / step + 1e-9) * step
        self.high = ceil(hi / step - 1e-9) * step
        if self.high == self.low { self.high += step }
    }

    /// Of the scales with 2…`maxTicks` ticks, the one whose bounds hug the values closest (the
    /// fewest ticks among equals): 0–6 in steps of 2 rather than 0–10 in steps of 5.
    public static func tightest(low: Double, high: Double, maxTicks: Int) -> AxisScale {
        (2...max(2, maxTicks)).map { AxisScale(low: low, high: high, ticks: $0) }
            .min { ($0.high - $0.low, $0.ticks.count) < ($1.high - $1.low, $1.ticks.count) } ?? AxisScale(low: low, high: high, ticks: 2)
    }

    /// The tick values from low to high.
    public var ticks: [Double] {
        let count = Int(((high - low) / step).rounded())
        return (0...max(0, count)).map { low + Double($0) * step }
    }

    /// Where a value sits between low (0) and high (1).
    public func share(_ value: Double) -> Double { (value - low) / (high - low) }
}

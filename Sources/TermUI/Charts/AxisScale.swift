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

    /// The scale for a plot `rows` high: of those with 2…rows+1 ticks, the one whose bounds hug
    /// the values closest (0–6 in steps of 2 rather than 0–10 in steps of 5), then one whose every
    /// tick falls on a row (labels evenly spaced), then the most labelled ticks, then the fewest.
    public static func tightest(low: Double, high: Double, rows: Int) -> AxisScale {
        let candidates = (2...max(2, rows + 1)).map { AxisScale(low: low, high: high, ticks: $0) }
        func key(_ scale: AxisScale) -> (Double, Int, Int, Int) {
            let regular = scale.ticks.allSatisfy { scale.fallsOnRow($0, rows: rows) }
            return (scale.high - scale.low, regular ? 0 : 1, -scale.labelledTicks(rows: rows), scale.ticks.count)
        }
        return candidates.min { key($0) < key($1) } ?? AxisScale(low: low, high: high, ticks: 2)
    }

    /// Whether a tick lands exactly on one of `rows` rows (its label would be true there).
    public func fallsOnRow(_ value: Double, rows: Int) -> Bool {
        let exact = share(value) * Double(max(1, rows - 1))
        return abs(exact - exact.rounded()) < 0.2
    }

    /// How many ticks get a label: those on rows, when no two are closer than two rows; else the ends.
    func labelledTicks(rows: Int) -> Int {
        let onRows = ticks.filter { fallsOnRow($0, rows: rows) }.map { (share($0) * Double(max(1, rows - 1))).rounded() }
        let crowded = zip(onRows, onRows.dropFirst()).contains { $1 - $0 < 2 }
        return crowded ? min(2, onRows.count) : onRows.count
    }

    /// The tick values from low to high.
    public var ticks: [Double] {
        let count = Int(((high - low) / step).rounded())
        return (0...max(0, count)).map { low + Double($0) * step }
    }

    /// Where a value sits between low (0) and high (1).
    public func share(_ value: Double) -> Double { (value - low) / (high - low) }
}

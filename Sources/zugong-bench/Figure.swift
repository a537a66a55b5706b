import Foundation

/// One measured figure as the report prints it.
struct Figure {
    enum Unit: String {
        case microseconds = "µs"
        case milliseconds = "ms"
        case seconds = "s"
        case bytes = "bytes"
        case megabytes = "MB"
        case cells = "cells"
    }

    /// A goal and whether the figure meets it.
    struct Target {
        var text: String
        var met: Bool

        static func below(_ limit: Double, _ text: String, _ value: Double) -> Target {
            Target(text: text, met: value < limit)
        }
    }

    var name: String
    /// The data the figure was taken on (rows, screen size, matches…).
    var data: String
    var value: Double
    var unit: Unit
    /// Timed runs the value is the median of (1 for a single measurement or a count).
    var runs: Int
    var target: Target?

    var valueText: String {
        switch unit {
        case .bytes, .cells: return grouped(Int(value.rounded()))
        case .megabytes: return String(format: "%.1f", value)
        case .microseconds, .milliseconds, .seconds:
            if value >= 100 { return String(format: "%.1f", value) }
            if value >= 10 { return String(format: "%.2f", value) }
            return String(format: "%.3f", value)
        }
    }
}

/// 100000 → "100,000".
func grouped(_ number: Int) -> String {
    let digits = Array(String(abs(number)))
    var text = ""
    for (i, digit) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { text.append(",") }
        text.append(digit)
    }
    return (number < 0 ? "-" : "") + text
}

import Foundation

/// A half-open time span `[start, end)`, so consecutive days or months never count a moment twice.
public struct Period: Sendable, Hashable {
    public var start: Date
    public var end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    /// The `days` days up to `end`.
    public static func days(_ days: Int, endingAt end: Date) -> Period {
        Period(start: end.addingTimeInterval(-Double(days) * 86_400), end: end)
    }

    public func contains(_ date: Date) -> Bool { date >= start && date < end }
}

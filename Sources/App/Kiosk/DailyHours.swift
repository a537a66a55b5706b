import Foundation

/// The hours of the day a kiosk shows the dashboard, `08:00-18:00` in the display zone; outside
/// them it shows a dim clock to spare the projector. A range may run past midnight (`20:00-02:00`).
public struct DailyHours: Equatable, Sendable {
    /// Minutes after midnight.
    public var start: Int
    public var end: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Self.minutes(parts[0]), let end = Self.minutes(parts[1]), start != end else { return nil }
        self.start = start
        self.end = end
    }

    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 24 * 60 else { return nil }
        return h * 60 + m
    }

    /// Whether `date` falls within the hours, read in `zone`.
    public func contains(_ date: Date, in zone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        let now = (c.hour ?? 0) * 60 + (c.minute ?? 0)
        return start < end ? (start <= now && now < end) : (now >= start || now < end)
    }

    public var text: String { Self.clock(start) + "–" + Self.clock(end) }

    private static func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
}

import Foundation
import Domain

/// Number and time formatting shared by the panels, the same in every locale.
public enum Format {
    /// Exactly `decimals` digits after the point, so a column of scores lines up: 82 → "82.0".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(max(0, decimals))f", value)
    }

    /// A span of time in the largest fitting unit, short for a column: "3天", "5时", "12分" /
    /// "3d", "5h", "12m" (negative spans get a minus).
    public static func duration(_ seconds: TimeInterval, _ language: Language) -> String {
        let sign = seconds < 0 ? "-" : ""
        let s = abs(seconds)
        let units = language == .zh ? ("天", "时", "分") : ("d", "h", "m")
        if s >= 86_400 { return sign + "\(Int(s / 86_400))" + units.0 }
        if s >= 3_600 { return sign + "\(Int(s / 3_600))" + units.1 }
        return sign + "\(Int(s / 60))" + units.2
    }

    /// The same span in words, for sentences rather than columns: "17天" / "17 days", "5小时" /
    /// "5 hours", "1 min". Always positive; the sentence says whether it is past or left.
    public static func spokenDuration(_ seconds: TimeInterval, _ language: Language) -> String {
        let s = abs(seconds)
        let (count, zh, en): (Int, String, String) =
            s >= 86_400 ? (Int(s / 86_400), "天", "day") : s >= 3_600 ? (Int(s / 3_600), "小时", "hour") : (Int(s / 60), "分钟", "min")
        switch language {
        case .zh: return "\(count)\(zh)"
        case .en: return "\(count) " + en + (count == 1 || en == "min" ? "" : "s")
        }
    }

    /// "2026-11-29 14:05" in UTC+8, the city's time.
    public static func dateTime(_ date: Date, _ zone: TimeZone = cityTimeZone) -> String {
        let c = calendar(zone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// A moment near `now`, as short as it can be: "14:05" today, "11-29 14:05" this year, else
    /// the whole date.
    public static func recent(_ date: Date, now: Date, _ zone: TimeZone = cityTimeZone) -> String {
        // Today's moments are most of a live feed: worked out from the zone's offset, without a calendar.
        let offset = Double(zone.secondsFromGMT(for: now))
        let local = date.timeIntervalSince1970 + offset, today = now.timeIntervalSince1970 + offset
        if floor(local / 86_400) == floor(today / 86_400) {
            let minutes = Int(local.truncatingRemainder(dividingBy: 86_400) / 60)
            return String(format: "%02d:%02d", minutes / 60, minutes % 60)
        }
        let calendar = calendar(zone)
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        if c.year == calendar.component(.year, from: now) { return String(format: "%02d-%02d ", c.month ?? 0, c.day ?? 0) + time }
        return dateTime(date, zone)
    }

    /// "14:05:09" (or "14:05" without seconds) in the city's time, for the status-bar clock.
    public static func clock(_ date: Date, _ zone: TimeZone = cityTimeZone, seconds: Bool = true) -> String {
        let c = calendar(zone).dateComponents([.hour, .minute, .second], from: date)
        return seconds ? String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
                       : String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// The city's zone (Wuhan, UTC+8), the default for the clock and dates.
    public static let cityTimeZone = Timestamp.cityTimeZone

    private static let cityCalendar = makeCalendar(cityTimeZone)

    private static func calendar(_ zone: TimeZone) -> Calendar { zone == cityTimeZone ? cityCalendar : makeCalendar(zone) }

    private static func makeCalendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// "UTC+8", "UTC−3:30", "UTC": how the status bar names the zone its clock shows at `date`.
    public static func zoneName(_ zone: TimeZone, at date: Date) -> String {
        let seconds = zone.secondsFromGMT(for: date)
        guard seconds != 0 else { return "UTC" }
        let sign = seconds > 0 ? "+" : "−"
        let minutes = abs(seconds) / 60
        return "UTC" + sign + String(minutes / 60) + (minutes % 60 == 0 ? "" : String(format: ":%02d", minutes % 60))
    }
}

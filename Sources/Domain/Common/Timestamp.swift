import Foundation

/// ISO 8601 timestamps in UTC with millisecond precision, by hand: `ISO8601DateFormatter` is
/// several times slower and the data sets hold hundreds of thousands of dates.
public enum Timestamp {
    /// The city's zone (Wuhan, UTC+8, no daylight saving since 1991): where days start for the daily
    /// figures, and the display zone unless the settings name another. A fixed offset, not
    /// "Asia/Shanghai": calendar arithmetic in a named zone is five times slower, and the daily
    /// figures do it for every ticket.
    public static let cityTimeZone = TimeZone(secondsFromGMT: 8 * 3_600) ?? .gmt

    /// Rounds to whole milliseconds, the precision of the encoding, so a value applied live equals
    /// the same value read back from a file.
    public static func normalized(_ date: Date) -> Date {
        let ms = (date.timeIntervalSince1970 * 1000).rounded()
        return Date(timeIntervalSince1970: ms / 1000)
    }

    /// `2018-10-01T08:00:00Z`, or `2018-10-01T08:00:00.250Z` when there are milliseconds.
    public static func format(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `format`'s UTF-8 bytes added to `bytes`, for writers that build bytes, not strings.
    public static func append(_ date: Date, to bytes: inout [UInt8]) {
        let totalMs = Int((date.timeIntervalSince1970 * 1000).rounded())
        let ms = totalMs.floorMod(1000)
        let seconds = totalMs.floorDiv(1000)
        let days = seconds.floorDiv(86_400)
        let secondOfDay = seconds.floorMod(86_400)
        let (year, month, day) = civil(days: days)
        func put(_ value: Int, width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(48 + value / divisor % 10))
                divisor /= 10
            }
        }
        put(year, width: 4)
        bytes.append(45)
        put(month, width: 2)
        bytes.append(45)
        put(day, width: 2)
        bytes.append(84)
        put(secondOfDay / 3600, width: 2)
        bytes.append(58)
        put(secondOfDay / 60 % 60, width: 2)
        bytes.append(58)
        put(secondOfDay % 60, width: 2)
        if ms != 0 {
            bytes.append(46)
            put(ms, width: 3)
        }
        bytes.append(90)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff…]]` with `Z` or `±HH:MM` (a missing zone
    /// means UTC). Fractions beyond milliseconds are rounded. Nil when malformed.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// `parse` on the UTF-8 bytes of the text, for readers that have the bytes and no string.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        if let date = parseCanonical(bytes) { return date }
        var i = 0
        let n = bytes.count
        func number(_ width: Int) -> Int? {
            guard i + width <= n else { return nil }
            var v = 0
            for k in 0..<width {
                let c = bytes[i + k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += width
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < n, bytes[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var seconds = 0
        var ms = 0
        if i < n {
            guard expect(84) || expect(116) || expect(32), let hour = number(2), expect(58),
                  let minute = number(2), hour < 24, minute < 60
            else { return nil }
            seconds = hour * 3600 + minute * 60
            if expect(58) {
                guard let second = number(2), second < 61 else { return nil }
                seconds += second
                if expect(46) || expect(44) {
                    var scale = 100_000_000
                    var nanos = 0
                    let start = i
                    while i < n, bytes[i] >= 48, bytes[i] <= 57 {
                        nanos += Int(bytes[i] - 48) * scale
                        scale /= 10
                        i += 1
                    }
                    guard i > start else { return nil }
                    ms = (nanos + 500_000) / 1_000_000
                }
            }
            if i < n {
                if expect(90) || expect(122) {
                } else if i < n, bytes[i] == 43 || bytes[i] == 45 {
                    let sign = bytes[i] == 43 ? 1 : -1
                    i += 1
                    guard let oh = number(2) else { return nil }
                    _ = expect(58)
                    guard let om = number(2), oh < 24, om < 60 else { return nil }
                    seconds -= sign * (oh * 3600 + om * 60)
                } else {
                    return nil
                }
            }
            guard i == n else { return nil }
        }
        let total = (days(year: year, month: month, day: day) * 86_400 + seconds) * 1000 + ms
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }

    /// The form `format` writes (`2018-10-01T08:00:00Z` or with `.250` before the `Z`), read
    /// without the general parser's steps: every snapshot date has it.
    private static func parseCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        let n = bytes.count
        guard n == 20 || n == 24, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58, bytes[16] == 58,
              bytes[n - 1] == 90, n == 20 || bytes[19] == 46
        else { return nil }
        func digits(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for i in start..<(start + count) {
                let digit = Int(bytes[i]) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2), let hour = digits(11, 2),
              let minute = digits(14, 2), let second = digits(17, 2), let ms = n == 24 ? digits(20, 3) : 0,
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60, second < 61
        else { return nil }
        let total = (days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second) * 1000 + ms
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }

    /// Midnight UTC of a calendar day.
    public static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) -> Date {
        let seconds = days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60
        return Date(timeIntervalSince1970: Double(seconds))
    }

    /// Year, month and day (UTC) of `date`.
    public static func civil(_ date: Date) -> (year: Int, month: Int, day: Int) {
        civil(days: Int(date.timeIntervalSince1970.rounded(.down)).floorDiv(86_400))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDiv(400)
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = z.floorDiv(146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

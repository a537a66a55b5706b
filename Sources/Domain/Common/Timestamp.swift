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
        parseCanonical(bytes) ?? parseGeneral(bytes)
    }

    /// Every form `parse` takes, step by step; the canonical reader must agree with it.
    static func parseGeneral(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
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
    /// at fixed places, without the general parser's steps: every snapshot date has it, and a
    /// snapshot holds a million of them.
    static func parseCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        let n = bytes.count
        guard n == 20 || n == 24, let p = bytes.baseAddress, p[n - 1] == 90 else { return nil }
        // Three words: `YYYY-MM-`, `DDTHH:MM`, then `:SS.mmmZ` or `:SSZ`; each checked at once
        // for its separators and its digits.
        let raw = UnsafeRawPointer(p)
        let a = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let c = n == 24 ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
            : UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))) | 0x3030_3030_0000_0000
        guard Self.word(a, separators: 0xFF00_00FF_0000_0000, are: 0x2D00_002D_0000_0000),
              Self.word(b, separators: 0x0000_FF00_00FF_0000, are: 0x0000_3A00_0054_0000),
              n == 24 ? Self.word(c, separators: 0xFF00_0000_FF00_00FF, are: 0x5A00_0000_2E00_003A)
                      : Self.word(c, separators: 0x0000_0000_FF00_00FF, are: 0x0000_0000_5A00_003A)
        else { return nil }
        func digit(_ word: UInt64, _ i: Int) -> Int { Int(truncatingIfNeeded: (word >> (8 * i)) & 0x0F) }
        func pair(_ word: UInt64, _ i: Int) -> Int { digit(word, i) * 10 + digit(word, i + 1) }
        let year = pair(a, 0) * 100 + pair(a, 2), month = pair(a, 5), day = pair(b, 0), hour = pair(b, 3), minute = pair(b, 6)
        let second = pair(c, 1), ms = n == 24 ? digit(c, 4) * 100 + pair(c, 5) : 0
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60, second < 61
        else { return nil }
        let total = (days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second) * 1000 + ms
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }

    /// Whether the bytes of `word` under `separators` are those of `are` and every other byte is
    /// an ASCII digit (the eight-digit check of simdjson, with the separators taken as "0").
    @inline(__always)
    private static func word(_ word: UInt64, separators: UInt64, are expected: UInt64) -> Bool {
        guard word & separators == expected else { return false }
        let digits = (word & ~separators) | (0x3030_3030_3030_3030 & separators)
        let highNibbles = digits & 0xF0F0_F0F0_F0F0_F0F0, shifted = (digits &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0
        return highNibbles | shifted >> 4 == 0x3333_3333_3333_3333
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
    @inline(__always)
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

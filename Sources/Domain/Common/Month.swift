import Foundation

/// A calendar month, encoded as `"YYYY-MM"`.
public struct Month: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// `month` must be 1...12; callers build months from calendar components or `parse`.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month out of range: \(month)")
        self.year = year
        self.month = month
    }

    /// Parses `"YYYY-MM"` (ASCII digits); nil for anything else.
    public init?(_ text: String) {
        var text = text
        guard let month = text.withUTF8(Month.init(utf8:)) else { return nil }
        self = month
    }

    /// Parses the UTF-8 bytes of `"YYYY-MM"` at fixed places: a data set holds one for every
    /// monthly point, and splitting the string took 5,000 instructions a month.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        func digit(_ i: Int) -> Int? {
            let value = Int(bytes[i]) - 48
            return (0...9).contains(value) ? value : nil
        }
        guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), (1...12).contains(m0 * 10 + m1)
        else { return nil }
        self.init(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1)
    }

    /// The month (UTC) that contains `date`.
    public init(containing date: Date) {
        let civil = Timestamp.civil(date)
        self.init(year: civil.year, month: civil.month)
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    /// Ordinal month count, so month arithmetic is integer arithmetic.
    public var ordinal: Int { year * 12 + (month - 1) }

    public init(ordinal: Int) {
        self.init(year: ordinal.floorDiv(12), month: ordinal.floorMod(12) + 1)
    }

    public func adding(months: Int) -> Month { Month(ordinal: ordinal + months) }

    /// The first instant of the month, UTC.
    public var start: Date { Timestamp.date(year: year, month: month, day: 1) }

    public static func < (lhs: Month, rhs: Month) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let month = Month(text) else {
            throw DecodingReason.error(in: container, zh: "月份“\(text)”无效,应为“年-月”,如 2018-10",
                                       en: "invalid month \"\(text)\", expected YYYY-MM")
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Int {
    func floorDiv(_ divisor: Int) -> Int {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }

    func floorMod(_ divisor: Int) -> Int { self - floorDiv(divisor) * divisor }
}

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

    /// Parses `"YYYY-MM"`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
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

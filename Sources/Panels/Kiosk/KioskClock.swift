import Foundation
import TermUI

/// The kiosk's clock in big digits, hours and minutes in the display zone, with the date and
/// the zone's name beneath: a room reading it from the back knows which time it is.
public struct KioskClock {
    public var now: Date
    public var timeZone: TimeZone
    public var style: Style?

    public init(now: Date, timeZone: TimeZone, style: Style? = nil) {
        self.now = now
        self.timeZone = timeZone
        self.style = style
    }

    /// "2026-12-02 09:05" split into its date and its time.
    var parts: (date: String, time: String) {
        let words = Format.dateTime(now, timeZone).split(separator: " ")
        return (String(words.first ?? ""), String(words.last ?? ""))
    }

    public var caption: String { parts.date + " · " + Format.zoneName(timeZone, at: now) }

    /// The columns the clock needs at the largest size that fits `rows` (caption included).
    public func width(rows: Int, ascii: Bool) -> Int {
        let font = BigFont.allCases.reversed().first { $0.rows + 1 <= rows } ?? .rows3
        let digits = BigNumber.measure(parts.time, font: font, ascii: ascii) ?? 0
        return max(digits, DisplayWidth.of(caption))
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        BigNumber(text: parts.time, caption: caption, style: style).render(area, into: &buffer, theme: theme)
    }
}

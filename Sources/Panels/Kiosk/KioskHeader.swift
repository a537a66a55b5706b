import Foundation
import TermUI

/// The top of a kiosk screen: the page's title in big text on the left, the clock on the right.
public struct KioskHeader {
    public var title: String
    public var font: BitmapFont?
    public var clock: KioskClock

    public init(title: String, font: BitmapFont?, clock: KioskClock) {
        self.title = title
        self.font = font
        self.clock = clock
    }

    /// Header rows for a screen: the 8-row title and 7-row clock on a large screen, 4 rows on a
    /// common one, one row on a small one.
    public static func rows(for size: TerminalSize) -> Int {
        size.height >= 50 ? 8 : size.height >= 20 ? 4 : 1
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        let ascii = theme.symbols.isASCII
        let clockWidth = area.height > 1 ? min(area.width / 2, clock.width(rows: area.height, ascii: ascii) + 2) : 0
        let clockArea = Rect(x: area.maxX - clockWidth, y: area.y, width: clockWidth, height: area.height)
        let titleArea = Rect(x: area.x, y: area.y, width: area.width - clockWidth - 1, height: area.height)
        let size = BigText.size(fitting: title, font: font, width: titleArea.width, maxRows: area.height, symbols: theme.symbols)
        let rows = size?.rows ?? 1
        let top = titleArea.y + (titleArea.height - rows) / 2
        BigText(title, font: font, size: size ?? .rows4).render(Rect(x: titleArea.x, y: top, width: titleArea.width, height: rows),
                                                               into: &buffer, theme: theme)
        if clockWidth > 0 {
            clock.render(clockArea, into: &buffer, theme: theme)
        } else {
            let time = clock.parts.time + " " + Format.zoneName(clock.timeZone, at: clock.now)
            buffer.write(time, x: area.maxX - DisplayWidth.of(time), y: area.y, style: theme.title.inheriting(from: theme.base))
        }
    }
}

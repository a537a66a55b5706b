import TermUI

/// Renders widgets into fresh buffers and turns them into text that tests compare literally.
enum Screen {
    static let mono = Theme.make(tier: .monochrome)
    static let color = Theme.make(tier: .xterm256)
    static let ascii = Theme.make(tier: .monochrome, symbols: .ascii)

    /// The widget drawn into a `width`×`height` buffer, rows with trailing spaces trimmed.
    static func text(_ widget: any Widget, width: Int, height: Int, theme: Theme = mono) -> String {
        buffer(widget, width: width, height: height, theme: theme).text
    }

    /// Like `text` but every row keeps its full width and ends in "|", to pin exact widths.
    static func boxed(_ widget: any Widget, width: Int, height: Int, theme: Theme = mono) -> String {
        boxed(buffer(widget, width: width, height: height, theme: theme))
    }

    static func boxed(_ buffer: Buffer) -> String {
        buffer.lines(trimTrailing: false).map { $0 + "|" }.joined(separator: "\n")
    }

    static func buffer(_ widget: any Widget, width: Int, height: Int, theme: Theme = mono) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        widget.render(buffer.area, into: &buffer, theme: theme)
        return buffer
    }

    /// Fills a buffer with a sentinel, draws the widget into `area` and reports whether every cell
    /// outside the area still holds the sentinel and (when `fills`) none inside does.
    static func staysInside(_ widget: any Widget, area: Rect, bufferWidth: Int = 20, bufferHeight: Int = 8,
                            fills: Bool = true, theme: Theme = mono) -> Bool {
        let sentinel = Cell(symbol: "@")
        var buffer = Buffer(area: Rect(x: 0, y: 0, width: bufferWidth, height: bufferHeight), filling: sentinel)
        widget.render(area, into: &buffer, theme: theme)
        for y in 0..<bufferHeight {
            for x in 0..<bufferWidth {
                let inside = area.contains(x: x, y: y)
                if !inside && buffer[x, y] != sentinel { return false }
                if inside && fills && buffer[x, y] == sentinel { return false }
            }
        }
        return true
    }
}

import TermUI

/// A few lines centred on an otherwise empty screen (too small, loading), each cut to the width.
public struct CenteredMessage {
    public var lines: [(text: String, style: Style)]

    public init(_ lines: [(text: String, style: Style)]) {
        self.lines = lines
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < area.maxY {
            let shown = DisplayWidth.truncate(line.text, to: area.width, ellipsis: theme.symbols.ellipsis)
            let x = area.x + max(0, (area.width - DisplayWidth.of(shown)) / 2)
            buffer.write(shown, x: x, y: top + i, width: area.maxX - x, style: line.style)
        }
    }
}

/// One line of status segments, left and right. When space runs short the left side is cut with
/// the ellipsis first; the right side (clock, mode) is cut only when it alone is too wide. A
/// wrapping bar (for a message, which must be read whole) instead continues the left side on as
/// many rows as it needs, `rows(width:)` of them, the right side on the first.
public struct StatusBar: Widget {
    public var left: [String]
    public var right: [String]
    public var wraps: Bool

    public init(left: [String], right: [String], wraps: Bool = false) {
        self.left = left
        self.right = right
        self.wraps = wraps
    }

    /// The left side's rows when wrapping, each as wide as the first (beside the right side).
    private func wrapped(width: Int, theme: Theme) -> [String] {
        let separator = " " + theme.symbols.vertical + " "
        let rightWidth = DisplayWidth.of(right.filter { !$0.isEmpty }.joined(separator: separator))
        let room = max(10, width - 2 - rightWidth - 1)
        return Paragraph.wrap(left.filter { !$0.isEmpty }.joined(separator: separator), width: room)
    }

    /// Rows the bar takes at `width`: one, or for a wrapping bar as many as its text needs.
    public func rows(width: Int, theme: Theme) -> Int {
        wraps ? max(1, wrapped(width: width, theme: theme).count) : 1
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.statusBar)
        guard !area.isEmpty else { return }
        if wraps, area.height > 1 {
            let lines = wrapped(width: area.width, theme: theme)
            let shown = lines.count > area.height ? Array(lines.prefix(area.height - 1)) + [lines[area.height - 1] + theme.symbols.ellipsis] : lines
            for (i, line) in shown.enumerated() {
                let row = area.row(i).inset(left: 1, right: 1)
                buffer.write(line, x: row.x, y: row.y, width: row.width, style: theme.statusBar)
            }
            StatusBar(left: [], right: right).renderRight(area.row(0), into: &buffer, theme: theme)
            return
        }
        let row = area.width > 2 ? area.row(0).inset(left: 1, right: 1) : area.row(0)
        let separator = " " + theme.symbols.vertical + " "
        let ellipsis = theme.symbols.ellipsis
        let leftText = left.filter { !$0.isEmpty }.joined(separator: separator)
        let rightText = right.filter { !$0.isEmpty }.joined(separator: separator)
        let rightShown = DisplayWidth.truncate(rightText, to: row.width, ellipsis: ellipsis)
        let rightWidth = DisplayWidth.of(rightShown)
        let leftRoom = row.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        if leftRoom > 0 {
            buffer.write(DisplayWidth.truncate(leftText, to: leftRoom, ellipsis: ellipsis), x: row.x, y: row.y, width: leftRoom, style: theme.statusBar)
        }
        buffer.write(rightShown, x: row.maxX - rightWidth, y: row.y, width: rightWidth, style: theme.statusBar)
    }

    /// The right side alone, over what the row already shows.
    private func renderRight(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        let row = area.width > 2 ? area.row(0).inset(left: 1, right: 1) : area.row(0)
        let text = DisplayWidth.truncate(right.filter { !$0.isEmpty }.joined(separator: " " + theme.symbols.vertical + " "), to: row.width,
                                         ellipsis: theme.symbols.ellipsis)
        let width = DisplayWidth.of(text)
        buffer.write(text, x: row.maxX - width, y: row.y, width: width, style: theme.statusBar)
    }
}

/// One line of status segments, left and right. When space runs short the left side is cut with
/// the ellipsis first; the right side (clock, mode) is cut only when it alone is too wide.
public struct StatusBar: Widget {
    public var left: [String]
    public var right: [String]

    public init(left: [String], right: [String]) {
        self.left = left
        self.right = right
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.statusBar)
        guard !area.isEmpty else { return }
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
}

/// A box with an optional title in its top border (and a second title or footer on the right),
/// the frame most panels sit in. Titles are cut with the ellipsis and never cover the corners.
public struct Block: Widget {
    public var title: String?
    public var titleRight: String?
    public var footer: String?
    public var focused: Bool
    public var borders: Bool
    /// The fill of the whole block; nil means the theme's base style.
    public var style: Style?

    public init(title: String? = nil, titleRight: String? = nil, focused: Bool = false, borders: Bool = true,
                footer: String? = nil, style: Style? = nil) {
        self.title = title
        self.titleRight = titleRight
        self.focused = focused
        self.borders = borders
        self.footer = footer
        self.style = style
    }

    /// The part of `area` left for content.
    public func inner(_ area: Rect) -> Rect {
        if borders { return area.inset(by: 1) }
        return title == nil && titleRight == nil ? area : area.inset(top: 1)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        let fill = style ?? theme.base
        buffer.fill(area, style: fill)
        guard !area.isEmpty else { return }
        let titleStyle = theme.title.inheriting(from: fill)
        guard borders else {
            drawTitles(in: area.row(0), titleStyle: titleStyle, ellipsis: theme.symbols.ellipsis, into: &buffer)
            return
        }
        guard area.width >= 2, area.height >= 2 else { return }
        let s = theme.symbols
        let line = (focused ? theme.borderFocused : theme.border).inheriting(from: fill)
        let top = area.y, bottom = area.maxY - 1, left = area.x, right = area.maxX - 1
        buffer.fill(Rect(x: left + 1, y: top, width: area.width - 2, height: 1), symbol: s.horizontal, style: line)
        buffer.fill(Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1), symbol: s.horizontal, style: line)
        buffer.fill(Rect(x: left, y: top + 1, width: 1, height: area.height - 2), symbol: s.vertical, style: line)
        buffer.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), symbol: s.vertical, style: line)
        buffer.write(s.topLeft, x: left, y: top, width: 1, style: line)
        buffer.write(s.topRight, x: right, y: top, width: 1, style: line)
        buffer.write(s.bottomLeft, x: left, y: bottom, width: 1, style: line)
        buffer.write(s.bottomRight, x: right, y: bottom, width: 1, style: line)
        let edge = Rect(x: left + 1, y: top, width: area.width - 2, height: 1)
        drawTitles(in: edge, titleStyle: titleStyle, ellipsis: s.ellipsis, padded: true, into: &buffer)
        if let footer, !footer.isEmpty {
            let bottomEdge = Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1)
            let text = Block.padded(footer, room: bottomEdge.width, ellipsis: s.ellipsis)
            let w = DisplayWidth.of(text)
            buffer.write(text, x: bottomEdge.maxX - w, y: bottom, width: w, style: theme.muted.inheriting(from: fill))
        }
    }

    /// Left title first; the right title gets what is left, but at least half when both are cut.
    /// Whether the left title shows whole in a block `width` columns wide (a view that would
    /// have it cut can repeat it inside).
    public func showsWholeTitle(width: Int) -> Bool {
        guard let title, !title.isEmpty else { return true }
        let row = borders ? width - 2 : width
        return DisplayWidth.of(title) <= titleRooms(rowWidth: row, padded: borders).left
    }

    /// The columns the left and the right title get on a row: the right one all it wants when
    /// both fit, else at most half.
    private func titleRooms(rowWidth: Int, padded: Bool) -> (left: Int, right: Int) {
        let leftText = title.flatMap { $0.isEmpty ? nil : $0 }
        let rightText = titleRight.flatMap { $0.isEmpty ? nil : $0 }
        let extra = padded ? 2 : 0
        let leftWant = leftText.map { DisplayWidth.of($0) + extra } ?? 0
        let rightWant = rightText.map { DisplayWidth.of($0) + extra } ?? 0
        var rightRoom = 0
        if rightText != nil {
            let gap = leftText == nil ? 0 : 1
            rightRoom = leftWant + gap + rightWant <= rowWidth ? rightWant : max(0, min(rightWant, (rowWidth - gap) / 2))
        }
        return (max(0, rowWidth - rightRoom - (rightRoom > 0 && leftText != nil ? 1 : 0)), rightRoom)
    }

    private func drawTitles(in row: Rect, titleStyle: Style, ellipsis: String, padded: Bool = false, into buffer: inout Buffer) {
        let leftText = title.flatMap { $0.isEmpty ? nil : $0 }
        let rightText = titleRight.flatMap { $0.isEmpty ? nil : $0 }
        let (leftRoom, rightRoom) = titleRooms(rowWidth: row.width, padded: padded)
        if let leftText {
            let text = padded ? Block.padded(leftText, room: leftRoom, ellipsis: ellipsis) : DisplayWidth.truncate(leftText, to: leftRoom, ellipsis: ellipsis)
            buffer.write(text, x: row.x, y: row.y, width: leftRoom, style: titleStyle)
        }
        if let rightText, rightRoom > 0 {
            let text = padded ? Block.padded(rightText, room: rightRoom, ellipsis: ellipsis) : DisplayWidth.truncate(rightText, to: rightRoom, ellipsis: ellipsis)
            let w = DisplayWidth.of(text)
            buffer.write(text, x: row.maxX - w, y: row.y, width: w, style: titleStyle)
        }
    }

    /// " text " cut to `room` columns. The spaces go before any of the text does, and a cut
    /// title keeps them only when the room is wide enough to spare them.
    static func padded(_ text: String, room: Int, ellipsis: String) -> String {
        guard room > 0 else { return "" }
        let width = DisplayWidth.of(text)
        if width + 2 <= room { return " " + text + " " }
        if width <= room || room < 8 { return DisplayWidth.truncate(text, to: room, ellipsis: ellipsis) }
        return " " + DisplayWidth.truncate(text, to: room - 2, ellipsis: ellipsis) + " "
    }
}

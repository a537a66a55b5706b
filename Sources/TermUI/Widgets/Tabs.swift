/// One line of tab titles ("1 总览"), the selected one highlighted. When they do not all fit,
/// the strip starts late enough for the selected tab to show.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int

    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    /// Where each visible tab lies on screen, for hit regions.
    public func hitAreas(in area: Rect) -> [(index: Int, rect: Rect)] {
        guard !area.isEmpty else { return [] }
        return layout(width: area.width).map { (index: $0.index, rect: Rect(x: area.x + $0.x, y: area.y, width: $0.width, height: 1)) }
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        for slot in layout(width: area.width) {
            let style = slot.index == selected ? theme.tabActive : theme.tabInactive
            let text = Block.padded(titles[slot.index], room: slot.width, ellipsis: theme.symbols.ellipsis)
            buffer.writePadded(text, x: area.x + slot.x, y: area.y, width: slot.width, style: style)
        }
    }

    /// Each tab is " title " with one column between tabs; a tab cut by the right edge is shortened.
    private func layout(width: Int) -> [(index: Int, x: Int, width: Int)] {
        let widths = titles.map { DisplayWidth.of($0) + 2 }
        var first = 0
        if titles.indices.contains(selected) {
            while first < selected && widths[first...selected].reduce(selected - first, +) > width { first += 1 }
        }
        var slots: [(index: Int, x: Int, width: Int)] = []
        var x = 0
        for i in titles.indices.dropFirst(first) where x < width {
            slots.append((index: i, x: x, width: min(widths[i], width - x)))
            x += widths[i] + 1
        }
        return slots
    }
}

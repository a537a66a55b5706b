/// An htop-like strip of shortcuts: the key in `keyName`, its label in `keyLabel`. Hints that do
/// not fit are left out whole rather than cut.
public struct KeyBar: Widget {
    public var items: [KeyHint]

    public init(items: [KeyHint]) {
        self.items = items
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.keyLabel)
        guard !area.isEmpty else { return }
        var x = area.x
        for item in items {
            let label = " " + item.label
            let need = DisplayWidth.of(item.key) + DisplayWidth.of(label)
            if x + need > area.maxX { break }
            x += buffer.write(item.key, x: x, y: area.y, style: theme.keyName)
            x += buffer.write(label, x: x, y: area.y, style: theme.keyLabel)
            x += 2
        }
    }
}

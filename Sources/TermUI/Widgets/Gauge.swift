/// A horizontal bar filled to `ratio` (clamped to 0…1) in eighths of a cell, with a label centred
/// on it; the label defaults to the percentage.
public struct Gauge: Widget {
    public var ratio: Double
    public var label: String?
    public var style: Style?

    public init(ratio: Double, label: String? = nil, style: Style? = nil) {
        self.ratio = ratio
        self.label = label
        self.style = style
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        let eighths = theme.symbols.eighths
        let bar = (style ?? theme.accent).inheriting(from: theme.base)
        let clamped = ratio.isFinite ? min(1, max(0, ratio)) : 0
        let filled = Int((clamped * Double(area.width * 8)).rounded())
        let full = filled / 8, part = filled % 8
        for y in area.y..<area.maxY {
            for x in 0..<full { buffer.write(eighths[7], x: area.x + x, y: y, width: 1, style: bar) }
            if part > 0, full < area.width { buffer.write(eighths[part - 1], x: area.x + full, y: y, width: 1, style: bar) }
        }
        let text = DisplayWidth.truncate(label ?? "\(Int((clamped * 100).rounded()))%", to: area.width, ellipsis: theme.symbols.ellipsis)
        guard !text.isEmpty else { return }
        // Over the filled part the label is drawn in reverse so it reads on the bar.
        let onBar = bar.adding(.reverse)
        var x = area.x + (area.width - DisplayWidth.of(text)) / 2
        let y = area.y + (area.height - 1) / 2
        let solidEnd = area.x + full + (part >= 4 ? 1 : 0)
        for ch in text {
            x += buffer.put(ch, x: x, y: y, style: x < solidEnd ? onBar : bar)
        }
    }
}

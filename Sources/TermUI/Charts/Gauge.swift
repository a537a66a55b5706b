/// A horizontal bar filled to `ratio` (clamped to 0…1) in eighths of a cell, with a label centred
/// on it (the percentage unless told otherwise) and, when given, a goal marker: a heavy bar at the
/// goal's share of the scale, drawn over the fill so it shows whether the value has passed it.
public struct Gauge: Widget {
    public var ratio: Double
    public var label: String?
    /// Where the goal sits on the scale (0…1).
    public var goal: Double?
    public var style: Style?

    public init(ratio: Double, label: String? = nil, goal: Double? = nil, style: Style? = nil) {
        self.ratio = ratio
        self.label = label
        self.goal = goal
        self.style = style
    }

    private static func clamp(_ value: Double) -> Double { value.isFinite ? min(1, max(0, value)) : 0 }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        let eighths = theme.symbols.eighths
        let bar = (style ?? theme.accent).inheriting(from: theme.base)
        let clamped = Self.clamp(ratio)
        let filled = Int((clamped * Double(area.width * 8)).rounded())
        let full = filled / 8, part = filled % 8
        // Without colour the empty part needs a mark to show the scale's end: a light shade.
        let track = theme.tier != .monochrome ? " " : theme.symbols.isASCII ? "." : "░"
        for y in area.y..<area.maxY {
            buffer.fill(Rect(x: area.x + full, y: y, width: area.width - full, height: 1), symbol: track, style: theme.muted.inheriting(from: theme.base))
            for x in 0..<full { buffer.write(eighths[7], x: area.x + x, y: y, width: 1, style: bar) }
            if part > 0, full < area.width { buffer.write(eighths[part - 1], x: area.x + full, y: y, width: 1, style: bar) }
        }
        if let goal {
            let x = area.x + min(area.width - 1, Int((Self.clamp(goal) * Double(area.width)).rounded(.down)))
            let mark = theme.symbols.isASCII ? "|" : "┃"
            for y in area.y..<area.maxY { buffer.write(mark, x: x, y: y, width: 1, style: theme.warn.inheriting(from: theme.base).adding(.bold)) }
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

/// The last `width` values as a strip of bar heights, scaled between their minimum and maximum.
/// Taller areas stack rows for finer steps.
public struct Sparkline: Widget {
    public var values: [Double]
    public var style: Style?

    public init(values: [Double], style: Style? = nil) {
        self.values = values
        self.style = style
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        let sparks = theme.symbols.sparks
        guard !area.isEmpty, !sparks.isEmpty else { return }
        let shown = values.suffix(area.width)
        let finite = shown.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return }
        let steps = sparks.count
        let levels = area.height * steps
        let drawStyle = (style ?? theme.accent).inheriting(from: theme.base)
        for (i, value) in shown.enumerated() where value.isFinite {
            // Level 1…levels: the minimum still shows a sliver; a flat non-zero series sits mid-height.
            let level: Int
            if high > low {
                level = 1 + Int(((value - low) / (high - low) * Double(levels - 1)).rounded())
            } else {
                level = value == 0 ? 1 : max(1, levels / 2)
            }
            for row in 0..<area.height {
                let inCell = min(steps, level - row * steps)
                guard inCell > 0 else { break }
                buffer.write(sparks[inCell - 1], x: area.x + i, y: area.maxY - 1 - row, width: 1, style: drawStyle)
            }
        }
    }
}

import Foundation

/// Horizontal bars, one per row: the label column as wide as the widest label, then the bar in
/// eighths of a cell scaled to the largest value, then the value text.
public struct BarChart: Widget {
    public var bars: [(label: String, value: Double)]
    public var valueFormatter: (Double) -> String
    public var style: Style?

    public init(bars: [(label: String, value: Double)], valueFormatter: @escaping (Double) -> String = BarChart.defaultFormat,
                style: Style? = nil) {
        self.bars = bars
        self.valueFormatter = valueFormatter
        self.style = style
    }

    /// Whole numbers without decimals, others with one.
    public static func defaultFormat(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.1f", value)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty, !bars.isEmpty else { return }
        let shown = Array(bars.prefix(area.height))
        let texts = shown.map { valueFormatter($0.value) }
        let labelWidth = min(shown.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = texts.map { DisplayWidth.of($0) }.max() ?? 0
        let barX = area.x + (labelWidth > 0 ? labelWidth + 1 : 0)
        let room = max(0, area.maxX - barX - valueWidth - 1)
        let top = shown.map { $0.value.isFinite ? $0.value : 0 }.max() ?? 0
        let eighths = theme.symbols.eighths
        let barStyle = (style ?? theme.accent).inheriting(from: theme.base)
        let ellipsis = theme.symbols.ellipsis
        for (i, bar) in shown.enumerated() {
            let y = area.y + i
            if labelWidth > 0 {
                buffer.writePadded(bar.label, x: area.x, y: y, width: labelWidth, style: theme.base, ellipsis: ellipsis)
            }
            let value = bar.value.isFinite ? max(0, bar.value) : 0
            let filled = top > 0 ? Int((value / top * Double(room * 8)).rounded()) : 0
            var x = barX
            for _ in 0..<filled / 8 { x += buffer.write(eighths[7], x: x, y: y, width: 1, style: barStyle) }
            if filled % 8 > 0 { x += buffer.write(eighths[filled % 8 - 1], x: x, y: y, width: 1, style: barStyle) }
            let valueX = x + (x > barX ? 1 : 0)
            buffer.write(DisplayWidth.truncate(texts[i], to: area.maxX - valueX, ellipsis: ellipsis), x: valueX, y: y, style: theme.base)
        }
    }
}

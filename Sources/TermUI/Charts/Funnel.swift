/// Stages of a process narrowing from the first: a bar per stage centred on one axis, as wide as
/// its share of the widest, with the stage's name on the left and its count and its share of the
/// stage before on the right.
public struct Funnel: Widget {
    public struct Stage: Sendable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var stages: [Stage]
    public var valueFormatter: (Double) -> String
    public var style: Style?

    public init(stages: [Stage], valueFormatter: @escaping (Double) -> String = BarChart.defaultFormat, style: Style? = nil) {
        self.stages = stages
        self.valueFormatter = valueFormatter
        self.style = style
    }

    /// "151 · 49%": the count and, after the first stage, its share of the one before.
    func valueText(_ index: Int) -> String {
        let value = stages[index].value
        var text = valueFormatter(value)
        if index > 0, stages[index - 1].value > 0, value.isFinite {
            text += " · \(Int((value / stages[index - 1].value * 100).rounded()))%"
        }
        return text
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty, !stages.isEmpty else { return }
        let shown = stages.indices.prefix(area.height)
        // Spare rows go between stages, so a tall area shows the narrowing rather than a block.
        let pitch = max(1, area.height / max(1, shown.count))
        let labels = shown.map { stages[$0].label }
        let values = shown.map(valueText)
        let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, area.width / 3)
        let valueWidth = min(values.map { DisplayWidth.of($0) }.max() ?? 0, area.width / 3)
        let barX = area.x + labelWidth + 1
        let room = area.maxX - barX - valueWidth - 1
        let widest = shown.map { stages[$0].value }.filter(\.isFinite).max() ?? 0
        let bar = (style ?? theme.accent).inheriting(from: theme.base)
        let fill = theme.symbols.isASCII ? "#" : "█"
        for (n, index) in shown.enumerated() {
            let y = area.y + n * pitch
            guard y < area.maxY else { break }
            buffer.writePadded(labels[n], x: area.x, y: y, width: labelWidth, style: theme.base, ellipsis: theme.symbols.ellipsis)
            let value = stages[index].value
            if room > 0, widest > 0, value.isFinite, value > 0 {
                let width = max(1, Int((value / widest * Double(room)).rounded()))
                buffer.fill(Rect(x: barX + (room - width) / 2, y: y, width: width, height: 1), symbol: fill, style: bar)
            }
            buffer.writePadded(values[n], x: area.maxX - valueWidth, y: y, width: valueWidth, style: theme.base, ellipsis: theme.symbols.ellipsis)
        }
    }
}

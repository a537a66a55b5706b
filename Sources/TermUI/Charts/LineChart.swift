/// A line chart of series over equally spaced points (months): a y axis with round tick values
/// and a unit, an x axis with as many labels as fit, a legend, and an optional goal drawn as a
/// dashed line. A NaN is a gap: the line breaks there. Drawn on a canvas in braille by default,
/// in half blocks or plain characters on request (and always in characters with ASCII symbols).
public struct LineChart: Widget {
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]
        public var style: Style?

        public init(name: String, values: [Double], style: Style? = nil) {
            self.name = name
            self.values = values
            self.style = style
        }
    }

    public struct Goal: Sendable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var series: [Series]
    /// One label per point; the axis shows the first, the last and evenly spaced ones between.
    public var xLabels: [String]
    /// The y values' unit, shown at the start of the legend row.
    public var unit: String?
    public var goal: Goal?
    public var format: (Double) -> String
    public var resolution: CanvasResolution?
    /// What an area with no values at all shows.
    public var emptyText: String

    public init(series: [Series], xLabels: [String], unit: String? = nil, goal: Goal? = nil,
                format: @escaping (Double) -> String = BarChart.defaultFormat, resolution: CanvasResolution? = nil,
                emptyText: String = "—") {
        self.series = series
        self.xLabels = xLabels
        self.unit = unit
        self.goal = goal
        self.format = format
        self.resolution = resolution
        self.emptyText = emptyText
    }

    private var pointCount: Int { series.map(\.values.count).max() ?? 0 }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        var finite = series.flatMap(\.values).filter(\.isFinite)
        guard !finite.isEmpty else {
            Line(emptyText, style: theme.muted, alignment: .center).render(area.row(area.height / 2), into: &buffer, theme: theme)
            return
        }
        if let goal, goal.value.isFinite { finite.append(goal.value) }
        var body = area
        if area.height >= 6, let legendRow = legendSpans(theme) {
            Line(legendRow).render(area.row(0), into: &buffer, theme: theme)
            body = area.inset(top: 1)
        }
        let withAxisLine = body.height >= 4
        let xRows = withAxisLine ? 2 : 1
        guard body.height > xRows else { return }
        let plotHeight = body.height - xRows
        let scale = AxisScale.tightest(low: finite.min() ?? 0, high: finite.max() ?? 0, rows: plotHeight)
        let tickLabels = scale.ticks.map(format)
        let labelWidth = tickLabels.map { DisplayWidth.of($0) }.max() ?? 0
        guard body.width >= labelWidth + 4 else { return }
        let plot = Rect(x: body.x + labelWidth + 1, y: body.y, width: body.width - labelWidth - 1, height: plotHeight)
        drawYAxis(plot, scale: scale, labels: tickLabels, labelWidth: labelWidth, into: &buffer, theme: theme)
        drawXAxis(plot, axisLine: withAxisLine, into: &buffer, theme: theme)
        if let goal, goal.value.isFinite { drawGoal(goal.value, plot: plot, scale: scale, into: &buffer, theme: theme) }
        let chosen = theme.symbols.isASCII ? .characters : (resolution ?? .braille)
        var canvas = Canvas(columns: plot.width, rows: plot.height, resolution: chosen)
        for (layer, one) in series.enumerated() { draw(one.values, layer: layer, scale: scale, on: &canvas) }
        canvas.render(x: plot.x, y: plot.y, into: &buffer, styles: series.indices.map { seriesStyle($0, theme) })
    }

    private func seriesStyle(_ index: Int, _ theme: Theme) -> Style {
        let fallback = [theme.accent, theme.ok, theme.warn, theme.danger]
        return (series[index].style ?? fallback[index % fallback.count]).inheriting(from: theme.base)
    }

    /// The unit, each series' mark and name, and the goal; nil when there is nothing to tell
    /// (one unnamed series without a unit or goal).
    private func legendSpans(_ theme: Theme) -> [Span]? {
        var spans: [Span] = []
        if let unit, !unit.isEmpty { spans.append(Span(unit + "  ", style: theme.muted)) }
        let named = series.count > 1 || series.contains { !$0.name.isEmpty }
        if named {
            for index in series.indices {
                let mark = theme.symbols.isASCII ? String(Canvas.characterMarks[min(index, Canvas.characterMarks.count - 1)]) : "━"
                spans.append(Span(mark + " ", style: seriesStyle(index, theme)))
                spans.append(Span(series[index].name + "  ", style: theme.base))
            }
        }
        if let goal {
            spans.append(Span(goalMark(theme) + goalMark(theme) + " ", style: theme.warn.inheriting(from: theme.base)))
            spans.append(Span(goal.label, style: theme.base))
        }
        return spans.isEmpty ? nil : spans
    }

    private func goalMark(_ theme: Theme) -> String { theme.symbols.isASCII ? "=" : "┄" }

    private func row(of value: Double, plot: Rect, scale: AxisScale) -> Int {
        plot.maxY - 1 - Int((scale.share(value) * Double(plot.height - 1)).rounded())
    }

    private func drawYAxis(_ plot: Rect, scale: AxisScale, labels: [String], labelWidth: Int, into buffer: inout Buffer, theme: Theme) {
        let muted = theme.muted.inheriting(from: theme.base)
        let ascii = theme.symbols.isASCII
        buffer.fill(Rect(x: plot.x - 1, y: plot.y, width: 1, height: plot.height), symbol: theme.symbols.vertical, style: muted)
        // Only ticks that fall on a row get a label: a label on a row between two ticks would be wrong.
        for (value, label) in zip(scale.ticks, labels) where scale.fallsOnRow(value, rows: plot.height) {
            let y = row(of: value, plot: plot, scale: scale)
            buffer.writePadded(label, x: plot.x - 1 - labelWidth, y: y, width: labelWidth, style: muted, alignRight: true)
            buffer.write(ascii ? "+" : "┤", x: plot.x - 1, y: y, width: 1, style: muted)
        }
    }

    /// The indices that get an x label: the first and the last, and evenly spaced ones between
    /// while their labels keep two columns apart.
    func xTicks(width: Int) -> [Int] {
        let count = min(pointCount, xLabels.count)
        guard count > 1 else { return count == 1 ? [0] : [] }
        let widest = xLabels.prefix(count).map { DisplayWidth.of($0) }.max() ?? 1
        let fit = max(2, min(count, (width + 2) / (widest + 2)))
        var seen = Set<Int>()
        return (0..<fit).map { Int((Double($0) * Double(count - 1) / Double(fit - 1)).rounded()) }.filter { seen.insert($0).inserted }
    }

    private func column(of index: Int, plot: Rect) -> Int {
        let count = max(pointCount, 1)
        return count > 1 ? plot.x + Int((Double(index) / Double(count - 1) * Double(plot.width - 1)).rounded()) : plot.x
    }

    private func drawXAxis(_ plot: Rect, axisLine: Bool, into buffer: inout Buffer, theme: Theme) {
        let muted = theme.muted.inheriting(from: theme.base)
        let ascii = theme.symbols.isASCII
        let ticks = xTicks(width: plot.width)
        if axisLine {
            buffer.fill(Rect(x: plot.x, y: plot.maxY, width: plot.width, height: 1), symbol: theme.symbols.horizontal, style: muted)
            buffer.write(ascii ? "+" : "└", x: plot.x - 1, y: plot.maxY, width: 1, style: muted)
            for index in ticks { buffer.write(ascii ? "+" : "┬", x: column(of: index, plot: plot), y: plot.maxY, width: 1, style: muted) }
        }
        let y = plot.maxY + (axisLine ? 1 : 0)
        // The first label starts at the axis, the last ends at the edge, others centre on their
        // tick; the two ends are placed first and a middle label is dropped where it would touch one.
        let placed: [(x: Int, label: String)] = ticks.enumerated().map { n, index in
            let label = xLabels[index], width = DisplayWidth.of(label)
            let x = n == 0 ? plot.x : n == ticks.count - 1 ? max(plot.x, plot.maxX - width) : column(of: index, plot: plot) - width / 2
            return (x, label)
        }
        var free = plot.x
        let lastX = placed.count > 1 ? placed[placed.count - 1].x : plot.maxX + 1
        for (n, item) in placed.enumerated() {
            let width = DisplayWidth.of(item.label)
            let isLast = n == placed.count - 1 && n > 0
            guard item.x >= free, item.x + width <= plot.maxX, isLast || item.x + width < lastX else { continue }
            buffer.write(item.label, x: item.x, y: y, style: muted)
            free = item.x + width + 1
        }
    }

    private func drawGoal(_ value: Double, plot: Rect, scale: AxisScale, into buffer: inout Buffer, theme: Theme) {
        let y = row(of: value, plot: plot, scale: scale)
        buffer.fill(Rect(x: plot.x, y: y, width: plot.width, height: 1), symbol: goalMark(theme), style: theme.warn.inheriting(from: theme.base))
    }

    private func draw(_ values: [Double], layer: Int, scale: AxisScale, on canvas: inout Canvas) {
        let count = max(pointCount, 1)
        func dot(_ i: Int, _ value: Double) -> (x: Int, y: Int) {
            let x = count > 1 ? Int((Double(i) / Double(count - 1) * Double(canvas.width - 1)).rounded()) : 0
            let y = canvas.height - 1 - Int((scale.share(value) * Double(canvas.height - 1)).rounded())
            return (x, y)
        }
        var previous: (x: Int, y: Int)?
        for (i, value) in values.enumerated() {
            guard value.isFinite else { previous = nil; continue }
            let point = dot(i, value)
            if let from = previous { canvas.line(from: from, to: point, layer: layer) } else { canvas.point(x: point.x, y: point.y, layer: layer) }
            previous = point
        }
    }
}

/// A line chart of one series over equally spaced points (months), with the y axis labelled at
/// its top and bottom and the x axis at its ends. Drawn in braille dots (2×4 per cell) where the
/// symbols are Unicode, in `*` per cell in ASCII mode. A NaN is a gap: the line breaks there.
public struct LineChart: Widget {
    public var values: [Double]
    /// The x axis's first and last labels (e.g. "2017-11", "2018-10").
    public var xLabels: (first: String, last: String)
    public var format: (Double) -> String
    public var style: Style?

    public init(values: [Double], xLabels: (first: String, last: String), format: @escaping (Double) -> String = BarChart.defaultFormat,
                style: Style? = nil) {
        self.values = values
        self.xLabels = xLabels
        self.format = format
        self.style = style
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        let finite = values.filter(\.isFinite)
        guard area.width >= 8, area.height >= 3, let low = finite.min(), let high = finite.max() else { return }
        let labels = [format(high), format(low)]
        let axisWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let plot = Rect(x: area.x + axisWidth + 1, y: area.y, width: area.width - axisWidth - 1, height: area.height - 1)
        guard plot.width >= 2, plot.height >= 1 else { return }
        let muted = theme.muted
        _ = buffer.write(DisplayWidth.pad(labels[0], to: axisWidth, alignRight: true), x: area.x, y: plot.y, style: muted)
        _ = buffer.write(DisplayWidth.pad(labels[1], to: axisWidth, alignRight: true), x: area.x, y: plot.maxY - 1, style: muted)
        for y in plot.y..<plot.maxY { _ = buffer.write(theme.symbols.vertical, x: plot.x - 1, y: y, style: muted) }
        let axisY = plot.maxY
        _ = buffer.write(xLabels.first, x: plot.x, y: axisY, width: plot.width, style: muted)
        let lastWidth = DisplayWidth.of(xLabels.last)
        if DisplayWidth.of(xLabels.first) + 1 + lastWidth <= plot.width {
            _ = buffer.write(xLabels.last, x: plot.maxX - lastWidth, y: axisY, style: muted)
        }
        let lineStyle = (style ?? theme.accent).inheriting(from: theme.base)
        if theme.symbols.isASCII {
            plotCells(plot, low: low, high: high, into: &buffer, style: lineStyle)
        } else {
            plotBraille(plot, low: low, high: high, into: &buffer, style: lineStyle)
        }
    }

    /// The dot row (0 at the top) of a value in a plot `rows` dots high.
    private func dotRow(_ value: Double, low: Double, high: Double, rows: Int) -> Int {
        let share = high > low ? (value - low) / (high - low) : 0.5
        return rows - 1 - Int((share * Double(rows - 1)).rounded())
    }

    /// The x dot of point `i` in a plot `columns` dots wide.
    private func dotColumn(_ i: Int, columns: Int) -> Int {
        values.count > 1 ? Int((Double(i) / Double(values.count - 1) * Double(columns - 1)).rounded()) : 0
    }

    private func plotBraille(_ plot: Rect, low: Double, high: Double, into buffer: inout Buffer, style: Style) {
        let columns = plot.width * 2, rows = plot.height * 4
        var dots = [[Bool]](repeating: [Bool](repeating: false, count: columns), count: rows)
        var previous: (x: Int, y: Int)?
        for (i, value) in values.enumerated() {
            guard value.isFinite else { previous = nil; continue }
            let point = (x: dotColumn(i, columns: columns), y: dotRow(value, low: low, high: high, rows: rows))
            // Join to the previous point with as many dots as the longer of the two spans.
            if let from = previous {
                let steps = max(abs(point.x - from.x), abs(point.y - from.y), 1)
                for s in 0...steps {
                    let x = from.x + (point.x - from.x) * s / steps, y = from.y + (point.y - from.y) * s / steps
                    dots[y][x] = true
                }
            } else {
                dots[point.y][point.x] = true
            }
            previous = point
        }
        // Braille bit of each dot in a 2×4 cell: columns left then right, rows top to bottom.
        let bits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        for cy in 0..<plot.height {
            for cx in 0..<plot.width {
                var mask: UInt32 = 0
                for r in 0..<4 { for c in 0..<2 where dots[cy * 4 + r][cx * 2 + c] { mask |= bits[r][c] } }
                guard mask != 0, let scalar = Unicode.Scalar(0x2800 + mask) else { continue }
                _ = buffer.write(String(Character(scalar)), x: plot.x + cx, y: plot.y + cy, style: style)
            }
        }
    }

    private func plotCells(_ plot: Rect, low: Double, high: Double, into buffer: inout Buffer, style: Style) {
        for (i, value) in values.enumerated() where value.isFinite {
            let x = dotColumn(i, columns: plot.width), y = dotRow(value, low: low, high: high, rows: plot.height)
            _ = buffer.write("*", x: plot.x + x, y: plot.y + y, style: style)
        }
    }
}

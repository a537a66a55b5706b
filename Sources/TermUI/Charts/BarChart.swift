import Foundation

/// Bars with labels and values, horizontal (a row per bar) or vertical (a column per bar).
/// Negative values grow the other way from a zero axis; a group holds one bar per series, told
/// apart by colour and, where colour is missing, by fill (█ ▓ ▒ ░, or # = - . in ASCII).
public struct BarChart: Widget {
    public enum Orientation: Sendable {
        case horizontal
        case vertical
    }

    public struct Group: Sendable {
        public var label: String
        public var values: [Double]

        public init(label: String, values: [Double]) {
            self.label = label
            self.values = values
        }
    }

    public var groups: [Group]
    /// Shown as a legend when there is more than one series.
    public var seriesNames: [String]
    public var orientation: Orientation
    public var valueFormatter: (Double) -> String
    /// One per series; missing ones come from the theme.
    public var styles: [Style]

    public init(groups: [Group], seriesNames: [String] = [], orientation: Orientation = .horizontal,
                valueFormatter: @escaping (Double) -> String = BarChart.defaultFormat, styles: [Style] = []) {
        self.groups = groups
        self.seriesNames = seriesNames
        self.orientation = orientation
        self.valueFormatter = valueFormatter
        self.styles = styles
    }

    /// One series of labelled bars.
    public init(bars: [(label: String, value: Double)], orientation: Orientation = .horizontal,
                valueFormatter: @escaping (Double) -> String = BarChart.defaultFormat, style: Style? = nil) {
        self.init(groups: bars.map { Group(label: $0.label, values: [$0.value]) }, orientation: orientation,
                  valueFormatter: valueFormatter, styles: style.map { [$0] } ?? [])
    }

    /// Whole numbers without decimals, others with one.
    public static func defaultFormat(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.1f", value)
    }

    private var seriesCount: Int { max(1, groups.map(\.values.count).max() ?? 1) }

    private func style(_ series: Int, _ theme: Theme) -> Style {
        let fallback = [theme.accent, theme.ok, theme.warn, theme.danger]
        return (series < styles.count ? styles[series] : fallback[series % fallback.count]).inheriting(from: theme.base)
    }

    /// The fill of a whole cell of series `series`.
    private func fill(_ series: Int, _ symbols: Symbols) -> String {
        let marks = symbols.isASCII ? ["#", "=", "-", "."] : ["█", "▓", "▒", "░"]
        return marks[series % marks.count]
    }

    private static func finite(_ value: Double) -> Double { value.isFinite ? value : 0 }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty, !groups.isEmpty else { return }
        var body = area
        if seriesNames.count > 1, area.height >= 3 {
            var spans: [Span] = []
            for (index, name) in seriesNames.enumerated() {
                spans.append(Span(fill(index, theme.symbols) + " ", style: style(index, theme)))
                spans.append(Span(name + "  ", style: theme.base))
            }
            Line(spans).render(area.row(0), into: &buffer, theme: theme)
            body = area.inset(top: 1)
        }
        switch orientation {
        case .horizontal: renderRows(body, into: &buffer, theme: theme)
        case .vertical: renderColumns(body, into: &buffer, theme: theme)
        }
    }

    /// The scale's ends over the groups shown: bars out of the area do not stretch it.
    private static func range(_ shown: some Sequence<Group>) -> (top: Double, bottom: Double) {
        let values = shown.flatMap(\.values).map(finite)
        return (max(0, values.max() ?? 0), min(0, values.min() ?? 0))
    }

    // MARK: Horizontal

    private func renderRows(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        let series = seriesCount
        let rows = groups.flatMap { group in (0..<series).map { (group, $0) } }.prefix(area.height)
        // With rows to spare the bars thicken and stand apart, so a tall panel is not a strip at its top.
        let pitch = max(1, min(3, area.height / max(1, rows.count)))
        let thickness = pitch == 3 ? 2 : 1
        let (top, bottom) = Self.range(rows.map(\.0))
        let texts = rows.map { group, s in s < group.values.count ? valueFormatter(group.values[s]) : "" }
        let valueWidth = texts.map { DisplayWidth.of($0) }.max() ?? 0
        // Labels take what they need while ten columns are left for the bars, and at least a third.
        let labelWidth = min(rows.map { DisplayWidth.of($0.0.label) }.max() ?? 0, max(area.width / 3, area.width - valueWidth - 12))
        let barX = area.x + (labelWidth > 0 ? labelWidth + 1 : 0)
        let room = max(0, area.maxX - barX - valueWidth - 1)
        // Negative bars get the share of the room their range takes, left of a one-column axis.
        let negativeRoom = bottom < 0 ? Int((Double(room) * -bottom / (top - bottom)).rounded(.down)) : 0
        let axisX = barX + negativeRoom
        let positiveRoom = max(0, room - negativeRoom - (bottom < 0 ? 1 : 0))
        let ellipsis = theme.symbols.ellipsis
        let geometry = RowGeometry(axisX: axisX, positiveRoom: positiveRoom, negativeRoom: negativeRoom, top: top, bottom: bottom)
        for (i, (group, s)) in rows.enumerated() {
            let y = area.y + i * pitch
            if labelWidth > 0, s == 0 {
                buffer.writePadded(group.label, x: area.x, y: y, width: labelWidth, style: theme.base, ellipsis: ellipsis)
            }
            let value = s < group.values.count ? Self.finite(group.values[s]) : 0
            var end = 0
            for row in 0..<thickness { end = drawBar(value, series: s, y: y + row, geometry, into: &buffer, theme: theme) }
            let start = axisX + (bottom < 0 ? 1 : 0)
            let valueX = end + (end > start ? 1 : 0)
            buffer.write(DisplayWidth.truncate(texts[i], to: max(0, area.maxX - valueX), ellipsis: ellipsis), x: valueX, y: y, style: theme.base)
        }
    }

    /// Where a row's bar grows from and how far each way it can go.
    private struct RowGeometry {
        var axisX: Int
        var positiveRoom: Int
        var negativeRoom: Int
        var top: Double
        var bottom: Double
    }

    /// One row of a horizontal bar; returns the column after a positive bar (or after the axis).
    private func drawBar(_ value: Double, series s: Int, y: Int, _ g: RowGeometry, into buffer: inout Buffer, theme: Theme) -> Int {
        let barStyle = style(s, theme)
        if g.bottom < 0 { buffer.write(theme.symbols.vertical, x: g.axisX, y: y, width: 1, style: theme.muted.inheriting(from: theme.base)) }
        var end = g.axisX + (g.bottom < 0 ? 1 : 0)
        if value > 0, g.top > 0 {
            let filled = Int((value / g.top * Double(g.positiveRoom * 8)).rounded())
            let whole = s == 0 ? filled / 8 : (filled + 4) / 8
            for _ in 0..<whole { end += buffer.write(fill(s, theme.symbols), x: end, y: y, width: 1, style: barStyle) }
            if s == 0, filled % 8 > 0 { end += buffer.write(theme.symbols.eighths[filled % 8 - 1], x: end, y: y, width: 1, style: barStyle) }
        } else if value < 0 {
            let cells = Double(g.negativeRoom) * value / g.bottom
            let whole = Int(cells.rounded(.down))
            for c in 0..<whole { buffer.write(fill(s, theme.symbols), x: g.axisX - 1 - c, y: y, width: 1, style: barStyle) }
            if cells - Double(whole) >= 0.5, !theme.symbols.isASCII {
                buffer.write("▐", x: g.axisX - 1 - whole, y: y, width: 1, style: barStyle)
            }
        }
        return end
    }

    // MARK: Vertical

    private func renderColumns(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        let series = seriesCount
        guard area.height >= 3 else { return }
        // Each group: its bars side by side, one column apart from the next group.
        let perGroup = { (barWidth: Int) in barWidth * series + 1 }
        let barWidth = max(1, min(6, (area.width + 1) / max(1, groups.count) / series - (series == 1 ? 1 : 0)))
        let shown = groups.prefix(max(1, (area.width + 1) / perGroup(barWidth)))
        let (top, bottom) = Self.range(shown)
        let plot = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        let span = top - bottom
        // The zero row: negative bars hang below it, positive ones stand on it.
        let positiveRows = span > 0 ? Int((Double(plot.height) * top / span).rounded()) : plot.height
        let zeroY = plot.y + positiveRows
        let sparks = theme.symbols.sparks
        for (g, group) in shown.enumerated() {
            let groupX = area.x + g * perGroup(barWidth)
            let groupWidth = min(perGroup(barWidth) - 1, area.maxX - groupX)
            guard groupWidth > 0 else { break }
            buffer.writePadded(group.label, x: groupX, y: area.maxY - 1, width: groupWidth, style: theme.base, ellipsis: theme.symbols.ellipsis)
            for s in 0..<series {
                let x = groupX + s * barWidth
                let width = min(barWidth, area.maxX - x)
                guard width > 0 else { break }
                let value = s < group.values.count ? Self.finite(group.values[s]) : 0
                let barStyle = style(s, theme)
                var labelY = zeroY - 1
                if value > 0, top > 0 {
                    let eighthsUp = Int((value / top * Double(positiveRows * 8)).rounded())
                    for r in 0..<(eighthsUp + 7) / 8 {
                        let level = min(8, eighthsUp - r * 8)
                        let symbol = level == 8 || s > 0 ? fill(s, theme.symbols) : sparks[level - 1]
                        buffer.fill(Rect(x: x, y: zeroY - 1 - r, width: width, height: 1), symbol: symbol, style: barStyle)
                    }
                    labelY = zeroY - 1 - (eighthsUp + 7) / 8
                } else if value < 0 {
                    let rows = Int((Double(plot.maxY - zeroY) * value / bottom).rounded())
                    buffer.fill(Rect(x: x, y: zeroY, width: width, height: rows), symbol: fill(s, theme.symbols), style: barStyle)
                }
                let text = valueFormatter(value)
                if series == 1, labelY >= area.y, DisplayWidth.of(text) <= groupWidth {
                    buffer.write(text, x: groupX, y: labelY, style: theme.muted.inheriting(from: theme.base))
                }
            }
        }
    }
}

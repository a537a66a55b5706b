/// A map made of tiles on a grid, each placed roughly where its place lies (no geometry), filled
/// by its step on a heat scale, with its name (the short one when the full one does not fit),
/// its value, and the step's mark so it reads without colour. A legend row closes the map.
public struct TileMap: Widget {
    public struct Tile: Sendable {
        public var column: Int
        public var row: Int
        public var name: String
        public var shortName: String
        public var value: Double
        public var valueText: String

        public init(column: Int, row: Int, name: String, shortName: String, value: Double, valueText: String) {
            self.column = column
            self.row = row
            self.name = name
            self.shortName = shortName
            self.value = value
            self.valueText = valueText
        }
    }

    public var tiles: [Tile]
    public var scale: HeatScale
    /// What the colours measure, and the words at the ends of the legend.
    public var legend: (title: String, low: String, high: String)?

    public init(tiles: [Tile], scale: HeatScale, legend: (title: String, low: String, high: String)? = nil) {
        self.tiles = tiles
        self.scale = scale
        self.legend = legend
    }

    /// The grid's size in tiles.
    var gridSize: (columns: Int, rows: Int) {
        ((tiles.map(\.column).max() ?? -1) + 1, (tiles.map(\.row).max() ?? -1) + 1)
    }

    /// The rectangle of the tile at grid (column, row) in the map area, a column of gap on its right.
    public func tileRect(column: Int, row: Int, in area: Rect) -> Rect {
        let size = gridSize
        guard size.columns > 0, size.rows > 0 else { return .zero }
        let x0 = area.x + column * area.width / size.columns, x1 = area.x + (column + 1) * area.width / size.columns
        let y0 = area.y + row * area.height / size.rows, y1 = area.y + (row + 1) * area.height / size.rows
        return Rect(x: x0, y: y0, width: max(0, x1 - x0 - 1), height: max(0, y1 - y0))
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty, !tiles.isEmpty else { return }
        var map = area
        if let legend, area.height >= 3 {
            var spans = [Span(legend.title + "  ", style: theme.header)]
            spans += scale.legend(low: legend.low, high: legend.high, theme: theme)
            Line(spans).render(area.row(area.height - 1), into: &buffer, theme: theme)
            map = area.inset(bottom: 1)
        }
        for tile in tiles { draw(tile, in: tileRect(column: tile.column, row: tile.row, in: map), into: &buffer, theme: theme) }
    }

    private func draw(_ tile: Tile, in rect: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        let step = scale.step(tile.value)
        let fill = step.map { scale.style($0, theme: theme) } ?? theme.muted
        buffer.fill(rect, style: fill)
        let name = DisplayWidth.of(tile.name) <= rect.width ? tile.name : tile.shortName
        let value = (step.map { scale.mark($0, symbols: theme.symbols) + " " } ?? "") + tile.valueText
        let ellipsis = theme.symbols.ellipsis
        if rect.height == 1 {
            let both = name + " " + value
            let text = DisplayWidth.of(both) <= rect.width ? both : DisplayWidth.truncate(tile.shortName, to: rect.width, ellipsis: ellipsis)
            buffer.write(text, x: rect.x, y: rect.y, width: rect.width, style: fill)
            return
        }
        let top = rect.y + (rect.height - 2) / 2
        buffer.write(DisplayWidth.truncate(name, to: rect.width, ellipsis: ellipsis), x: rect.x, y: top, style: fill.adding(.bold))
        buffer.write(DisplayWidth.truncate(value, to: rect.width, ellipsis: ellipsis), x: rect.x, y: top + 1, style: fill)
    }
}

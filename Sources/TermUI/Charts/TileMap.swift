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
        // Full names only when every tile has room for its own, so the map reads alike.
        let full = tiles.allSatisfy { DisplayWidth.of($0.name) <= tileRect(column: $0.column, row: $0.row, in: map).width }
        for tile in tiles { draw(tile, full: full, in: tileRect(column: tile.column, row: tile.row, in: map), into: &buffer, theme: theme) }
    }

    private func draw(_ tile: Tile, full: Bool, in rect: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        let step = scale.step(tile.value)
        let fill = step.map { scale.style($0, theme: theme) } ?? theme.muted
        buffer.fill(rect, style: fill)
        // A short name cut to the tile keeps its first characters; an ellipsis would leave one.
        let name = full ? tile.name : DisplayWidth.truncate(tile.shortName, to: rect.width, ellipsis: "")
        let value = (step.map { scale.mark($0, symbols: theme.symbols) + " " } ?? "") + tile.valueText
        let ellipsis = theme.symbols.ellipsis
        if rect.height == 1 {
            let both = name + " " + value
            let text = DisplayWidth.of(both) <= rect.width ? both : DisplayWidth.truncate(tile.shortName, to: rect.width, ellipsis: ellipsis)
            buffer.write(text, x: rect.x, y: rect.y, width: rect.width, style: fill)
            return
        }
        // Both lines centred in the tile: on a big screen a corner label is lost in the fill.
        let top = rect.y + (rect.height - 2) / 2
        let shownValue = DisplayWidth.truncate(value, to: rect.width, ellipsis: ellipsis)
        let left = rect.x + max(0, (rect.width - max(DisplayWidth.of(name), DisplayWidth.of(shownValue))) / 2)
        buffer.write(name, x: left, y: top, width: rect.maxX - left, style: fill.adding(.bold))
        buffer.write(shownValue, x: left, y: top + 1, width: rect.maxX - left, style: fill)
    }
}

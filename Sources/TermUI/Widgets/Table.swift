/// A header row and the visible slice of `rowCount` rows. Cells come from the `cell` closure
/// (row, column), called only for the rows on screen, so a frame costs the same for ten rows or
/// a million.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var selected: Int?
    public var offset: Int
    public var sort: (column: Int, ascending: Bool)?
    /// Shown in the body when there are no rows.
    public var emptyMessage: String?
    /// Draws "selected/total" in the bottom-right corner when the rows do not all fit.
    public var scrollHint: Bool
    /// A whole row's own style (a live change's highlight), under its cells and across the gaps
    /// between them; nil for the plain rows. The selection still wins.
    public var rowStyle: ((Int) -> Style?)?
    public var cell: (Int, Int) -> TableCell

    public init(columns: [TableColumn], rowCount: Int, selected: Int?, offset: Int,
                sort: (column: Int, ascending: Bool)? = nil, emptyMessage: String? = nil, scrollHint: Bool = true,
                rowStyle: ((Int) -> Style?)? = nil, cell: @escaping (Int, Int) -> TableCell) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.selected = selected
        self.offset = offset
        self.sort = sort
        self.emptyMessage = emptyMessage
        self.scrollHint = scrollHint
        self.rowStyle = rowStyle
        self.cell = cell
    }

    /// Rows of data that fit under the header.
    public static func visibleRowCount(in area: Rect) -> Int { max(0, area.height - 1) }

    /// The offset that keeps `selected` on screen, moving as little as possible from `offset`.
    public static func offset(keeping selected: Int, offset: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard rowCount > 0, visibleRows > 0 else { return 0 }
        let sel = min(max(0, selected), rowCount - 1)
        var result = offset
        if sel < result { result = sel }
        if sel >= result + visibleRows { result = sel - visibleRows + 1 }
        return min(max(0, result), max(0, rowCount - visibleRows))
    }

    /// "12/3400": the selected row (or the first visible) out of all rows.
    public var positionText: String { "\((selected ?? offset) + 1)/\(rowCount)" }

    /// Where each visible column's header and each visible row lie on screen, for hit regions.
    public struct HitAreas: Sendable {
        public var headers: [(column: Int, rect: Rect)] = []
        public var rows: [(row: Int, rect: Rect)] = []

        public init() {}
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        draw(area, into: &buffer, theme: theme)
    }

    /// Draws the table and says where its headers and rows landed, from the one layout it drew with.
    @discardableResult
    public func draw(_ area: Rect, into buffer: inout Buffer, theme: Theme) -> HitAreas {
        buffer.fill(area, style: theme.base)
        var hits = HitAreas()
        guard !area.isEmpty else { return hits }
        let visible = visibleRows(in: area)
        let cells = visibleCells(in: area)
        let slots = layout(cells: cells, width: area.width)
        let ellipsis = theme.symbols.ellipsis
        hits.headers = slots.map { (column: $0.column, rect: Rect(x: area.x + $0.x, y: area.y, width: $0.width, height: 1)) }
        hits.rows = visible.enumerated().map { i, row in (row: row, rect: Rect(x: area.x, y: area.y + 1 + i, width: area.width, height: 1)) }

        buffer.fill(area.row(0), style: theme.header)
        for slot in slots {
            let column = columns[slot.column]
            buffer.writePadded(headerText(slot.column, width: slot.width, symbols: theme.symbols), x: area.x + slot.x, y: area.y,
                               width: slot.width, style: theme.header, alignRight: column.alignRight, ellipsis: ellipsis)
        }

        for (i, row) in visible.enumerated() {
            let y = area.y + 1 + i
            let rowStyle = row == selected ? theme.selected : (self.rowStyle?(row)?.inheriting(from: theme.base) ?? theme.base)
            buffer.fill(area.row(1 + i), style: rowStyle)
            for slot in slots {
                let c = cells[i][slot.column]
                let style = row == selected ? rowStyle : (c.style?.inheriting(from: rowStyle) ?? rowStyle)
                buffer.writePadded(c.text, x: area.x + slot.x, y: y, width: slot.width, style: style,
                                   alignRight: columns[slot.column].alignRight, ellipsis: ellipsis)
            }
        }

        if rowCount == 0, let emptyMessage, area.height > 1 {
            let body = area.inset(top: 1)
            Line(emptyMessage, style: theme.muted, alignment: .center).render(body.row(body.height / 2), into: &buffer, theme: theme)
        }

        if scrollHint, rowCount > visible.count, !visible.isEmpty {
            let hint = " " + positionText
            let w = DisplayWidth.of(hint)
            if w * 3 <= area.width {
                let y = area.maxY - 1
                let rowStyle = visible.last == selected ? theme.selected : theme.base
                buffer.write(hint, x: area.maxX - w, y: y, width: w, style: theme.muted.inheriting(from: rowStyle))
            }
        }
        return hits
    }

    /// The rows on screen: `offset` clamped so the last page is full.
    private func visibleRows(in area: Rect) -> Range<Int> {
        let count = Table.visibleRowCount(in: area)
        let first = max(0, min(offset, rowCount - count))
        return first..<min(rowCount, first + count)
    }

    private func visibleCells(in area: Rect) -> [[TableCell]] {
        visibleRows(in: area).map { row in columns.indices.map { cell(row, $0) } }
    }

    private func indicator(_ column: Int, symbols: Symbols) -> String {
        guard let sort, sort.column == column else { return "" }
        return sort.ascending ? symbols.sortAscending : symbols.sortDescending
    }

    /// The header title with its sort mark; the title is cut first so the mark stays visible.
    private func headerText(_ column: Int, width: Int, symbols: Symbols) -> String {
        let mark = indicator(column, symbols: symbols)
        let title = columns[column].title
        if DisplayWidth.of(title) + DisplayWidth.of(mark) <= width || mark.isEmpty { return title + mark }
        return DisplayWidth.truncate(title, to: width - DisplayWidth.of(mark), ellipsis: symbols.ellipsis) + mark
    }

    /// Column positions (relative to the area) and widths. Columns that do not fit even at their
    /// minimum are dropped, the lowest priority first (the rightmost among equals); the kept ones
    /// shrink towards their minimum (weighted ones first, then right to left), or take spare
    /// width: first the text that would be cut, then by weight up to their maximum.
    private func layout(cells: [[TableCell]], width: Int) -> [(column: Int, x: Int, width: Int)] {
        guard !columns.isEmpty, width > 0 else { return [] }
        let contents = columns.indices.map { c -> Int in
            // Both symbol sets have one-column sort marks, so sizing needs no theme (header clicks have none).
            let header = DisplayWidth.of(columns[c].title) + DisplayWidth.of(indicator(c, symbols: .unicode))
            return cells.reduce(header) { max($0, DisplayWidth.of($1[c].text)) }
        }
        var kept = Array(columns.indices)
        while kept.count > 1, kept.reduce(kept.count - 1, { $0 + columns[$1].minWidth }) > width {
            let drop = kept.indices.min { a, b in
                (columns[kept[a]].priority, -a) < (columns[kept[b]].priority, -b)
            } ?? kept.count - 1
            kept.remove(at: drop)
        }
        var widths = kept.map { min(max(contents[$0], columns[$0].minWidth), columns[$0].maxWidth) }
        var excess = widths.reduce(kept.count - 1, +) - width
        if excess > 0 {
            // The flexible (weighted) columns give way first, then the others from the right.
            let order = kept.indices.filter { columns[kept[$0]].weight > 0 }.reversed() + kept.indices.filter { columns[kept[$0]].weight == 0 }.reversed()
            for k in order where excess > 0 {
                let cut = min(excess, widths[k] - min(columns[kept[k]].minWidth, widths[k]))
                widths[k] -= cut
                excess -= cut
            }
            if excess > 0 { widths[0] = max(0, widths[0] - excess) }
        } else {
            var spare = -excess
            for k in kept.indices where spare > 0 && contents[kept[k]] > widths[k] {
                let grow = min(spare, contents[kept[k]] - widths[k])
                widths[k] += grow
                spare -= grow
            }
            var given = [Int](repeating: 0, count: kept.count)
            while spare > 0 {
                // Each column of spare goes to the weighted column furthest below its share.
                let open = kept.indices.filter { columns[kept[$0]].weight > 0 && widths[$0] < columns[kept[$0]].maxWidth }
                guard let next = open.min(by: {
                    (given[$0] + 1) * columns[kept[$1]].weight < (given[$1] + 1) * columns[kept[$0]].weight
                }) else { break }
                widths[next] += 1
                given[next] += 1
                spare -= 1
            }
        }
        var x = 0
        return kept.enumerated().map { k, column in
            defer { x += widths[k] + 1 }
            return (column: column, x: x, width: widths[k])
        }
    }
}

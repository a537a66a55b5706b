/// A grid of cells covering `area`: what one frame shows. Widgets draw into it; it never traps on
/// a write outside its area (the write is dropped) and never lets a control character in.
public struct Buffer: Equatable, Sendable {
    public let area: Rect
    public private(set) var cells: [Cell]

    public init(area: Rect, filling cell: Cell = .blank) {
        self.area = area
        self.cells = [Cell](repeating: cell, count: area.area)
    }

    public init(width: Int, height: Int) {
        self.init(area: Rect(x: 0, y: 0, width: width, height: height))
    }

    private func index(_ x: Int, _ y: Int) -> Int? {
        guard area.contains(x: x, y: y) else { return nil }
        return (y - area.y) * area.width + (x - area.x)
    }

    /// The cell at a position; a blank cell outside the area.
    public subscript(x: Int, y: Int) -> Cell {
        guard let i = index(x, y) else { return .blank }
        return cells[i]
    }

    /// Puts one grapheme at (x, y) and returns the columns it took (0 when nothing fit).
    /// A wide grapheme that would cross the area's right edge or `limit` becomes a space, and any
    /// wide grapheme partly overwritten is blanked so no half character stays on screen.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let right = min(area.maxX, limit ?? area.maxX)
        guard x < right, index(x, y) != nil else { return 0 }
        let shown = Sanitizer.visible(character)
        let width = DisplayWidth.of(shown)
        if width == 0 { return 0 }
        if width == 2 && x + 1 >= right {
            place(Cell(symbol: " ", style: style), x: x, y: y)
            return 1
        }
        place(Cell(symbol: String(shown), style: style, width: UInt8(width)), x: x, y: y)
        if width == 2 { place(Cell(symbol: "", style: style, width: 0), x: x + 1, y: y) }
        return width
    }

    /// Writes a string from (x, y) to the right, at most `width` columns (and never past the area).
    /// Returns the columns used. Text that does not fit is cut, never wrapped.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, width: Int? = nil, style: Style) -> Int {
        let limit = width.map { x + max(0, $0) } ?? area.maxX
        var column = x
        for ch in text {
            if column >= limit { break }
            if column < area.x {
                column += DisplayWidth.of(Sanitizer.visible(ch))
                continue
            }
            let used = put(ch, x: column, y: y, style: style, limit: limit)
            if used == 0 && DisplayWidth.of(Sanitizer.visible(ch)) > 0 { break }
            column += used
        }
        return column - x
    }

    /// Writes text cut with an ellipsis to fit `width` columns, padding the rest with spaces.
    /// The padding is filled in one go rather than written space by space: table columns are
    /// mostly padding, and this is the hot path of a frame.
    public mutating func writePadded(_ text: String, x: Int, y: Int, width: Int, style: Style, alignRight: Bool = false, ellipsis: String = "…") {
        guard width > 0 else { return }
        let shown = DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
        let gap = max(0, width - DisplayWidth.of(shown))
        fill(Rect(x: alignRight ? x : x + width - gap, y: y, width: gap, height: 1), style: style)
        write(shown, x: alignRight ? x + gap : x, y: y, width: width - gap, style: style)
    }

    /// Fills a rectangle (clipped to the area) with one narrow symbol.
    public mutating func fill(_ rect: Rect, symbol: String = " ", style: Style = .plain) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let cell = Cell(symbol: symbol, style: style)
        for y in r.y..<r.maxY {
            let row = (y - area.y) * area.width
            for x in r.x..<r.maxX { cells[row + x - area.x] = cell }
        }
        repairEdges(of: r)
    }

    /// Changes the style of every cell in a rectangle, keeping the symbols.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            let row = (y - area.y) * area.width
            for x in r.x..<r.maxX { cells[row + x - area.x].style = style }
        }
    }

    /// Replaces the cell at (x, y), blanking the other half of any wide grapheme it cuts.
    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        guard let i = index(x, y) else { return }
        let old = cells[i]
        if old.isContinuation, cell.width != 0, let left = index(x - 1, y), cells[left].width == 2 {
            cells[left] = Cell(symbol: " ", style: cells[left].style)
        }
        if old.width == 2, cell.width != 2, let right = index(x + 1, y), cells[right].isContinuation {
            cells[right] = Cell(symbol: " ", style: cells[right].style)
        }
        cells[i] = cell
    }

    /// After a fill, wide graphemes straddling the rectangle's left or right edge lose their half.
    private mutating func repairEdges(of r: Rect) {
        for y in r.y..<r.maxY {
            if let left = index(r.x - 1, y), cells[left].width == 2 {
                cells[left] = Cell(symbol: " ", style: cells[left].style)
            }
            if let right = index(r.maxX, y), cells[right].isContinuation {
                cells[right] = Cell(symbol: " ", style: cells[right].style)
            }
        }
    }

    /// Copies another buffer's cells onto this one where the areas overlap. A wide grapheme cut
    /// by the overlap's edge arrives as a space rather than half a character.
    public mutating func merge(_ other: Buffer) {
        let r = other.area.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                var cell = other[x, y]
                if (cell.isContinuation && x == r.x) || (cell.width == 2 && x == r.maxX - 1) {
                    cell = Cell(symbol: " ", style: cell.style)
                }
                place(cell, x: x, y: y)
            }
        }
    }

    /// The rows as plain text, wide graphemes once each; trailing spaces trimmed unless asked.
    public func lines(trimTrailing: Bool = true) -> [String] {
        (0..<area.height).map { row in
            var line = ""
            let start = row * area.width
            for cell in cells[start..<start + area.width] where !cell.isContinuation { line += cell.symbol }
            if trimTrailing { while line.last == " " { line.removeLast() } }
            return line
        }
    }

    /// The whole buffer as text, one line per row.
    public var text: String { lines().joined(separator: "\n") }
}

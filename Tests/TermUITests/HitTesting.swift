import TermUI

/// Point lookups over the hit areas the widgets report, as the tests ask them.
extension Table {
    /// The column whose header is under screen column `x`.
    func columnAt(x: Int, in area: Rect) -> Int? {
        var scratch = Buffer(width: area.maxX, height: area.maxY)
        return draw(area, into: &scratch, theme: .make(tier: .monochrome)).headers.first { $0.rect.contains(x: x, y: area.y) }?.column
    }

    /// The row under screen row `y` (nil for the header).
    func rowAt(y: Int, in area: Rect) -> Int? {
        var scratch = Buffer(width: area.maxX, height: area.maxY)
        return draw(area, into: &scratch, theme: .make(tier: .monochrome)).rows.first { $0.rect.contains(x: area.x, y: y) }?.row
    }
}

extension Tabs {
    func tabAt(x: Int, in area: Rect) -> Int? {
        hitAreas(in: area).first { $0.rect.contains(x: x, y: area.y) }?.index
    }
}

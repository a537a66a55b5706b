import TermUI

/// What drawing returns: the cells, where the terminal cursor goes (in the text being typed), and
/// the regions clicks resolve through, later ones on top. Pages draw into a frame of their own
/// commands; the shell lifts it into the app's actions.
public struct Frame<Command> {
    public var buffer: Buffer
    public var cursor: (x: Int, y: Int)?
    public var regions: [HitRegion<Command>] = []

    public init(buffer: Buffer, cursor: (x: Int, y: Int)? = nil) {
        self.buffer = buffer
        self.cursor = cursor
    }

    public mutating func region(_ rect: Rect, _ command: Command?) {
        regions.append(HitRegion(rect, command))
    }

    /// What a click at (x, y) asks for: the topmost region there decides. The outer nil means no
    /// region is there; the inner nil that the region swallows the click.
    public func hit(x: Int, y: Int) -> Command?? {
        guard let region = regions.last(where: { $0.rect.contains(x: x, y: y) }) else { return nil }
        return .some(region.command)
    }

    /// Draws a child into this frame's buffer (the page into the screen), taking its cursor and its
    /// regions with their commands lifted.
    public mutating func embed<Child>(_ draw: (inout Frame<Child>) -> Void, lift: (Child) -> Command) {
        var child = Frame<Child>(buffer: buffer)
        buffer = Buffer(width: 0, height: 0)
        draw(&child)
        buffer = child.buffer
        if let cursor = child.cursor { self.cursor = cursor }
        regions += child.regions.map { HitRegion($0.rect, $0.command.map(lift)) }
    }

    /// Regions for a drawn table's headers (sort by that column) and rows (select that row).
    public mutating func tableRegions(_ areas: Table.HitAreas, sort: (Int) -> Command, select: (Int) -> Command) {
        for header in areas.headers { region(header.rect, sort(header.column)) }
        for row in areas.rows { region(row.rect, select(row.row)) }
    }
}

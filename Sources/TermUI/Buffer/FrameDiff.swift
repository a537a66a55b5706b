/// One cell a backend must write to turn the previous frame into the next.
public struct CellUpdate: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}

/// Compares two frames of the same size and lists the cells that changed, so a backend writes
/// only those. When a wide grapheme changes, its continuation cell does not need its own update.
public enum FrameDiff {
    public static func updates(from previous: Buffer, to next: Buffer) -> [CellUpdate] {
        guard previous.area == next.area else { return all(next) }
        var result: [CellUpdate] = []
        let width = next.area.width
        let old = previous.cells, new = next.cells
        var i = 0
        while i < new.count {
            if new[i] != old[i] {
                let cell = new[i]
                // A continuation that changed alone means its left half changed width: redraw that
                // (unless the left half differs too, and so is already listed).
                if cell.isContinuation {
                    if i % width > 0 && new[i - 1] == old[i - 1] { result.append(update(next, i - 1, width)) }
                } else {
                    result.append(update(next, i, width))
                }
            }
            i += 1
        }
        return result
    }

    /// Every cell of a frame, for a full repaint.
    public static func all(_ buffer: Buffer) -> [CellUpdate] {
        var result: [CellUpdate] = []
        result.reserveCapacity(buffer.cells.count)
        for (i, cell) in buffer.cells.enumerated() where !cell.isContinuation {
            result.append(update(buffer, i, buffer.area.width))
        }
        return result
    }

    private static func update(_ buffer: Buffer, _ i: Int, _ width: Int) -> CellUpdate {
        CellUpdate(x: buffer.area.x + i % width, y: buffer.area.y + i / width, cell: buffer.cells[i])
    }
}

/// A surface of dots over a rectangle of cells, drawn with points, lines and rectangles, then
/// rendered as braille, half blocks or plain characters. Each dot remembers the layer (series)
/// that set it last; a cell takes the style of the last layer drawn in it, and in character mode
/// each layer has its own mark so series stay apart without colour.
public struct Canvas: Sendable {
    public let columns: Int
    public let rows: Int
    public let resolution: CanvasResolution
    /// Width and height in dots.
    public let width: Int
    public let height: Int
    /// Layer + 1 per dot, row by row; 0 is empty.
    private var dots: [UInt8]

    public init(columns: Int, rows: Int, resolution: CanvasResolution) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.resolution = resolution
        let per = resolution.dotsPerCell
        width = self.columns * per.x
        height = self.rows * per.y
        dots = [UInt8](repeating: 0, count: width * height)
    }

    /// Sets the dot at (x, y), counted from the top left; dots outside the canvas are dropped.
    public mutating func point(x: Int, y: Int, layer: Int = 0) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        dots[y * width + x] = UInt8(min(254, max(0, layer)) + 1)
    }

    /// A straight line of dots between two points, both ends included.
    public mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int), layer: Int = 0) {
        let steps = max(abs(b.x - a.x), abs(b.y - a.y))
        guard steps > 0 else { return point(x: a.x, y: a.y, layer: layer) }
        for s in 0...steps {
            point(x: a.x + (b.x - a.x) * s / steps, y: a.y + (b.y - a.y) * s / steps, layer: layer)
        }
    }

    /// The outline of a rectangle of dots.
    public mutating func rectangle(x: Int, y: Int, width w: Int, height h: Int, layer: Int = 0) {
        guard w > 0, h > 0 else { return }
        line(from: (x, y), to: (x + w - 1, y), layer: layer)
        line(from: (x, y + h - 1), to: (x + w - 1, y + h - 1), layer: layer)
        line(from: (x, y), to: (x, y + h - 1), layer: layer)
        line(from: (x + w - 1, y), to: (x + w - 1, y + h - 1), layer: layer)
    }

    /// Whether the dot at (x, y) is set.
    public func isSet(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height && dots[y * width + x] != 0
    }

    /// The marks of the layers in character mode, in order; later layers reuse the last.
    public static let characterMarks: [Character] = ["*", "+", "o", "x", "#"]

    /// Draws the set dots into `buffer` with the canvas's top left at (x, y); cells without dots
    /// are left as they are, so axes and labels drawn before stay visible around the lines.
    public func render(x originX: Int, y originY: Int, into buffer: inout Buffer, styles: [Style]) {
        let per = resolution.dotsPerCell
        for cy in 0..<rows {
            for cx in 0..<columns {
                var mask: UInt32 = 0
                var layer = 0
                for dy in 0..<per.y {
                    for dx in 0..<per.x {
                        let value = dots[(cy * per.y + dy) * width + cx * per.x + dx]
                        guard value != 0 else { continue }
                        mask |= Self.bit(dx, dy, resolution)
                        layer = max(layer, Int(value) - 1)
                    }
                }
                guard mask != 0 else { continue }
                let style = styles.isEmpty ? Style.plain : styles[min(layer, styles.count - 1)]
                buffer.put(symbol(mask, layer: layer), x: originX + cx, y: originY + cy, style: style)
            }
        }
    }

    /// The bit of dot (dx, dy) within its cell: braille numbers its dots down the left column,
    /// then the right, with the bottom row last.
    private static func bit(_ dx: Int, _ dy: Int, _ resolution: CanvasResolution) -> UInt32 {
        switch resolution {
        case .braille:
            let braille: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
            return braille[dy][dx]
        case .halfBlock: return dy == 0 ? 1 : 2
        case .characters: return 1
        }
    }

    private func symbol(_ mask: UInt32, layer: Int) -> Character {
        switch resolution {
        case .braille: Character(Unicode.Scalar(0x2800 + mask) ?? " ")
        case .halfBlock: mask == 3 ? "█" : mask == 1 ? "▀" : "▄"
        case .characters: Self.characterMarks[min(layer, Self.characterMarks.count - 1)]
        }
    }
}

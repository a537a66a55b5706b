/// Text drawn from a bitmap font at several times the terminal's character size, for titles a
/// room can read off a projector. Each glyph's 16×16 (or 8×16) pixels go through a `Canvas`:
///
/// | size  | Unicode                      | cells per wide glyph |
/// |-------|------------------------------|----------------------|
/// | rows8 | half blocks, 1×2 pixels each | 16 × 8               |
/// | rows4 | braille, 2×4 pixels each     | 8 × 4                |
///
/// so a glyph keeps the square shape of a Chinese character (a cell is twice as tall as wide) and
/// every pixel: a Chinese character scaled below 16×16 pixels turns to blots, so there is no
/// smaller size. With ASCII symbols a `#` stands for a cell's two pixels at rows8, and rows4
/// has no ASCII form. Characters the font lacks, or no font at all, leave the text as ordinary
/// bold text: a title is never lost.
public struct BigText: Widget {
    public enum Size: Int, CaseIterable, Comparable, Sendable {
        case rows4 = 4
        case rows8 = 8

        public var rows: Int { rawValue }

        public static func < (a: Size, b: Size) -> Bool { a.rawValue < b.rawValue }

        /// The canvas resolution and how many font pixels go into one canvas dot down (across
        /// it is always one); nil where this size cannot be drawn with `symbols`.
        public func plan(_ symbols: Symbols) -> (resolution: CanvasResolution, stepY: Int)? {
            switch self {
            case .rows8: symbols.isASCII ? (.characters, 2) : (.halfBlock, 1)
            case .rows4: symbols.isASCII ? nil : (.braille, 1)
            }
        }

        /// Columns a glyph `pixels` wide takes.
        func columns(_ pixels: Int) -> Int { pixels * rows / Glyph.height * 2 }
    }

    public var text: String
    public var font: BitmapFont?
    public var size: Size
    public var style: Style?
    public var alignment: Alignment

    public init(_ text: String, font: BitmapFont?, size: Size, style: Style? = nil, alignment: Alignment = .left) {
        self.text = text
        self.font = font
        self.size = size
        self.style = style
        self.alignment = alignment
    }

    /// Columns the text takes at `size`; nil when it cannot be drawn big with `symbols`.
    public static func width(_ text: String, font: BitmapFont?, size: Size, symbols: Symbols) -> Int? {
        guard let font, size.plan(symbols) != nil else { return nil }
        var total = 0
        for character in text {
            guard let glyph = font.glyph(character) else { return nil }
            total += size.columns(glyph.width)
        }
        return total
    }

    /// The largest size at most `maxRows` high at which the text fits `width` columns.
    public static func size(fitting text: String, font: BitmapFont?, width: Int, maxRows: Int, symbols: Symbols) -> Size? {
        Size.allCases.reversed().first { $0.rows <= maxRows && (Self.width(text, font: font, size: $0, symbols: symbols) ?? .max) <= width }
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        let ink = (style ?? theme.title).inheriting(from: theme.base)
        guard let font, let plan = size.plan(theme.symbols), let total = Self.width(text, font: font, size: size, symbols: theme.symbols),
              area.height >= size.rows, total <= area.width else {
            Line(text, style: ink.adding(.bold), alignment: alignment).render(area.row((area.height - 1) / 2), into: &buffer, theme: theme)
            return
        }
        let left: Int
        switch alignment {
        case .left: left = area.x
        case .center: left = area.x + (area.width - total) / 2
        case .right: left = area.maxX - total
        }
        var canvas = Canvas(columns: total, rows: size.rows, resolution: plan.resolution)
        // ASCII draws with the canvas's solid mark.
        let layer = plan.resolution == .characters ? Canvas.characterMarks.count - 1 : 0
        var originX = 0
        for character in text {
            guard let glyph = font.glyph(character) else { continue }
            for y in 0..<Glyph.height {
                for x in 0..<glyph.width where glyph.isSet(x: x, y: y) {
                    canvas.point(x: originX + x, y: y / plan.stepY, layer: layer)
                }
            }
            originX += glyph.width
        }
        canvas.render(x: left, y: area.y, into: &buffer, styles: [ink])
    }
}

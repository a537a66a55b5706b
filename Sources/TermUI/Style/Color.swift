/// A terminal colour. Themes speak in the 256-colour palette; backends step colours down to what
/// the terminal has with `downgraded(to:)`.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// A palette index: 0–7 the basic colours, 8–15 their bright forms, 16–255 the xterm cube and greys.
    case indexed(UInt8)

    public static let black = Color.indexed(0)
    public static let red = Color.indexed(1)
    public static let green = Color.indexed(2)
    public static let yellow = Color.indexed(3)
    public static let blue = Color.indexed(4)
    public static let magenta = Color.indexed(5)
    public static let cyan = Color.indexed(6)
    public static let white = Color.indexed(7)
    public static let brightBlack = Color.indexed(8)
    public static let brightRed = Color.indexed(9)
    public static let brightGreen = Color.indexed(10)
    public static let brightYellow = Color.indexed(11)
    public static let brightBlue = Color.indexed(12)
    public static let brightWhite = Color.indexed(15)

    /// The nearest colour the tier can show (`.default` for monochrome).
    public func downgraded(to tier: ColorTier) -> Color {
        guard case .indexed(let i) = self else { return self }
        switch tier {
        case .xterm256: return self
        case .ansi16: return .indexed(Color.nearest16(i))
        case .ansi8: return .indexed(Color.nearest8(i))
        case .monochrome: return .default
        }
    }

    /// Maps a 256-palette index to the closest of the 16 basic colours by RGB distance.
    static func nearest16(_ index: UInt8) -> UInt8 { nearest(index, among: 16) }

    /// Maps a palette index to one of the 8 basic colours. Greys go to black or white by lightness:
    /// by distance mid grey would land on yellow, and dropping the bright bit would turn grey
    /// (bright black) into black, invisible on a dark screen.
    static func nearest8(_ index: UInt8) -> UInt8 {
        if index < 8 { return index }
        let (r, g, b) = rgb(index)
        if Swift.max(r, g, b) - Swift.min(r, g, b) < 40 { return (r + g + b) / 3 >= 100 ? 7 : 0 }
        return nearest(index, among: 8)
    }

    /// The closest of the first `count` palette colours by RGB distance.
    static func nearest(_ index: UInt8, among count: UInt8) -> UInt8 {
        if index < count { return index }
        let (r, g, b) = rgb(index)
        var best: UInt8 = 0
        var bestDistance = Int.max
        for candidate in UInt8(0)..<count {
            let (cr, cg, cb) = rgb(candidate)
            let d = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
            if d < bestDistance { bestDistance = d; best = candidate }
        }
        return best
    }

    /// The xterm default RGB of a palette index.
    static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let i = Int(index)
        if i < 16 { return basic[i] }
        if i >= 232 { let v = 8 + (i - 232) * 10; return (v, v, v) }
        let cube = i - 16
        let level = { (n: Int) in n == 0 ? 0 : 55 + n * 40 }
        return (level(cube / 36), level((cube / 6) % 6), level(cube % 6))
    }
}

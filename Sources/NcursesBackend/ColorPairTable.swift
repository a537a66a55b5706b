import CNcurses
import TermUI

/// Colour pairs allocated lazily, one per (foreground, background) combination actually drawn.
/// Pair numbers go up to `COLOR_PAIRS - 1` (65535 on xterm-256color), beyond the 8 bits that
/// `COLOR_PAIR()` keeps, so they are only ever passed through `setcchar`'s extended argument.
struct ColorPairTable {
    /// Whether `use_default_colors` succeeded, so -1 means the terminal's own colour.
    private let defaultColors: Bool
    private let limit: Int32
    private var pairs: [Int32: Int32] = [:]
    private var next: Int32 = 1

    init(limit: Int32, defaultColors: Bool) {
        self.limit = limit
        self.defaultColors = defaultColors
    }

    /// The pair for a style already downgraded to the terminal's tier; 0 (the default colours)
    /// when the terminal has run out of pairs.
    mutating func pair(foreground: Color, background: Color) -> Int32 {
        let fg = number(foreground, fallback: 7)
        let bg = number(background, fallback: 0)
        if fg == -1 && bg == -1 { return 0 }
        let key = (fg + 1) << 16 | (bg + 1)
        if let pair = pairs[key] { return pair }
        guard next < limit else { return 0 }
        guard init_extended_pair(next, fg, bg) == OK else {
            pairs[key] = 0
            return 0
        }
        pairs[key] = next
        next += 1
        return next - 1
    }

    private func number(_ color: Color, fallback: Int32) -> Int32 {
        switch color {
        case .default: return defaultColors ? -1 : fallback
        case .indexed(let index): return Int32(index)
        }
    }
}

/// How many dots a canvas packs into one cell.
public enum CanvasResolution: Sendable, CaseIterable {
    /// Braille patterns: 2 dots across, 4 down.
    case braille
    /// Upper and lower half blocks: 1 across, 2 down.
    case halfBlock
    /// One mark per cell, in plain ASCII where the terminal has no UTF-8.
    case characters

    /// Dots per cell across and down.
    public var dotsPerCell: (x: Int, y: Int) {
        switch self {
        case .braille: (2, 4)
        case .halfBlock: (1, 2)
        case .characters: (1, 1)
        }
    }

    /// The finest resolution the symbols can draw: braille in Unicode, characters in ASCII.
    public static func finest(for symbols: Symbols) -> CanvasResolution { symbols.isASCII ? .characters : .braille }
}

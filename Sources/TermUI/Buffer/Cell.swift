/// One terminal column: a grapheme and its style. A wide (two-column) grapheme occupies its own
/// cell with `width == 2`, and the cell to its right is a continuation (`width == 0`, empty symbol).
public struct Cell: Equatable, Sendable {
    public var symbol: String
    public var style: Style
    public var width: UInt8

    public init(symbol: String, style: Style = .plain, width: UInt8 = 1) {
        self.symbol = symbol
        self.style = style
        self.width = width
    }

    public static let blank = Cell(symbol: " ")

    public var isContinuation: Bool { width == 0 }
}

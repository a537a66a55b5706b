/// The characters used for borders, bars and marks: Unicode by default, plain ASCII when the
/// terminal has no UTF-8 locale.
public struct Symbols: Equatable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var ellipsis: String
    public var sortAscending: String
    public var sortDescending: String
    /// Bar fills from one eighth to full, for gauges and horizontal bars.
    public var eighths: [String]
    /// Sparkline heights from lowest to highest.
    public var sparks: [String]
    public var selectionMark: String
    public var bullet: String

    public static let unicode = Symbols(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", sortAscending: "▲", sortDescending: "▼",
        eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        sparks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        selectionMark: "▶", bullet: "•")

    /// Heavy box lines, which survive a projector's blur.
    public static let heavy: Symbols = {
        var symbols = Symbols.unicode
        (symbols.horizontal, symbols.vertical) = ("━", "┃")
        (symbols.topLeft, symbols.topRight, symbols.bottomLeft, symbols.bottomRight) = ("┏", "┓", "┗", "┛")
        return symbols
    }()

    public static let ascii = Symbols(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "~", sortAscending: "^", sortDescending: "v",
        eighths: [" ", " ", " ", "#", "#", "#", "#", "#"],
        sparks: [".", ".", "-", "-", "=", "=", "#", "#"],
        selectionMark: ">", bullet: "*")

    public var isASCII: Bool { self == .ascii }
}

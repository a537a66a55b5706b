/// A figure for a dashboard tile: drawn three rows high in block characters when the area has
/// the room (three rows, plus one for the caption), otherwise as bold text; the caption below.
public struct BigNumber: Widget {
    public var text: String
    public var caption: String?
    public var style: Style?

    public init(text: String, caption: String?, style: Style? = nil) {
        self.text = text
        self.caption = caption
        self.style = style
    }

    /// Three rows per character, made of half and full blocks. Characters outside this set make
    /// the number fall back to plain text.
    static let font: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"],
        "1": ["▀█ ", " █ ", "▀▀▀"],
        "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"],
        "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"],
        "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"],
        ".": [" ", " ", "▀"],
        ",": [" ", " ", "▜"],
        "%": ["▀ █", " █ ", "█ ▀"],
        "-": ["  ", "▀▀", "  "],
        "+": [" ▄ ", "▀█▀", "   "],
        " ": [" ", " ", " "],
    ]

    /// The three rows of `text` in the big font, one blank column between characters; nil when a
    /// character has no glyph. With ASCII symbols every block becomes '#'.
    static func bigRows(_ text: String, ascii: Bool) -> [String]? {
        var rows = ["", "", ""]
        for (i, ch) in text.enumerated() {
            guard let glyph = font[ch] else { return nil }
            for r in 0..<3 {
                if i > 0 { rows[r] += " " }
                rows[r] += ascii ? String(glyph[r].map { $0 == " " ? " " : "#" }) : glyph[r]
            }
        }
        return rows
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        let numberStyle = (style ?? theme.accent).inheriting(from: theme.base).adding(.bold)
        let captionRows = caption == nil ? 0 : 1
        var lines: [Line]
        if area.height >= 3 + captionRows, let big = BigNumber.bigRows(text, ascii: theme.symbols.isASCII),
           DisplayWidth.of(big[0]) <= area.width {
            lines = big.map { Line($0, style: numberStyle, alignment: .center) }
        } else {
            lines = [Line(text, style: numberStyle, alignment: .center)]
        }
        if let caption { lines.append(Line(caption, style: theme.muted, alignment: .center)) }
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < area.maxY {
            line.render(Rect(x: area.x, y: top + i, width: area.width, height: 1), into: &buffer, theme: theme)
        }
    }
}

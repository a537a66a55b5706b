/// A figure for a dashboard tile: the number in a big font (7, 5 or 3 rows, the largest that
/// fits, or at most `maxRows` so a row of tiles can share one size) with any words before or
/// after it — a qualifier such as 约, a unit such as 万人 — in ordinary text on its last row, and
/// a caption below. Where no big size fits, the whole text in bold. Given a bitmap font (Unifont)
/// and a number of 5 or 7 rows, the words are drawn big too, in 4 rows of braille on the number's
/// baseline, so 约 and 万人 read from as far away as the digits.
public struct BigNumber: Widget {
    public var text: String
    public var caption: String?
    public var style: Style?
    public var maxRows: Int
    /// Glyphs for the words; nil draws them in ordinary text.
    public var words: BitmapFont?

    public init(text: String, caption: String?, style: Style? = nil, maxRows: Int = 7, words: BitmapFont? = nil) {
        self.text = text
        self.caption = caption
        self.style = style
        self.maxRows = maxRows
        self.words = words
    }

    /// `text` cut into the words before the number, the number, and the words after it.
    static func parts(_ text: String) -> (prefix: String, number: String, suffix: String)? {
        let chars = Array(text)
        guard let first = chars.firstIndex(where: \.isNumber) else { return nil }
        var start = first
        while start > 0, "+-".contains(chars[start - 1]) { start -= 1 }
        var end = first
        while end < chars.count, BigFont.rows3.glyph(chars[end], ascii: true) != nil, chars[end] != " " { end += 1 }
        while end > start, !chars[end - 1].isNumber, chars[end - 1] != "%" { end -= 1 }
        return (String(chars[..<start]), String(chars[start..<end]), String(chars[end...]))
    }

    /// Whether the words beside a number in `font` are drawn from `words`: the number is 5 rows
    /// or more, the symbols can draw braille, and the font has every character.
    static func bigWords(_ parts: (prefix: String, number: String, suffix: String), font: BigFont, ascii: Bool, words: BitmapFont?) -> Bool {
        guard font.rows >= BigText.Size.rows4.rows + 1, !ascii, let words, !(parts.prefix + parts.suffix).isEmpty else { return false }
        return words.covers(parts.prefix + parts.suffix)
    }

    /// Columns a word takes, big or in ordinary text.
    static func wordWidth(_ word: String, big: Bool, words: BitmapFont?) -> Int {
        guard big else { return DisplayWidth.of(word) }
        return BigText.width(word, font: words, size: .rows4, symbols: .unicode) ?? DisplayWidth.of(word)
    }

    /// The width `text` takes in `font`, words included; nil when it has no number.
    public static func measure(_ text: String, font: BigFont, ascii: Bool, words: BitmapFont? = nil) -> Int? {
        guard let parts = parts(text), let number = font.width(parts.number, ascii: ascii) else { return nil }
        let big = bigWords(parts, font: font, ascii: ascii, words: words)
        let gap = big ? 1 : 0
        return wordWidth(parts.prefix, big: big, words: words) + (parts.prefix.isEmpty ? 0 : gap) + number
            + wordWidth(parts.suffix, big: big, words: words) + (parts.suffix.isEmpty ? 0 : 1)
    }

    /// The largest font every one of `texts` fits in `width` × `height` (a caption row included when
    /// `captioned`), so tiles side by side can share it.
    public static func font(fitting texts: [String], width: Int, height: Int, captioned: Bool, ascii: Bool, maxRows: Int = 7,
                            words: BitmapFont? = nil) -> BigFont? {
        BigFont.allCases.reversed().first { font in
            font.rows <= maxRows && font.rows + (captioned ? 1 : 0) <= height
                && texts.allSatisfy { (measure($0, font: font, ascii: ascii, words: words) ?? .max) <= width }
        }
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        let numberStyle = (style ?? theme.accent).inheriting(from: theme.base).adding(.bold)
        let ascii = theme.symbols.isASCII
        let captionRows = caption == nil ? 0 : 1
        guard let font = Self.font(fitting: [text], width: area.width, height: area.height, captioned: caption != nil, ascii: ascii,
                                   maxRows: maxRows, words: words),
              let parts = Self.parts(text), let big = font.render(parts.number, ascii: ascii) else {
            var lines = [Line(text, style: numberStyle, alignment: .center)]
            if let caption { lines.append(Line(caption, style: theme.muted, alignment: .center)) }
            let top = area.y + max(0, (area.height - lines.count) / 2)
            for (i, line) in lines.enumerated() where top + i < area.maxY {
                line.render(area.row(top + i - area.y), into: &buffer, theme: theme)
            }
            return
        }
        let total = Self.measure(text, font: font, ascii: ascii, words: words) ?? 0
        let top = area.y + max(0, (area.height - font.rows - captionRows) / 2)
        let left = area.x + max(0, (area.width - total) / 2)
        let bigWords = Self.bigWords(parts, font: font, ascii: ascii, words: words)
        // Words sit on the number's last row, or, drawn big, end on it.
        let wordRows = bigWords ? BigText.Size.rows4.rows : 1
        let wordTop = top + font.rows - wordRows
        func word(_ text: String, x: Int) {
            guard !text.isEmpty else { return }
            if bigWords {
                let width = Self.wordWidth(text, big: true, words: words)
                BigText(text, font: words, size: .rows4, style: numberStyle)
                    .render(Rect(x: x, y: wordTop, width: width, height: wordRows).intersection(area), into: &buffer, theme: theme)
            } else {
                buffer.write(text, x: x, y: wordTop, style: numberStyle)
            }
        }
        let prefixWidth = Self.wordWidth(parts.prefix, big: bigWords, words: words) + (bigWords && !parts.prefix.isEmpty ? 1 : 0)
        word(parts.prefix, x: left)
        for (r, row) in big.enumerated() { buffer.write(row, x: left + prefixWidth, y: top + r, style: numberStyle) }
        word(parts.suffix, x: left + prefixWidth + DisplayWidth.of(big[0]) + 1)
        if let caption { Line(caption, style: theme.muted, alignment: .center).render(area.row(top - area.y + font.rows), into: &buffer, theme: theme) }
    }
}

/// Lines of text, wrapped to the area's width (or cut with an ellipsis when `wrap` is off) and
/// scrolled by `scroll` rows. Chinese breaks between any two wide characters, Latin at spaces.
public struct Paragraph: Widget {
    public var lines: [Line]
    public var wrap: Bool
    public var scroll: Int

    public init(lines: [Line], wrap: Bool = true, scroll: Int = 0) {
        self.lines = lines
        self.wrap = wrap
        self.scroll = scroll
    }

    public init(_ text: String, style: Style = .plain, wrap: Bool = true, scroll: Int = 0) {
        self.init(lines: [Line(text, style: style)], wrap: wrap, scroll: scroll)
    }

    /// Rows the paragraph takes at `width` columns.
    public func height(forWidth width: Int) -> Int { rows(width: width).count }

    /// The largest useful `scroll` for an area of `height` rows.
    public func maxScroll(width: Int, height: Int) -> Int { max(0, self.height(forWidth: width) - height) }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        render(area, into: &buffer, theme: theme, base: theme.base)
    }

    /// Draws on `base`, so a paragraph inside a dialog keeps the dialog's background.
    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme, base: Style) {
        buffer.fill(area, style: base)
        guard !area.isEmpty else { return }
        let all = rows(width: area.width)
        let first = max(0, min(scroll, all.count - area.height))
        for (i, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            line.render(area.row(i), into: &buffer, theme: theme, base: base)
        }
    }

    /// The rows as drawn: explicit newlines split lines; with `wrap`, long lines break.
    func rows(width: Int) -> [Line] {
        var out: [Line] = []
        for line in lines {
            for logical in Paragraph.splitNewlines(line) {
                guard wrap else { out.append(Line(logical, alignment: line.alignment)); continue }
                let chars = logical.flatMap { Array($0.text) }
                var owner: [Int] = []
                for (i, span) in logical.enumerated() { owner += Array(repeating: i, count: span.text.count) }
                for range in Paragraph.breaks(chars, width: width) {
                    var spans: [Span] = []
                    var current = -1
                    for k in range {
                        if owner[k] == current {
                            spans[spans.count - 1].text.append(chars[k])
                        } else {
                            current = owner[k]
                            spans.append(Span(String(chars[k]), style: logical[current].style))
                        }
                    }
                    out.append(Line(spans, alignment: line.alignment))
                }
            }
        }
        return out
    }

    /// Plain text wrapped to `width` columns: explicit `\n` kept, Latin words broken at spaces
    /// (a word longer than the line is cut hard), Chinese between any two characters, and no
    /// row starts with a space left over from a break. Control characters become visible.
    public static func wrap(_ text: String, width: Int) -> [String] {
        Paragraph(text).rows(width: width).map(\.text)
    }

    /// A line's spans split at newlines (each part keeps its styles), controls made visible.
    private static func splitNewlines(_ line: Line) -> [[Span]] {
        var parts: [[Span]] = [[]]
        for span in line.spans {
            let clean = Sanitizer.clean(span.text, keepNewlines: true)
            for (i, piece) in clean.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if i > 0 { parts.append([]) }
                if !piece.isEmpty { parts[parts.count - 1].append(Span(String(piece), style: span.style)) }
            }
        }
        return parts
    }

    /// Punctuation that must not begin a row.
    private static let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "〉", "】", "”", "’", ",", ".", ";", ":", "?", "!", ")"]

    /// Greedy line breaking over one logical line. Each range is a row's characters; the spaces
    /// at a break are left out of both rows.
    static func breaks(_ chars: [Character], width: Int) -> [Range<Int>] {
        guard width > 0 else { return [] }
        let widths = chars.map { DisplayWidth.of($0) }
        let n = chars.count
        var rows: [Range<Int>] = []
        var start = 0, used = 0, i = 0
        var wrapped = false
        func end(_ at: Int) -> Int {
            var e = at
            while e > start && chars[e - 1] == " " { e -= 1 }
            return e
        }
        func breakLine(at: Int, next: Int) {
            rows.append(start..<end(at))
            start = next
            used = 0
            wrapped = true
        }
        while i < n {
            if chars[i] == " " {
                var j = i
                while j < n && chars[j] == " " { j += 1 }
                if wrapped && start == i {
                    start = j
                } else if used + (j - i) <= width {
                    used += j - i
                } else {
                    breakLine(at: i, next: j)
                }
                i = j
                continue
            }
            var j = i + 1
            if widths[i] < 2 {
                while j < n && chars[j] != " " && widths[j] < 2 { j += 1 }
            }
            // Closing punctuation stays with what it closes, so no row starts with "，" or "。".
            while j < n && Paragraph.closing.contains(chars[j]) { j += 1 }
            let tokenWidth = widths[i..<j].reduce(0, +)
            if used + tokenWidth <= width {
                used += tokenWidth
                i = j
            } else if used > 0 && end(i) == start {
                // Only indentation so far: drop it rather than leave an empty row.
                start = i
                used = 0
            } else if used > 0 {
                breakLine(at: i, next: i)
            } else {
                // Alone on the row and still too long: cut hard (a too-wide character goes alone).
                var k = i
                while k < j && used + widths[k] <= width { used += widths[k]; k += 1 }
                if k == i { used = widths[i]; k = i + 1 }
                i = k
            }
        }
        rows.append(start..<end(n))
        return rows
    }
}

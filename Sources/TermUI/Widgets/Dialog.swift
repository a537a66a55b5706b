/// A modal box centred in its area: it clears the cells beneath it in the `dialog` style, frames
/// them with a titled border and shows wrapped lines and a row of buttons. Only the box is drawn;
/// the rest of the area keeps what was there.
public struct Dialog: Widget {
    public var title: String
    public var lines: [Line]
    public var buttons: [String]
    public var width: Int?
    public var selectedButton: Int
    public var scroll: Int

    public init(title: String, lines: [Line], buttons: [String] = [], width: Int? = nil, selectedButton: Int = 0, scroll: Int = 0) {
        self.title = title
        self.lines = lines
        self.buttons = buttons
        self.width = width
        self.selectedButton = selectedButton
        self.scroll = scroll
    }

    /// A box of the given size centred in `area`, shrunk to fit it.
    public static func frame(in area: Rect, width: Int, height: Int) -> Rect {
        area.centered(width: width, height: height)
    }

    /// The box this dialog takes in `area`: wide enough for its content (or `width`), high enough
    /// for the wrapped lines, never larger than the area.
    public func frame(in area: Rect) -> Rect {
        let cap = area.width >= 24 ? min(area.width - 4, 76) : area.width
        let boxWidth: Int
        if let width {
            boxWidth = min(width, area.width)
        } else {
            let natural = max(lines.map(\.width).max() ?? 0, DisplayWidth.of(title) + 2, buttonsWidth) + 4
            boxWidth = min(max(natural, min(24, cap)), cap)
        }
        let text = Paragraph(lines: lines).height(forWidth: max(1, boxWidth - 4))
        return Dialog.frame(in: area, width: boxWidth, height: text + 2 + buttonRows)
    }

    /// Where the lines go (inside the border and a column of padding each side, above the
    /// buttons), so a caller can place a `TextField` on one of the rows.
    public func contentArea(in area: Rect) -> Rect {
        frame(in: area).inset(top: 1, left: 2, bottom: 1 + buttonRows, right: 2)
    }

    /// The largest useful `scroll` when the lines do not all fit.
    public func maxScroll(in area: Rect) -> Int {
        let content = contentArea(in: area)
        return Paragraph(lines: lines).maxScroll(width: content.width, height: content.height)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        let content = contentArea(in: area)
        let paragraph = Paragraph(lines: lines, scroll: scroll)
        let total = paragraph.height(forWidth: content.width)
        var footer: String?
        if total > content.height, content.height > 0 {
            let first = max(0, min(scroll, total - content.height))
            footer = "\(first + 1)-\(first + content.height)/\(total)"
        }
        Block(title: title, focused: true, footer: footer, style: theme.dialog).render(box, into: &buffer, theme: theme)
        paragraph.render(content, into: &buffer, theme: theme, base: theme.dialog)
        if buttonRows > 0, box.height >= 3 {
            var spans: [Span] = []
            for (i, name) in buttons.enumerated() {
                if i > 0 { spans.append(Span("  ")) }
                spans.append(Span("[ \(name) ]", style: i == selectedButton ? theme.selected : .plain))
            }
            let row = Rect(x: content.x, y: box.maxY - 2, width: content.width, height: 1)
            Line(spans, alignment: .center).render(row, into: &buffer, theme: theme, base: theme.dialog)
        }
    }

    private var buttonRows: Int { buttons.isEmpty ? 0 : 2 }

    private var buttonsWidth: Int {
        buttons.isEmpty ? 0 : buttons.reduce(2 * (buttons.count - 1)) { $0 + DisplayWidth.of($1) + 4 }
    }
}

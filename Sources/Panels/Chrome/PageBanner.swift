import TermUI

/// The page's title in big text above the page, on screens large enough to spare the rows.
public struct PageBanner {
    public var title: String
    public var font: BitmapFont?

    public init(title: String, font: BitmapFont?) {
        self.title = title
        self.font = font
    }

    /// Four rows of braille text from 160×50 up, when there is a font to draw it; none otherwise
    /// (the tab bar already names the page in ordinary text).
    public static func rows(for size: TerminalSize, font: BitmapFont?, symbols: Symbols) -> Int {
        guard font != nil, size.width >= 160, size.height >= 50, BigText.Size.rows4.plan(symbols) != nil else { return 0 }
        return BigText.Size.rows4.rows
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        BigText(title, font: font, size: .rows4).render(area, into: &buffer, theme: theme)
    }
}

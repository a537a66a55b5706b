import CNcurses

/// Reads back what ncurses holds for the current screen, for tests of a headless terminal.
enum ScreenReader {
    struct Cell {
        var text: String
        var attributes: attr_t
        var pair: Int32
    }

    /// The row as text: `winnwstr` gives each wide character once; trailing spaces trimmed.
    static func line(_ y: Int, width: Int) -> String {
        var characters = [wchar_t](repeating: 0, count: width + 1)
        let count = mvwinnwstr(zg_stdscr(), Int32(y), 0, &characters, Int32(width))
        guard count != ERR else { return "" }
        var text = String(String.UnicodeScalarView(characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        while text.last == " " { text.removeLast() }
        return text
    }

    static func cell(x: Int, y: Int) -> Cell {
        var cell = cchar_t()
        _ = mvwin_wch(zg_stdscr(), Int32(y), Int32(x), &cell)
        var characters = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var shortPair: Int16 = 0
        var pair: Int32 = 0
        _ = getcchar(&cell, &characters, &attributes, &shortPair, &pair)
        let text = String(String.UnicodeScalarView(characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        return Cell(text: text, attributes: attributes, pair: pair)
    }

    static func colors(ofPair pair: Int32) -> (foreground: Int32, background: Int32) {
        var foreground: Int32 = 0, background: Int32 = 0
        _ = extended_pair_content(pair, &foreground, &background)
        return (foreground, background)
    }
}

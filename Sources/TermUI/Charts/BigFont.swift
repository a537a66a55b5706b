/// The digit fonts of big numbers: 3 rows of half blocks, and 5 and 7 rows of pixels two columns
/// wide (so a digit is about as wide as it is tall). Only the characters of numbers: digits,
/// `.` `,` `%` `-` `+` `:` and space.
public enum BigFont: Int, CaseIterable, Sendable {
    case rows3 = 3
    case rows5 = 5
    case rows7 = 7

    public var rows: Int { rawValue }

    /// The glyph rows of `ch`, in final characters; nil when the font has no such glyph.
    func glyph(_ ch: Character, ascii: Bool) -> [String]? {
        switch self {
        case .rows3:
            guard let rows = Self.halfBlocks[ch] else { return nil }
            return ascii ? rows.map { String($0.map { $0 == " " ? " " : "#" }) } : rows
        case .rows5, .rows7:
            guard let pixels = (self == .rows5 ? Self.pixels5 : Self.pixels7)[ch] else { return nil }
            let on = ascii ? "##" : "██"
            return pixels.map { row in row.map { $0 == "#" ? on : "  " }.joined() }
        }
    }

    private static let halfBlocks: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▀█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"], "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"], "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"], ".": [" ", " ", "▀"], ",": [" ", " ", "▜"],
        "%": ["▀ █", " █ ", "█ ▀"], ":": ["▄", " ", "▀"], "-": ["  ", "▀▀", "  "], "+": [" ▄ ", "▀█▀", "   "], " ": [" ", " ", " "],
    ]

    private static let pixels5: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"], "3": ["###", "..#", "###", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"], "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "###"],
        ".": [".", ".", ".", ".", "#"], ",": [".", ".", ".", "#", "#"],
        "%": ["#.#", "..#", ".#.", "#..", "#.#"], "-": ["...", "...", "###", "...", "..."],
        "+": ["...", ".#.", "###", ".#.", "..."], " ": [".", ".", ".", ".", "."], ":": [".", "#", ".", "#", "."],
    ]

    private static let pixels7: [Character: [String]] = [
        "0": [".##.", "#..#", "#..#", "#..#", "#..#", "#..#", ".##."],
        "1": ["..#.", ".##.", "..#.", "..#.", "..#.", "..#.", ".###"],
        "2": [".##.", "#..#", "...#", "..#.", ".#..", "#...", "####"],
        "3": ["###.", "...#", "...#", ".##.", "...#", "...#", "###."],
        "4": ["#..#", "#..#", "#..#", "####", "...#", "...#", "...#"],
        "5": ["####", "#...", "#...", "###.", "...#", "...#", "###."],
        "6": [".##.", "#...", "#...", "###.", "#..#", "#..#", ".##."],
        "7": ["####", "...#", "..#.", "..#.", ".#..", ".#..", ".#.."],
        "8": [".##.", "#..#", "#..#", ".##.", "#..#", "#..#", ".##."],
        "9": [".##.", "#..#", "#..#", ".###", "...#", "...#", ".##."],
        ".": [".", ".", ".", ".", ".", ".", "#"], ",": [".", ".", ".", ".", ".", "#", "#"],
        "%": ["##.#", "##.#", "..#.", ".#..", ".#..", "#.##", "#.##"],
        "-": ["....", "....", "....", "####", "....", "....", "...."],
        "+": ["....", "....", ".#..", "###.", ".#..", "....", "...."], " ": [".", ".", ".", ".", ".", ".", "."],
        ":": [".", ".", "#", ".", "#", ".", "."],
    ]

    /// `text` in this font, one string per row; nil when a character has no glyph.
    public func render(_ text: String, ascii: Bool) -> [String]? {
        var out = [String](repeating: "", count: rows)
        for (i, ch) in text.enumerated() {
            guard let glyph = glyph(ch, ascii: ascii) else { return nil }
            for r in 0..<rows { out[r] += (i > 0 ? " " : "") + glyph[r] }
        }
        return out
    }

    public func width(_ text: String, ascii: Bool) -> Int? { render(text, ascii: ascii).map { DisplayWidth.of($0[0]) } }
}

/// Glyph bitmaps in GNU Unifont's `.hex` format: one `CODE:BITMAP` line per character, the code in
/// hex, the bitmap 32 hex digits (8×16) or 64 (16×16). The font is GPL and is read from the
/// installed file at run time, never bundled; only the characters asked for are kept, so a 3.7 MB
/// file costs one pass and a few kilobytes.
public struct BitmapFont: Equatable, Sendable {
    public private(set) var glyphs: [Unicode.Scalar: Glyph]

    public init(glyphs: [Unicode.Scalar: Glyph]) {
        self.glyphs = glyphs
    }

    /// A line that is not `CODE:BITMAP`, at its line (from 1) and column (from 1).
    public struct ParseError: Error, Equatable, Sendable {
        public enum Problem: Equatable, Sendable {
            /// The character code is not 1–6 hex digits.
            case code
            /// No `:` after the code.
            case separator
            /// A bitmap of this many digits rather than 32 or 64.
            case length(Int)
            /// A bitmap character that is not a hex digit.
            case digit
        }
        public var line: Int
        public var column: Int
        public var problem: Problem

        public init(line: Int, column: Int, problem: Problem) {
            self.line = line
            self.column = column
            self.problem = problem
        }
    }

    /// The glyphs of `characters` in `hex`. Lines for other characters are skipped after their
    /// code; a malformed line among the wanted ones, or a malformed code anywhere, is an error.
    public static func parse(hex: [UInt8], characters: Set<Unicode.Scalar>) throws(ParseError) -> BitmapFont {
        var glyphs: [Unicode.Scalar: Glyph] = [:]
        var line = 0
        var start = 0
        while start < hex.count {
            line += 1
            var end = start
            while end < hex.count, hex[end] != 0x0A { end += 1 }
            var stop = end
            if stop > start, hex[stop - 1] == 0x0D { stop -= 1 }
            defer { start = end + 1 }
            guard stop > start, hex[start] != 0x23 else { continue } // blank line or `#` comment
            var code: UInt32 = 0
            var i = start
            while i < stop, hex[i] != 0x3A {
                guard let digit = Self.hexDigit(hex[i]), i - start < 6 else {
                    throw ParseError(line: line, column: i - start + 1, problem: .code)
                }
                code = code << 4 | UInt32(digit)
                i += 1
            }
            guard i < stop, i > start else { throw ParseError(line: line, column: i - start + 1, problem: .separator) }
            guard let scalar = Unicode.Scalar(code), characters.contains(scalar) else { continue }
            let digits = stop - i - 1
            guard digits == 32 || digits == 64 else {
                throw ParseError(line: line, column: i - start + 2, problem: .length(digits))
            }
            let perRow = digits / 16
            var rows: [UInt16] = []
            rows.reserveCapacity(Glyph.height)
            for r in 0..<Glyph.height {
                var value: UInt16 = 0
                for d in 0..<perRow {
                    let at = i + 1 + r * perRow + d
                    guard let digit = Self.hexDigit(hex[at]) else {
                        throw ParseError(line: line, column: at - start + 1, problem: .digit)
                    }
                    value = value << 4 | UInt16(digit)
                }
                rows.append(perRow == 2 ? value << 8 : value)
            }
            glyphs[scalar] = Glyph(width: perRow * 4, rows: rows)
        }
        return BitmapFont(glyphs: glyphs)
    }

    /// The glyph of a character of one scalar; nil for characters the font lacks.
    public func glyph(_ character: Character) -> Glyph? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        return glyphs[scalar]
    }

    /// Whether every character of `text` has a glyph.
    public func covers(_ text: String) -> Bool { text.allSatisfy { glyph($0) != nil } }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}

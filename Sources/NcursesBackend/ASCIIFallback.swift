/// What a cell shows when the terminal has no UTF-8 locale: every non-ASCII grapheme becomes `?`,
/// one per column, so a wide character still takes its two columns and nothing shifts.
enum ASCIIFallback {
    static func columns(of symbol: String, width: Int) -> [Unicode.Scalar] {
        let isASCII = symbol.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if isASCII, let first = symbol.unicodeScalars.first { return [first] }
        return Array(repeating: "?", count: max(1, width))
    }
}

/// Turns characters that would act on the terminal (ESC, BEL, other C0 codes, DEL, C1 codes) or
/// on the order of what is read (the bidirectional embeddings, overrides and isolates,
/// U+202A–U+202E and U+2066–U+2069) into visible stand-ins, so text typed by residents can never
/// move the cursor, retitle a window or reverse a line an operator reads.
public enum Sanitizer {
    private static func isControl(scalar v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// True when the grapheme starts with a control code.
    public static func isControl(_ character: Character) -> Bool {
        guard let v = character.unicodeScalars.first?.value else { return false }
        return isControl(scalar: v)
    }

    /// The visible stand-in for a control grapheme: the Unicode control picture (␛, ␇, ␡, ␀), or
    /// � for C1 codes and bidirectional controls.
    public static func visible(_ character: Character) -> Character {
        guard let v = character.unicodeScalars.first?.value, isControl(character) else { return character }
        switch v {
        case 0x09, 0x0A, 0x0D: return " "
        case 0..<0x20: return Character(Unicode.Scalar(0x2400 + v)!)
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// The text with every control grapheme replaced. Newlines survive when `keepNewlines` is set.
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl(scalar: $0.value) }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            if keepNewlines && (ch == "\n" || ch == "\r\n") { out.append("\n") } else { out.append(visible(ch)) }
        }
        return out
    }
}

/// JSON's one-letter string escapes, shared by the readers that unescape strings themselves.
enum JSONEscape {
    /// The byte `\` + `letter` stands for (`n` → LF); nil for `u`, which takes four hex digits,
    /// and for a letter that is no escape.
    static func byte(for letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }
}

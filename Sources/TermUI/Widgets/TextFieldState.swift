/// The text and cursor of a one-line input, with readline-style editing keys. The cursor counts
/// graphemes, so a Chinese character or an accented letter is one step.
public struct TextFieldState: Equatable, Sendable {
    public var text: String
    public var cursor: Int

    /// A field holding `text` with the cursor at its end unless given.
    public init(text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = cursor ?? text.count
    }

    /// Applies an editing key; returns false for keys a text field does not use (Enter, Esc, arrows
    /// up and down…), so the caller can act on them.
    public mutating func handle(_ key: Key) -> Bool {
        var chars = Array(text)
        var at = min(max(0, cursor), chars.count)
        switch key {
        case .char(let c):
            guard !Sanitizer.isControl(c) else { return false }
            chars.insert(c, at: at)
            at += 1
        case .backspace, .ctrl("h"), .ctrl("H"):
            guard at > 0 else { return true }
            chars.remove(at: at - 1)
            at -= 1
        case .delete, .ctrl("d"), .ctrl("D"):
            guard at < chars.count else { return true }
            chars.remove(at: at)
        case .left, .ctrl("b"), .ctrl("B"):
            at = max(0, at - 1)
        case .right, .ctrl("f"), .ctrl("F"):
            at = min(chars.count, at + 1)
        case .home, .ctrl("a"), .ctrl("A"):
            at = 0
        case .end, .ctrl("e"), .ctrl("E"):
            at = chars.count
        case .ctrl("u"), .ctrl("U"):
            chars.removeSubrange(0..<at)
            at = 0
        case .ctrl("k"), .ctrl("K"):
            chars.removeSubrange(at...)
        case .ctrl("w"), .ctrl("W"):
            let start = TextFieldState.wordStart(chars, before: at)
            chars.removeSubrange(start..<at)
            at = start
        default:
            return false
        }
        text = String(chars)
        // Re-count: removing or inserting can merge graphemes (a combining mark after a letter).
        cursor = min(String(chars[..<at]).count, text.count)
        return true
    }

    /// Inserts pasted text at the cursor; tabs and newlines become spaces, other controls are dropped.
    public mutating func insert(_ pasted: String) {
        var clean = ""
        for ch in pasted {
            if ch == "\t" || ch == "\n" || ch == "\r\n" || ch == "\r" { clean.append(" ") } else if !Sanitizer.isControl(ch) { clean.append(ch) }
        }
        var chars = Array(text)
        let at = min(max(0, cursor), chars.count)
        chars.insert(contentsOf: clean, at: at)
        text = String(chars)
        cursor = min(String(chars[..<(at + clean.count)]).count, text.count)
    }

    /// Where Ctrl-W stops: back over spaces, then over one run of the same kind — Chinese
    /// characters or other letters — so "查询 北京市" and "abc中文" each lose only their last word.
    static func wordStart(_ chars: [Character], before at: Int) -> Int {
        var i = at
        while i > 0 && chars[i - 1] == " " { i -= 1 }
        guard i > 0 else { return 0 }
        let wide = DisplayWidth.of(chars[i - 1]) == 2
        while i > 0 && chars[i - 1] != " " && (DisplayWidth.of(chars[i - 1]) == 2) == wide { i -= 1 }
        return i
    }
}

extension Key {
    /// A key as a person writes it in a settings file: one character (`e`, `中`, `:`), or a name
    /// (`Enter`, `Esc`, `Tab`, `S-Tab`, `Space`, `Backspace`, `Delete`, `Insert`, `Up`, `Down`,
    /// `Left`, `Right`, `Home`, `End`, `PgUp`, `PgDn`, `F1`…`F12`, `Ctrl-x` or `^X`). Names are
    /// case-insensitive; nil for anything else.
    public init?(name: String) {
        let lower = name.lowercased()
        if let key = Self.names[lower] {
            self = key
            return
        }
        if name.count == 1, let character = name.first, !character.isWhitespace, character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
            self = .char(character)
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, ("a"..."z").contains(letter) else { return nil }
            self = .ctrl(letter)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    private static let names: [String: Key] = [
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "s-tab": .backTab,
        "shift-tab": .backTab, "backtab": .backTab, "space": .char(" "), "bksp": .backspace, "backspace": .backspace,
        "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert, "up": .up, "down": .down, "left": .left,
        "right": .right, "↑": .up, "↓": .down, "←": .left, "→": .right, "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    ]
}

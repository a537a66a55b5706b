/// A key press, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Control plus a letter, e.g. `.ctrl("l")` for Ctrl-L.
    case ctrl(Character)
    case enter, escape, backspace, delete, insert, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)

    /// How the key is written in help screens and key bars.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "^" + String(c).uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        }
    }
}

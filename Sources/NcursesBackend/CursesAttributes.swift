import CNcurses
import TermUI

/// Maps style modifiers to curses attribute bits, read from the shim (the values differ between
/// ncurses builds, so they are never written out here).
enum CursesAttributes {
    /// Every combination of the five modifiers, computed once: drawing a cell is an array read.
    private static let table: [attr_t] = (0..<32).map { raw in
        let modifiers = Modifiers(rawValue: UInt8(raw))
        var bits = zg_a_normal()
        if modifiers.contains(.bold) { bits |= zg_a_bold() }
        if modifiers.contains(.dim) { bits |= zg_a_dim() }
        if modifiers.contains(.underline) { bits |= zg_a_underline() }
        if modifiers.contains(.reverse) { bits |= zg_a_reverse() }
        if modifiers.contains(.italic) { bits |= zg_a_italic() }
        return bits
    }

    static func of(_ modifiers: Modifiers) -> attr_t {
        table[Int(modifiers.rawValue & 31)]
    }
}

import CNcurses
import TermUI

/// Turns the `(status, code)` pair of `wget_wch` into a key. Pure, so it is tested without a terminal.
enum KeyDecoder {
    static func decode(status: Int32, code: UInt32) -> DecodedInput {
        switch status {
        case OK: return character(code)
        case KEY_CODE_YES: return function(Int32(bitPattern: code))
        default: return .nothing
        }
    }

    /// A character code: control codes become named keys or Ctrl-letter, the rest are printable.
    private static func character(_ code: UInt32) -> DecodedInput {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60))))
        case 0..<32, 0x80..<0xA0: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.char(Character(scalar)))
        }
    }

    /// A `KEY_*` code from keypad mode.
    private static func function(_ code: Int32) -> DecodedInput {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case zg_key_f(1)...zg_key_f(12): return .key(.function(Int(code - zg_key_f(0))))
        default: return .ignored
        }
    }
}

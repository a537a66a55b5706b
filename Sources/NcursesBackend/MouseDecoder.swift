import CNcurses
import TermUI

/// Turns a `getmouse` button state into a click or wheel step, using the masks of this ncurses
/// build (ncurses 5 and 6 lay the bits out differently).
enum MouseDecoder {
    static func event(buttons: mmask_t, x: Int, y: Int) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttons & (zg_button1_pressed() | zg_button1_clicked()) != 0 {
            kind = .leftPress
        } else if buttons & zg_button1_released() != 0 {
            kind = .leftRelease
        } else if buttons & (zg_button3_pressed() | zg_button3_clicked()) != 0 {
            kind = .rightPress
        } else if buttons & zg_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & zg_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: x, y: y)
    }
}

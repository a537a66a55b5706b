import TermUI

/// What one `wget_wch` result means before any further curses call is made.
enum DecodedInput: Equatable {
    case key(Key)
    /// `KEY_RESIZE`: the new size is read from curses.
    case resize
    /// `KEY_MOUSE`: the event is fetched with `getmouse`.
    case mouse
    /// A key the program has no use for (e.g. shifted function keys): read and dropped.
    case ignored
    /// `ERR`: nothing arrived within the timeout, or the read failed.
    case nothing
}

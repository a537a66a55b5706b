/// Everything the terminal can tell the program.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Text pasted in one piece (a bracketed paste), line breaks included.
    case paste(String)
}

import Panels

/// A layer over the page. The shell keeps a stack of them; the top one takes the keys and drives
/// the key bar.
public enum Overlay: Equatable, Sendable {
    /// The key help, scrolled this far.
    case help(scroll: Int)
    /// The doctor's report on the terminal and files, scrolled this far.
    case doctor(scroll: Int)
    case palette(PaletteState)
    /// A form a page opened; Enter goes back to that page.
    case form(FormModel, owner: Tab)
}

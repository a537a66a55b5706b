import Panels

/// What the shell itself does, whatever page is in front.
public enum ShellCommand: Equatable, Sendable {
    case quit
    case selectTab(Tab)
    case nextTab
    case previousTab
    case help
    case doctor
    case palette
    case repaint
    /// Closes the overlay on top (a click outside it).
    case closeOverlay
}

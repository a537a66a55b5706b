import Domain

/// What the event loop must do after an update; the reducer itself touches nothing outside the state.
public enum Effect: Equatable, Sendable {
    /// Forget the last frame and repaint every cell (Ctrl-L, resize).
    case repaintAll
    case quit
    /// Write one change to the data directory; the loop answers with `.submitted`.
    case submit(Change)
}

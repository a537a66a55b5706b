/// What waiting for input produced.
public enum PollResult: Equatable, Sendable {
    case event(InputEvent)
    /// Nothing happened within the timeout: time to refresh clocks and live data.
    case timeout
    /// The session is over: a signal (SIGINT, SIGTERM, SIGHUP) or the input went away.
    case closed(reason: String)
}

/// The one protocol between the program and a screen. `NcursesBackend` implements it for real
/// terminals and `MemoryTerminal` for tests; everything above works on `Buffer`s only.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    var capabilities: TerminalCapabilities { get }
    /// Shows a frame, writing only what differs from the frame shown before.
    func draw(_ frame: Buffer, cursor: (x: Int, y: Int)?)
    /// Forgets the last frame so the next `draw` repaints every cell (Ctrl-L, resize).
    func invalidate()
    /// Waits up to `timeoutMilliseconds` for input; a readable `wakeOn` descriptor (a watch on
    /// the data folder) ends the wait early, as a timeout.
    func poll(timeoutMilliseconds: Int, wakeOn: Int32?) -> PollResult
}

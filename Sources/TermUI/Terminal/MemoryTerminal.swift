/// A terminal that lives in memory: it keeps the last frame as text, plays back a script of input
/// events and reports `closed` when the script runs out. Tests drive the whole app through it.
public final class MemoryTerminal: Terminal {
    public private(set) var size: TerminalSize
    public let capabilities: TerminalCapabilities
    public private(set) var frame: Buffer
    public private(set) var cursor: (x: Int, y: Int)?
    public private(set) var framesDrawn = 0
    /// Cells written over all frames, as a real backend would after diffing.
    public private(set) var cellsWritten = 0
    /// The timeout of every poll, in order.
    public private(set) var waits: [Int] = []
    private var script: [PollResult]
    private var previous: Buffer?

    public init(width: Int, height: Int, capabilities: TerminalCapabilities = TerminalCapabilities(colorTier: .xterm256), events: [InputEvent] = []) {
        self.size = TerminalSize(width: width, height: height)
        self.capabilities = capabilities
        self.frame = Buffer(width: width, height: height)
        self.script = events.map { .event($0) }
    }

    /// Queues more input, as if typed.
    public func send(_ events: [InputEvent]) { script += events.map { .event($0) } }

    /// Queues a pause in which nothing is typed (the app sees a timeout).
    public func sendTimeout() { script.append(.timeout) }

    /// Queues keys given as text: each character becomes a key press.
    public func type(_ text: String) { send(text.map { .key(.char($0)) }) }

    /// Changes the size and queues the resize event a real terminal would send.
    public func resize(width: Int, height: Int) {
        size = TerminalSize(width: width, height: height)
        script.append(.event(.resize(width: width, height: height)))
    }

    public func draw(_ frame: Buffer, cursor: (x: Int, y: Int)?) {
        cellsWritten += previous.map { FrameDiff.updates(from: $0, to: frame).count } ?? FrameDiff.all(frame).count
        self.frame = frame
        self.previous = frame
        self.cursor = cursor
        framesDrawn += 1
    }

    public func invalidate() { previous = nil }

    /// The script's next step; how long the app meant to wait is noted for tests of idling.
    public func poll(timeoutMilliseconds: Int, wakeOn: Int32?) -> PollResult {
        waits.append(timeoutMilliseconds)
        return script.isEmpty ? .closed(reason: "end of script") : script.removeFirst()
    }

    /// The last frame as plain text lines (trailing spaces trimmed).
    public var lines: [String] { frame.lines() }
    public var text: String { frame.text }

    /// The last frame's styles: each row as letters, one per column, with a legend mapping each
    /// letter to a style. Plain cells are `.`, so tests can check where colour or reverse video falls.
    public func styleListing() -> String {
        var legend: [Style: Character] = [.plain: "."]
        var order: [Style] = []
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var rows: [String] = []
        for y in 0..<frame.area.height {
            var row = ""
            for x in 0..<frame.area.width {
                let style = frame[x, y].style
                if legend[style] == nil {
                    legend[style] = letters[order.count % letters.count]
                    order.append(style)
                }
                row.append(legend[style]!)
            }
            rows.append(row)
        }
        let key = order.map { "\(legend[$0]!)=\($0)" }
        return (rows + key).joined(separator: "\n")
    }
}

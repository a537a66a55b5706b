import TermUI

/// The kiosk's one row between header and page: where the cycle is (2/5), the next page, the
/// seconds left, and a thin bar that empties as they run out. Paused, it says so and how to go on.
public struct CountdownBar {
    public var position: Int
    public var count: Int
    public var next: String
    public var secondsLeft: Double
    public var dwell: Double
    public var paused: Bool
    public var context: PanelContext

    public init(position: Int, count: Int, next: String, secondsLeft: Double, dwell: Double, paused: Bool, context: PanelContext) {
        self.position = position
        self.count = count
        self.next = next
        self.secondsLeft = secondsLeft
        self.dwell = dwell
        self.paused = paused
        self.context = context
    }

    public var text: String {
        let seconds = Int(secondsLeft.rounded(.up))
        let state = paused ? context.text("已暂停 · 空格继续", "paused · Space resumes")
                           : context.text("\(seconds) 秒后", "in \(seconds) s")
        return "\(position)/\(count) · " + context.text("下一页 ", "next: ") + next + " · " + state
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        guard !area.isEmpty else { return }
        let label = text
        let used = buffer.write(label, x: area.x, y: area.y, width: area.width, style: (paused ? theme.warn : theme.muted).inheriting(from: theme.base))
        let bar = Rect(x: area.x + used + 2, y: area.y, width: max(0, area.width - used - 2), height: 1)
        guard bar.width > 0 else { return }
        let full = dwell > 0 ? Int((Double(bar.width) * min(1, max(0, secondsLeft / dwell))).rounded(.up)) : 0
        let ascii = theme.symbols.isASCII
        buffer.fill(Rect(x: bar.x, y: bar.y, width: full, height: 1), symbol: ascii ? "=" : theme.symbols.horizontal,
                    style: theme.accent.inheriting(from: theme.base))
        buffer.fill(Rect(x: bar.x + full, y: bar.y, width: bar.width - full, height: 1), symbol: ascii ? "." : "─",
                    style: theme.muted.inheriting(from: theme.base))
    }
}

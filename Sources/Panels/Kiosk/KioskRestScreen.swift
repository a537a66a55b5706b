import TermUI

/// What a kiosk shows outside its hours: a dim clock and when the show resumes, with nothing
/// bright to burn into a projector left on.
public struct KioskRestScreen {
    public var clock: KioskClock
    public var hours: String
    public var context: PanelContext

    public init(clock: KioskClock, hours: String, context: PanelContext) {
        self.clock = clock
        self.hours = hours
        self.context = context
    }

    public func render(_ area: Rect, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.base)
        let dim = theme.muted.inheriting(from: theme.base)
        var quiet = clock
        quiet.style = dim
        let box = area.centered(width: min(area.width, 60), height: min(area.height, 9))
        quiet.render(Rect(x: box.x, y: box.y, width: box.width, height: box.height - 1), into: &buffer, theme: theme)
        let note = context.text("展示时段 \(hours),其余时间休息", "shown \(hours); resting until then")
        Line(note, style: dim, alignment: .center).render(box.row(box.height - 1), into: &buffer, theme: theme)
    }
}

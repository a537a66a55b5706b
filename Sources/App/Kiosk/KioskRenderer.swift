import Domain
import Panels
import TermUI

/// Draws a kiosk frame: outside its hours the rest screen; else the header with the big title
/// and clock, the countdown, and the page. No tab bar, status bar, key bar or overlay, and no
/// click regions: the screen is for looking at.
enum KioskRenderer {
    static func render(_ state: AppState, _ kiosk: KioskState) -> Frame<Action> {
        var frame = Frame<Action>(buffer: Buffer(width: state.size.width, height: state.size.height))
        let context = state.context
        let theme = state.theme
        frame.buffer.fill(frame.buffer.area, style: theme.base)
        let clock = KioskClock(now: state.now, timeZone: state.timeZone)
        if let hours = kiosk.plan.hours, !hours.contains(state.now, in: state.timeZone) {
            KioskRestScreen(clock: clock, hours: hours.text, context: context).render(frame.buffer.area, into: &frame.buffer, theme: theme)
            return frame
        }
        guard ScreenLayout.fits(state.size) else {
            TooSmallScreen(size: state.size, context: context).render(into: &frame.buffer)
            return frame
        }
        let layout = state.layout
        KioskHeader(title: context.text(kiosk.tab.label), font: state.titleFont, clock: clock)
            .render(layout.banner, into: &frame.buffer, theme: theme)
        CountdownBar(position: kiosk.index + 1, count: kiosk.plan.pages.count, next: context.text(kiosk.next.label),
                     secondsLeft: kiosk.secondsLeft(at: state.now), dwell: kiosk.plan.dwell(for: kiosk.tab), paused: kiosk.isPaused,
                     context: context)
            .render(layout.countdown, into: &frame.buffer, theme: theme)
        state.page.render(into: &frame, state.environment)
        frame.regions = []
        return frame
    }
}

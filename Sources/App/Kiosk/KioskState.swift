import Foundation
import Panels
import TermUI

/// Where a running kiosk is: which of its pages is up and since when, whether a presenter paused
/// it, and how much of the unlock sequence has been typed. Driven by the clock in `AppState.now`,
/// so a test moves it with ticks alone.
public struct KioskState: Equatable, Sendable {
    public var plan: KioskPlan
    public private(set) var index: Int = 0
    /// When the page in front came up.
    public private(set) var shownAt: Date
    /// Seconds that were left when the presenter paused; nil while it runs.
    public private(set) var pausedWithLeft: TimeInterval?
    /// How many keys of the unlock sequence have been typed in order.
    public private(set) var unlockTyped = 0

    public init(plan: KioskPlan, now: Date) {
        self.plan = plan
        shownAt = now
    }

    public var tab: Tab { plan.pages[index] }
    public var next: Tab { plan.pages[(index + 1) % plan.pages.count] }
    public var isPaused: Bool { pausedWithLeft != nil }

    /// Seconds until the next page.
    public func secondsLeft(at now: Date) -> TimeInterval {
        if let pausedWithLeft { return pausedWithLeft }
        return max(0, plan.dwell(for: tab) - now.timeIntervalSince(shownAt))
    }

    /// The time moved on: the next page when this one's time is up. A clock set back restarts
    /// the page's time rather than freezing it.
    public mutating func advance(to now: Date) {
        guard pausedWithLeft == nil else { return }
        if now < shownAt { shownAt = now }
        if now.timeIntervalSince(shownAt) >= plan.dwell(for: tab) { step(1, now: now) }
    }

    /// The presenter's ← and →: the page before or after, with its full time.
    public mutating func step(_ offset: Int, now: Date) {
        let count = plan.pages.count
        index = ((index + offset) % count + count) % count
        shownAt = now
        if pausedWithLeft != nil { pausedWithLeft = plan.dwell(for: tab) }
    }

    public mutating func togglePause(now: Date) {
        if let left = pausedWithLeft {
            shownAt = now.addingTimeInterval(left - plan.dwell(for: tab))
            pausedWithLeft = nil
        } else {
            pausedWithLeft = secondsLeft(at: now)
        }
    }

    /// A key that is not the kiosk's own: true when it completes the unlock sequence.
    public mutating func typed(_ key: Key) -> Bool {
        guard !plan.unlock.isEmpty else { return false }
        if plan.unlock[unlockTyped] == key {
            unlockTyped += 1
        } else {
            unlockTyped = plan.unlock[0] == key ? 1 : 0
        }
        guard unlockTyped == plan.unlock.count else { return false }
        unlockTyped = 0
        return true
    }
}

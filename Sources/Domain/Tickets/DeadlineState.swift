/// How close an open ticket is to its deadline: green, amber, red.
public enum DeadlineState: String, Sendable, CaseIterable {
    case onTrack = "on_track"
    /// At least `LifecycleRules.warningFraction` of the allowed time is used.
    case nearing
    case overdue
    /// Resolved or closed: no clock runs.
    case notOpen = "not_open"
}

/// How close an open ticket is to its deadline: green, amber, red.
public enum DeadlineState: String, Sendable, CaseIterable {
    case onTrack = "on_track"
    /// At least `LifecycleRules.warningFraction` of the allowed time is used.
    case nearing
    case overdue
    /// Resolved or closed: no clock runs.
    case notOpen = "not_open"

    /// The word shown beside the time left, so the state reads without colour; empty when not open.
    public var label: Label {
        switch self {
        case .onTrack: Label(zh: "正常", en: "ok")
        case .nearing: Label(zh: "临期", en: "soon")
        case .overdue: Label(zh: "超期", en: "late")
        case .notOpen: Label(zh: "", en: "")
        }
    }
}

/// Where a ticket is in its life cycle (see docs/domain.md for the transitions).
public enum TicketStatus: String, Codable, Sendable, CaseIterable {
    case reported
    case classified
    case assigned
    case inProgress = "in_progress"
    case resolved
    case closed

    /// Open tickets are still being worked on and can be overdue. A resolved ticket waits for the
    /// resident's rating and is not counted as open.
    public var isOpen: Bool {
        switch self {
        case .reported, .classified, .assigned, .inProgress: true
        case .resolved, .closed: false
        }
    }

    public var label: Label {
        switch self {
        case .reported: Label(zh: "已上报", en: "Reported")
        case .classified: Label(zh: "已分类", en: "Classified")
        case .assigned: Label(zh: "已派单", en: "Assigned")
        case .inProgress: Label(zh: "处理中", en: "In progress")
        case .resolved: Label(zh: "已办结", en: "Resolved")
        case .closed: Label(zh: "已关闭", en: "Closed")
        }
    }
}

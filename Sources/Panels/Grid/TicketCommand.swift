import Domain

/// An operator's action on the queue or the detail. Each becomes one `Change`; most ask for a
/// few fields first.
public enum TicketCommand: String, CaseIterable, Equatable, Sendable {
    case create
    case classify
    case assign
    case claim
    case start
    case escalate
    case resolve
    case rate
    case reopen
    case closeDuplicate
    case closeInvalid
    case note

    public var title: Label {
        switch self {
        case .create: Label(zh: "新建工单", en: "New ticket")
        case .classify: Label(zh: "分类定级", en: "Classify")
        case .assign: Label(zh: "派单", en: "Assign")
        case .claim: Label(zh: "认领", en: "Claim")
        case .start: Label(zh: "开始处理", en: "Start work")
        case .escalate: Label(zh: "上报升级", en: "Escalate")
        case .resolve: Label(zh: "办结", en: "Resolve")
        case .rate: Label(zh: "居民评价", en: "Rate")
        case .reopen: Label(zh: "重新打开", en: "Reopen")
        case .closeDuplicate: Label(zh: "作为重复件关闭", en: "Close as duplicate")
        case .closeInvalid: Label(zh: "作为无效件关闭", en: "Close as invalid")
        case .note: Label(zh: "添加备注", en: "Add note")
        }
    }

    /// Claim and start carry nothing to ask: they act at once.
    public var needsForm: Bool { self != .claim && self != .start }

    /// Whether the command works on the selected ticket (all but create).
    public var needsTicket: Bool { self != .create }
}

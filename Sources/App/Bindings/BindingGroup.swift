import Domain

/// The sections of the help screen and the palette, in their order.
public enum BindingGroup: Int, CaseIterable, Sendable {
    case general, navigation, table, queue, ticket

    public var title: Label {
        switch self {
        case .general: Label(zh: "通用", en: "General")
        case .navigation: Label(zh: "切换", en: "Switching")
        case .table: Label(zh: "表格", en: "Tables")
        case .queue: Label(zh: "红色引擎 · 队列与筛选", en: "Grid · queue and filters")
        case .ticket: Label(zh: "红色引擎 · 工单操作", en: "Grid · ticket actions")
        }
    }
}

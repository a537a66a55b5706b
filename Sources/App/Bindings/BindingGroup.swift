import Domain

/// The sections of the help screen and the palette, in their order.
public enum BindingGroup: Int, CaseIterable, Sendable {
    case general, navigation, table, overview, pool, cadre, scores, queue, ticket, talent, grassroots

    public var title: Label {
        switch self {
        case .general: Label(zh: "通用", en: "General")
        case .navigation: Label(zh: "切换", en: "Switching")
        case .table: Label(zh: "表格", en: "Tables")
        case .overview: Label(zh: "总览", en: "Overview")
        case .pool: Label(zh: "狮子型干部 · 人选库与筛选", en: "Cadres · pool and filters")
        case .cadre: Label(zh: "狮子型干部 · 干部操作(主管)", en: "Cadres · actions (supervisors)")
        case .scores: Label(zh: "考评 · 四张成绩单", en: "Scores · the four report cards")
        case .queue: Label(zh: "红色引擎 · 队列与筛选", en: "Grid · queue and filters")
        case .ticket: Label(zh: "红色引擎 · 工单操作", en: "Grid · ticket actions")
        case .talent: Label(zh: "资智聚汉 · 人才工作", en: "Talent retention")
        case .grassroots: Label(zh: "基层党建", en: "Grassroots party building")
        }
    }
}

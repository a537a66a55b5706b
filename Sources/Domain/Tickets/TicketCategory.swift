/// What a resident's request is about. Raw values are the ASCII ids used in files and filters.
public enum TicketCategory: String, Codable, Sendable, CaseIterable {
    case sanitation
    case roads
    case housing
    case safety
    case environment
    case neighbourDispute = "neighbour_dispute"
    case elderlyCare = "elderly_care"
    case utilities
    case parking
    case greenery
    case propertyManagement = "property_management"
    case other

    public var label: Label {
        switch self {
        case .sanitation: Label(zh: "环境卫生", en: "Sanitation")
        case .roads: Label(zh: "道路交通", en: "Roads")
        case .housing: Label(zh: "房屋住建", en: "Housing")
        case .safety: Label(zh: "治安安全", en: "Safety")
        case .environment: Label(zh: "生态环境", en: "Environment")
        case .neighbourDispute: Label(zh: "邻里纠纷", en: "Neighbour dispute")
        case .elderlyCare: Label(zh: "养老助老", en: "Elderly care")
        case .utilities: Label(zh: "水电气暖", en: "Utilities")
        case .parking: Label(zh: "停车管理", en: "Parking")
        case .greenery: Label(zh: "园林绿化", en: "Greenery")
        case .propertyManagement: Label(zh: "物业服务", en: "Property management")
        case .other: Label(zh: "其他", en: "Other")
        }
    }
}

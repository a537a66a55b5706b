public enum UnitKind: String, Codable, Sendable, CaseIterable {
    case district
    case developmentZone = "development_zone"
    case department

    public var label: Label {
        switch self {
        case .district: Label(zh: "区", en: "District")
        case .developmentZone: Label(zh: "功能区", en: "Development zone")
        case .department: Label(zh: "市直部门", en: "City department")
        }
    }
}

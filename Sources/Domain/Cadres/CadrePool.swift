/// Which candidate pool a cadre belongs to: the city's or a district's.
public enum CadrePool: String, Codable, Sendable, CaseIterable {
    case city
    case district

    public var label: Label {
        switch self {
        case .city: Label(zh: "市级", en: "City")
        case .district: Label(zh: "区级", en: "District")
        }
    }
}

/// Where a lion-type cadre is in the pool's life cycle (see docs/domain.md for the transitions).
public enum CadreStage: String, Codable, Sendable, CaseIterable {
    case discovered
    case underReview = "under_review"
    case appointed
    case inPost = "in_post"
    case promoted
    case kept
    case adjustedDown = "adjusted_down"
    case out

    public var label: Label {
        switch self {
        case .discovered: Label(zh: "发现掌握", en: "Discovered")
        case .underReview: Label(zh: "考察中", en: "Under review")
        case .appointed: Label(zh: "已任命", en: "Appointed")
        case .inPost: Label(zh: "在岗履职", en: "In post")
        case .promoted: Label(zh: "提拔", en: "Promoted")
        case .kept: Label(zh: "留任", en: "Kept")
        case .adjustedDown: Label(zh: "调整", en: "Adjusted down")
        case .out: Label(zh: "出库", en: "Out")
        }
    }
}

import Foundation

/// Age buckets of open tickets, measured from creation.
public enum BacklogAge: String, Sendable, CaseIterable {
    case underOneDay = "lt_1d"
    case oneToThreeDays = "1_3d"
    case threeToSevenDays = "3_7d"
    case overSevenDays = "gt_7d"

    /// `[0, 1 d)`, `[1 d, 3 d)`, `[3 d, 7 d)`, `[7 d, ∞)`.
    public init(age: TimeInterval) {
        switch age {
        case ..<86_400: self = .underOneDay
        case ..<(3 * 86_400): self = .oneToThreeDays
        case ..<(7 * 86_400): self = .threeToSevenDays
        default: self = .overSevenDays
        }
    }

    public var label: Label {
        switch self {
        case .underOneDay: Label(zh: "1天内", en: "< 1 d")
        case .oneToThreeDays: Label(zh: "1–3天", en: "1–3 d")
        case .threeToSevenDays: Label(zh: "3–7天", en: "3–7 d")
        case .overSevenDays: Label(zh: "7天以上", en: "> 7 d")
        }
    }
}

/// The five criteria of a lion-type cadre. Age, degree and seniority are deliberately not among them.
public enum Criterion: String, Codable, Sendable, CaseIterable, CodingKey {
    case loyalClean = "loyal_clean"
    case openMinded = "open_minded"
    case planningAble = "planning_able"
    case responsibility
    case results

    public var label: Label {
        switch self {
        case .loyalClean: Label(zh: "忠诚干净", en: "Loyal and clean")
        case .openMinded: Label(zh: "思想解放", en: "Open-minded")
        case .planningAble: Label(zh: "善谋能干", en: "Good at planning")
        case .responsibility: Label(zh: "敢于担当", en: "Takes responsibility")
        case .results: Label(zh: "实绩突出", en: "Outstanding results")
        }
    }
}

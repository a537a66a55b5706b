/// The "four report cards" (四张成绩单) plus the overall performance card of the "1+4" assessment.
public enum ReportCard: String, Codable, Sendable, CaseIterable {
    case overall
    case moderatelyProsperous = "moderately_prosperous"
    case deepeningReform = "deepening_reform"
    case ruleOfLaw = "rule_of_law"
    case strictPartyGovernance = "strict_party_governance"

    /// Display order: overall first, then the four special assessments.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public var label: Label {
        switch self {
        case .overall: Label(zh: "绩效综合", en: "Overall performance")
        case .moderatelyProsperous: Label(zh: "全面建成小康", en: "Moderately prosperous society")
        case .deepeningReform: Label(zh: "全面深化改革", en: "Deepening reform")
        case .ruleOfLaw: Label(zh: "全面依法治国", en: "Rule of law")
        case .strictPartyGovernance: Label(zh: "全面从严治党", en: "Strict party governance")
        }
    }
}

extension ReportCard {
    /// The card's name for a narrow column header.
    public var shortLabel: Label {
        switch self {
        case .overall: Label(zh: "综合", en: "Overall")
        case .moderatelyProsperous: Label(zh: "小康", en: "Prosper")
        case .deepeningReform: Label(zh: "改革", en: "Reform")
        case .ruleOfLaw: Label(zh: "法治", en: "Law")
        case .strictPartyGovernance: Label(zh: "治党", en: "Party")
        }
    }
}

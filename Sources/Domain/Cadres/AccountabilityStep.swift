/// The ladder of accountability (问责) the report names: a talk, a written inquiry, admonishment,
/// reassignment. A cadre's accountability record has one of these kinds; a unit's warning names
/// the next one by how many months running it has been in warning.
public enum AccountabilityStep: String, Codable, Sendable, CaseIterable {
    case talk
    case inquiry
    case admonish
    case reassign

    /// The step after `months` months in warning: the first month a talk, then an inquiry, then
    /// admonishment, then reassignment.
    public init(monthsInWarning months: Int) {
        self = Self.allCases[min(max(months, 1), Self.allCases.count) - 1]
    }

    public var label: Label {
        switch self {
        case .talk: Label(zh: "谈话提醒", en: "a talk")
        case .inquiry: Label(zh: "函询", en: "a written inquiry")
        case .admonish: Label(zh: "诫勉", en: "admonishment")
        case .reassign: Label(zh: "组织调整", en: "reassignment")
        }
    }
}

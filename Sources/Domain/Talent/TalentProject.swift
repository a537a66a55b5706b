/// The four "资智聚汉" talent projects.
public enum TalentProject: String, Codable, Sendable, CaseIterable {
    case graduates
    case alumni
    case research
    case overseas

    public var label: Label {
        switch self {
        case .graduates: Label(zh: "百万大学生留汉", en: "Graduates stay in Wuhan")
        case .alumni: Label(zh: "百万校友资智回汉", en: "Alumni return")
        case .research: Label(zh: "科研成果转化", en: "Research transfer")
        case .overseas: Label(zh: "海外科创人才来汉", en: "Overseas talent")
        }
    }

    /// The indicator a project's panel leads with: the article's headline figure for the
    /// project where the data has it, else the project's first indicator.
    public func headline(in indicators: [TalentIndicator]) -> TalentIndicator? {
        let preferred: String
        switch self {
        case .graduates: preferred = "graduates.retained"
        case .alumni: preferred = "alumni.investment"
        case .research: preferred = "research.signed_amount"
        case .overseas: preferred = "overseas.nobel_laureates"
        }
        let mine = indicators.filter { $0.project == self }
        return mine.first { $0.id == preferred } ?? mine.first
    }
}

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
}

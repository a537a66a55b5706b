/// The area of work a reported figure belongs to.
public enum FigureArea: String, Codable, Sendable, CaseIterable {
    case cadres
    case grassroots
    case talent

    public var label: Label {
        switch self {
        case .cadres: Label(zh: "干部工作", en: "Cadres")
        case .grassroots: Label(zh: "基层党建", en: "Grassroots")
        case .talent: Label(zh: "人才工作", en: "Talent")
        }
    }
}

import Domain

/// The dashboard's areas, in the order of their number keys.
public enum Tab: Int, CaseIterable, Sendable {
    case overview = 1
    case cadres
    case grid
    case talent
    case scores
    case grassroots

    public var label: Label {
        switch self {
        case .overview: Label(zh: "总览", en: "Overview")
        case .cadres: Label(zh: "狮子型干部", en: "Cadres")
        case .grid: Label(zh: "红色引擎", en: "Grid")
        case .talent: Label(zh: "资智聚汉", en: "Talent")
        case .scores: Label(zh: "考评", en: "Scores")
        case .grassroots: Label(zh: "基层党建", en: "Grassroots")
        }
    }

    /// The id used on the command line (`--panel grid`).
    public var id: String {
        switch self {
        case .overview: "overview"
        case .cadres: "cadres"
        case .grid: "grid"
        case .talent: "talent"
        case .scores: "scores"
        case .grassroots: "grassroots"
        }
    }

    public init?(id: String) {
        guard let tab = Tab.allCases.first(where: { $0.id == id }) else { return nil }
        self = tab
    }
}

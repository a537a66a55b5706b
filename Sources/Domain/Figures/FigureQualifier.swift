/// How exact a reported number is, as the article words it.
public enum FigureQualifier: String, Codable, Sendable, CaseIterable {
    /// "约" — about.
    case about
    /// "余" — more than.
    case over

    public var label: Label {
        switch self {
        case .about: Label(zh: "约", en: "about")
        case .over: Label(zh: "余", en: "over")
        }
    }
}

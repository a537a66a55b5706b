/// The two languages of the user interface.
public enum Language: String, Codable, Sendable, CaseIterable {
    case zh
    case en
}

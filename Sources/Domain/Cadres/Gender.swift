public enum Gender: String, Codable, Sendable, CaseIterable {
    case male
    case female

    public var label: Label {
        switch self {
        case .male: Label(zh: "男", en: "Male")
        case .female: Label(zh: "女", en: "Female")
        }
    }
}

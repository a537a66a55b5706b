import Domain

/// What a form is for: one ticket command, or the filter menu.
public enum FormPurpose: Equatable, Sendable {
    case ticket(TicketCommand)
    case filter

    public var title: Label {
        switch self {
        case .ticket(let command): command.title
        case .filter: Label(zh: "筛选", en: "Filters")
        }
    }
}

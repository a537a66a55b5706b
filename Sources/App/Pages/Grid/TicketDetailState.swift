/// The ticket open in the detail view, how far it is scrolled, and whether the operator asked to
/// see the reporter's phone number (masked otherwise).
public struct TicketDetailState: Equatable, Sendable {
    public var ticketID: String
    public var scroll: Int
    public var revealPhone: Bool

    public init(ticketID: String, scroll: Int = 0, revealPhone: Bool = false) {
        self.ticketID = ticketID
        self.scroll = scroll
        self.revealPhone = revealPhone
    }
}

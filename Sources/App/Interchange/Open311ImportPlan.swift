import Domain

/// What importing one request does: create the ticket, then classify it when the service
/// maps to a category, then close it as invalid (the only close the life cycle allows without
/// working the ticket) when the request is closed.
public struct Open311ImportPlan: Equatable, Sendable {
    public var requestID: String
    public var ticket: NewTicket
    public var classification: Domain.Operation?
    public var closing: Domain.Operation?
}

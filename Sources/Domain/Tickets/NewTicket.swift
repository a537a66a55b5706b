import Foundation

/// What a `create` operation carries: the resident's report as a grid worker entered it.
public struct NewTicket: Codable, Sendable, Equatable {
    public var title: String
    public var description: String
    public var urgent: Bool
    public var location: TicketLocation
    public var reporterName: String
    public var reporterPhone: String
    /// When the resident reported it, if before it was entered here (a request imported from
    /// another system keeps its own time); nil means now.
    public var reportedAt: Date?
    /// The deadline the source promised, if it did; nil means the rules' deadline.
    public var deadline: Date?

    public init(title: String, description: String, urgent: Bool = false, location: TicketLocation,
                reporterName: String, reporterPhone: String, reportedAt: Date? = nil, deadline: Date? = nil) {
        self.title = title
        self.description = description
        self.urgent = urgent
        self.location = location
        self.reporterName = reporterName
        self.reporterPhone = reporterPhone
        self.reportedAt = reportedAt
        self.deadline = deadline
    }
}

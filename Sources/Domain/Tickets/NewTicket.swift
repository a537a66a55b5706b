/// What a `create` operation carries: the resident's report as a grid worker entered it.
public struct NewTicket: Codable, Sendable, Equatable {
    public var title: String
    public var description: String
    public var urgent: Bool
    public var location: TicketLocation
    public var reporterName: String
    public var reporterPhone: String

    public init(title: String, description: String, urgent: Bool = false, location: TicketLocation,
                reporterName: String, reporterPhone: String) {
        self.title = title
        self.description = description
        self.urgent = urgent
        self.location = location
        self.reporterName = reporterName
        self.reporterPhone = reporterPhone
    }
}

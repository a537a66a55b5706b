import Foundation

/// Someone a ticket can be assigned to: a grid worker, or the community, street or district office
/// that handles tickets at its level.
public struct GridWorker: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var level: TicketLevel
    /// Where the worker serves; fields below `level` are empty.
    public var location: TicketLocation
    public var phone: String
    public var source: Source

    public init(id: String, name: String, level: TicketLevel, location: TicketLocation, phone: String, source: Source) {
        self.id = id
        self.name = name
        self.level = level
        self.location = location
        self.phone = phone
        self.source = source
    }
}

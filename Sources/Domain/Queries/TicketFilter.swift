/// What the ticket table shows. Empty sets and nil fields do not restrict.
public struct TicketFilter: Sendable, Equatable {
    public var statuses: Set<TicketStatus>
    public var levels: Set<TicketLevel>
    public var categories: Set<TicketCategory>
    public var district: String?
    public var street: String?
    public var community: String?
    public var grid: String?
    public var openOnly: Bool
    public var overdueOnly: Bool
    /// Only tickets claimed by this user.
    public var claimedBy: String?
    /// Only open tickets nobody is assigned to.
    public var unassignedOnly: Bool
    /// Case-insensitive substring of title, description, notes or id.
    public var text: String

    public init(
        statuses: Set<TicketStatus> = [], levels: Set<TicketLevel> = [], categories: Set<TicketCategory> = [],
        district: String? = nil, street: String? = nil, community: String? = nil, grid: String? = nil,
        openOnly: Bool = false, overdueOnly: Bool = false, claimedBy: String? = nil,
        unassignedOnly: Bool = false, text: String = ""
    ) {
        self.statuses = statuses
        self.levels = levels
        self.categories = categories
        self.district = district
        self.street = street
        self.community = community
        self.grid = grid
        self.openOnly = openOnly
        self.overdueOnly = overdueOnly
        self.claimedBy = claimedBy
        self.unassignedOnly = unassignedOnly
        self.text = text
    }

    public static let all = TicketFilter()
}

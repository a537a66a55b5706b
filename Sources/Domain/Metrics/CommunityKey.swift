/// A community identified by its full path: community names repeat across streets.
public struct CommunityKey: Sendable, Hashable, Comparable {
    public var district: String
    public var street: String
    public var community: String

    public init(_ location: TicketLocation) {
        district = location.district
        street = location.street
        community = location.community
    }

    public var path: String { "\(district) / \(street) / \(community)" }

    public static func < (lhs: CommunityKey, rhs: CommunityKey) -> Bool {
        (lhs.district, lhs.street, lhs.community) < (rhs.district, rhs.street, rhs.community)
    }
}

import Foundation

/// The open tickets among some (the queue as filtered) by age, by category, by district and by
/// community, in one pass. Worked out when the queue or the data changes, never per frame.
public struct Backlog: Sendable, Equatable {
    public var byAge: [BacklogAge: Int]
    public var byCategory: Tally<TicketCategory?>
    public var byDistrict: Tally<String>
    public var byCommunity: Tally<CommunityKey>
    public var open: Int

    /// The open tickets among `tickets[indices]`.
    public init(tickets: [Ticket], indices: [Int], now: Date) {
        var age = Dictionary(uniqueKeysWithValues: BacklogAge.allCases.map { ($0, 0) })
        var category: [TicketCategory?: Int] = [:]
        var district: [String: Int] = [:]
        var community: [CommunityKey: Int] = [:]
        var open = 0
        // Fields read in place through the array: binding each ticket would copy all of it.
        for i in indices where tickets[i].isOpen {
            open += 1
            age[BacklogAge(age: now.timeIntervalSince(tickets[i].createdAt)), default: 0] += 1
            category[tickets[i].category, default: 0] += 1
            district[tickets[i].location.district, default: 0] += 1
            community[CommunityKey(tickets[i].location), default: 0] += 1
        }
        byAge = age
        func rank(_ c: TicketCategory?) -> Int { c.flatMap { TicketCategory.allCases.firstIndex(of: $0) } ?? TicketCategory.allCases.count }
        byCategory = Tally(category) { rank($0) < rank($1) }
        byDistrict = Tally(district, keyOrder: <)
        byCommunity = Tally(community, keyOrder: <)
        self.open = open
    }
}

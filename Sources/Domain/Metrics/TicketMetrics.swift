import Foundation

/// Ticket metrics as pure functions of the records. A ticket counts as resolved when it has a
/// `resolvedAt` (resolved, or closed after a good rating); its level then is the level at
/// resolution, since a resolved ticket cannot be escalated.
public enum TicketMetrics {
    /// Shares resolved inside the grid and inside the community, over tickets resolved in `period`
    /// (all resolved tickets when nil).
    public static func resolutionShares(_ tickets: [Ticket], in period: Period? = nil) -> ResolutionShares {
        var resolved = 0
        var grid = 0
        var community = 0
        for ticket in tickets {
            guard let at = ticket.resolvedAt, period?.contains(at) ?? true else { continue }
            resolved += 1
            if ticket.level == .grid { grid += 1 }
            if ticket.level <= .community { community += 1 }
        }
        return ResolutionShares(withinGrid: Ratio(numerator: grid, denominator: resolved),
                                withinCommunity: Ratio(numerator: community, denominator: resolved))
    }

    /// Tickets resolved no later than their deadline, over tickets resolved in `period`.
    public static func onTime(_ tickets: [Ticket], in period: Period? = nil) -> Ratio {
        var resolved = 0
        var onTime = 0
        for ticket in tickets {
            guard let at = ticket.resolvedAt, period?.contains(at) ?? true else { continue }
            resolved += 1
            if at <= ticket.deadline { onTime += 1 }
        }
        return Ratio(numerator: onTime, denominator: resolved)
    }

    /// Mean of every rating given in `period`, low ones that reopened a ticket included.
    public static func satisfaction(_ tickets: [Ticket], in period: Period? = nil) -> Average {
        var average = Average()
        for ticket in tickets {
            for rating in ticket.ratings where period?.contains(rating.at) ?? true {
                average.add(Double(rating.score))
            }
        }
        return average
    }

    /// Open tickets by age at `now`; every bucket is present.
    public static func backlogByAge(_ tickets: [Ticket], now: Date) -> [BacklogAge: Int] {
        var counts = Dictionary(uniqueKeysWithValues: BacklogAge.allCases.map { ($0, 0) })
        for ticket in tickets where ticket.isOpen {
            counts[BacklogAge(age: now.timeIntervalSince(ticket.createdAt)), default: 0] += 1
        }
        return counts
    }

    /// Open tickets by category; nil is "not yet classified".
    public static func backlogByCategory(_ tickets: [Ticket]) -> Tally<TicketCategory?> {
        var counts: [TicketCategory?: Int] = [:]
        for ticket in tickets where ticket.isOpen { counts[ticket.category, default: 0] += 1 }
        // Unclassified sorts after every category.
        func rank(_ category: TicketCategory?) -> Int {
            category.flatMap { TicketCategory.allCases.firstIndex(of: $0) } ?? TicketCategory.allCases.count
        }
        return Tally(counts) { rank($0) < rank($1) }
    }

    /// Open tickets by community.
    public static func backlogByCommunity(_ tickets: [Ticket]) -> Tally<CommunityKey> {
        var counts: [CommunityKey: Int] = [:]
        for ticket in tickets where ticket.isOpen { counts[CommunityKey(ticket.location), default: 0] += 1 }
        return Tally(counts, keyOrder: <)
    }

    public static func openCount(_ tickets: [Ticket]) -> Int {
        tickets.reduce(0) { $0 + ($1.isOpen ? 1 : 0) }
    }

    public static func overdueCount(_ tickets: [Ticket], now: Date) -> Int {
        tickets.reduce(0) { $0 + ($1.isOverdue(now: now) ? 1 : 0) }
    }
}

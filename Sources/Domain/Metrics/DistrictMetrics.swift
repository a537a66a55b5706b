import Foundation

/// The grid's figures by district (the overview's map) and its overdue tickets by the level
/// they wait at (the overview's alerts), in one pass over the tickets. Worked out with the grid
/// metrics, never per frame.
public struct DistrictMetrics: Sendable, Equatable {
    public struct Figures: Sendable, Equatable {
        public var open = 0
        public var overdue = 0
        /// Resolved no later than the deadline, over those resolved in the period.
        public var onTime = Ratio(numerator: 0, denominator: 0)
    }

    /// By district name as the tickets give it.
    public var districts: [String: Figures]
    /// Open tickets past their deadline, by their current level.
    public var overdueByLevel: [TicketLevel: Int]

    /// On-time rates cover the `GridMetrics.periodDays` before `now`, like the queue's strip.
    public init(tickets: [Ticket], now: Date) {
        let period = Period.days(GridMetrics.periodDays, endingAt: now)
        var districts: [String: Figures] = [:]
        var overdueByLevel = Dictionary(uniqueKeysWithValues: TicketLevel.allCases.map { ($0, 0) })
        // Fields read in place through the array: binding each ticket would copy all of it.
        for i in tickets.indices {
            let district = tickets[i].location.district
            var figures = districts[district] ?? Figures()
            if tickets[i].isOpen {
                figures.open += 1
                if now > tickets[i].deadline {
                    figures.overdue += 1
                    overdueByLevel[tickets[i].level, default: 0] += 1
                }
            }
            if let at = tickets[i].resolvedAt, period.contains(at) {
                figures.onTime.denominator += 1
                if at <= tickets[i].deadline { figures.onTime.numerator += 1 }
            }
            districts[district] = figures
        }
        self.districts = districts
        self.overdueByLevel = overdueByLevel
    }

    public subscript(district: String) -> Figures { districts[district] ?? Figures() }
}

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

        mutating func add(_ other: Figures) {
            open += other.open
            overdue += other.overdue
            onTime.numerator += other.onTime.numerator
            onTime.denominator += other.onTime.denominator
        }
    }

    /// By district name as the tickets give it.
    public var districts: [String: Figures]
    /// Open tickets past their deadline, by their current level.
    public var overdueByLevel: [TicketLevel: Int]

    /// On-time rates cover the `GridMetrics.periodDays` before `now`, like the queue's strip.
    public init(tickets: [Ticket], now: Date) { self.init(tickets: tickets, index: TicketIndex(tickets), now: now) }

    /// Counted by the index's district numbers: hashing each ticket's district name took most
    /// of the time (27 ms at 100,000 tickets).
    public init(tickets: [Ticket], index: TicketIndex, now: Date) {
        var accumulator = Accumulator(index: index, now: now)
        for i in tickets.indices { accumulator.add(tickets, i) }
        self = accumulator.metrics
    }

    private init(districts: [String: Figures], overdueByLevel: [TicketLevel: Int]) {
        self.districts = districts
        self.overdueByLevel = overdueByLevel
    }

    /// The counts taken one ticket at a time, for a pass shared with the grid's metrics.
    struct Accumulator {
        let period: Period
        let now: Date
        let ids: [Int32]
        let names: [String]
        var figures: [Figures]
        var levels = [Int](repeating: 0, count: TicketLevel.allCases.count)

        init(index: TicketIndex, now: Date) {
            period = Period.days(GridMetrics.periodDays, endingAt: now)
            self.now = now
            (ids, names) = index.districts
            figures = [Figures](repeating: Figures(), count: names.count)
        }

        mutating func add(_ tickets: [Ticket], _ i: Int) {
            guard i < ids.count else { return }
            let d = Int(ids[i])
            if tickets[i].isOpen {
                figures[d].open += 1
                if now > tickets[i].deadline {
                    figures[d].overdue += 1
                    levels[tickets[i].level.rank] += 1
                }
            }
            if let at = tickets[i].resolvedAt, period.contains(at) {
                figures[d].onTime.denominator += 1
                if at <= tickets[i].deadline { figures[d].onTime.numerator += 1 }
            }
        }

        var metrics: DistrictMetrics {
            var districts: [String: Figures] = [:]
            for (d, name) in names.enumerated() { districts[name, default: Figures()].add(figures[d]) }
            return DistrictMetrics(districts: districts,
                                   overdueByLevel: Dictionary(uniqueKeysWithValues: TicketLevel.allCases.map { ($0, levels[$0.rank]) }))
        }
    }

    public subscript(district: String) -> Figures { districts[district] ?? Figures() }
}

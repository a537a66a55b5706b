import Foundation

/// Daily series of the ticket metrics over the last `days` days, oldest first, for sparklines.
public struct TicketTrend: Sendable {
    /// Start of each day in the chosen time zone.
    public var dayStarts: [Date]
    public var created: [Int]
    public var resolved: [Int]
    /// Open tickets at the end of each day (at `now` for today). A ticket that is open now is taken
    /// as open since creation, and a finished one as open until it was resolved or closed: earlier
    /// reopen cycles are not reconstructed.
    public var backlog: [Int]
    public var withinGrid: [Ratio]
    public var withinCommunity: [Ratio]
    public var onTime: [Ratio]
    public var satisfaction: [Average]

    /// One pass over the tickets, O(tickets + days).
    public init(tickets: [Ticket], days: Int, now: Date, timeZone: TimeZone = .current) {
        precondition(days > 0, "a trend needs at least one day")
        let offset = Double(timeZone.secondsFromGMT(for: now))
        func dayNumber(_ date: Date) -> Int {
            Int(((date.timeIntervalSince1970 + offset) / 86_400).rounded(.down))
        }
        let lastDay = dayNumber(now)
        let firstDay = lastDay - days + 1
        func slot(_ date: Date) -> Int? {
            let d = dayNumber(date) - firstDay
            return d >= 0 && d < days ? d : nil
        }
        dayStarts = (0..<days).map { Date(timeIntervalSince1970: Double(firstDay + $0) * 86_400 - offset) }
        // Local counters and fields read through the array in place: binding each ticket (or
        // writing to `self` inside the loop) made the loop copy every ticket, 28 ms at 100,000.
        var created = Array(repeating: 0, count: days)
        var resolved = created
        var withinGrid = Array(repeating: Ratio(numerator: 0, denominator: 0), count: days)
        var withinCommunity = withinGrid
        var onTime = withinGrid
        var satisfaction = Array(repeating: Average(), count: days)
        // Net change of the backlog per day, plus what was open before the window.
        var delta = Array(repeating: 0, count: days)
        var base = 0
        for i in tickets.indices {
            let createdAt = tickets[i].createdAt
            let start = dayNumber(createdAt)
            if start < firstDay { base += 1 } else if start <= lastDay { delta[start - firstDay] += 1 }
            if let d = slot(createdAt) { created[d] += 1 }
            let resolvedAt = tickets[i].resolvedAt
            if !tickets[i].isOpen, let end = resolvedAt ?? tickets[i].closedAt {
                let endDay = dayNumber(end)
                if endDay < firstDay { base -= 1 } else if endDay <= lastDay { delta[endDay - firstDay] -= 1 }
            }
            if let at = resolvedAt, let d = slot(at) {
                let level = tickets[i].level
                resolved[d] += 1
                withinGrid[d].denominator += 1
                withinCommunity[d].denominator += 1
                onTime[d].denominator += 1
                if level == .grid { withinGrid[d].numerator += 1 }
                if level <= .community { withinCommunity[d].numerator += 1 }
                if at <= tickets[i].deadline { onTime[d].numerator += 1 }
            }
            for rating in tickets[i].ratings {
                if let d = slot(rating.at) { satisfaction[d].add(Double(rating.score)) }
            }
        }
        self.created = created
        self.resolved = resolved
        self.withinGrid = withinGrid
        self.withinCommunity = withinCommunity
        self.onTime = onTime
        self.satisfaction = satisfaction
        var running = base
        backlog = delta.map { running += $0; return running }
    }
}

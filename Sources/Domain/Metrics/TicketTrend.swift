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
        var accumulator = Accumulator(days: days, now: now, timeZone: timeZone)
        for i in tickets.indices { accumulator.add(tickets, i) }
        self = accumulator.trend
    }

    /// The trend taken one ticket at a time, for a pass shared with other figures.
    struct Accumulator {
        let days: Int
        let offset: Double
        let firstDay: Int
        let lastDay: Int
        let dayStarts: [Date]
        var created: [Int]
        var resolved: [Int]
        var withinGrid: [Ratio]
        var withinCommunity: [Ratio]
        var onTime: [Ratio]
        var satisfaction: [Average]
        /// Net change of the backlog per day, plus what was open before the window.
        var delta: [Int]
        var base = 0

        init(days: Int, now: Date, timeZone: TimeZone) {
            precondition(days > 0, "a trend needs at least one day")
            self.days = days
            offset = Double(timeZone.secondsFromGMT(for: now))
            lastDay = Int(((now.timeIntervalSince1970 + offset) / 86_400).rounded(.down))
            firstDay = lastDay - days + 1
            dayStarts = (0..<days).map { [firstDay, offset] in Date(timeIntervalSince1970: Double(firstDay + $0) * 86_400 - offset) }
            created = Array(repeating: 0, count: days)
            resolved = created
            withinGrid = Array(repeating: Ratio(numerator: 0, denominator: 0), count: days)
            withinCommunity = withinGrid
            onTime = withinGrid
            satisfaction = Array(repeating: Average(), count: days)
            delta = created
        }

        func dayNumber(_ date: Date) -> Int { Int(((date.timeIntervalSince1970 + offset) / 86_400).rounded(.down)) }

        func slot(_ date: Date) -> Int? {
            let d = dayNumber(date) - firstDay
            return d >= 0 && d < days ? d : nil
        }

        mutating func add(_ tickets: [Ticket], _ i: Int) {
            let createdAt = tickets[i].createdAt
            let start = dayNumber(createdAt)
            if start < firstDay { base += 1 } else if start <= lastDay {
                delta[start - firstDay] += 1
                created[start - firstDay] += 1
            }
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
            for r in tickets[i].ratings.indices {
                if let d = slot(tickets[i].ratings[r].at) { satisfaction[d].add(Double(tickets[i].ratings[r].score)) }
            }
        }

        var trend: TicketTrend {
            var running = base
            return TicketTrend(dayStarts: dayStarts, created: created, resolved: resolved, backlog: delta.map { running += $0; return running },
                               withinGrid: withinGrid, withinCommunity: withinCommunity, onTime: onTime, satisfaction: satisfaction)
        }
    }

    private init(dayStarts: [Date], created: [Int], resolved: [Int], backlog: [Int], withinGrid: [Ratio], withinCommunity: [Ratio],
                 onTime: [Ratio], satisfaction: [Average]) {
        self.dayStarts = dayStarts
        self.created = created
        self.resolved = resolved
        self.backlog = backlog
        self.withinGrid = withinGrid
        self.withinCommunity = withinCommunity
        self.onTime = onTime
        self.satisfaction = satisfaction
    }
}

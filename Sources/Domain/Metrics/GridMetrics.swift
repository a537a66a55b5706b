import Foundation

/// The numbers on top of the queue and their daily trends. Computed when the data changes (and
/// once a minute for the clock-driven counts), never per frame: each is a pass over every ticket.
public struct GridMetrics: Equatable, Sendable {
    /// Days the shares, on-time rate and satisfaction cover.
    public static let periodDays = 30
    /// Days in each sparkline.
    public static let trendDays = 14

    public var open: Int
    public var overdue: Int
    public var withinGrid: Ratio
    public var withinCommunity: Ratio
    public var onTime: Ratio
    public var satisfaction: Average
    public var openTrend: [Double]
    /// Tickets whose deadline passed while they were still open, per day.
    public var overdueTrend: [Double]
    public var withinGridTrend: [Double]
    public var withinCommunityTrend: [Double]
    public var onTimeTrend: [Double]
    public var satisfactionTrend: [Double]
    public var computedAt: Date
    /// Where the tickets come from (generated, entered, imported), for the queue's title.
    public var sources: [Source]

    /// Days start at midnight in the city (UTC+8).
    public init(tickets: [Ticket], now: Date, timeZone: TimeZone = Timestamp.cityTimeZone) {
        let period = Period.days(Self.periodDays, endingAt: now)
        open = TicketMetrics.openCount(tickets)
        overdue = TicketMetrics.overdueCount(tickets, now: now)
        let shares = TicketMetrics.resolutionShares(tickets, in: period)
        withinGrid = shares.withinGrid
        withinCommunity = shares.withinCommunity
        onTime = TicketMetrics.onTime(tickets, in: period)
        satisfaction = TicketMetrics.satisfaction(tickets, in: period)
        let trend = TicketTrend(tickets: tickets, days: Self.trendDays, now: now, timeZone: timeZone)
        openTrend = trend.backlog.map(Double.init)
        withinGridTrend = trend.withinGrid.map { $0.value ?? .nan }
        withinCommunityTrend = trend.withinCommunity.map { $0.value ?? .nan }
        onTimeTrend = trend.onTime.map { $0.value ?? .nan }
        satisfactionTrend = trend.satisfaction.map { $0.value ?? .nan }
        overdueTrend = Self.newlyOverdue(tickets, dayStarts: trend.dayStarts, now: now)
        computedAt = now
        sources = Self.sources(of: tickets)
    }

    /// The sources present among `tickets`, in `Source.allCases` order.
    public static func sources(of tickets: [Ticket]) -> [Source] { Source.present(count: tickets.count) { tickets[$0].source } }

    /// NaN never equals itself, so compare the series by their bits.
    public static func == (a: GridMetrics, b: GridMetrics) -> Bool {
        func same(_ x: [Double], _ y: [Double]) -> Bool { x.map(\.bitPattern) == y.map(\.bitPattern) }
        return a.open == b.open && a.overdue == b.overdue && a.withinGrid == b.withinGrid
            && a.withinCommunity == b.withinCommunity && a.onTime == b.onTime && a.satisfaction == b.satisfaction
            && same(a.openTrend, b.openTrend) && same(a.overdueTrend, b.overdueTrend)
            && same(a.withinGridTrend, b.withinGridTrend) && same(a.withinCommunityTrend, b.withinCommunityTrend)
            && same(a.onTimeTrend, b.onTimeTrend) && same(a.satisfactionTrend, b.satisfactionTrend)
            && a.computedAt == b.computedAt && a.sources == b.sources
    }

    /// Counts each ticket on the day its current deadline passed, if it was still open then.
    private static func newlyOverdue(_ tickets: [Ticket], dayStarts: [Date], now: Date) -> [Double] {
        var counts = [Double](repeating: 0, count: dayStarts.count)
        guard let first = dayStarts.first else { return counts }
        // Fields read in place through the array: binding each ticket would copy all of it.
        for i in tickets.indices {
            let deadline = tickets[i].deadline
            guard deadline >= first, deadline <= now else { continue }
            let end = tickets[i].isOpen ? now : (tickets[i].resolvedAt ?? tickets[i].closedAt ?? now)
            guard deadline < end else { continue }
            let day = Int(deadline.timeIntervalSince(first) / 86_400)
            if counts.indices.contains(day) { counts[day] += 1 }
        }
        return counts
    }
}

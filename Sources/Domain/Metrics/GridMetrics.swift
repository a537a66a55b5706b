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

    /// Days start at midnight in the city (UTC+8). One pass over the tickets for every figure.
    public init(tickets: [Ticket], now: Date, timeZone: TimeZone = Timestamp.cityTimeZone) {
        var none: DistrictMetrics.Accumulator?
        self.init(tickets: tickets, now: now, timeZone: timeZone, districts: &none)
    }

    /// The grid's metrics and its figures by district from the same pass, the way the dashboard
    /// recounts them on every data change.
    public static func withDistricts(_ tickets: [Ticket], index: TicketIndex, now: Date,
                                     timeZone: TimeZone = Timestamp.cityTimeZone) -> (GridMetrics, DistrictMetrics) {
        var districts: DistrictMetrics.Accumulator? = DistrictMetrics.Accumulator(index: index, now: now)
        let metrics = GridMetrics(tickets: tickets, now: now, timeZone: timeZone, districts: &districts)
        return (metrics, districts?.metrics ?? DistrictMetrics(tickets: [], now: now))
    }

    private init(tickets: [Ticket], now: Date, timeZone: TimeZone, districts: inout DistrictMetrics.Accumulator?) {
        var counts = TicketCounts(period: Period.days(Self.periodDays, endingAt: now), now: now)
        var trend = TicketTrend.Accumulator(days: Self.trendDays, now: now, timeZone: timeZone)
        var newly = NewlyOverdue(dayStarts: trend.dayStarts, now: now)
        var seen: UInt8 = 0
        for i in tickets.indices {
            counts.add(tickets, i)
            trend.add(tickets, i)
            newly.add(tickets, i)
            districts?.add(tickets, i)
            seen |= 1 << UInt8(Source.allCases.firstIndex(of: tickets[i].source) ?? 0)
        }
        open = counts.open
        overdue = counts.overdue
        withinGrid = counts.shares.withinGrid
        withinCommunity = counts.shares.withinCommunity
        onTime = counts.onTime
        satisfaction = counts.satisfaction
        let days = trend.trend
        openTrend = days.backlog.map(Double.init)
        withinGridTrend = days.withinGrid.map { $0.value ?? .nan }
        withinCommunityTrend = days.withinCommunity.map { $0.value ?? .nan }
        onTimeTrend = days.onTime.map { $0.value ?? .nan }
        satisfactionTrend = days.satisfaction.map { $0.value ?? .nan }
        overdueTrend = newly.counts
        computedAt = now
        sources = Source.allCases.enumerated().filter { seen & (1 << UInt8($0.offset)) != 0 }.map(\.element)
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
    private struct NewlyOverdue {
        let first: Date?
        let now: Date
        var counts: [Double]

        init(dayStarts: [Date], now: Date) {
            first = dayStarts.first
            self.now = now
            counts = [Double](repeating: 0, count: dayStarts.count)
        }

        mutating func add(_ tickets: [Ticket], _ i: Int) {
            guard let first else { return }
            let deadline = tickets[i].deadline
            guard deadline >= first, deadline <= now else { return }
            let end = tickets[i].isOpen ? now : (tickets[i].resolvedAt ?? tickets[i].closedAt ?? now)
            guard deadline < end else { return }
            let day = Int(deadline.timeIntervalSince(first) / 86_400)
            if counts.indices.contains(day) { counts[day] += 1 }
        }
    }
}

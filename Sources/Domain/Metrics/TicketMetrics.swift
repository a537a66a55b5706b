import Foundation

/// Ticket metrics as pure functions of the records. A ticket counts as resolved when it has a
/// `resolvedAt` (resolved, or closed after a good rating); its level then is the level at
/// resolution, since a resolved ticket cannot be escalated. Each is a `TicketCounts` over the
/// tickets; `GridMetrics` takes them all in one pass.
public enum TicketMetrics {
    private static func counts(_ tickets: [Ticket], period: Period?, now: Date = .distantPast) -> TicketCounts {
        var counts = TicketCounts(period: period, now: now)
        for i in tickets.indices { counts.add(tickets, i) }
        return counts
    }

    /// Shares resolved inside the grid and inside the community, over tickets resolved in `period`
    /// (all resolved tickets when nil).
    public static func resolutionShares(_ tickets: [Ticket], in period: Period? = nil) -> ResolutionShares {
        counts(tickets, period: period).shares
    }

    /// Tickets resolved no later than their deadline, over tickets resolved in `period`.
    public static func onTime(_ tickets: [Ticket], in period: Period? = nil) -> Ratio { counts(tickets, period: period).onTime }

    /// Mean of every rating given in `period`, low ones that reopened a ticket included.
    public static func satisfaction(_ tickets: [Ticket], in period: Period? = nil) -> Average { counts(tickets, period: period).satisfaction }

    public static func openCount(_ tickets: [Ticket]) -> Int { counts(tickets, period: nil).open }

    public static func overdueCount(_ tickets: [Ticket], now: Date) -> Int { counts(tickets, period: nil, now: now).overdue }
}
